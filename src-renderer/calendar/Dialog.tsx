// One modal dialog shell for the editor, the scope question, preferences and help. It uses
// the native <dialog> in modal mode, which gives role="dialog", a focus trap, an inert page
// behind it, Escape handling and focus return for free; React stays the source of truth for
// whether it is open, so Escape calls `onClose` instead of closing behind React's back.
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { ReactNode } from 'react';

export interface DialogProps {
  /** The accessible name; tests and screen readers find the dialog by it. */
  label: string;
  onClose(): void;
  className?: string;
  children: ReactNode;
}

export function Dialog({ label, onClose, className, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const closingOurselves = useRef(false);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  // A layout effect, so the dialog closes while it is still in the document: closing it there
  // gives focus back to what had it before (the editor under a question, the button that
  // opened the editor); closed after React removed it, focus falls to the page's body.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    closingOurselves.current = false;
    if (!dialog.open) dialog.showModal();
    // showModal focuses the first focusable element; the form may know a better one.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      closingOurselves.current = true;
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-label={label}
      className={`dialog ${className ?? ''}`}
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
      onClose={() => {
        // Chromium may close a dialog on a repeated Escape even when cancel was prevented;
        // keep React in step unless we closed it (unmount, or StrictMode's remount).
        if (!closingOurselves.current && !ref.current?.open) onCloseRef.current();
      }}
    >
      {children}
    </dialog>
  );
}
