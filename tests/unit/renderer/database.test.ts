import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR_ID, AlmanacDatabase } from '../../../src-renderer/db/database';
import {
  listCalendars,
  loadOccurrences,
  occurrenceOfRecord,
} from '../../../src-renderer/db/queries';
import {
  BUILT_IN_PALETTE,
  EVENT_COLOR_NAMES,
  occurrenceColor,
} from '../../../src-renderer/calendar/model/colors';
import { allDay, freshDb, range, timed } from './fixtures';

describe('database schema', () => {
  it('opens at version 5 with the tables and indexes range queries need', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(5);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'calendarDisplay',
      'calendars',
      'events',
      'outbox',
      'palettes',
      'reminderMeta',
      'reminders',
      'syncLog',
      'syncState',
    ]);
    const events = db.table('events').schema;
    expect(events.primKey.name).toBe('id');
    expect(events.indexes.map((i) => i.name).sort()).toEqual([
      '[calendarId+kind]',
      'calendarId',
      'endMs',
      'kind',
      'longStartMs',
      'recurringEventId',
      'startMs',
    ]);
    expect(db.table('outbox').schema.primKey.auto).toBe(true);
    expect(db.table('outbox').schema.indexes.map((i) => i.name)).toContain('eventId');
    expect(
      db
        .table('syncLog')
        .schema.indexes.map((i) => i.name)
        .sort(),
    ).toEqual(['at', 'calendarId', 'level']);
  });

  it('creates "My calendar" on first open, once', async () => {
    const db = freshDb();
    const calendars = await listCalendars(db);
    expect(calendars).toHaveLength(1);
    expect(calendars[0]).toMatchObject({
      id: DEFAULT_CALENDAR_ID,
      summary: 'My calendar',
      accessRole: 'owner',
      primary: true,
    });
    expect(calendars[0]!.account).toBeUndefined();
    const name = db.name;
    db.close();
    const again = new AlmanacDatabase(name);
    expect(await again.calendars.count()).toBe(1);
  });

  it('lists the primary calendar first, then by name', async () => {
    const db = freshDb();
    await db.calendars.bulkAdd([
      { id: 'zeta', summary: 'Zeta', color: '#000', accessRole: 'owner', syncEnabled: true },
      { id: 'alpha', summary: 'Alpha', color: '#000', accessRole: 'reader', syncEnabled: true },
    ]);
    expect((await listCalendars(db)).map((c) => c.id)).toEqual([
      DEFAULT_CALENDAR_ID,
      'alpha',
      'zeta',
    ]);
  });
});

describe('the long-event index', () => {
  it('is filled by the v1 → v2 migration, keeping every record', async () => {
    const name = `almanac-migration-${Math.random().toString(36).slice(2)}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      calendars: 'id',
      events: 'id, calendarId, kind, startMs, endMs, recurringEventId, [calendarId+kind]',
      outbox: '++seq, eventId, calendarId',
      syncState: 'calendarId',
      syncLog: '++id, at, level, calendarId',
    });
    await v1
      .table('events')
      .bulkAdd([
        allDay('longtrip', '2026-02-01', '2026-04-01'),
        timed('short', '2026-03-10T09:00', '2026-03-10T10:00', 'UTC'),
      ]);
    v1.close();
    const db = new AlmanacDatabase(name);
    expect(await db.events.count()).toBe(2);
    expect(await db.events.where('longStartMs').above(0).primaryKeys()).toEqual(['longtrip']);
    expect(
      (await loadOccurrences(db, range('2026-03-09T00:00:00Z', '2026-03-16T00:00:00Z')))
        .map((o) => o.key)
        .sort(),
    ).toEqual(['longtrip', 'short']);
  });

  it('follows every write: an event shortened to a day leaves it', async () => {
    const db = freshDb();
    await db.events.add(allDay('trip', '2026-02-01', '2026-04-01'));
    expect(await db.events.where('longStartMs').above(0).primaryKeys()).toEqual(['trip']);
    await db.events.update('trip', {
      end: { date: '2026-02-02' },
      endMs: Date.parse('2026-02-02T00:00:00Z'),
    });
    expect(await db.events.where('longStartMs').above(0).primaryKeys()).toEqual([]);
    await db.events.put(allDay('trip', '2026-02-01', '2026-03-01'));
    expect(await db.events.where('longStartMs').above(0).primaryKeys()).toEqual(['trip']);
  });

  it("derives it without reading the records a write replaces, and leaves the caller's objects alone", async () => {
    const db = freshDb();
    // Counts reads of events below Dexie's own write layers (a hook would read here).
    let reads = 0;
    db.use({
      stack: 'dbcore',
      name: 'CountEventReads',
      level: 1,
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return name !== 'events'
            ? table
            : { ...table, getMany: (req) => ((reads += 1), table.getMany(req)) };
        },
      }),
    });
    const long = allDay('trip', '2026-02-01', '2026-04-01');
    await db.events.bulkPut([
      long,
      timed('meeting', '2026-02-03T09:00', '2026-02-03T10:00', 'UTC'),
    ]);
    await db.events.bulkPut([
      allDay('trip', '2026-02-01', '2026-02-02'),
      allDay('meeting', '2026-02-01', '2026-03-01'),
    ]);
    expect(reads).toBe(0);
    expect(long).not.toHaveProperty('longStartMs');
    expect(await db.events.where('longStartMs').above(0).primaryKeys()).toEqual(['meeting']);
  });
});

describe('loadOccurrences range queries', () => {
  it('returns events overlapping the range and nothing else', async () => {
    const db = freshDb();
    await db.events.bulkAdd([
      timed('before1', '2026-03-01T09:00', '2026-03-01T10:00', 'UTC'),
      timed('inside1', '2026-03-10T09:00', '2026-03-10T10:00', 'UTC'),
      timed('straddle', '2026-03-08T22:00', '2026-03-09T02:00', 'UTC'),
      timed('after1', '2026-03-20T09:00', '2026-03-20T10:00', 'UTC'),
      timed('touching', '2026-03-08T23:00', '2026-03-09T00:00', 'UTC'),
      timed('cancelled', '2026-03-10T11:00', '2026-03-10T12:00', 'UTC', { status: 'cancelled' }),
    ]);
    const occ = await loadOccurrences(db, range('2026-03-09T00:00:00Z', '2026-03-16T00:00:00Z'));
    expect(occ.map((o) => o.key)).toEqual(['straddle', 'inside1']);
    expect(occ[1]).toMatchObject({
      title: 'inside1',
      allDay: false,
      start: '2026-03-10T09:00:00.000Z',
      end: '2026-03-10T10:00:00.000Z',
      instanceId: 'inside1',
    });
  });

  it('finds events that began long before the range and are still going on', async () => {
    const db = freshDb();
    await db.events.bulkAdd([
      allDay('sabbatical', '2026-02-01', '2026-04-01'),
      timed('conference', '2026-02-25T09:00', '2026-03-12T17:00', 'UTC'),
      allDay('ended', '2026-01-01', '2026-03-01'),
    ]);
    const occ = await loadOccurrences(db, range('2026-03-09T00:00:00Z', '2026-03-16T00:00:00Z'));
    expect(occ.map((o) => o.key).sort()).toEqual(['conference', 'sabbatical']);
  });

  it('shows all-day events by date with the exclusive end, for any viewer zone', async () => {
    const db = freshDb();
    await db.events.bulkAdd([
      allDay('holiday', '2026-03-09', '2026-03-10'),
      allDay('long', '2026-03-01', '2026-03-05'),
      allDay('far', '2026-04-01', '2026-04-02'),
    ]);
    // A week in Tokyo starts at 15:00 UTC the day before; Monday the 9th is still in it.
    const occ = await loadOccurrences(db, range('2026-03-08T15:00:00Z', '2026-03-15T15:00:00Z'));
    expect(occ.map((o) => [o.key, o.start, o.end, o.allDay])).toEqual([
      ['holiday', '2026-03-09', '2026-03-10', true],
    ]);
  });

  it('colours occurrences by event colour, else by calendar colour', async () => {
    const db = freshDb();
    await db.calendars.update(DEFAULT_CALENDAR_ID, { color: '#123456' });
    await db.events.bulkAdd([
      timed('plain', '2026-03-10T09:00', '2026-03-10T10:00', 'UTC'),
      timed('tomato', '2026-03-10T11:00', '2026-03-10T12:00', 'UTC', { colorId: '11' }),
    ]);
    const occ = await loadOccurrences(db, range('2026-03-10T00:00:00Z', '2026-03-11T00:00:00Z'));
    expect(occ.map((o) => o.color)).toEqual(['#123456', BUILT_IN_PALETTE.colors['11']!.background]);
  });

  it('expands series, overlays exceptions, hides cancelled instances and shows exceptions moved in from outside', async () => {
    const db = freshDb();
    const master = timed('series1', '2026-03-02T09:00', '2026-03-02T10:00', 'UTC', {
      recurrence: ['RRULE:FREQ=DAILY'],
    });
    await db.events.bulkAdd([
      master,
      // 10 March moved to the afternoon, 11 March cancelled.
      timed('series1_20260310T090000Z', '2026-03-10T15:00', '2026-03-10T16:00', 'UTC', {
        recurringEventId: 'series1',
        originalStartTime: { dateTime: '2026-03-10T09:00:00Z', timeZone: 'UTC' },
        summary: 'Moved',
      }),
      timed('series1_20260311T090000Z', '2026-03-11T09:00', '2026-03-11T10:00', 'UTC', {
        recurringEventId: 'series1',
        originalStartTime: { dateTime: '2026-03-11T09:00:00Z', timeZone: 'UTC' },
        status: 'cancelled',
      }),
      // The 25 March instance moved into this week.
      timed('series1_20260325T090000Z', '2026-03-12T18:00', '2026-03-12T19:00', 'UTC', {
        recurringEventId: 'series1',
        originalStartTime: { dateTime: '2026-03-25T09:00:00Z', timeZone: 'UTC' },
        summary: 'From later',
      }),
    ]);
    const occ = await loadOccurrences(db, range('2026-03-09T00:00:00Z', '2026-03-13T00:00:00Z'));
    expect(occ.map((o) => [o.instanceId, o.title, o.start])).toEqual([
      ['series1_20260309T090000Z', 'series1', '2026-03-09T09:00:00.000Z'],
      ['series1_20260310T090000Z', 'Moved', '2026-03-10T15:00:00.000Z'],
      ['series1_20260312T090000Z', 'series1', '2026-03-12T09:00:00.000Z'],
      ['series1_20260325T090000Z', 'From later', '2026-03-12T18:00:00.000Z'],
    ]);
    const generated = occ[0]!;
    expect(generated.event.id).toBe('series1');
    expect(generated.seriesId).toBe('series1');
    expect(generated.originalStart).toEqual({
      dateTime: '2026-03-09T09:00:00+00:00',
      timeZone: 'UTC',
    });
    expect(occ[3]!.seriesId).toBe('series1');
  });

  it('shows an exception moved in from outside even when its series starts after the range', async () => {
    const db = freshDb();
    await db.events.bulkAdd([
      timed('later1', '2026-05-01T09:00', '2026-05-01T10:00', 'UTC', {
        recurrence: ['RRULE:FREQ=WEEKLY'],
      }),
      timed('later1_20260508T090000Z', '2026-03-10T09:00', '2026-03-10T10:00', 'UTC', {
        recurringEventId: 'later1',
        originalStartTime: { dateTime: '2026-05-08T09:00:00Z' },
      }),
    ]);
    const occ = await loadOccurrences(db, range('2026-03-09T00:00:00Z', '2026-03-16T00:00:00Z'));
    expect(occ.map((o) => [o.key, o.seriesId])).toEqual([['later1_20260508T090000Z', 'later1']]);
  });

  it('hides a deleted series and its exceptions', async () => {
    const db = freshDb();
    await db.events.bulkAdd([
      timed('gone1', '2026-03-02T09:00', '2026-03-02T10:00', 'UTC', {
        recurrence: ['RRULE:FREQ=DAILY'],
        status: 'cancelled',
      }),
      timed('gone1_20260310T090000Z', '2026-03-10T12:00', '2026-03-10T13:00', 'UTC', {
        recurringEventId: 'gone1',
        originalStartTime: { dateTime: '2026-03-10T09:00:00Z' },
      }),
    ]);
    expect(
      await loadOccurrences(db, range('2026-03-09T00:00:00Z', '2026-03-16T00:00:00Z')),
    ).toEqual([]);
  });

  it('shows a master with an unreadable rule once instead of throwing', async () => {
    const db = freshDb();
    await db.events.add(
      timed('broken', '2026-03-10T09:00', '2026-03-10T10:00', 'UTC', {
        recurrence: ['RRULE:FREQ=SOMETIMES;BYDAY=XX'],
      }),
    );
    const occ = await loadOccurrences(db, range('2026-03-09T00:00:00Z', '2026-03-16T00:00:00Z'));
    expect(occ.map((o) => [o.key, o.start, o.seriesId])).toEqual([
      ['broken', '2026-03-10T09:00:00.000Z', undefined],
    ]);
  });

  it('occurrenceColor falls back to the calendar colour for unknown colorIds', () => {
    const event = timed('a1234', '2026-03-10T09:00', '2026-03-10T10:00', 'UTC', { colorId: '99' });
    expect(
      occurrenceColor(event, {
        id: 'c',
        summary: 'c',
        color: '#abcdef',
        accessRole: 'owner',
        syncEnabled: false,
      }),
    ).toBe('#abcdef');
    expect(Object.keys(BUILT_IN_PALETTE.colors)).toEqual(Object.keys(EVENT_COLOR_NAMES));
  });
});

describe('occurrenceOfRecord (what "Open event" in the sync log opens)', () => {
  it('opens a plain event or an exception as itself, a series at its first occurrence, and nothing that is gone', async () => {
    const db = freshDb();
    await db.events.bulkPut([
      timed('plain1', '2026-03-10T09:00', '2026-03-10T10:00', 'Europe/Berlin'),
      // The first occurrence is cancelled, the second moved: the series opens at the second.
      timed('series1', '2026-03-02T08:00', '2026-03-02T09:00', 'Europe/Berlin', {
        recurrence: ['RRULE:FREQ=WEEKLY;COUNT=4'],
      }),
      timed('series1_20260302T070000Z', '2026-03-02T08:00', '2026-03-02T09:00', 'Europe/Berlin', {
        recurringEventId: 'series1',
        status: 'cancelled',
        originalStartTime: { dateTime: '2026-03-02T08:00:00+01:00' },
      }),
      timed('series1_20260309T070000Z', '2026-03-09T11:00', '2026-03-09T12:00', 'Europe/Berlin', {
        recurringEventId: 'series1',
        originalStartTime: { dateTime: '2026-03-09T08:00:00+01:00' },
      }),
      timed('gone1', '2026-03-10T09:00', '2026-03-10T10:00', 'Europe/Berlin', {
        status: 'cancelled',
      }),
    ]);
    expect(await occurrenceOfRecord(db, 'plain1')).toMatchObject({
      key: 'plain1',
      start: '2026-03-10T08:00:00.000Z',
    });
    expect(await occurrenceOfRecord(db, 'series1')).toMatchObject({
      seriesId: 'series1',
      instanceId: 'series1_20260309T070000Z',
      start: '2026-03-09T10:00:00.000Z',
    });
    expect(await occurrenceOfRecord(db, 'series1_20260309T070000Z')).toMatchObject({
      seriesId: 'series1',
      start: '2026-03-09T10:00:00.000Z',
    });
    expect(await occurrenceOfRecord(db, 'gone1')).toBeNull();
    expect(await occurrenceOfRecord(db, 'never1')).toBeNull();
  });
});
