// Regressions the convergence property suite found, kept as plain examples so they fail fast
// and readably if they come back.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startSyncWorld, type SyncWorld } from '../integration/sync/harness';

let w: SyncWorld;
beforeEach(async () => {
  w = await startSyncWorld();
  await w.engine.syncAll();
});
afterEach(() => w.close());

test('an event created and deleted before any sync leaves nothing in the outbox, even when it is the only change', async () => {
  const id = await w.createLocal('Never mind', '2030-03-04T07:00Z', '2030-03-04T08:00Z');
  await w.deleteLocal(id);
  expect(await w.db.outbox.count()).toBe(2);
  await w.clearRequests();
  const report = await w.engine.syncAll();
  expect(report.ok).toBe(true);
  expect(await w.db.outbox.count()).toBe(0);
  expect((await w.requests()).filter((r) => r.method !== 'GET')).toEqual([]);
});
