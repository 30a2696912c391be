// Reads the views make through dexie-react-hooks' useLiveQuery: the occurrences of a time
// range, the list of calendars and Google's event colours. Only reads here, so live queries
// stay side-effect free.
import type { Calendar, CalendarEvent, EventPalette } from '../../src-preload/model/event';
import type { Occurrence } from '../calendar/model/types';
import { expandSeries } from '../calendar/model/series-expansion';
import { byStartMs, occurrenceOf, overlapsRange, type Range } from '../calendar/model/occurrence';
import { seriesOf } from '../../src-preload/model/instance-ids';
import { occurrenceColor } from '../calendar/model/colors';
import { oneOccurrenceEach } from '../calendar/model/account-copies';
import {
  currentGeneration,
  heldEvents,
  readEventsAt,
  type EventSnapshot,
  type HeldAnswer,
} from './event-window';
import { DEFAULT_CALENDAR_ID, DEFAULT_CALENDAR_NAME, type AlmanacDatabase } from './database';
import { activeLocale } from '../i18n/active-locale';

/**
 * Everything drawn in `range`: plain events and exceptions overlapping it, series masters
 * expanded for the range with their exceptions overlaid, cancelled records hidden. All-day
 * records are indexed at UTC midnight, so the index query is padded by a day each side.
 */
export async function loadOccurrences(db: AlmanacDatabase, range: Range): Promise<Occurrence[]> {
  return [...(await loadSharedOccurrences(db, range))];
}

/**
 * The same, as one array shared with every caller asking for the same range until the next
 * write (so a view redrawing after a read that changed nothing gets the very same array).
 */
export async function loadSharedOccurrences(
  db: AlmanacDatabase,
  range: Range,
): Promise<readonly Occurrence[]> {
  const { from, to } = paddedRange(range);
  return occurrencesOf(db, range, await readEventsAt(db, from, to));
}

/**
 * The shared answer from memory, synchronously, when the event window holds the range (so a
 * view can draw in the task of the click); null when only the database can answer.
 */
export function heldOccurrences(db: AlmanacDatabase, range: Range): readonly Occurrence[] | null {
  const { from, to } = paddedRange(range);
  const held = heldEvents(db, from, to);
  return held ? occurrencesOf(db, range, held) : null;
}

/** What a range's read covers: all-day records are indexed at UTC midnight, a day either side. */
export function paddedRange(range: Range): { from: number; to: number } {
  return { from: range.start.getTime() - DAY_MS, to: range.end.getTime() + DAY_MS };
}

/** The occurrences of a snapshot, computed once per range and generation of the database. */
function occurrencesOf(
  db: AlmanacDatabase,
  range: Range,
  answer: HeldAnswer,
): readonly Occurrence[] {
  const key = `${range.start.getTime()}|${range.end.getTime()}`;
  let memo = memos.get(db);
  if (answer.generation !== null && memo?.generation === answer.generation) {
    const hit = memo.byRange.get(key);
    if (hit) return hit;
  }
  const occurrences = Object.freeze(occurrencesIn(answer.snapshot, range));
  if (answer.generation !== null && answer.generation === currentGeneration(db)) {
    if (memo?.generation !== answer.generation) {
      memo = { generation: answer.generation, byRange: new Map() };
      memos.set(db, memo);
    }
    // A handful of ranges: the one drawn, its neighbours, the other views of the same days.
    if (memo.byRange.size >= 8) memo.byRange.delete(memo.byRange.keys().next().value!);
    memo.byRange.set(key, occurrences);
  }
  return occurrences;
}

const memos = new WeakMap<
  AlmanacDatabase,
  { generation: number; byRange: Map<string, readonly Occurrence[]> }
>();

/** The occurrences of `range` in a snapshot read for it (pure). */
function occurrencesIn(snapshot: EventSnapshot, range: Range): Occurrence[] {
  const { to } = paddedRange(range);
  const calendars = snapshot.calendars;
  const records = snapshot.records.filter(readable);
  const masters = snapshot.masters.filter((m) => m.startMs < to && readable(m));

  const calendarById = new Map(calendars.map((c) => [c.id, c]));
  const colorOf = (event: CalendarEvent) =>
    occurrenceColor(event, calendarById.get(event.calendarId), snapshot.palette);
  const liveMasters = masters.filter((m) => m.status !== 'cancelled');
  const exceptionsBySeries = new Map<string, CalendarEvent[]>();
  for (const exception of snapshot.exceptions) {
    if (!readable(exception)) continue;
    const list = exceptionsBySeries.get(exception.recurringEventId!);
    if (list) list.push(exception);
    else exceptionsBySeries.set(exception.recurringEventId!, [exception]);
  }

  // Generated instances are added without reading their ids (which would write thousands of
  // strings nobody draws); records, each drawn once, are tracked by id.
  const out: Occurrence[] = [];
  const recordIds = new Set<string>();
  for (const master of liveMasters) {
    for (const occurrence of expandSeries(
      master,
      exceptionsBySeries.get(master.id) ?? [],
      range,
      colorOf(master),
      snapshot.palette,
    )) {
      out.push(occurrence);
      if (occurrence.event !== master) recordIds.add(occurrence.event.id);
    }
  }
  const deletedSeries = new Set(masters.filter((m) => m.status === 'cancelled').map((m) => m.id));
  const liveIds = new Set(liveMasters.map((m) => m.id));
  let generatedIds: Set<string> | null = null;
  for (const event of records) {
    if (event.kind === 'master' || event.status === 'cancelled' || recordIds.has(event.id))
      continue;
    if (event.recurringEventId && deletedSeries.has(event.recurringEventId)) continue;
    // An exception whose series is not loaded (moved here from far away, or orphaned)
    // still shows as itself.
    if (!overlapsRange(event, range)) continue;
    // A record named like a generated instance of a drawn series (without being linked to
    // it as an exception) is that instance: draw it once. Rare, so the ids are written
    // only then.
    const series = seriesOf(event.id);
    if (series && liveIds.has(series)) {
      generatedIds ??= new Set(out.filter((o) => o.event.kind === 'master').map((o) => o.key));
      if (generatedIds.has(event.id)) continue;
    }
    recordIds.add(event.id);
    out.push(occurrenceOf(event, colorOf(event)));
  }
  return oneOccurrenceEach(out, calendarById).sort(byStartMs);
}

/**
 * What the editor opens for a record named elsewhere (a sync log line): the record itself,
 * or for a series its first occurrence; null when it is gone or deleted.
 */
export async function occurrenceOfRecord(
  db: AlmanacDatabase,
  id: string,
): Promise<Occurrence | null> {
  const event = await db.events.get(id);
  if (!event || event.status === 'cancelled') return null;
  // A series' first occurrence may be skipped or cancelled: look a while past its start.
  const span = event.kind === 'master' ? 400 * DAY_MS : Math.max(event.endMs - event.startMs, 1);
  const occurrences = await loadOccurrences(db, {
    start: new Date(event.startMs),
    end: new Date(event.startMs + span),
  });
  return occurrences.find((o) => o.event.id === id || o.seriesId === id) ?? null;
}

/** Calendars in the order the sidebar lists them: primary first, then by name. */
export async function listCalendars(db: AlmanacDatabase): Promise<Calendar[]> {
  const calendars = (await db.calendars.toArray()).map(shownName);
  return calendars.sort(
    (a, b) =>
      Number(Boolean(b.primary)) - Number(Boolean(a.primary)) || a.summary.localeCompare(b.summary),
  );
}

/** The calendar made on first open, in the reader's language while it has its first name. */
export function shownName(calendar: Calendar): Calendar {
  return calendar.id === DEFAULT_CALENDAR_ID && calendar.summary === DEFAULT_CALENDAR_NAME
    ? { ...calendar, summary: activeLocale().t('calendar.defaultName') }
    : calendar;
}

/** Google's event colours as sync last stored them; null until then (the built-in copy applies). */
export async function readEventPalette(db: AlmanacDatabase): Promise<EventPalette | null> {
  return (await db.palettes.get('event')) ?? null;
}

const DAY_MS = 86_400_000;

/**
 * Whether a stored record has the shape the views and the editor rely on. A corrupted one
 * (no start, a start that is not an object, no instants, a rule or guest list of the wrong
 * type) is left out of the view with a warning, instead of taking the whole view down; the
 * record itself stays in the database, and sync replaces it when Google has the event.
 */
function readable(event: CalendarEvent): boolean {
  const ok =
    isDateTime(event.start) &&
    isDateTime(event.end) &&
    Number.isFinite(event.startMs) &&
    Number.isFinite(event.endMs) &&
    (event.summary === undefined || typeof event.summary === 'string') &&
    (event.recurrence === undefined ||
      (Array.isArray(event.recurrence) && event.recurrence.every((l) => typeof l === 'string'))) &&
    (event.attendees === undefined ||
      (Array.isArray(event.attendees) &&
        event.attendees.every((a) => typeof a?.email === 'string')));
  if (!ok && !warned.has(event.id)) {
    warned.add(event.id);
    console.warn(
      `[almanac] event ${String(event.id).slice(0, 100)} is damaged in the local database and is not shown.`,
    );
  }
  return ok;
}

const warned = new Set<string>();

function isDateTime(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { date, dateTime } = value as { date?: unknown; dateTime?: unknown };
  return typeof date === 'string' || typeof dateTime === 'string';
}
