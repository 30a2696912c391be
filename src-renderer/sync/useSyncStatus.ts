// Where sync stands, for the toolbar: main's status (running, last result, questions)
// plus the number of local changes still waiting in the outbox, read live from IndexedDB.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SyncStatus } from '../../src-preload/contract';
import { getApi } from '../bridge';
import type { AlmanacDatabase } from '../db/database';

export interface SyncState {
  status: SyncStatus | null;
  pending: number;
  syncNow(options?: { refreshCalendars?: boolean }): Promise<void>;
  /** Ends "Pause synchronization" (which syncs what waited). */
  resume(): Promise<void>;
}

export function useSyncStatus(db: AlmanacDatabase): SyncState {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  // Syncs asked for here and not yet answered. Main answers when the sync it ran is over, and
  // its "running" reaches the window a moment after the click: until then the button already
  // shows it, so a second click (or a label changing under the pointer) cannot land meanwhile.
  const [asked, setAsked] = useState(0);
  const pending = useLiveQuery(() => db.outbox.count(), [db]) ?? 0;

  useEffect(() => {
    let live = true;
    const api = getApi();
    const unsubscribe = api.onSyncStatus((next) => live && setStatus(next));
    void api.getSyncStatus().then((result) => live && result.ok && setStatus(result.value));
    // Coming back online is a reason to sync at once (main cannot see the page's network).
    const online = () => void api.nudgeSync('online');
    window.addEventListener('online', online);
    return () => {
      live = false;
      unsubscribe();
      window.removeEventListener('online', online);
    };
  }, []);

  const syncNow = useCallback(async (options?: { refreshCalendars?: boolean }) => {
    setAsked((n) => n + 1);
    try {
      const result = await getApi().syncNow(options);
      if (result.ok) setStatus(result.value);
    } finally {
      setAsked((n) => n - 1);
    }
  }, []);

  const resume = useCallback(async () => {
    const result = await getApi().pauseSync(false);
    if (result.ok) setStatus(result.value);
  }, []);

  const shown = useMemo(
    () => (asked > 0 && status && !status.running ? { ...status, running: true } : status),
    [asked, status],
  );
  return { status: shown, pending, syncNow, resume };
}

/** Tells main a few seconds after each local change that there is something to push. */
export function nudgeSyncOnLocalChanges(db: AlmanacDatabase): void {
  db.outbox.hook('creating', () => {
    // The hook runs inside the writing transaction; the nudge waits for it to finish.
    setTimeout(() => void getApi().nudgeSync('local-edit'), 0);
  });
}
