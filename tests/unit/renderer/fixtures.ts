// Record builders shared by the renderer's tests: stored events as the sync engine or the
// operations would write them, with startMs/endMs filled in, and bare occurrences for the
// grids' layout rules.
import { DateTime } from 'luxon';
import type { CalendarEvent, EventDateTime } from '../../../src-preload/model/event';
import type { Occurrence } from '../../../src-renderer/calendar/model/types';
import { openDatabase, type AlmanacDatabase } from '../../../src-renderer/db/database';

let counter = 0;
/** A fresh database per test, so tests never see each other's records. */
export function freshDb(): AlmanacDatabase {
  counter += 1;
  return openDatabase(
    `almanac-test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`,
  );
}

/** A timed EventDateTime for a wall time in a zone. */
export function at(wall: string, zone: string): EventDateTime {
  const dt = DateTime.fromISO(wall, { zone });
  return { dateTime: dt.toISO({ suppressMilliseconds: true })!, timeZone: zone };
}

export function timed(
  id: string,
  start: string,
  end: string,
  zone: string,
  extra: Partial<CalendarEvent> = {},
): CalendarEvent {
  const s = at(start, zone);
  const e = at(end, zone);
  return {
    id,
    calendarId: 'local',
    kind: extra.recurrence ? 'master' : extra.recurringEventId ? 'exception' : 'single',
    status: 'confirmed',
    summary: id,
    start: s,
    end: e,
    startMs: Date.parse(s.dateTime!),
    endMs: Date.parse(e.dateTime!),
    localVersion: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

export function allDay(
  id: string,
  start: string,
  endExclusive: string,
  extra: Partial<CalendarEvent> = {},
): CalendarEvent {
  return {
    id,
    calendarId: 'local',
    kind: extra.recurrence ? 'master' : extra.recurringEventId ? 'exception' : 'single',
    status: 'confirmed',
    summary: id,
    start: { date: start },
    end: { date: endExclusive },
    startMs: Date.parse(`${start}T00:00:00Z`),
    endMs: Date.parse(`${endExclusive}T00:00:00Z`),
    localVersion: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

export function range(start: string, end: string) {
  return { start: new Date(start), end: new Date(end) };
}

/** A bare occurrence named `id` for the grids' rules: all-day when given dates, else timed. */
export function plainOccurrence(id: string, start: string, end: string): Occurrence {
  return {
    key: id,
    event: { id, calendarId: 'local' } as CalendarEvent,
    instanceId: id,
    title: id,
    allDay: start.length === 10,
    start,
    end,
    startMs: Date.parse(start),
    endMs: Date.parse(end),
    color: '#000',
  };
}
