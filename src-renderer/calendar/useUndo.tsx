// Undo, in one place: every delete, move, resize, edit and answer runs through `run`, which
// records it (db/undoable-writes.ts) and shows a toast ("Event deleted · Undo") for a few
// seconds; Ctrl+Z / Cmd+Z (outside text fields, with no dialog open) takes back the latest
// change, toast or not. Other keys that change events (a Delete key) call `run` and
// `undoLast` from here too, so there is one history.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { AlmanacDatabase } from '../db/database';
import { changedAnything, recordChange, undoChange } from '../db/undoable-writes';
import type { RecordedChange } from '../db/undoable-writes';
import { activeLocale } from '../i18n/active-locale';
import { isTypingTarget } from '../shortcuts';

export interface Undo {
  /** Runs a change so that it can be undone, and offers Undo with `label` ("Event deleted"). */
  run<T>(label: string, write: () => Promise<T>): Promise<T>;
  /** Takes back the latest change still in the history; false when there is none. */
  undoLast(): Promise<boolean>;
  /** The toast; render it once. */
  toast: ReactNode;
}

/** How long the toast stays, as in Google Calendar. */
export const TOAST_MS = 8_000;
/** How many changes Ctrl+Z can take back, latest first. */
const HISTORY = 20;

export function useUndo(db: AlmanacDatabase, notify: (message: string) => void): Undo {
  const history = useRef<{ label: string; change: RecordedChange }[]>([]);
  const [shown, setShown] = useState<{ label: string; key: number } | null>(null);
  const count = useRef(0);

  const run = useCallback(
    async <T,>(label: string, write: () => Promise<T>): Promise<T> => {
      let result: T | undefined;
      const change = await recordChange(db, async () => {
        result = await write();
      });
      if (changedAnything(change)) {
        history.current = [...history.current, { label, change }].slice(-HISTORY);
        setShown({ label, key: ++count.current });
      }
      return result as T;
    },
    [db],
  );

  const undoLast = useCallback(async () => {
    const last = history.current.pop();
    setShown(null);
    if (!last) return false;
    try {
      await undoChange(db, last.change);
      return true;
    } catch (error) {
      notify(
        activeLocale().t('undo.failed', {
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
      return false;
    }
  }, [db, notify]);

  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => setShown(null), TOAST_MS);
    return () => clearTimeout(timer);
  }, [shown]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      if (event.key.toLowerCase() !== 'z' || event.defaultPrevented) return;
      // A text field's own undo, and a dialog's, come first.
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      void undoLast();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undoLast]);

  const toast = shown && (
    <div className="toast" role="status" key={`undo-${shown.key}`}>
      <span>{shown.label}</span>
      <button type="button" className="link-button" onClick={() => void undoLast()}>
        {activeLocale().t('undo.undo')}
      </button>
    </div>
  );
  return { run, undoLast, toast };
}
