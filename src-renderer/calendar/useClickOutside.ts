// Closing a popover when the person presses the mouse elsewhere. A question the popover
// itself asked (a modal <dialog>: which events, email the guests?) is not "elsewhere".
import { useEffect, type RefObject } from 'react';

export function useClickOutside(ref: RefObject<HTMLElement | null>, onOutside: () => void): void {
  useEffect(() => {
    const outside = (e: MouseEvent) => {
      const target = e.target as Element;
      if (ref.current?.contains(target) || target.closest?.('dialog')) return;
      onOutside();
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [ref, onOutside]);
}
