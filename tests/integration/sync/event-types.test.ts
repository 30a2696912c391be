// Google's special event types through sync: birthdays, events from Gmail, focus time, out of
// office and working location arrive with their type and its properties kept verbatim; a
// local edit sends only what changed (a working-location write on its own, as Google refuses
// it in a batch) and leaves the type intact on Google; an upload of such an event (what a
// reset's "Synchronize all existing events" does) re-creates it with its type and properties.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { calendar_v3 } from '@googleapis/calendar';
import type { CalendarEvent } from '../../../src-preload/model/event';
import { onGoogle, startSyncWorld, type SyncWorld } from './harness';

let w: SyncWorld;
beforeEach(async () => {
  w = await startSyncWorld();
  await w.engine.syncAll();
});
afterEach(() => w.close());

const TYPE_FIELDS = [
  'eventType',
  'birthdayProperties',
  'focusTimeProperties',
  'outOfOfficeProperties',
  'workingLocationProperties',
] as const;
const typeOf = (e: calendar_v3.Schema$Event | CalendarEvent | undefined) =>
  Object.fromEntries(TYPE_FIELDS.filter((f) => e?.[f] != null).map((f) => [f, e?.[f]]));

/** One event of every special type, made on Google: through the real API, or (Contacts, Gmail) as Google's own systems make them. */
async function specialEvents(): Promise<Record<string, string>> {
  const insert = async (requestBody: calendar_v3.Schema$Event) =>
    (await w.remote.events.insert({ calendarId: w.email, requestBody })).data.id as string;
  const ids: Record<string, string> = {
    birthday: await insert({
      eventType: 'birthday',
      summary: 'Grace',
      start: { date: '2030-03-15' },
      end: { date: '2030-03-16' },
      recurrence: ['RRULE:FREQ=YEARLY'],
      visibility: 'private',
      transparency: 'transparent',
    }),
    focusTime: await insert({
      eventType: 'focusTime',
      summary: 'Deep work',
      start: { dateTime: '2030-03-11T09:00:00Z' },
      end: { dateTime: '2030-03-11T11:00:00Z' },
      focusTimeProperties: {
        chatStatus: 'doNotDisturb',
        autoDeclineMode: 'declineOnlyNewConflictingInvitations',
        declineMessage: 'Focusing',
      },
    }),
    outOfOffice: await insert({
      eventType: 'outOfOffice',
      summary: 'Holiday',
      start: { dateTime: '2030-03-12T00:00:00Z' },
      end: { dateTime: '2030-03-14T00:00:00Z' },
      outOfOfficeProperties: {
        autoDeclineMode: 'declineAllConflictingInvitations',
        declineMessage: 'Back on Thursday',
      },
    }),
    workingLocation: await insert({
      eventType: 'workingLocation',
      summary: 'Office',
      start: { date: '2030-03-18' },
      end: { date: '2030-03-19' },
      visibility: 'public',
      transparency: 'transparent',
      workingLocationProperties: {
        type: 'officeLocation',
        officeLocation: { label: 'HQ, floor 3', buildingId: 'hq' },
      },
    }),
  };
  const { ids: seeded } = await w.admin<{ ids: string[] }>('events', {
    calendarId: w.email,
    events: [
      {
        eventType: 'birthday',
        summary: "Ada's birthday",
        start: { date: '2030-12-10' },
        end: { date: '2030-12-11' },
        recurrence: ['RRULE:FREQ=YEARLY'],
        visibility: 'private',
        transparency: 'transparent',
        birthdayProperties: { type: 'birthday', contact: 'people/c12345' },
      },
      {
        eventType: 'fromGmail',
        summary: 'Flight LH 123',
        start: { dateTime: '2030-03-20T07:00:00Z' },
        end: { dateTime: '2030-03-20T09:00:00Z' },
      },
    ],
  });
  ids.contactBirthday = seeded[0] as string;
  ids.fromGmail = seeded[1] as string;
  return ids;
}

test('special-type events arrive with their type and its properties as Google keeps them', async () => {
  const ids = await specialEvents();
  expect((await w.engine.syncAll()).ok).toBe(true);
  for (const [name, id] of Object.entries(ids)) {
    const remote = await onGoogle(w, id);
    expect(typeOf(await w.local(id)), name).toEqual(typeOf(remote));
    expect(Object.keys(typeOf(remote)).length, name).toBeGreaterThan(name === 'fromGmail' ? 0 : 1);
  }
});

test('a local colour change of each reaches Google with the type and its properties intact; a working location goes alone', async () => {
  const ids = await specialEvents();
  await w.engine.syncAll();
  const before = Object.fromEntries(
    await Promise.all(
      Object.entries(ids).map(async ([name, id]) => [name, await onGoogle(w, id)] as const),
    ),
  );
  for (const id of Object.values(ids)) await w.editLocal(id, (d) => (d.colorId = '5'));
  await w.clearRequests();
  const report = await w.engine.syncAll();
  expect(report).toMatchObject({ ok: true, parked: 0 });
  for (const [name, id] of Object.entries(ids)) {
    const after = await onGoogle(w, id);
    expect(after.colorId, name).toBe('5');
    expect(typeOf(after), name).toEqual(typeOf(before[name]));
    // Nothing else was sent: the rest of the event is as Google had it.
    expect({ ...after, colorId: undefined, etag: undefined, updated: undefined }, name).toEqual({
      ...before[name],
      colorId: undefined,
      etag: undefined,
      updated: undefined,
    });
    expect((await w.local(id))?.dirty ?? [], name).toEqual([]);
  }
  const patches = (await w.requests()).filter((r) => r.method === 'PATCH');
  expect(patches.filter((r) => !r.batched).map((r) => r.path)).toEqual([
    `/calendar/v3/calendars/${w.email}/events/${ids.workingLocation}`,
  ]);
  expect(patches.filter((r) => r.batched)).toHaveLength(Object.keys(ids).length - 1);
});

test('an edit Google forbids for the type is parked with a readable reason, and the event stays as it was on both sides', async () => {
  const { fromGmail } = await specialEvents();
  await w.engine.syncAll();
  // The editor does not offer this; a change that slips through is refused by Google.
  await w.editLocal(fromGmail!, (d) => (d.summary = 'My flight'));
  const report = await w.engine.syncAll();
  expect(report.parked).toBe(1);
  expect((await onGoogle(w, fromGmail!)).summary).toBe('Flight LH 123');
  const parked = (await w.log()).filter((l) => l.code === 'parked');
  expect(parked.map((l) => l.message)).toEqual([
    expect.stringMatching(/does not allow this change for this kind of event/),
  ]);
  expect((await w.local(fromGmail!))?.eventType).toBe('fromGmail');
});

test('uploading a special-type event Google does not have re-creates it with its type and properties', async () => {
  const ids = await specialEvents();
  await w.engine.syncAll();
  // What a reset does before "Synchronize all existing events", for an account that does not
  // know the ids: the copies here lose their link and are queued as inserts, mailing nobody.
  const copies: Record<string, string> = {};
  for (const name of ['birthday', 'focusTime', 'outOfOffice', 'workingLocation']) {
    const {
      google: _g,
      base: _b,
      dirty: _d,
      ...fields
    } = (await w.local(ids[name]!)) as CalendarEvent;
    const id = `${ids[name]}c0py`.replace(/[^a-v0-9]/g, '0');
    copies[name] = id;
    await w.db.events.add({ ...fields, id, iCalUID: `${id}@google.com`, localVersion: 1 });
    await w.db.outbox.add({
      eventId: id,
      calendarId: w.email,
      op: 'insert',
      sendUpdates: 'none',
      createdAt: Date.now(),
    });
  }
  const report = await w.engine.syncAll();
  expect(report).toMatchObject({ ok: true, parked: 0 });
  for (const [name, id] of Object.entries(copies)) {
    const created = await onGoogle(w, id);
    expect(typeOf(created), name).toEqual(typeOf(await onGoogle(w, ids[name]!)));
    expect((await w.local(id))?.google?.etag, name).toBe(created.etag);
  }
});
