// "Events already linked, or matching by iCalUID, are never duplicated" beyond plain events
// in a first listing: a series whose exceptions exist here (they move onto Google's series
// with it), an incremental sync that brings the Google twin of an event not yet uploaded,
// and a full resync started by 410. The same event is made on both sides under two ids, as
// importing one .ics file (or one invitation) here and on Google does; the emulator and the
// renderer's own event operations stand for both sides.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { deleteEvent, updateEvent } from '../../../src-renderer/db/event-writes';
import { draftFromOccurrence } from '../../../src-renderer/calendar/model/drafts';
import { loadOccurrences } from '../../../src-renderer/db/queries';
import { googleItems } from '../sync/harness';
import { startResetWorld, type ResetWorld } from './reset-world';

let w: ResetWorld;

beforeEach(async () => {
  w = await startResetWorld();
  await w.engine.syncAll();
});
afterEach(() => w.close());

const ZONE = 'Europe/Berlin';

/** A local event as an .ics import leaves it: never on Google, carrying the file's iCalUID. */
async function importedHere(
  summary: string,
  uid: string,
  start: string,
  end: string,
  repeat?: 'daily-5',
): Promise<string> {
  const id = await w.createLocal(summary, start, end, (d) => {
    if (repeat) d.repeat = { freq: 'DAILY', interval: 1, end: { type: 'count', count: 5 } };
  });
  await w.db.events.update(id, { iCalUID: uid });
  for (const e of await w.db.events.where('recurringEventId').equals(id).toArray())
    await w.db.events.update(e.id, { iCalUID: uid });
  return id;
}

/** The same event imported on Google (events.import keeps the iCalUID; Google picks the id). */
async function importedOnGoogle(
  summary: string,
  uid: string,
  start: string,
  end: string,
  recurrence?: string[],
): Promise<string> {
  const { data } = await w.remote.events.import({
    calendarId: w.email,
    requestBody: {
      iCalUID: uid,
      summary,
      start: { dateTime: start, timeZone: ZONE },
      end: { dateTime: end, timeZone: ZONE },
      ...(recurrence ? { recurrence } : {}),
    },
  });
  return data.id as string;
}

/** The series occurrence here on `day` (YYYY-MM-DD), as the week view would hand it to the editor. */
async function occurrenceOn(seriesId: string, day: string) {
  const all = await loadOccurrences(w.db, {
    start: new Date(`${day}T00:00:00Z`),
    end: new Date(`${day}T23:59:59Z`),
  });
  const occ = all.find((o) => o.seriesId === seriesId);
  if (!occ) throw new Error(`no occurrence of ${seriesId} on ${day}`);
  return occ;
}

const withUid = async (uid: string) => ({
  google: (await googleItems(w)).filter((e) => e.iCalUID === uid),
  here: (await w.db.events.toArray()).filter((e) => e.iCalUID === uid),
});

test("Synchronize all existing events: a series here and its twin on Google become one series under Google's id, the exceptions made here moved onto it", async () => {
  const uid = 'standup@elsewhere.org';
  const localId = await importedHere(
    'Standup',
    uid,
    '2030-07-01T07:00Z',
    '2030-07-01T07:15Z',
    'daily-5',
  );
  // Here: Tuesday in another room, Wednesday longer (Google has the same change), Thursday cancelled.
  for (const [day, change] of [
    ['2030-07-02', (d: { location: string }) => (d.location = 'Kitchen')],
    ['2030-07-03', (d: { summary: string }) => (d.summary = 'Standup (long)')],
  ] as const) {
    const occ = await occurrenceOn(localId, day);
    const draft = draftFromOccurrence(occ, ZONE);
    (change as (d: typeof draft) => void)(draft);
    await updateEvent(w.db, occ, draft, 'this');
  }
  await deleteEvent(w.db, await occurrenceOn(localId, '2030-07-04'), 'this');
  await w.db.events.where('recurringEventId').equals(localId).modify({ iCalUID: uid });
  expect(
    (await w.db.events.where('recurringEventId').equals(localId).toArray())
      .map((e) => e.id.slice(localId.length))
      .sort(),
  ).toEqual(['_20300702T070000Z', '_20300703T070000Z', '_20300704T070000Z']);

  const googleId = await importedOnGoogle(
    'Standup',
    uid,
    '2030-07-01T09:00:00',
    '2030-07-01T09:15:00',
    ['RRULE:FREQ=DAILY;COUNT=5'],
  );
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: `${googleId}_20300703T070000Z`,
    requestBody: { summary: 'Standup (long)' },
  });

  await w.run('keep', 'all');
  await w.engine.syncAll();
  await w.engine.syncAll();

  const { google, here } = await withUid(uid);
  const shape = (
    events: {
      id?: string | null;
      status?: string | null;
      summary?: string | null;
      location?: string | null;
    }[],
  ) =>
    events
      .map((e) => `${e.id} ${e.status} ${e.summary}${e.location ? ` @${e.location}` : ''}`)
      .sort();
  const expected = [
    `${googleId} confirmed Standup`,
    `${googleId}_20300702T070000Z confirmed Standup @Kitchen`,
    `${googleId}_20300703T070000Z confirmed Standup (long)`,
  ];
  expect(shape(google)).toEqual(expected);
  expect(shape(here.filter((e) => e.status !== 'cancelled'))).toEqual(expected);
  // Thursday is cancelled on both sides.
  const thursday = `${googleId}_20300704T070000Z`;
  expect(
    (await w.remote.events.instances({ calendarId: w.email, eventId: googleId })).data.items?.map(
      (i) => i.id,
    ),
  ).not.toContain(thursday);
  expect((await w.local(thursday))?.status).toBe('cancelled');
  expect((await w.db.events.toArray()).filter((e) => e.id.startsWith(localId))).toEqual([]);
  expect(here.every((e) => e.google && (e.dirty ?? []).length === 0)).toBe(true);
  expect(await w.db.outbox.count()).toBe(0);
  expect((await w.log()).filter((l) => l.code === 'matched-icaluid').map((l) => l.eventId)).toEqual(
    [googleId],
  );
  expect(await w.notifications()).toEqual([]);
});

test('an incremental sync that brings the Google twin of an event not yet uploaded links the two; an event with no twin still goes up in the same sync', async () => {
  expect((await w.db.syncState.get(w.email))?.syncToken).toBeTruthy();
  const localId = await importedHere(
    'Dentist',
    'dentist@clinic.example',
    '2030-07-08T08:00Z',
    '2030-07-08T09:00Z',
  );
  const alone = await importedHere(
    'Yoga',
    'yoga@studio.example',
    '2030-07-09T08:00Z',
    '2030-07-09T09:00Z',
  );
  // The clinic's invitation lands on Google meanwhile.
  const googleId = await importedOnGoogle(
    'Dentist',
    'dentist@clinic.example',
    '2030-07-08T10:00:00',
    '2030-07-08T11:00:00',
  );

  const report = await w.engine.syncAll();
  expect(report.ok).toBe(true);
  const dentist = await withUid('dentist@clinic.example');
  expect(dentist.google.map((e) => e.id)).toEqual([googleId]);
  expect(dentist.here.map((e) => e.id)).toEqual([googleId]);
  expect(await w.local(localId)).toBeUndefined();
  // It goes up with events.import, which names it by its iCalUID only: it takes Google's id.
  const yoga = await withUid('yoga@studio.example');
  expect(yoga.google).toHaveLength(1);
  expect(yoga.here.map((e) => e.id)).toEqual([yoga.google[0]!.id]);
  expect(yoga.here[0]?.google).toBeDefined();
  expect(await w.local(alone)).toBeUndefined();
  expect(await w.db.outbox.count()).toBe(0);
});

test('a full resync started by 410 links an event not yet uploaded to its Google twin instead of uploading a second copy', async () => {
  const localId = await importedHere(
    'Dentist',
    'dentist@clinic.example',
    '2030-07-08T08:00Z',
    '2030-07-08T09:00Z',
  );
  const googleId = await importedOnGoogle(
    'Dentist',
    'dentist@clinic.example',
    '2030-07-08T10:00:00',
    '2030-07-08T11:00:00',
  );
  await w.admin('sync-tokens/expire', { calendarId: w.email });

  await w.engine.syncAll();
  await w.engine.syncAll();
  const dentist = await withUid('dentist@clinic.example');
  expect(dentist.google.map((e) => e.id)).toEqual([googleId]);
  expect(dentist.here.map((e) => e.id)).toEqual([googleId]);
  expect(await w.local(localId)).toBeUndefined();
  expect((await w.log()).map((l) => l.code)).toEqual(
    expect.arrayContaining(['full-resync', 'matched-icaluid']),
  );
  expect(await w.db.outbox.count()).toBe(0);
});
