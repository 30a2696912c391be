// The question a full resync can raise: Google no longer has most of a calendar's events —
// remove them here too?
import { useEffect, useRef } from 'react';
import type { SyncStatus } from '../../src-preload/contract';
import type { Questions } from '../calendar/QuestionDialog';
import { removalQuestion } from '../calendar/questions';
import { getApi } from '../bridge';

/**
 * After a full resync that would remove most of a calendar, asks whether to remove those
 * events here too — once per sync that found them, and not again while the question is
 * open; keeping them (or closing) asks again after the next sync.
 */
export function useRemovalQuestion(status: SyncStatus | null, ask: Questions['ask']): void {
  const asked = useRef<string | null>(null);
  const open = useRef(false);
  useEffect(() => {
    const removal = status?.needsConfirmation ?? [];
    // Main announces its status often (a sync starting, settings); a new sync result is new.
    const key = JSON.stringify([status?.lastSyncAt, status?.lastResult, removal]);
    if (removal.length === 0 || open.current || asked.current === key) return;
    asked.current = key;
    open.current = true;
    void ask(removalQuestion(removal)).then((remove) => {
      open.current = false;
      if (remove) void getApi().confirmRemoval(removal.map((q) => q.calendarId));
    });
  }, [status, ask]);
}
