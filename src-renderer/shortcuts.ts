// Google Calendar's single-key shortcuts. They only fire when focus is not in something the
// user types into and no dialog is open, so typing "c" in a title never opens a new event.
import type { MessageId } from './i18n/catalogues';
import { useEffect, useRef } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

export type ShortcutAction =
  | 'new'
  | 'quickAdd'
  | 'search'
  | 'palette'
  | 'goTo'
  | 'edit'
  | 'delete'
  | 'today'
  | 'day'
  | 'week'
  | 'month'
  | 'agenda'
  | 'next'
  | 'previous'
  | 'help';

/** What the help dialog lists, in Google's order. */
export const SHORTCUTS: { keys: string[]; does: MessageId }[] = [
  { keys: ['c'], does: 'shortcuts.new' },
  { keys: ['q'], does: 'shortcuts.quickAdd' },
  { keys: ['/'], does: 'shortcuts.search' },
  { keys: ['Ctrl+K', '⌘K'], does: 'shortcuts.palette' },
  { keys: ['g'], does: 'shortcuts.goTo' },
  { keys: ['e'], does: 'shortcuts.edit' },
  { keys: ['Delete', 'Backspace'], does: 'shortcuts.delete' },
  { keys: ['t'], does: 'shortcuts.today' },
  { keys: ['j', 'n'], does: 'shortcuts.next' },
  { keys: ['k', 'p'], does: 'shortcuts.previous' },
  { keys: ['d'], does: 'shortcuts.day' },
  { keys: ['w'], does: 'shortcuts.week' },
  { keys: ['m'], does: 'shortcuts.month' },
  { keys: ['a'], does: 'shortcuts.agenda' },
  { keys: ['?'], does: 'shortcuts.help' },
  { keys: ['Ctrl+Enter', '⌘Enter'], does: 'shortcuts.save' },
  { keys: ['Esc'], does: 'shortcuts.close' },
];

const KEYMAP: Record<string, ShortcutAction> = {
  c: 'new',
  q: 'quickAdd',
  '/': 'search',
  g: 'goTo',
  e: 'edit',
  Delete: 'delete',
  Backspace: 'delete',
  t: 'today',
  d: 'day',
  w: 'week',
  m: 'month',
  a: 'agenda',
  j: 'next',
  n: 'next',
  k: 'previous',
  p: 'previous',
  '?': 'help',
};

export function useShortcuts(onAction: (action: ShortcutAction) => void): void {
  const handler = useRef(onAction);
  useEffect(() => {
    handler.current = onAction;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Ctrl+K / Cmd+K works from any field, as it does in other apps, but not over a dialog.
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        if (document.querySelector('dialog[open]')) return;
        event.preventDefault();
        handler.current('palette');
        return;
      }
      if (
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        event.defaultPrevented ||
        event.isComposing
      )
        return;
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      const action = KEYMAP[event.key.length === 1 ? event.key.toLowerCase() : event.key];
      // Shift is only part of "?"; Shift+C and friends are left alone.
      if (!action || (event.shiftKey && event.key !== '?')) return;
      event.preventDefault();
      handler.current(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/**
 * Ctrl+Enter (⌘Enter on a Mac) saves a form from any of its fields, the description too,
 * where Enter starts a new line: as its Save button would, so not while that is disabled (a
 * save under way), and not from a dialog opened over it (rendered outside the form).
 */
export function saveOnModEnter(event: ReactKeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey) return;
  const form = event.currentTarget;
  if (event.nativeEvent.isComposing || !form.contains(event.target as Node)) return;
  event.preventDefault();
  const save = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (save && !save.disabled) form.requestSubmit(save);
}

/** Whether keys typed now go into a text field (whose own keys come first). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(
      target.type,
    );
  return false;
}
