import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { GOOGLE_EVENT_ID, INSTANCE_ID } from '../../../src-preload/model/instance-ids';
import type { CalendarEvent } from '../../../src-preload/model/event';
import type { AlmanacDatabase } from '../../../src-renderer/db/database';
import { loadOccurrences } from '../../../src-renderer/db/queries';
import {
  createEvent,
  deleteEvent,
  DraftValidationError,
  moveEvent,
  respondToEvent,
  updateEvent,
} from '../../../src-renderer/db/event-writes';
import { draftFromOccurrence, newDraft } from '../../../src-renderer/calendar/model/drafts';
import type { EventDraft, Occurrence } from '../../../src-renderer/calendar/model/types';
import { freshDb, range, timed } from './fixtures';

const NY = 'America/New_York';
const WEEK = range('2026-03-08T00:00:00Z', '2026-03-15T00:00:00Z');

function draft(over: Partial<EventDraft> = {}): EventDraft {
  return {
    ...newDraft({
      start: '2026-03-10T14:00:00Z',
      end: '2026-03-10T15:00:00Z',
      allDay: false,
      timeZone: NY,
      calendarId: 'local',
    }),
    summary: 'Dentist',
    ...over,
  };
}

async function linkedCalendar(db: AlmanacDatabase): Promise<void> {
  await db.calendars.add({
    id: 'work@example.com',
    summary: 'Work',
    color: '#0f0',
    accessRole: 'owner',
    account: 'me@example.com',
    syncEnabled: true,
  });
}

/** A daily 09:00 New York series from Monday 2 March 2026, in the given calendar. */
async function dailySeries(
  db: AlmanacDatabase,
  extra: Partial<CalendarEvent> = {},
): Promise<CalendarEvent> {
  const master = timed('standup01', '2026-03-02T09:00', '2026-03-02T10:00', NY, {
    recurrence: ['RRULE:FREQ=DAILY'],
    summary: 'Standup',
    ...extra,
  });
  await db.events.add(master);
  return master;
}

async function occurrenceAt(db: AlmanacDatabase, start: string, r = WEEK): Promise<Occurrence> {
  const occ = (await loadOccurrences(db, r)).find((o) => o.start === start);
  if (!occ) throw new Error(`no occurrence at ${start}`);
  return occ;
}

async function titlesByStart(db: AlmanacDatabase, r = WEEK): Promise<[string, string][]> {
  return (await loadOccurrences(db, r)).map((o) => [o.start, o.title]);
}

describe('createEvent', () => {
  it('stores a timed event with a Google-valid id, zone and offset, and no outbox for a local calendar', async () => {
    const db = freshDb();
    const id = await createEvent(db, draft());
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(GOOGLE_EVENT_ID.test(id)).toBe(true);
    const stored = (await db.events.get(id))!;
    expect(stored).toMatchObject({
      kind: 'single',
      calendarId: 'local',
      status: 'confirmed',
      summary: 'Dentist',
      start: { dateTime: '2026-03-10T10:00:00-04:00', timeZone: NY },
      end: { dateTime: '2026-03-10T11:00:00-04:00', timeZone: NY },
      startMs: Date.parse('2026-03-10T14:00:00Z'),
      endMs: Date.parse('2026-03-10T15:00:00Z'),
      localVersion: 1,
    });
    expect(stored.dirty).toEqual(expect.arrayContaining(['summary', 'start', 'end']));
    expect(await db.outbox.count()).toBe(0);
    expect(await titlesByStart(db)).toEqual([['2026-03-10T14:00:00.000Z', 'Dentist']]);
  });

  it('stores all-day events with an exclusive end date, and queues an insert for a linked calendar', async () => {
    const db = freshDb();
    await linkedCalendar(db);
    const d = {
      ...newDraft({
        start: '2026-03-10',
        end: '2026-03-12',
        allDay: true,
        timeZone: NY,
        calendarId: 'work@example.com',
      }),
      summary: 'Trip',
    };
    expect([d.startDate, d.endDate]).toEqual(['2026-03-10', '2026-03-11']);
    const id = await createEvent(db, d);
    const stored = (await db.events.get(id))!;
    expect(stored.start).toEqual({ date: '2026-03-10' });
    expect(stored.end).toEqual({ date: '2026-03-12' });
    expect(stored.startMs).toBe(Date.parse('2026-03-10T00:00:00Z'));
    const outbox = await db.outbox.toArray();
    expect(outbox).toEqual([
      expect.objectContaining({
        eventId: id,
        calendarId: 'work@example.com',
        op: 'insert',
        sendUpdates: 'none',
      }),
    ]);
  });

  it('stores a repeating draft as a series master with its RRULE', async () => {
    const db = freshDb();
    const id = await createEvent(
      db,
      draft({
        repeat: {
          freq: 'WEEKLY',
          interval: 1,
          byDay: ['TU', 'TH'],
          end: { type: 'count', count: 4 },
        },
      }),
    );
    const stored = (await db.events.get(id))!;
    expect(stored.kind).toBe('master');
    expect(stored.recurrence).toEqual(['RRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4']);
    const occ = await loadOccurrences(db, range('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z'));
    expect(occ.map((o) => o.instanceId)).toEqual([
      `${id}_20260310T140000Z`,
      `${id}_20260312T140000Z`,
      `${id}_20260317T140000Z`,
      `${id}_20260319T140000Z`,
    ]);
  });

  it('rejects bad drafts with the problems and writes nothing', async () => {
    const db = freshDb();
    await expect(createEvent(db, draft({ summary: '  ' }))).rejects.toBeInstanceOf(
      DraftValidationError,
    );
    const error = await createEvent(db, draft({ summary: '', endDate: '2026-03-09' })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DraftValidationError);
    expect((error as DraftValidationError).problems.map((p) => p.field)).toEqual([
      'summary',
      'end',
    ]);
    await expect(
      createEvent(
        db,
        draft({ repeat: { freq: 'WEEKLY', interval: 1, byDay: [], end: { type: 'never' } } }),
      ),
    ).rejects.toThrow(/day of the week/);
    expect(await db.events.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('updateEvent and moveEvent on plain events', () => {
  it('patches the record, bumps localVersion, records dirty fields and queues a patch when linked', async () => {
    const db = freshDb();
    await linkedCalendar(db);
    const id = await createEvent(db, draft({ calendarId: 'work@example.com' }));
    await db.events.update(id, {
      dirty: [],
      google: { etag: '"1"', updated: '2026-03-01T00:00:00Z' },
    });
    const occ = await occurrenceAt(db, '2026-03-10T14:00:00.000Z');
    await updateEvent(
      db,
      occ,
      { ...draftFromOccurrence(occ, NY), summary: 'Dentist (moved)', location: 'Main St' },
      'all',
    );
    const stored = (await db.events.get(id))!;
    expect(stored).toMatchObject({
      summary: 'Dentist (moved)',
      location: 'Main St',
      localVersion: 2,
    });
    expect(stored.dirty!.sort()).toEqual(['location', 'summary']);
    const outbox = await db.outbox.toArray();
    expect(outbox.map((e) => e.op)).toEqual(['insert', 'patch']);
    expect(outbox[1]!.fields!.sort()).toEqual(['location', 'summary']);
  });

  it('keeps saved data when the edit is invalid', async () => {
    const db = freshDb();
    const id = await createEvent(db, draft());
    const before = await db.events.get(id);
    const occ = await occurrenceAt(db, '2026-03-10T14:00:00.000Z');
    await expect(
      updateEvent(db, occ, { ...draftFromOccurrence(occ, NY), endDate: '2026-03-01' }, 'this'),
    ).rejects.toThrow('The end is before the start.');
    await expect(
      updateEvent(db, occ, { ...draftFromOccurrence(occ, NY), timeZone: 'Mars/Olympus' }, 'this'),
    ).rejects.toBeInstanceOf(DraftValidationError);
    expect(await db.events.get(id)).toEqual(before);
  });

  it('moves and resizes by drag, keeping the zone', async () => {
    const db = freshDb();
    const id = await createEvent(db, draft());
    const occ = await occurrenceAt(db, '2026-03-10T14:00:00.000Z');
    await moveEvent(
      db,
      occ,
      { start: '2026-03-11T16:00:00.000Z', end: '2026-03-11T18:00:00.000Z', allDay: false },
      'this',
    );
    expect((await db.events.get(id))!.start).toEqual({
      dateTime: '2026-03-11T12:00:00-04:00',
      timeZone: NY,
    });
    expect((await db.events.get(id))!.endMs).toBe(Date.parse('2026-03-11T18:00:00Z'));
    const moved = await occurrenceAt(db, '2026-03-11T16:00:00.000Z');
    await moveEvent(db, moved, { start: '2026-03-12', end: '2026-03-13', allDay: true }, 'this');
    const stored = (await db.events.get(id))!;
    expect([stored.start, stored.end]).toEqual([{ date: '2026-03-12' }, { date: '2026-03-13' }]);
    const allDayOcc = (await loadOccurrences(db, WEEK))[0]!;
    await expect(
      moveEvent(
        db,
        allDayOcc,
        { start: '2026-03-12T16:00:00.000Z', end: '2026-03-12T15:00:00.000Z', allDay: false },
        'this',
      ),
    ).rejects.toBeInstanceOf(DraftValidationError);
    expect((await db.events.get(id))!.start).toEqual({ date: '2026-03-12' });
  });
});

describe('repeating events: this event', () => {
  it('editing a generated instance creates an exception keyed by its original start', async () => {
    const db = freshDb();
    // As Google gives a series: with its reminders.
    const master = await dailySeries(db, { reminders: { useDefault: true } });
    const occ = await occurrenceAt(db, '2026-03-10T13:00:00.000Z');
    await updateEvent(
      db,
      occ,
      {
        ...draftFromOccurrence(occ, NY),
        summary: 'Standup (late)',
        startTime: '11:00',
        endTime: '12:00',
      },
      'this',
    );
    const exception = (await db.events.get('standup01_20260310T130000Z'))!;
    expect(exception).toMatchObject({
      kind: 'exception',
      recurringEventId: 'standup01',
      originalStartTime: { dateTime: '2026-03-10T09:00:00-04:00', timeZone: NY },
      summary: 'Standup (late)',
      start: { dateTime: '2026-03-10T11:00:00-04:00', timeZone: NY },
      status: 'confirmed',
    });
    expect(INSTANCE_ID.exec(exception.id)![1]).toBe('standup01');
    // Changed is what differs from the occurrence its series makes; the rest is the series'.
    expect(exception.dirty!.sort()).toEqual(['end', 'start', 'summary']);
    expect(exception.recurrence).toBeUndefined();
    expect(await db.events.get('standup01')).toEqual(master);
    const titles = await titlesByStart(db, range('2026-03-09T00:00:00Z', '2026-03-12T00:00:00Z'));
    expect(titles).toEqual([
      ['2026-03-09T13:00:00.000Z', 'Standup'],
      ['2026-03-10T15:00:00.000Z', 'Standup (late)'],
      ['2026-03-11T13:00:00.000Z', 'Standup'],
    ]);
    // Editing it again patches the same exception.
    const again = await occurrenceAt(db, '2026-03-10T15:00:00.000Z');
    await updateEvent(
      db,
      again,
      { ...draftFromOccurrence(again, NY), summary: 'Standup (later)' },
      'this',
    );
    expect((await db.events.get('standup01_20260310T130000Z'))!.summary).toBe('Standup (later)');
    expect(await db.events.count()).toBe(2);
  });

  it('deleting one instance stores a cancelled exception (and queues its delete when linked)', async () => {
    const db = freshDb();
    await linkedCalendar(db);
    await dailySeries(db, { calendarId: 'work@example.com' });
    await deleteEvent(db, await occurrenceAt(db, '2026-03-11T13:00:00.000Z'), 'this');
    expect(await db.events.get('standup01_20260311T130000Z')).toMatchObject({
      kind: 'exception',
      status: 'cancelled',
      recurringEventId: 'standup01',
      originalStartTime: { dateTime: '2026-03-11T09:00:00-04:00' },
    });
    expect((await loadOccurrences(db, WEEK)).map((o) => o.start)).not.toContain(
      '2026-03-11T13:00:00.000Z',
    );
    expect(await loadOccurrences(db, WEEK)).toHaveLength(6);
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({ eventId: 'standup01_20260311T130000Z', op: 'delete' }),
    ]);
  });
});

describe('repeating events: all events', () => {
  it('patches the master; exceptions that had the old title follow, others keep theirs', async () => {
    const db = freshDb();
    await dailySeries(db);
    await db.events.bulkAdd([
      timed('standup01_20260309T130000Z', '2026-03-09T12:00', '2026-03-09T13:00', NY, {
        recurringEventId: 'standup01',
        originalStartTime: { dateTime: '2026-03-09T13:00:00Z' },
        summary: 'Standup',
      }),
      timed('standup01_20260312T130000Z', '2026-03-12T09:00', '2026-03-12T10:00', NY, {
        recurringEventId: 'standup01',
        originalStartTime: { dateTime: '2026-03-12T13:00:00Z' },
        summary: 'Demo day',
      }),
    ]);
    const occ = await occurrenceAt(db, '2026-03-10T13:00:00.000Z');
    await updateEvent(db, occ, { ...draftFromOccurrence(occ, NY), summary: 'Daily sync' }, 'all');
    expect((await db.events.get('standup01'))!).toMatchObject({
      summary: 'Daily sync',
      localVersion: 2,
      recurrence: ['RRULE:FREQ=DAILY'],
    });
    expect((await db.events.get('standup01_20260309T130000Z'))!.summary).toBe('Daily sync');
    expect((await db.events.get('standup01_20260312T130000Z'))!.summary).toBe('Demo day');
  });

  it('a time change moves every occurrence by the same delta and re-keys exceptions', async () => {
    const db = freshDb();
    await dailySeries(db);
    await db.events.add(
      timed('standup01_20260312T130000Z', '2026-03-12T09:00', '2026-03-12T10:00', NY, {
        recurringEventId: 'standup01',
        originalStartTime: { dateTime: '2026-03-12T13:00:00Z' },
        summary: 'Demo day',
      }),
    );
    const occ = await occurrenceAt(db, '2026-03-10T13:00:00.000Z');
    // 09:00 → 09:30 New York time (EDT since 8 March).
    await moveEvent(
      db,
      occ,
      { start: '2026-03-10T13:30:00.000Z', end: '2026-03-10T14:30:00.000Z', allDay: false },
      'all',
    );
    const master = (await db.events.get('standup01'))!;
    expect(master.start).toEqual({ dateTime: '2026-03-02T09:30:00-05:00', timeZone: NY });
    expect(master.startMs).toBe(Date.parse('2026-03-02T14:30:00Z'));
    expect(await db.events.get('standup01_20260312T130000Z')).toBeUndefined();
    expect(await db.events.get('standup01_20260312T133000Z')).toMatchObject({
      summary: 'Demo day',
      originalStartTime: { dateTime: '2026-03-12T09:30:00-04:00' },
      start: { dateTime: '2026-03-12T09:30:00-04:00' },
    });
    const occs = await loadOccurrences(db, WEEK);
    expect(occs.map((o) => o.start.slice(11, 16))).toEqual([
      '13:30',
      '13:30',
      '13:30',
      '13:30',
      '13:30',
      '13:30',
      '13:30',
    ]);
    const before = await loadOccurrences(db, range('2026-03-02T00:00:00Z', '2026-03-04T00:00:00Z'));
    expect(before.map((o) => o.start)).toEqual([
      '2026-03-02T14:30:00.000Z',
      '2026-03-03T14:30:00.000Z',
    ]);
    expect(occs.filter((o) => o.title === 'Demo day')).toHaveLength(1);
  });

  it('moving a series with an end date a day later moves its end too, so every occurrence moves and none vanishes', async () => {
    const db = freshDb();
    await db.events.add(
      timed('ending001', '2026-03-09T09:00', '2026-03-09T10:00', 'UTC', {
        recurrence: ['RRULE:FREQ=DAILY;UNTIL=20260311T085959Z'],
      }),
    );
    const occ = await occurrenceAt(db, '2026-03-10T09:00:00.000Z');
    await moveEvent(
      db,
      occ,
      { start: '2026-03-11T09:00:00.000Z', end: '2026-03-11T10:00:00.000Z', allDay: false },
      'all',
    );
    expect((await db.events.get('ending001'))!.recurrence).toEqual([
      'RRULE:FREQ=DAILY;UNTIL=20260312T085959Z',
    ]);
    expect((await loadOccurrences(db, WEEK)).map((o) => o.start)).toEqual([
      '2026-03-10T09:00:00.000Z',
      '2026-03-11T09:00:00.000Z',
    ]);
  });

  it('moving a weekly series to another day shifts its BYDAY', async () => {
    const db = freshDb();
    await db.events.add(
      timed('recur0001', '2026-03-02T09:00', '2026-03-02T10:00', 'UTC', {
        recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO'],
      }),
    );
    const occ = await occurrenceAt(db, '2026-03-09T09:00:00.000Z');
    await moveEvent(
      db,
      occ,
      { start: '2026-03-10T09:00:00.000Z', end: '2026-03-10T10:00:00.000Z', allDay: false },
      'all',
    );
    expect((await db.events.get('recur0001'))!.recurrence).toEqual(['RRULE:FREQ=WEEKLY;BYDAY=TU']);
    expect((await loadOccurrences(db, WEEK)).map((o) => o.start)).toEqual([
      '2026-03-10T09:00:00.000Z',
    ]);
  });

  it('deleting all events removes the master and its exceptions', async () => {
    const db = freshDb();
    await dailySeries(db);
    await deleteEvent(db, await occurrenceAt(db, '2026-03-11T13:00:00.000Z'), 'this');
    await deleteEvent(db, await occurrenceAt(db, '2026-03-12T13:00:00.000Z'), 'all');
    expect(await db.events.count()).toBe(0);
    expect(await loadOccurrences(db, WEEK)).toEqual([]);
  });

  it('a linked master Google knows stays as a cancelled tombstone with a queued delete', async () => {
    const db = freshDb();
    await linkedCalendar(db);
    await dailySeries(db, {
      calendarId: 'work@example.com',
      google: { etag: '"7"', updated: '2026-03-01T00:00:00Z' },
    });
    await deleteEvent(db, await occurrenceAt(db, '2026-03-12T13:00:00.000Z'), 'all');
    expect((await db.events.get('standup01'))!.status).toBe('cancelled');
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({ eventId: 'standup01', op: 'delete' }),
    ]);
    expect(await loadOccurrences(db, WEEK)).toEqual([]);
  });
});

describe('repeating events: this and following', () => {
  it('splits the series: UNTIL on the old master, a new master from the instance, later exceptions moved', async () => {
    const db = freshDb();
    await dailySeries(db);
    await db.events.bulkAdd([
      timed('standup01_20260305T140000Z', '2026-03-05T11:00', '2026-03-05T12:00', NY, {
        recurringEventId: 'standup01',
        originalStartTime: { dateTime: '2026-03-05T14:00:00Z' },
        summary: 'Early one',
      }),
      timed('standup01_20260312T130000Z', '2026-03-12T09:00', '2026-03-12T10:00', NY, {
        recurringEventId: 'standup01',
        originalStartTime: { dateTime: '2026-03-12T13:00:00Z' },
        summary: 'Demo day',
      }),
    ]);
    const occ = await occurrenceAt(db, '2026-03-10T13:00:00.000Z');
    await updateEvent(
      db,
      occ,
      {
        ...draftFromOccurrence(occ, NY),
        summary: 'New standup',
        startTime: '10:00',
        endTime: '10:30',
      },
      'following',
    );

    const old = (await db.events.get('standup01'))!;
    expect(old.recurrence).toEqual(['RRULE:FREQ=DAILY;UNTIL=20260310T125959Z']);
    expect(old.summary).toBe('Standup');
    expect(await db.events.get('standup01_20260305T140000Z')).toBeDefined();

    const masters = (await db.events.where('kind').equals('master').toArray()).filter(
      (m) => m.id !== 'standup01',
    );
    expect(masters).toHaveLength(1);
    const next = masters[0]!;
    expect(GOOGLE_EVENT_ID.test(next.id)).toBe(true);
    expect(next).toMatchObject({
      summary: 'New standup',
      recurrence: ['RRULE:FREQ=DAILY'],
      start: { dateTime: '2026-03-10T10:00:00-04:00', timeZone: NY },
    });
    expect(next.end).toEqual({ dateTime: '2026-03-10T10:30:00-04:00', timeZone: NY });

    expect(await db.events.get('standup01_20260312T130000Z')).toBeUndefined();
    const moved = (await db.events.get(`${next.id}_20260312T140000Z`))!;
    expect(moved).toMatchObject({
      recurringEventId: next.id,
      summary: 'Demo day',
      originalStartTime: { dateTime: '2026-03-12T10:00:00-04:00' },
      start: { dateTime: '2026-03-12T10:00:00-04:00' },
    });

    expect(await titlesByStart(db)).toEqual([
      ['2026-03-08T13:00:00.000Z', 'Standup'],
      ['2026-03-09T13:00:00.000Z', 'Standup'],
      ['2026-03-10T14:00:00.000Z', 'New standup'],
      ['2026-03-11T14:00:00.000Z', 'New standup'],
      ['2026-03-12T14:00:00.000Z', 'Demo day'],
      ['2026-03-13T14:00:00.000Z', 'New standup'],
      ['2026-03-14T14:00:00.000Z', 'New standup'],
    ]);
  });

  it('from an occurrence past the end of the series (kept by Google when the series was cut short), edits just that occurrence', async () => {
    const db = freshDb();
    await db.events.bulkAdd([
      timed('ended0001', '2026-03-09T09:00', '2026-03-09T10:00', 'UTC', {
        recurrence: ['RRULE:FREQ=DAILY;UNTIL=20260311T085959Z'],
      }),
      timed('ended0001_20260311T090000Z', '2026-03-11T09:00', '2026-03-11T10:00', 'UTC', {
        recurringEventId: 'ended0001',
        originalStartTime: { dateTime: '2026-03-11T09:00:00Z' },
        location: 'Room 2',
      }),
    ]);
    const occ = await occurrenceAt(db, '2026-03-11T09:00:00.000Z');
    await updateEvent(
      db,
      occ,
      { ...draftFromOccurrence(occ, 'UTC'), summary: 'Last one' },
      'following',
    );
    expect(await db.events.where('kind').equals('master').count()).toBe(1);
    expect((await db.events.get('ended0001'))!.recurrence).toEqual([
      'RRULE:FREQ=DAILY;UNTIL=20260311T085959Z',
    ]);
    expect(await db.events.get('ended0001_20260311T090000Z')).toMatchObject({
      summary: 'Last one',
      location: 'Room 2',
    });
  });

  it('carries the remaining COUNT over to the new series', async () => {
    const db = freshDb();
    await db.events.add(
      timed('counted01', '2026-03-09T09:00', '2026-03-09T10:00', 'UTC', {
        recurrence: ['RRULE:FREQ=DAILY;COUNT=5'],
      }),
    );
    const occ = await occurrenceAt(db, '2026-03-11T09:00:00.000Z');
    await updateEvent(
      db,
      occ,
      { ...draftFromOccurrence(occ, 'UTC'), summary: 'Renamed' },
      'following',
    );
    expect((await db.events.get('counted01'))!.recurrence).toEqual([
      'RRULE:FREQ=DAILY;UNTIL=20260311T085959Z',
    ]);
    const next = (await db.events.where('kind').equals('master').toArray()).find(
      (m) => m.id !== 'counted01',
    )!;
    expect(next.recurrence).toEqual(['RRULE:FREQ=DAILY;COUNT=3']);
    expect((await titlesByStart(db)).map(([, t]) => t)).toEqual([
      'counted01',
      'counted01',
      'Renamed',
      'Renamed',
      'Renamed',
    ]);
  });

  it('following from the first instance is the same as all events', async () => {
    const db = freshDb();
    await dailySeries(db);
    const occ = await occurrenceAt(
      db,
      '2026-03-02T14:00:00.000Z',
      range('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z'),
    );
    await updateEvent(
      db,
      occ,
      { ...draftFromOccurrence(occ, NY), summary: 'Everything' },
      'following',
    );
    expect(await db.events.count()).toBe(1);
    expect((await db.events.get('standup01'))!.summary).toBe('Everything');
  });

  it('deleting this and following ends the series before the instance and drops later exceptions', async () => {
    const db = freshDb();
    await dailySeries(db);
    await db.events.add(
      timed('standup01_20260313T130000Z', '2026-03-13T12:00', '2026-03-13T13:00', NY, {
        recurringEventId: 'standup01',
        originalStartTime: { dateTime: '2026-03-13T13:00:00Z' },
      }),
    );
    await deleteEvent(db, await occurrenceAt(db, '2026-03-11T13:00:00.000Z'), 'following');
    expect((await db.events.get('standup01'))!.recurrence).toEqual([
      'RRULE:FREQ=DAILY;UNTIL=20260311T125959Z',
    ]);
    expect(await db.events.get('standup01_20260313T130000Z')).toBeUndefined();
    expect((await loadOccurrences(db, WEEK)).map((o) => o.start)).toEqual([
      '2026-03-08T13:00:00.000Z',
      '2026-03-09T13:00:00.000Z',
      '2026-03-10T13:00:00.000Z',
    ]);
  });

  it('splits all-day series with a date UNTIL and date instance ids', async () => {
    const db = freshDb();
    await db.events.add({
      ...timed('fullday01', '2026-03-02T00:00', '2026-03-03T00:00', 'UTC'),
      kind: 'master',
      start: { date: '2026-03-02' },
      end: { date: '2026-03-03' },
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO,WE'],
    });
    const occ = (await loadOccurrences(db, WEEK)).find((o) => o.start === '2026-03-11')!;
    expect(occ.instanceId).toBe('fullday01_20260311');
    await updateEvent(db, occ, { ...draftFromOccurrence(occ, NY), summary: 'Gym' }, 'following');
    expect((await db.events.get('fullday01'))!.recurrence).toEqual([
      'RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20260310',
    ]);
    expect(
      (await loadOccurrences(db, range('2026-03-08T00:00:00Z', '2026-03-20T00:00:00Z'))).map(
        (o) => [o.start, o.title],
      ),
    ).toEqual([
      ['2026-03-09', 'fullday01'],
      ['2026-03-11', 'Gym'],
      ['2026-03-16', 'Gym'],
      ['2026-03-18', 'Gym'],
    ]);
  });
});

describe('Add Google Meet on repeating events', () => {
  const meet = {
    conferenceId: 'abc-defg-hij',
    entryPoints: [{ entryPointType: 'video', uri: 'https://meet.google.com/abc-defg-hij' }],
  };
  const createRequestOf = (e: CalendarEvent | undefined) =>
    (
      e?.conferenceData as
        { createRequest?: { conferenceSolutionKey?: { type?: string } } } | undefined
    )?.createRequest;

  it('"All events" asks Google for one conference on the series', async () => {
    const db = freshDb();
    await dailySeries(db);
    const occ = await occurrenceAt(db, '2026-03-10T13:00:00.000Z');
    await updateEvent(db, occ, { ...draftFromOccurrence(occ, NY), addMeet: true }, 'all');
    const master = (await db.events.get('standup01'))!;
    expect(createRequestOf(master)?.conferenceSolutionKey?.type).toBe('hangoutsMeet');
    expect(master.dirty).toContain('conferenceData');
    expect(await db.events.count()).toBe(1);
  });

  it('"This event" asks for a conference on that occurrence only', async () => {
    const db = freshDb();
    await dailySeries(db);
    const occ = await occurrenceAt(db, '2026-03-10T13:00:00.000Z');
    await updateEvent(db, occ, { ...draftFromOccurrence(occ, NY), addMeet: true }, 'this');
    expect((await db.events.get('standup01'))!.conferenceData).toBeUndefined();
    expect(createRequestOf(await db.events.get(occ.instanceId))).toBeDefined();
  });

  it('"This and following" gives the new series the old one\'s call, or a new one when asked, and its own iCalUID', async () => {
    const db = freshDb();
    await dailySeries(db, {
      conferenceData: meet,
      hangoutLink: meet.entryPoints[0]!.uri,
      iCalUID: 'standup01@google.com',
    });
    const occ = await occurrenceAt(db, '2026-03-10T13:00:00.000Z');
    await updateEvent(
      db,
      occ,
      { ...draftFromOccurrence(occ, NY), summary: 'Later standup' },
      'following',
    );
    const next = (await db.events.where('kind').equals('master').toArray()).find(
      (m) => m.id !== 'standup01',
    )!;
    expect(next.conferenceData).toEqual(meet);
    expect(next.iCalUID).toBeUndefined();

    const plain = freshDb();
    await dailySeries(plain);
    const first = await occurrenceAt(plain, '2026-03-10T13:00:00.000Z');
    await updateEvent(
      plain,
      first,
      { ...draftFromOccurrence(first, NY), addMeet: true },
      'following',
    );
    const split = (await plain.events.where('kind').equals('master').toArray()).find(
      (m) => m.id !== 'standup01',
    )!;
    expect(createRequestOf(split)).toBeDefined();
    expect((await plain.events.get('standup01'))!.conferenceData).toBeUndefined();
  });
});

describe('a guest answering a repeating event', () => {
  const guestOf = (status = 'needsAction' as const) => ({
    calendarId: 'work@example.com',
    organizer: { email: 'boss@example.com' },
    attendees: [
      { email: 'boss@example.com', organizer: true, responseStatus: 'accepted' as const },
      { email: 'me@example.com', self: true, responseStatus: status },
    ],
    google: { etag: '"1"', updated: '2026-01-01T00:00:00.000Z' },
  });
  const myAnswer = (e: CalendarEvent | undefined) =>
    e?.attendees?.find((a) => a.self)?.responseStatus;

  it('"This event" answers one occurrence as an exception that sends only the answer', async () => {
    const db = freshDb();
    await linkedCalendar(db);
    await dailySeries(db, guestOf());
    const occ = await occurrenceAt(db, '2026-03-10T13:00:00.000Z');
    await respondToEvent(db, occ, 'accepted', 'this');
    expect(myAnswer(await db.events.get('standup01'))).toBe('needsAction');
    const instance = (await db.events.get(occ.instanceId))!;
    expect(instance).toMatchObject({
      kind: 'exception',
      recurringEventId: 'standup01',
      start: { dateTime: '2026-03-10T09:00:00-04:00' },
      dirty: ['attendees'],
    });
    expect(myAnswer(instance)).toBe('accepted');
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({ eventId: occ.instanceId, op: 'patch', sendUpdates: 'none' }),
    ]);
    expect(
      (await loadOccurrences(db, WEEK))
        .filter((o) => myAnswer(o.event) === 'accepted')
        .map((o) => o.start),
    ).toEqual(['2026-03-10T13:00:00.000Z']);
  });

  it('"All events" answers the series and the occurrences kept on their own, but not cancelled ones', async () => {
    const db = freshDb();
    await linkedCalendar(db);
    await dailySeries(db, guestOf());
    await db.events.bulkAdd([
      timed('standup01_20260311T130000Z', '2026-03-11T11:00', '2026-03-11T12:00', NY, {
        ...guestOf(),
        recurringEventId: 'standup01',
        originalStartTime: { dateTime: '2026-03-11T13:00:00Z' },
      }),
      timed('standup01_20260312T130000Z', '2026-03-12T09:00', '2026-03-12T10:00', NY, {
        ...guestOf(),
        status: 'cancelled',
        recurringEventId: 'standup01',
        originalStartTime: { dateTime: '2026-03-12T13:00:00Z' },
      }),
    ]);
    await respondToEvent(db, await occurrenceAt(db, '2026-03-10T13:00:00.000Z'), 'declined', 'all');
    expect(myAnswer(await db.events.get('standup01'))).toBe('declined');
    expect(myAnswer(await db.events.get('standup01_20260311T130000Z'))).toBe('declined');
    expect(myAnswer(await db.events.get('standup01_20260312T130000Z'))).toBe('needsAction');
    expect((await db.outbox.toArray()).map((o) => o.eventId).sort()).toEqual([
      'standup01',
      'standup01_20260311T130000Z',
    ]);
  });
});
