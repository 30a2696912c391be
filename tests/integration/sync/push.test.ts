// Push: the outbox reaches Google through the batch endpoint, coalesced per event, with our
// own ids (409 on a replay is done, never a duplicate), patches of changed fields only under
// If-Match, deletes under If-Match where 404/410 count as done, 412 → fetch, merge, retry,
// transient failures retried with backoff (Retry-After honoured), and a refused change parked
// with a readable reason while the others go on.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { googleItems, onGoogle, startSyncWorld, type SyncWorld } from './harness';

let w: SyncWorld;
beforeEach(async () => {
  w = await startSyncWorld();
  await w.engine.syncAll();
});
afterEach(() => w.close());

/** The engine's calls: it writes only through the batch endpoint; the "remote" client never batches. */
const apiCalls = async (method?: string) =>
  (await w.requests()).filter((r) => r.batched && (!method || r.method === method));

test('local creations go up in batches, with our ids, and come back linked', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 120; i++)
    ids.push(
      await w.createLocal(
        `Event ${i}`,
        `2030-02-01T${String(8 + (i % 10)).padStart(2, '0')}:00Z`,
        `2030-02-01T${String(9 + (i % 10)).padStart(2, '0')}:00Z`,
      ),
    );
  await w.clearRequests();
  const report = await w.engine.syncAll();
  expect(report.pushed).toBe(120);
  const outer = (await w.requests()).filter((r) => !r.batched && r.path === '/batch/calendar/v3');
  expect(outer).toHaveLength(3); // 50 + 50 + 20
  const inserts = (await w.requests()).filter(
    (r) => r.method === 'POST' && r.path.startsWith('/calendar/v3/'),
  );
  expect(inserts).toHaveLength(120);
  expect(inserts.every((r) => r.batched)).toBe(true);
  const onServer = new Set((await googleItems(w)).map((e) => e.id));
  for (const id of ids) expect(onServer.has(id)).toBe(true);
  const local = await w.local(ids[0] as string);
  expect(local?.google?.etag).toBeTruthy();
  expect(local?.dirty).toEqual([]);
  expect(await w.db.outbox.count()).toBe(0);
});

test('an insert whose answer was lost is not duplicated: the retry meets 409 and links the event', async () => {
  const id = await w.createLocal('Dentist', '2030-02-02T10:00Z', '2030-02-02T11:00Z');
  await w.faults([
    {
      match: { method: 'POST', path: `/calendar/v3/calendars/${w.email}/events` },
      drop: 'after-apply',
      times: 1,
    },
  ]);
  const report = await w.engine.syncAll();
  expect(report.ok).toBe(true);
  const items = (await googleItems(w)).filter((e) => e.summary === 'Dentist');
  expect(items.map((e) => e.id)).toEqual([id]);
  const posts = await apiCalls('POST');
  expect(posts.map((r) => r.status)).toEqual([200, 409]);
  expect((await w.local(id))?.google?.etag).toBe(items[0]?.etag);
  expect(await w.db.outbox.count()).toBe(0);
});

/**
 * An event created here that Google created too, though no answer came back all sync long
 * (the retries met 409, lost as well) and the pull that would have linked it failed: the
 * record here is still unlinked, its insert still queued.
 */
async function insertWithAnswersLost(): Promise<string> {
  const id = await w.createLocal('Dentist', '2030-02-02T10:00Z', '2030-02-02T11:00Z');
  const path = `/calendar/v3/calendars/${w.email}/events`;
  await w.faults([
    { match: { method: 'POST', path }, drop: 'after-apply', times: 6 },
    { match: { method: 'GET', path }, respond: { status: 503 }, times: 6 },
  ]);
  await w.engine.syncAll();
  await w.admin('faults', undefined, 'DELETE');
  expect((await onGoogle(w, id)).status).toBe('confirmed');
  expect((await w.local(id))?.google).toBeUndefined();
  return id;
}

test('an insert whose answers were all lost, then deleted here, is deleted on Google too', async () => {
  const id = await insertWithAnswersLost();
  await w.deleteLocal(id);
  const report = await w.engine.syncAll();
  expect(report.ok).toBe(true);
  expect((await onGoogle(w, id)).status).toBe('cancelled');
  expect(await w.local(id)).toBeUndefined();
  expect(await w.db.outbox.count()).toBe(0);
});

test('an insert whose answers were lost, deleted here after an edit on Google: the edit survives', async () => {
  const id = await insertWithAnswersLost();
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: id,
    requestBody: { location: 'Room 2' },
  });
  await w.deleteLocal(id);
  await w.engine.syncAll();
  expect(await onGoogle(w, id)).toMatchObject({ status: 'confirmed', location: 'Room 2' });
  expect(await w.local(id)).toMatchObject({ status: 'confirmed', location: 'Room 2' });
  expect(await w.db.outbox.count()).toBe(0);
});

test('insert then edit before a sync coalesces into one insert; insert then delete sends nothing', async () => {
  const a = await w.createLocal('Draft', '2030-02-03T10:00Z', '2030-02-03T11:00Z');
  await w.editLocal(a, (d) => (d.summary = 'Final'));
  const b = await w.createLocal('Oops', '2030-02-03T12:00Z', '2030-02-03T13:00Z');
  await w.deleteLocal(b);
  await w.clearRequests();
  await w.engine.syncAll();
  const writes = (await apiCalls()).filter((r) => r.method !== 'GET');
  expect(writes.map((r) => r.method)).toEqual(['POST']);
  expect((await onGoogle(w, a)).summary).toBe('Final');
  expect(
    (
      await w.remote.events
        .get({ calendarId: w.email, eventId: b })
        .catch((e: { status: number }) => e)
    ).status,
  ).toBe(404);
  expect(await w.db.outbox.count()).toBe(0);
});

test('a patch sends only the changed fields, under If-Match of the base etag', async () => {
  const id = await w.createLocal(
    'Review',
    '2030-02-04T10:00Z',
    '2030-02-04T11:00Z',
    (d) => (d.location = 'Room 1'),
  );
  await w.engine.syncAll();
  const etag = (await w.local(id))?.google?.etag;
  // Someone else's change to another field must survive our patch.
  await w.editLocal(id, (d) => (d.location = 'Room 2'));
  await w.clearRequests();
  await w.engine.syncAll();
  const patches = await apiCalls('PATCH');
  expect(patches).toHaveLength(1);
  expect((await onGoogle(w, id)).location).toBe('Room 2');
  const body = w.batchBodies.at(-1) ?? '';
  expect(body).toContain(
    `PATCH /calendar/v3/calendars/${encodeURIComponent(w.email)}/events/${id}?sendUpdates=none HTTP/1.1`,
  );
  expect(body).toContain(`If-Match: ${etag}`);
  expect(body).toContain('{"location":"Room 2"}');
  expect((await onGoogle(w, id)).summary).toBe('Review');
});

test('going back to default reminders clears the overrides on Google (a patch merges nested objects) and leaves the event in step', async () => {
  const id = await w.createLocal(
    'Checkup',
    '2030-02-04T12:00Z',
    '2030-02-04T13:00Z',
    (d) => (d.reminders = { useDefault: false, overrides: [{ method: 'email', minutes: 60 }] }),
  );
  await w.engine.syncAll();
  expect((await onGoogle(w, id)).reminders).toEqual({
    useDefault: false,
    overrides: [{ method: 'email', minutes: 60 }],
  });
  await w.editLocal(id, (d) => (d.reminders = { useDefault: true }));
  const report = await w.engine.syncAll();
  expect(report).toMatchObject({ ok: true, parked: 0 });
  const reminders = (await onGoogle(w, id)).reminders;
  expect(reminders?.useDefault).toBe(true);
  expect(reminders?.overrides ?? []).toEqual([]);
  expect((await w.local(id))?.dirty).toEqual([]);
  await w.clearRequests();
  await w.engine.syncAll();
  expect((await apiCalls()).filter((r) => r.method !== 'GET')).toEqual([]);
});

test('a patch that meets 412 fetches, merges field by field and retries; both changes survive', async () => {
  const id = await w.createLocal('Planning', '2030-02-05T10:00Z', '2030-02-05T11:00Z');
  await w.engine.syncAll();
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: id,
    requestBody: { location: 'Berlin' },
  });
  await w.editLocal(id, (d) => (d.description = 'Agenda attached'));
  const report = await w.engine.syncAll();
  expect(report.ok).toBe(true);
  const patches = await apiCalls('PATCH');
  expect(patches.map((r) => r.status)).toEqual([412, 200]);
  const remote = await onGoogle(w, id);
  expect(remote.location).toBe('Berlin');
  expect(remote.description).toBe('Agenda attached');
  const local = await w.local(id);
  expect(local?.location).toBe('Berlin');
  expect(local?.dirty).toEqual([]);
});

test('a delete goes up under If-Match; 404 and 410 count as done', async () => {
  const a = await w.createLocal('Gone here', '2030-02-06T10:00Z', '2030-02-06T11:00Z');
  const b = await w.createLocal('Gone there too', '2030-02-06T12:00Z', '2030-02-06T13:00Z');
  await w.engine.syncAll();
  await w.remote.events.delete({ calendarId: w.email, eventId: b });
  await w.deleteLocal(a);
  await w.deleteLocal(b);
  const report = await w.engine.syncAll();
  expect(report.ok).toBe(true);
  const deletes = await apiCalls('DELETE');
  expect(deletes.map((r) => r.status).sort()).toEqual([204, 410]);
  expect((await onGoogle(w, a)).status).toBe('cancelled');
  expect(await w.local(a)).toBeUndefined();
  expect(await w.local(b)).toBeUndefined();
  expect(await w.db.outbox.count()).toBe(0);
});

test('5xx answers are retried with backoff until they go through', async () => {
  const id = await w.createLocal('Flaky', '2030-02-07T10:00Z', '2030-02-07T11:00Z');
  await w.faults([
    {
      match: { method: 'POST', path: `/calendar/v3/calendars/${w.email}/events` },
      respond: { status: 503 },
      times: 2,
    },
  ]);
  const report = await w.engine.syncAll();
  expect(report.ok).toBe(true);
  expect((await onGoogle(w, id)).summary).toBe('Flaky');
  expect((await apiCalls('POST')).map((r) => r.status)).toEqual([503, 503, 200]);
  // Exponential: the second wait is twice the first (jitter fixed at 0.5 in the harness).
  expect(w.sleeps).toEqual([7.5, 15]);
});

test('429 with Retry-After waits at least that long before retrying', async () => {
  const id = await w.createLocal('Throttled', '2030-02-08T10:00Z', '2030-02-08T11:00Z');
  await w.faults([
    {
      match: { method: 'POST', path: `/calendar/v3/calendars/${w.email}/events` },
      respond: { status: 429, reason: 'rateLimitExceeded', retryAfter: 7 },
      times: 1,
    },
  ]);
  await w.engine.syncAll();
  expect(w.sleeps).toEqual([7000]);
  expect((await onGoogle(w, id)).summary).toBe('Throttled');
});

test('403 rateLimitExceeded is retried like 429', async () => {
  const id = await w.createLocal('Busy', '2030-02-08T12:00Z', '2030-02-08T13:00Z');
  await w.faults([
    {
      match: { method: 'POST', path: `/calendar/v3/calendars/${w.email}/events` },
      respond: { status: 403, reason: 'userRateLimitExceeded' },
      times: 1,
    },
  ]);
  const report = await w.engine.syncAll();
  expect(report.parked).toBe(0);
  expect((await onGoogle(w, id)).summary).toBe('Busy');
});

test('a change Google refuses is parked with a readable reason; the others still go up', async () => {
  const bad = await w.createLocal('Refused', '2030-02-09T10:00Z', '2030-02-09T11:00Z');
  const good = await w.createLocal('Accepted', '2030-02-09T12:00Z', '2030-02-09T13:00Z');
  await w.faults([
    {
      match: { method: 'POST', path: `/calendar/v3/calendars/${w.email}/events`, nth: 1 },
      respond: { status: 400, reason: 'invalid' },
      times: 1,
    },
  ]);
  const report = await w.engine.syncAll();
  expect(report.parked).toBe(1);
  expect((await onGoogle(w, good)).summary).toBe('Accepted');
  const parked = (await w.log()).filter((l) => l.code === 'parked');
  expect(parked).toHaveLength(1);
  expect(parked[0]?.eventId).toBe(bad);
  expect(parked[0]?.message).toMatch(/Refused.*Google refused the change/);
  expect(await w.db.outbox.count()).toBe(0);
  // The local event is kept, unlinked, so nothing is lost.
  expect((await w.local(bad))?.summary).toBe('Refused');
});

test('a whole batch lost after Google applied it is replayed without duplicates or lost edits', async () => {
  const ids = [
    await w.createLocal('One', '2030-02-10T10:00Z', '2030-02-10T11:00Z'),
    await w.createLocal('Two', '2030-02-10T12:00Z', '2030-02-10T13:00Z'),
  ];
  await w.faults([
    { match: { method: 'POST', path: '/batch/calendar/v3' }, drop: 'after-apply', times: 1 },
  ]);
  const report = await w.engine.syncAll();
  expect(report.ok).toBe(true);
  const items = await googleItems(w);
  expect(
    items
      .filter((e) => e.summary === 'One' || e.summary === 'Two')
      .map((e) => e.id)
      .sort(),
  ).toEqual([...ids].sort());
  for (const id of ids) expect((await w.local(id))?.google?.etag).toBeTruthy();
});
