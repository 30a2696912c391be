// Pull: per-calendar sync tokens, maxResults=2500 page by page with each page committed on its
// own and the token saved with the last page only; deletes from Google; 410 → a full resync
// that keeps local pending changes and removes only linked copies Google no longer has,
// asking first when more than half the calendar would vanish; merges and conflicts.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { onGoogle, startSyncWorld, type SyncWorld } from './harness';

let w: SyncWorld;
beforeEach(async () => {
  w = await startSyncWorld();
  await w.engine.syncAll();
});
afterEach(() => w.close());

const seed = (count: number, prefix = 'Seeded') =>
  w.admin<{ ids: string[] }>('events', {
    calendarId: w.email,
    events: Array.from({ length: count }, (_, i) => ({
      summary: `${prefix} ${i}`,
      start: { dateTime: new Date(Date.UTC(2030, 3, 1) + i * 3_600_000).toISOString() },
      end: { dateTime: new Date(Date.UTC(2030, 3, 1) + i * 3_600_000 + 1_800_000).toISOString() },
    })),
  });
const lists = async () =>
  (await w.requests()).filter(
    (r) => r.method === 'GET' && r.path === `/calendar/v3/calendars/${w.email}/events`,
  );

test('events made on Google arrive; the next sync asks only for changes with the stored token', async () => {
  const { data } = await w.remote.events.insert({
    calendarId: w.email,
    requestBody: {
      summary: 'From phone',
      start: { dateTime: '2030-03-01T09:00:00Z' },
      end: { dateTime: '2030-03-01T10:00:00Z' },
    },
  });
  await w.clearRequests();
  const report = await w.engine.syncAll();
  expect(report.pulled).toBe(1);
  expect((await w.local(data.id as string))?.summary).toBe('From phone');
  const state = await w.db.syncState.get(w.email);
  expect(state?.syncToken).toBeTruthy();
  const [list] = await lists();
  expect(list?.status).toBe(200);
  await w.clearRequests();
  await w.engine.syncAll();
  const calls = (await w.requests()).filter((r) => !r.batched);
  expect(calls).toHaveLength(1); // nothing changed: exactly one request for the calendar
  expect((await lists())[0]).toBeTruthy();
});

test('edits and deletes on Google reach the local copy', async () => {
  const id = await w.createLocal('Team call', '2030-03-02T09:00Z', '2030-03-02T10:00Z');
  const other = await w.createLocal('Cancelled later', '2030-03-02T11:00Z', '2030-03-02T12:00Z');
  await w.engine.syncAll();
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: id,
    requestBody: {
      summary: 'Team call (moved)',
      start: { dateTime: '2030-03-02T15:00:00Z' },
      end: { dateTime: '2030-03-02T16:00:00Z' },
    },
  });
  await w.remote.events.delete({ calendarId: w.email, eventId: other });
  await w.engine.syncAll();
  const local = await w.local(id);
  expect(local?.summary).toBe('Team call (moved)');
  expect(local?.startMs).toBe(Date.parse('2030-03-02T15:00:00Z'));
  expect(await w.local(other)).toBeUndefined();
});

test('more than 2500 changes come in pages of 2500; the token is saved with the last page only', async () => {
  await seed(2600);
  await w.faults([
    {
      match: { method: 'GET', path: `/calendar/v3/calendars/${w.email}/events`, nth: 2 },
      respond: { status: 400, reason: 'badRequest' },
      times: 1,
    },
  ]);
  const tokenBefore = (await w.db.syncState.get(w.email))?.syncToken;
  const failed = await w.engine.syncAll();
  expect(failed.ok).toBe(false);
  // The first page is committed on its own; the token did not move on.
  expect(await w.db.events.count()).toBe(2500);
  expect((await w.db.syncState.get(w.email))?.syncToken).toBe(tokenBefore);
  await w.clearRequests();
  await w.engine.syncAll();
  expect(await w.db.events.count()).toBe(2600);
  const pages = await lists();
  expect(pages).toHaveLength(2);
  expect(
    w.google.world.requests
      .filter((r) => r.path === `/calendar/v3/calendars/${w.email}/events`)
      .every((r) => r.query.maxResults === '2500'),
  ).toBe(true);
  expect((await w.db.syncState.get(w.email))?.syncToken).not.toBe(tokenBefore);
});

test('410 fullSyncRequired: full resync keeps pending local changes and removes only copies Google no longer has', async () => {
  const { ids } = await seed(6);
  await w.engine.syncAll();
  const gone = ids[0] as string;
  const edited = ids[1] as string;
  // One event is deleted on Google and our token expires, so the delete never comes as a
  // change; meanwhile we edit another event and create one, and pushing them fails for now.
  await w.remote.events.delete({ calendarId: w.email, eventId: gone });
  await w.admin('sync-tokens/expire', { calendarId: w.email });
  await w.editLocal(edited, (d) => (d.summary = 'Edited offline'));
  const keptOffline = await w.createLocal('Made offline', '2030-03-05T09:00Z', '2030-03-05T10:00Z');
  await w.faults([
    { match: { method: 'PATCH' }, respond: { status: 503 }, times: 100 },
    {
      match: { method: 'POST', path: `/calendar/v3/calendars/${w.email}/events` },
      respond: { status: 503 },
      times: 100,
    },
  ]);
  const report = await w.engine.syncAll();
  await w.admin('faults', undefined, 'DELETE');
  expect(report.needsConfirmation).toEqual([]);
  expect((await w.log()).some((l) => l.code === 'full-resync')).toBe(true);
  expect(await w.local(gone)).toBeUndefined();
  expect((await w.local(edited))?.summary).toBe('Edited offline');
  expect((await w.local(keptOffline))?.summary).toBe('Made offline');
  expect((await w.local(ids[2] as string))?.summary).toBe('Seeded 2');
  await w.engine.syncAll();
  expect((await onGoogle(w, edited)).summary).toBe('Edited offline');
  expect((await onGoogle(w, keptOffline)).summary).toBe('Made offline');
});

test('a full resync that would remove more than half the calendar asks first, and removes after confirmation', async () => {
  const { ids } = await seed(4);
  await w.engine.syncAll();
  for (const id of ids.slice(0, 3))
    await w.remote.events.delete({ calendarId: w.email, eventId: id });
  await w.admin('sync-tokens/expire', { calendarId: w.email });
  const asked = await w.engine.syncAll();
  expect(asked.needsConfirmation).toEqual([
    { calendarId: w.email, summary: expect.any(String), wouldRemove: 3, total: 4 },
  ]);
  expect(await w.db.events.count()).toBe(4);
  const confirmed = await w.engine.syncAll({ confirmRemoval: [w.email] });
  expect(confirmed.needsConfirmation).toEqual([]);
  expect((await w.db.events.toArray()).map((e) => e.id)).toEqual([ids[3]]);
});

test('a local edit made while a page is being committed is never overwritten', async () => {
  const id = await w.createLocal('Mine', '2030-03-06T09:00Z', '2030-03-06T10:00Z');
  await w.engine.syncAll();
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: id,
    requestBody: { location: 'Remote room' },
  });
  // Slow the list down and edit locally while it is in flight.
  await w.faults([
    {
      match: { method: 'GET', path: `/calendar/v3/calendars/${w.email}/events` },
      delayMs: 150,
      times: 1,
    },
  ]);
  const sync = w.engine.syncAll();
  await new Promise((r) => setTimeout(r, 50));
  await w.editLocal(id, (d) => (d.summary = 'Mine, renamed during sync'));
  await sync;
  const local = await w.local(id);
  expect(local?.summary).toBe('Mine, renamed during sync');
  expect(local?.location).toBe('Remote room');
  await w.engine.syncAll();
  const remote = await onGoogle(w, id);
  expect(remote.summary).toBe('Mine, renamed during sync');
  expect(remote.location).toBe('Remote room');
});

test('both sides change the same field: the newer change wins and the loser is logged with enough to restore it', async () => {
  const id = await w.createLocal('Original', '2030-03-07T09:00Z', '2030-03-07T10:00Z');
  await w.engine.syncAll();
  await w.editLocal(id, (d) => (d.summary = 'Local title'));
  await new Promise((r) => setTimeout(r, 5));
  await w.admin('clock', { advanceMs: 60_000 }); // Google's change is clearly newer
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: id,
    requestBody: { summary: 'Google title' },
  });
  const report = await w.engine.syncAll();
  expect(report.conflicts).toBe(1);
  expect((await w.local(id))?.summary).toBe('Google title');
  expect((await onGoogle(w, id)).summary).toBe('Google title');
  const conflict = (await w.log()).find((l) => l.code === 'conflict');
  expect(conflict?.eventId).toBe(id);
  expect(conflict?.detail).toMatchObject({
    field: 'summary',
    kept: 'google',
    lost: 'Local title',
    restore: { summary: 'Local title' },
  });
});

test('the newer local change wins a conflict and reaches Google; Google’s value is logged', async () => {
  const id = await w.createLocal('Original', '2030-03-08T09:00Z', '2030-03-08T10:00Z');
  await w.engine.syncAll();
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: id,
    requestBody: { summary: 'Old Google title' },
  });
  await new Promise((r) => setTimeout(r, 10)); // the local edit is the newer one
  await w.editLocal(id, (d) => (d.summary = 'Fresh local title'));
  await w.engine.syncAll();
  expect((await onGoogle(w, id)).summary).toBe('Fresh local title');
  const conflict = (await w.log()).find((l) => l.code === 'conflict');
  expect(conflict?.detail).toMatchObject({ kept: 'local', lost: 'Old Google title' });
});

test('edit here, delete on Google: the edit survives and the event is restored on Google', async () => {
  const id = await w.createLocal('Keep me', '2030-03-09T09:00Z', '2030-03-09T10:00Z');
  await w.engine.syncAll();
  await w.remote.events.delete({ calendarId: w.email, eventId: id });
  await w.editLocal(id, (d) => (d.location = 'New place'));
  await w.engine.syncAll();
  const remote = await onGoogle(w, id);
  expect(remote.status).toBe('confirmed');
  expect(remote.location).toBe('New place');
  expect((await w.local(id))?.location).toBe('New place');
  expect((await w.log()).some((l) => l.code === 'restored' && l.eventId === id)).toBe(true);
});

test('delete here, edit on Google: the edit survives and comes back here', async () => {
  const id = await w.createLocal('Edited there', '2030-03-10T09:00Z', '2030-03-10T10:00Z');
  await w.engine.syncAll();
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: id,
    requestBody: { description: 'Important notes' },
  });
  await w.deleteLocal(id);
  await w.engine.syncAll();
  expect((await onGoogle(w, id)).status).toBe('confirmed');
  const local = await w.local(id);
  expect(local?.status).toBe('confirmed');
  expect(local?.description).toBe('Important notes');
  expect((await w.log()).some((l) => l.code === 'kept-edit' && l.eventId === id)).toBe(true);
});
