// A message across the top of the window with the one thing to do about it. Announced as an
// alert, because it tells of something the user did not ask for (a problem, a lost process).
import type { ReactNode } from 'react';

export function Banner({
  action,
  onAction,
  children,
}: {
  /** The button's words, such as "Dismiss" or "Reload". */
  action: string;
  onAction(): void;
  children: ReactNode;
}) {
  return (
    <div className="banner" role="alert">
      <span>{children}</span>
      <button type="button" className="link-button" onClick={onAction}>
        {action}
      </button>
    </div>
  );
}
