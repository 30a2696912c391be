// Waits on Google, as the toolbar learns of them: the engine announces each wait before
// another try (when it goes, and the failure it waits out) from the first failure, and
// announces the end once Google answers again, for whole calls and batch rounds alike.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { GoogleWait } from '../../../src-main/google/gateway';
import { retryOf } from '../../../src-main/sync/sync-retry';
import { startSyncWorld, type SyncWorld } from './harness';

let w: SyncWorld;
let waits: (GoogleWait | null)[];
beforeEach(async () => {
  waits = [];
  w = await startSyncWorld({ engine: { onGoogleWait: (wait) => waits.push(wait) } });
  await w.engine.syncAll();
});
afterEach(() => w.close());

test('a listing Google answers with 503 is announced from the first failure, and cleared when it goes through', async () => {
  await w.faults([
    {
      match: { method: 'GET', path: `/calendar/v3/calendars/${w.email}/events` },
      respond: { status: 503 },
      times: 2,
    },
  ]);
  const before = Date.now();
  const report = await w.engine.syncAll();
  expect(report.ok).toBe(true);
  // Two waits (one per failure), then one "answered".
  expect(waits.map((x) => x && x.failure.status)).toEqual([503, 503, null]);
  const [first] = waits;
  if (!first) throw new Error('no wait announced');
  // The announced time is the wait the engine actually took (the harness skips the sleep itself).
  expect(first.at.getTime() - before).toBeGreaterThanOrEqual((w.sleeps[0] ?? 0) - 1);
  expect(first.at.getTime()).toBeLessThanOrEqual(Date.now() + (w.sleeps[0] ?? 0));
  expect(retryOf(first)).toEqual({ at: first.at.toISOString(), reason: 'unavailable' });
  expect(retryOf(null)).toBeNull();
});

test('a push round refused with 429 and Retry-After is announced as Google slowing Almanac down, at least that long ahead', async () => {
  await w.createLocal('Throttled', '2030-02-08T10:00Z', '2030-02-08T11:00Z');
  await w.faults([
    {
      match: { method: 'POST', path: `/calendar/v3/calendars/${w.email}/events` },
      respond: { status: 429, reason: 'rateLimitExceeded', retryAfter: 7 },
      times: 1,
    },
  ]);
  const before = Date.now();
  const report = await w.engine.syncAll();
  expect(report.pushed).toBe(1);
  const [first, last] = [waits[0], waits.at(-1)];
  if (!first) throw new Error('no wait announced');
  expect(retryOf(first)?.reason).toBe('rate-limited');
  expect(first.at.getTime() - before).toBeGreaterThanOrEqual(7000);
  expect(last).toBeNull();
});

test('a cycle that meets no failure announces nothing', async () => {
  await w.createLocal('Calm', '2030-02-09T10:00Z', '2030-02-09T11:00Z');
  await w.engine.syncAll();
  expect(waits).toEqual([]);
});
