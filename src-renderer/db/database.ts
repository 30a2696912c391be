// The local calendar in IndexedDB (Dexie): calendars, events, the outbox of changes not yet
// on Google, per-calendar sync state, the sync log, Google's event colours, what this
// computer did with each reminder, and which calendars it shows.
// The schema is versioned from the first release so later issues add migrations instead of
// wiping data.
import Dexie, { type DBCore, type Middleware, type Table } from 'dexie';
import type { Calendar, CalendarEvent, EventPalette } from '../../src-preload/model/event';
import type { OutboxEntry, SyncState } from '../../src-preload/local-store';
import type { SyncLogEntry } from '../../src-preload/sync-log';
import type { ReminderMeta, ReminderRecord } from '../reminders/reminder-state';
import type { CalendarDisplay } from '../calendars/visibility';

/** "My calendar", the calendar kept only on this computer, created on first open. */
export const DEFAULT_CALENDAR_ID = 'local';
/**
 * Its name as stored until the person renames it; shown in the reader's language (listCalendars),
 * since it is created before the language is known.
 */
export const DEFAULT_CALENDAR_NAME = 'My calendar';

export class AlmanacDatabase extends Dexie {
  declare calendars: Table<Calendar, string>;
  declare events: Table<CalendarEvent, string>;
  declare outbox: Table<OutboxEntry, number>;
  declare syncState: Table<SyncState, string>;
  declare syncLog: Table<SyncLogEntry, number>;
  declare palettes: Table<StoredPalette, StoredPalette['kind']>;
  declare reminders: Table<ReminderRecord, string>;
  declare reminderMeta: Table<ReminderMeta, string>;
  declare calendarDisplay: Table<CalendarDisplay, string>;

  constructor(name: string) {
    super(name);
    // Events are read by time range (startMs/endMs), by series (recurringEventId) and by
    // kind (masters are expanded separately); the outbox is drained oldest first by seq.
    this.version(1).stores({
      calendars: 'id',
      events: 'id, calendarId, kind, startMs, endMs, recurringEventId, [calendarId+kind]',
      outbox: '++seq, eventId, calendarId',
      syncState: 'calendarId',
      syncLog: '++id, at, level, calendarId',
    });
    // v2: events longer than a week also carry `longStartMs`, a sparse index, so a range
    // query finds them without scanning every key that starts before the range.
    this.version(2)
      .stores({
        events:
          'id, calendarId, kind, startMs, endMs, recurringEventId, [calendarId+kind], longStartMs',
      })
      .upgrade((tx) =>
        tx
          .table('events')
          .toCollection()
          .modify((event: StoredEvent) => {
            if (isLong(event)) event.longStartMs = event.startMs;
          }),
      );
    // v3: Google's event palette from colors.get, one row; until sync stores it (never
    // connected), the views use the built-in copy of Google's colours.
    this.version(3).stores({ palettes: 'kind' });
    // v4: reminders shown, snoozed or dismissed, one row per occurrence (endMs for clearing
    // old ones), and when the reminder schedule last looked (to tell missed reminders).
    this.version(4).stores({ reminders: 'key, endMs', reminderMeta: 'name' });
    // v5: which calendars' events are shown, one row per calendar unticked (or ticked again):
    // this computer's choice, apart from the calendars sync rewrites, so a tick neither
    // waits for nor disturbs sync, and redraws without re-reading a single event.
    this.version(5).stores({ calendarDisplay: 'calendarId' });
    // Derived here, in one place, so no writer (editor, sync, reset) can forget it. A
    // middleware on the writes, not Dexie's creating/updating hooks: with hooks, every put
    // first reads the record it replaces and diffs it, which doubled the reads of a
    // 2,500-event sync page's commit.
    this.use(longStartMiddleware);
    this.on('populate', (tx) => {
      void tx.table('calendars').add(defaultCalendar());
    });
  }
}

/** Events lasting longer than this are indexed by `longStartMs` too. */
export const LONG_EVENT_MS = 7 * 86_400_000;

/** Google's event palette as stored: the only row of `palettes`. */
export type StoredPalette = EventPalette & { kind: 'event' };

/** A stored event with the database's own derived fields. */
export type StoredEvent = CalendarEvent & { longStartMs?: number };

function isLong(event: CalendarEvent): boolean {
  return event.endMs - event.startMs > LONG_EVENT_MS;
}

/** Every event written carries `longStartMs` exactly when it is long (copied only to change it). */
const longStartMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'LongStart',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'events') return table;
      return {
        ...table,
        mutate: (req) =>
          table.mutate(
            req.type === 'add' || req.type === 'put'
              ? { ...req, values: req.values.map(withLongStart) }
              : req,
          ),
      };
    },
  }),
};

function withLongStart(event: StoredEvent): StoredEvent {
  const wanted = isLong(event) ? event.startMs : undefined;
  if (event.longStartMs === wanted) return event;
  if (wanted !== undefined) return { ...event, longStartMs: wanted };
  const { longStartMs: _dropped, ...rest } = event;
  return rest;
}

export function openDatabase(name = 'almanac'): AlmanacDatabase {
  return new AlmanacDatabase(name);
}

function defaultCalendar(): Calendar {
  return {
    id: DEFAULT_CALENDAR_ID,
    summary: DEFAULT_CALENDAR_NAME,
    color: '#4986e7',
    accessRole: 'owner',
    primary: true,
    syncEnabled: false,
  };
}
