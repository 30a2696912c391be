// Every problem the Google connection reports is also written to the sync log, once, so
// the log tells the whole story even after the banner was dismissed. The line keeps the
// problem's code, so the log pane words it in the reader's language (log-line-words.ts); its
// English is for the log file.
import { useEffect, useRef } from 'react';
import type { GoogleStatus } from '../../src-preload/contract';
import type { AlmanacDatabase } from '../db/database';
import { logLine } from '../../src-preload/sync-log';

export function useProblemLog(db: AlmanacDatabase, status: GoogleStatus | null): void {
  const logged = useRef<string | null>(null);
  const problem = status?.problem ?? null;
  useEffect(() => {
    const key = problem ? `${problem.code}:${problem.title}` : null;
    if (!problem || key === logged.current) {
      logged.current = key;
      return;
    }
    logged.current = key;
    void db.syncLog.add(
      logLine(
        { now: new Date().toISOString() },
        'error',
        'google-problem',
        undefined,
        `${problem.title} ${problem.fix}`,
        { problem: problem.code },
      ),
    );
  }, [db, problem]);
}
