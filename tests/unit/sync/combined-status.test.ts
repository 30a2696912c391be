// The toolbar's one status made of several accounts' syncs: syncing while any is, a failure
// named by its account (only when there are several, so one account reads as before),
// totals over each account's last cycle, and the oldest of their last good syncs.
import { describe, expect, test } from 'vitest';
import { combinedStatus, type AccountSyncState } from '../../../src-main/sync/combined-status';
import { emptyReport, type SyncReport } from '../../../src-main/sync/sync-engine';

const REST = { paused: false, reset: null, refused: 0 } as const;

function account(
  email: string,
  report: Partial<SyncReport> | null,
  running = false,
): AccountSyncState {
  return {
    email,
    running,
    retry: null,
    lastReport: report && { ...emptyReport('2030-01-01T10:00:00.000Z'), ...report },
  };
}

describe('the combined sync status', () => {
  test('syncing while any account syncs; totals over the accounts', () => {
    const status = combinedStatus(
      [
        account('a@x.org', { pushed: 1, pulled: 5, durationMs: 100 }, true),
        account('b@x.org', { pushed: 2, pulled: 7, durationMs: 300 }),
      ],
      REST,
    );
    expect(status.running).toBe(true);
    expect(status.lastResult).toMatchObject({ ok: true, pushed: 3, pulled: 12, durationMs: 300 });
  });

  test('a failure is named by the account it happened in', () => {
    const status = combinedStatus(
      [
        account('a@x.org', { durationMs: 100 }),
        account('b@x.org', { ok: false, error: { code: 'auth', message: 'Sign in again.' } }),
      ],
      REST,
    );
    expect(status.lastResult).toMatchObject({
      ok: false,
      error: { code: 'auth', message: 'b@x.org: Sign in again.', account: 'b@x.org' },
    });
    // Only a's good sync counts for "last synced".
    expect(status.lastSyncAt).toBe('2030-01-01T10:00:00.100Z');
  });

  test('one account reads as before: no name in front of its error', () => {
    const status = combinedStatus(
      [account('a@x.org', { ok: false, error: { code: 'failed', message: 'Down.' } })],
      REST,
    );
    expect(status.lastResult?.error?.message).toBe('Down.');
    expect(status.lastResult?.error?.account).toBeUndefined();
    expect(status.lastSyncAt).toBeNull();
  });

  test('last synced is the oldest of the accounts’ last good syncs; nothing yet is null', () => {
    expect(combinedStatus([account('a@x.org', null)], REST).lastResult).toBeNull();
    const status = combinedStatus(
      [account('a@x.org', { durationMs: 500 }), account('b@x.org', { durationMs: 200 })],
      REST,
    );
    expect(status.lastSyncAt).toBe('2030-01-01T10:00:00.200Z');
  });
});
