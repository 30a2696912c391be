// The toolbar's one sync status made of every account's: syncing while any account syncs,
// a failure named by the account it happened in (so "Reconnect" or a Google outage is
// traced to the right one), totals over each account's last cycle, and the removals any
// account waits to have confirmed.
import type { SyncStatus } from '../../src-preload/contract';
import type { SyncReport } from './sync-engine';

/** What the combination reads of one account's sync. */
export interface AccountSyncState {
  readonly email: string;
  readonly running: boolean;
  readonly retry: SyncStatus['retry'];
  readonly lastReport: SyncReport | null;
}

export function combinedStatus(
  accounts: readonly AccountSyncState[],
  rest: Pick<SyncStatus, 'paused' | 'reset' | 'refused'>,
): SyncStatus {
  const reported = accounts.filter(
    (a): a is AccountSyncState & { lastReport: SyncReport } => a.lastReport !== null,
  );
  const failed = reported.find((a) => !a.lastReport.ok);
  const several = accounts.length > 1;
  const sum = (pick: (r: SyncReport) => number) =>
    reported.reduce((total, a) => total + pick(a.lastReport), 0);
  const error = failed?.lastReport.error;
  const named = failed && error && several ? `${failed.email}: ${error.message}` : error?.message;
  return {
    running: accounts.some((a) => a.running),
    paused: rest.paused,
    lastSyncAt: lastSyncAt(reported.map((a) => a.lastReport)),
    lastResult:
      reported.length === 0
        ? null
        : {
            ok: !failed,
            pushed: sum((r) => r.pushed),
            pulled: sum((r) => r.pulled),
            conflicts: sum((r) => r.conflicts),
            parked: sum((r) => r.parked),
            durationMs: Math.max(...reported.map((a) => a.lastReport.durationMs)),
            ...(error
              ? {
                  error: {
                    code: error.code,
                    message: named ?? error.message,
                    ...(error.said ? { said: error.said } : {}),
                    ...(several && failed ? { account: failed.email } : {}),
                  },
                }
              : {}),
          },
    needsConfirmation: reported.flatMap((a) => a.lastReport.needsConfirmation),
    reset: rest.reset,
    refused: rest.refused,
    retry: accounts.find((a) => a.retry !== null)?.retry ?? null,
  };
}

/** When every account had last synced well: the oldest of their last good cycles' ends. */
function lastSyncAt(reports: SyncReport[]): string | null {
  const ends = reports
    .filter((r) => r.ok)
    .map((r) => Date.parse(r.startedAt) + r.durationMs)
    .sort((a, b) => a - b);
  return ends.length > 0 ? new Date(ends[0] as number).toISOString() : null;
}
