// A message across the top of the window with the one thing to do about it. A problem, or a
// lost process, is announced as an alert: it tells of something the user did not ask for. A
// finished step the user started (a file imported, a calendar subscribed) is a status, in
// the accent's colour, so that good news never looks like an error.
import type { ReactNode } from 'react';

export type NoticeTone = 'problem' | 'done';
export type Notice = { text: string; tone: NoticeTone };

export function Banner({
  action,
  onAction,
  tone = 'problem',
  children,
}: {
  /** The button's words, such as "Dismiss" or "Reload". */
  action: string;
  onAction(): void;
  tone?: NoticeTone;
  children: ReactNode;
}) {
  return (
    <div
      className={tone === 'done' ? 'banner done' : 'banner'}
      role={tone === 'done' ? 'status' : 'alert'}
    >
      <span>{children}</span>
      <button type="button" className="link-button" onClick={onAction}>
        {action}
      </button>
    </div>
  );
}
