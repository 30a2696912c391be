// Reset Account against the Google emulator and the renderer's Dexie database: each choice
// of "User's Existing Events" on both sides, guests never deleted, emails only when asked,
// the two kinds of next synchronization through the real engine, and a reset cut short that
// resumes without deleting anything twice.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { calendar_v3 } from '@googleapis/calendar';
import type { CalendarEvent } from '../../../src-preload/model/event';
import { googleItems } from '../sync/harness';
import { startResetWorld, type ResetWorld } from './reset-world';

let w: ResetWorld;

beforeEach(async () => {
  w = await startResetWorld();
  await w.engine.syncAll();
});
afterEach(() => w.close());

const guests = { attendees: [{ email: 'carol@example.org', responseStatus: 'needsAction' }] };

/** Two of my events (one with a guest), one where I am only a guest, all synced here. */
async function seedLinked(): Promise<{ mine: string[]; guest: string }> {
  await w.admin('accounts', { email: 'bob@example.com' });
  const { ids } = await w.admin<{ ids: string[] }>('events', {
    calendarId: w.email,
    events: [
      {
        summary: 'Mine 1',
        start: { dateTime: '2030-06-01T09:00:00Z' },
        end: { dateTime: '2030-06-01T10:00:00Z' },
      },
      {
        summary: 'Mine 2',
        ...guests,
        start: { dateTime: '2030-06-02T09:00:00Z' },
        end: { dateTime: '2030-06-02T10:00:00Z' },
      },
      {
        summary: "Bob's",
        organizer: { email: 'bob@example.com' },
        attendees: [
          { email: 'bob@example.com', responseStatus: 'accepted' },
          { email: w.email, responseStatus: 'needsAction' },
        ],
        start: { dateTime: '2030-06-03T09:00:00Z' },
        end: { dateTime: '2030-06-03T10:00:00Z' },
      },
    ],
  });
  await w.engine.syncAll();
  return { mine: ids.slice(0, 2) as string[], guest: ids[2] as string };
}

const pick = (e: object | undefined, keys: string[]) =>
  Object.fromEntries(
    keys
      .filter((k) => (e as Record<string, unknown> | undefined)?.[k] != null)
      .map((k) => [k, (e as Record<string, unknown>)[k]]),
  );
const live = async () =>
  (await googleItems(w))
    .filter((e) => e.status !== 'cancelled')
    .map((e) => e.summary)
    .sort();
const here = async () =>
  (await w.db.events.where('calendarId').equals(w.email).toArray())
    .filter((e) => e.status !== 'cancelled')
    .map((e) => `${e.summary}${e.google ? '' : ' (local-only)'}`)
    .sort();
const run: ResetWorld['run'] = (...args) => w.run(...args);

test('Delete from the current Google Calendar account: my events go from Google without mail, guest events stay there; copies here become local-only', async () => {
  const { guest } = await seedLinked();
  const report = await run('delete-google', 'new');
  expect(report).toMatchObject({ ok: true, deletedOnGoogle: 2, removedHere: 0, unlinked: 3 });
  expect(await live()).toEqual(["Bob's"]);
  expect(await here()).toEqual([
    "Bob's (local-only)",
    'Mine 1 (local-only)',
    'Mine 2 (local-only)',
  ]);
  expect((await w.local(guest))?.base).toBeUndefined();
  expect(await w.notifications()).toEqual([]);
  expect(w.disconnects).toBe(1);
  expect((await w.db.syncState.get(w.email))?.syncToken).toBeUndefined();
  const deletes = (await w.requests()).filter((r) => r.method === 'DELETE');
  expect(deletes.every((r) => r.batched && r.query.sendUpdates === 'none')).toBe(true);
});

test('with "Notify guests about deleted events" the guests get a cancellation', async () => {
  await seedLinked();
  await run('delete-google', 'new', true);
  expect((await w.notifications()).map((n) => `${n.kind}:${n.to}`)).toEqual([
    'cancellation:carol@example.org',
  ]);
});

test('Delete from this computer removes the linked events here and leaves Google alone', async () => {
  await seedLinked();
  const pending = await w.createLocal(
    'Not yet on Google',
    '2030-06-05T09:00Z',
    '2030-06-05T10:00Z',
  );
  const report = await run('delete-local', 'new');
  expect(report).toMatchObject({ deletedOnGoogle: 0, removedHere: 3 });
  expect(await live()).toEqual(["Bob's", 'Mine 1', 'Mine 2']);
  expect(await here()).toEqual(['Not yet on Google (local-only)']);
  expect(await w.db.outbox.where('calendarId').equals(w.email).count()).toBe(0);
  expect(await w.local(pending)).toBeDefined();
});

test('Delete from both: gone on both sides, except that a guest event is only removed here', async () => {
  await seedLinked();
  await run('delete-both', 'new');
  expect(await live()).toEqual(["Bob's"]);
  expect(await here()).toEqual([]);
});

test('Synchronize only new events: nothing that existed at the reset crosses over; what is created afterwards syncs both ways', async () => {
  await seedLinked();
  const oldLocal = await w.createLocal('Old here', '2030-06-06T09:00Z', '2030-06-06T10:00Z');
  await w.admin('events', {
    calendarId: w.email,
    events: [
      {
        summary: 'Old on Google',
        start: { dateTime: '2030-06-07T09:00:00Z' },
        end: { dateTime: '2030-06-07T10:00:00Z' },
      },
    ],
  });
  await run('delete-local', 'new');
  await new Promise((r) => setTimeout(r, 5));
  const newLocal = await w.createLocal('New here', '2030-06-08T09:00Z', '2030-06-08T10:00Z');
  await w.remote.events.insert({
    calendarId: w.email,
    requestBody: {
      summary: 'New on Google',
      start: { dateTime: '2030-06-09T09:00:00Z' },
      end: { dateTime: '2030-06-09T10:00:00Z' },
    },
  });
  await w.engine.syncAll();
  // Even an edit later does not carry an event that existed at the reset across.
  await w.editLocal(oldLocal, (d) => (d.location = 'Room 1'));
  await w.engine.syncAll();
  expect(await live()).toEqual([
    "Bob's",
    'Mine 1',
    'Mine 2',
    'New here',
    'New on Google',
    'Old on Google',
  ]);
  expect(await here()).toEqual(['New here', 'New on Google', 'Old here (local-only)']);
  expect((await w.local(newLocal))?.google).toBeDefined();
});

test('Synchronize all existing events: everything here goes up without mail, everything on Google comes down, nothing doubles', async () => {
  const { mine } = await seedLinked();
  await w.createLocal(
    'Only here',
    '2030-06-06T09:00Z',
    '2030-06-06T10:00Z',
    (d) => (d.attendees = [{ email: 'erin@example.org', responseStatus: 'needsAction' }]),
    'all',
  );
  await w.admin('events', {
    calendarId: w.email,
    events: [
      {
        summary: 'Only on Google',
        start: { dateTime: '2030-06-07T09:00:00Z' },
        end: { dateTime: '2030-06-07T10:00:00Z' },
      },
    ],
  });
  await run('delete-google', 'all');
  expect(await live()).toEqual(["Bob's", 'Only on Google']);
  await w.engine.syncAll();
  await w.engine.syncAll();
  expect(await live()).toEqual(["Bob's", 'Mine 1', 'Mine 2', 'Only here', 'Only on Google']);
  expect(await here()).toEqual(["Bob's", 'Mine 1', 'Mine 2', 'Only here', 'Only on Google']);
  expect((await googleItems(w)).filter((e) => e.id === mine[0]).length).toBe(1);
  expect(await w.notifications()).toEqual([]);
});

test('Synchronize all existing events: birthdays, focus time, out of office and working location go up again with their type and properties', async () => {
  const insert = async (requestBody: calendar_v3.Schema$Event) =>
    (await w.remote.events.insert({ calendarId: w.email, requestBody })).data;
  const made = [
    await insert({
      eventType: 'birthday',
      summary: 'Grace',
      start: { date: '2030-03-15' },
      end: { date: '2030-03-16' },
      recurrence: ['RRULE:FREQ=YEARLY'],
      visibility: 'private',
      transparency: 'transparent',
    }),
    await insert({
      eventType: 'focusTime',
      summary: 'Deep work',
      start: { dateTime: '2030-03-11T09:00:00Z' },
      end: { dateTime: '2030-03-11T11:00:00Z' },
      focusTimeProperties: { chatStatus: 'doNotDisturb', autoDeclineMode: 'declineNone' },
    }),
    await insert({
      eventType: 'outOfOffice',
      summary: 'Holiday',
      start: { dateTime: '2030-03-12T00:00:00Z' },
      end: { dateTime: '2030-03-14T00:00:00Z' },
      outOfOfficeProperties: {
        autoDeclineMode: 'declineAllConflictingInvitations',
        declineMessage: 'Away',
      },
    }),
    await insert({
      eventType: 'workingLocation',
      start: { date: '2030-03-18' },
      end: { date: '2030-03-19' },
      visibility: 'public',
      transparency: 'transparent',
      workingLocationProperties: { type: 'homeOffice', homeOffice: {} },
    }),
  ];
  await w.engine.syncAll();
  await run('delete-google', 'all');
  expect((await googleItems(w)).filter((e) => e.status !== 'cancelled')).toEqual([]);
  await w.engine.syncAll();
  await w.engine.syncAll();
  const typed = (e: calendar_v3.Schema$Event | CalendarEvent | undefined) =>
    pick(e, [
      'eventType',
      'birthdayProperties',
      'focusTimeProperties',
      'outOfOfficeProperties',
      'workingLocationProperties',
      'recurrence',
      'visibility',
      'transparency',
    ]);
  for (const original of made) {
    const again = (await googleItems(w)).find((e) => e.id === original.id);
    expect(again?.status, original.eventType!).toBe('confirmed');
    expect(typed(again), original.eventType!).toEqual(typed(original));
    const here = await w.local(original.id!);
    expect(typed(here), original.eventType!).toEqual(typed(original));
    expect(here?.google?.etag).toBe(again?.etag);
  }
  expect((await w.log()).filter((l) => l.code === 'parked')).toEqual([]);
  // Said as what happened: put back from here, not "deleted while you changed it".
  const restored = (await w.log()).filter((l) => l.code === 'restored');
  expect(restored).toHaveLength(made.length);
  for (const line of restored)
    expect(line.message).toMatch(
      /had been deleted from Google Calendar; it was put back there from this computer\.$/,
    );
});

test('Leave them untouched + all: links kept, nothing deleted, nothing duplicated after the next sync', async () => {
  await seedLinked();
  await run('keep', 'all');
  expect(await here()).toEqual(["Bob's", 'Mine 1', 'Mine 2']);
  await w.engine.syncAll();
  expect(await live()).toEqual(["Bob's", 'Mine 1', 'Mine 2']);
  expect(await here()).toEqual(["Bob's", 'Mine 1', 'Mine 2']);
});

/** The same event on both sides under two ids: imported here and (through events.import) on Google. */
async function sameEventBothSides(
  uid: string,
  localSummary: string,
  localFirst: boolean,
): Promise<{ localId: string; googleId: string }> {
  const slot = {
    start: { dateTime: '2030-06-08T09:00:00Z' },
    end: { dateTime: '2030-06-08T10:00:00Z' },
  };
  const importOnGoogle = async () =>
    (
      await w.remote.events.import({
        calendarId: w.email,
        requestBody: { iCalUID: uid, summary: 'Team dinner', ...slot },
      })
    ).data.id as string;
  let googleId = localFirst ? '' : await importOnGoogle();
  if (!localFirst) await new Promise((r) => setTimeout(r, 20)); // the copy here is changed after Google's
  const localId = await w.createLocal(localSummary, '2030-06-08T09:00Z', '2030-06-08T10:00Z');
  // What an .ics import leaves here: a local-only event carrying the invitation's iCalUID.
  await w.db.events.update(localId, { iCalUID: uid });
  if (localFirst) googleId = await importOnGoogle();
  expect(localId).not.toBe(googleId);
  return { localId, googleId };
}

const withUid = async (uid: string) => ({
  google: (await googleItems(w)).filter((e) => e.iCalUID === uid && e.status !== 'cancelled'),
  here: (await w.db.events.where('calendarId').equals(w.email).toArray()).filter(
    (e) => e.iCalUID === uid && e.status !== 'cancelled',
  ),
});

test("Synchronize all existing events: a local event and a Google event with the same iCalUID but different ids end up as one event, under Google's id", async () => {
  await seedLinked();
  const { localId, googleId } = await sameEventBothSides(
    'dinner-1@elsewhere.org',
    'Team dinner (here)',
    true,
  );
  await run('keep', 'all');
  await w.engine.syncAll();
  await w.engine.syncAll();
  const { google, here: mine } = await withUid('dinner-1@elsewhere.org');
  expect(google.map((e) => e.id)).toEqual([googleId]);
  expect(mine.map((e) => e.id)).toEqual([googleId]);
  expect(await w.local(localId)).toBeUndefined();
  // Not changed here after Google's copy: Google's version wins; nothing else lost or doubled.
  expect(mine[0]?.summary).toBe('Team dinner');
  expect(mine[0]?.google).toBeDefined();
  expect(await live()).toEqual(["Bob's", 'Mine 1', 'Mine 2', 'Team dinner']);
  expect(await here()).toEqual(["Bob's", 'Mine 1', 'Mine 2', 'Team dinner']);
  expect(await w.db.outbox.count()).toBe(0);
  expect(await w.notifications()).toEqual([]);
});

test("a full sync links a local event changed after its Google twin (same iCalUID) and sends the local change as an edit of Google's event", async () => {
  const { googleId } = await sameEventBothSides(
    'dinner-2@elsewhere.org',
    'Team dinner, moved room',
    false,
  );
  await run('delete-google', 'all');
  await w.engine.syncAll();
  await w.engine.syncAll();
  const { google, here: mine } = await withUid('dinner-2@elsewhere.org');
  expect(google.map((e) => [e.id, e.summary])).toEqual([[googleId, 'Team dinner, moved room']]);
  expect(mine.map((e) => [e.id, e.summary, e.dirty ?? []])).toEqual([
    [googleId, 'Team dinner, moved room', []],
  ]);
  expect(await w.notifications()).toEqual([]);
});

test('a reset cut short after some Google deletions resumes at the next start, deletes each event once and says so in the log', async () => {
  const { ids } = await w.admin<{ ids: string[] }>('events', {
    calendarId: w.email,
    events: Array.from({ length: 7 }, (_, i) => ({
      summary: `E${i}`,
      start: { dateTime: `2030-07-0${i + 1}T09:00:00Z` },
      end: { dateTime: `2030-07-0${i + 1}T10:00:00Z` },
    })),
  });
  await w.engine.syncAll();
  let calls = 0;
  // The first batch goes through; then the network is gone for good (the app "quits").
  const flaky = await w.restart({
    batchSize: 3,
    maxAttempts: 2,
    fetch: (input, init) =>
      ++calls > 1 ? Promise.reject(new TypeError('fetch failed')) : fetch(input, init),
  });
  const first = await flaky.reset({ existing: 'delete-both', next: 'new', notifyGuests: false });
  expect(first.ok).toBe(false);
  expect(flaky.pending).toBe(true);
  expect((await googleItems(w)).filter((e) => e.status !== 'cancelled')).toHaveLength(4);
  expect(w.disconnects).toBe(0);
  expect(await w.db.events.count()).toBeGreaterThan(0);

  const reset = await w.restart({ batchSize: 3 }); // the next start reads the saved plan
  expect(reset.pending).toBe(true);
  const second = await reset.resume();
  expect(second).toMatchObject({ ok: true, deletedOnGoogle: 7, removedHere: 7 });
  expect(await live()).toEqual([]);
  expect(await here()).toEqual([]);
  expect(reset.pending).toBe(false);
  const deletes = (await w.requests()).filter((r) => r.method === 'DELETE').map((r) => r.path);
  expect(deletes.sort()).toEqual(
    ids.map((id) => `/calendar/v3/calendars/${w.email}/events/${id}`).sort(),
  );
  const codes = (await w.log()).map((l) => l.code);
  expect(codes).toEqual(
    expect.arrayContaining([
      'reset-started',
      'reset-interrupted',
      'reset-resumed',
      'reset-finished',
    ]),
  );
});
