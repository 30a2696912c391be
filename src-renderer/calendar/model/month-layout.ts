// The month grid's geometry, as pure functions: which six weeks a month shows (from the
// locale's first weekday), which columns a week row has (weekends hidden or not), and where
// each chip the thinning kept sits in its week row: a column span clipped to the week and a
// lane (the lowest free one, in the thinning's order, so bars stay on top as the thinning
// counted them), with each "+N more" in the lane under its day's last chip.
import { DateTime } from 'luxon';
import type { Occurrence } from './types';
import type { MoreEntry, ThinnedMonth } from './month-thinning';
import { addDays } from './display-dates';
import { dayBounds, daySpan, midnight } from './grid-days';

/** A month shows six weeks, whatever the month (as FullCalendar's did: the grid never jumps). */
export const MONTH_WEEKS = 6;

export interface MonthRange {
  /** The 42 days shown (YYYY-MM-DD), from the first weekday on or before the 1st. */
  days: string[];
  /** Midnights in the zone: what the grid covers, and the month it is about. */
  start: Date;
  end: Date;
  currentStart: Date;
  currentEnd: Date;
}

/** The six weeks shown for the month of `date`, weeks starting on `firstDay` (0 Sunday). */
export function monthRange(date: string, firstDay: number, zone: string): MonthRange {
  const first = `${date.slice(0, 7)}-01`;
  const back = (weekdayOf(first) - firstDay + 7) % 7;
  const startDate = addDays(first, -back);
  const days = Array.from({ length: MONTH_WEEKS * 7 }, (_, i) => addDays(startDate, i));
  const nextMonth = DateTime.fromISO(first, { zone: 'UTC' }).plus({ months: 1 }).toISODate()!;
  return {
    days,
    start: midnight(startDate, zone),
    end: midnight(addDays(startDate, MONTH_WEEKS * 7), zone),
    currentStart: midnight(first, zone),
    currentEnd: midnight(nextMonth, zone),
  };
}

/** The weekday of a date, 0 Sunday. */
export function weekdayOf(date: string): number {
  return DateTime.fromISO(date, { zone: 'UTC' }).weekday % 7;
}

/** The weekdays a week row shows, in order (0 Sunday): from `firstDay`, weekends left out if hidden. */
export function weekColumns(firstDay: number, hideWeekends: boolean): number[] {
  const all = Array.from({ length: 7 }, (_, i) => (firstDay + i) % 7);
  return hideWeekends ? all.filter((d) => d !== 0 && d !== 6) : all;
}

/** A chip in a week row: columns `first`..`last` (inclusive, of the row's shown columns). */
export interface WeekChip {
  occurrence: Occurrence;
  first: number;
  last: number;
  lane: number;
  /** Whether the event starts or ends inside this row (else it goes on in the row before or after). */
  startsHere: boolean;
  endsHere: boolean;
  /** Drawn as a coloured bar (all-day or over several days) rather than a dot and a time. */
  bar: boolean;
}

export interface WeekMore {
  column: number;
  lane: number;
  entry: MoreEntry;
}

export interface WeekRow {
  /** The dates of the row's shown columns. */
  days: string[];
  chips: WeekChip[];
  more: WeekMore[];
  /** Lanes used, "+N more" included. */
  lanes: number;
}

/**
 * Lays the thinned month out in week rows. `thinned.shown` comes in the thinning's order
 * (bars before timed events, longer bars first, then by start); each chip takes the lowest
 * lane free over all its columns in that order.
 */
export function layoutWeeks(
  thinned: ThinnedMonth,
  days: readonly string[],
  zone: string,
  columns: readonly number[],
): WeekRow[] {
  const weeks = Math.floor(days.length / 7);
  // Where each weekday sits in a row, or -1 when it is not shown.
  const positionOf = new Array<number>(7).fill(-1);
  const firstWeekday = weekdayOf(days[0]!);
  columns.forEach((weekday, column) => (positionOf[(weekday - firstWeekday + 7) % 7] = column));
  const rows: WeekRow[] = [];
  const lanes: boolean[][][] = [];
  for (let w = 0; w < weeks; w++) {
    const dates = days.slice(w * 7, w * 7 + 7);
    rows.push({
      days: columns.map((weekday) => dates[(weekday - firstWeekday + 7) % 7]!),
      chips: [],
      more: [],
      lanes: 0,
    });
    lanes.push([]);
  }
  const indexOf = new Map(days.map((d, i) => [d, i]));
  const bounds = dayBounds(days, zone);

  for (const occurrence of thinned.shown) {
    const found = daySpan(occurrence, days, indexOf, bounds);
    if (!found) continue;
    const { span } = found;
    const bar = occurrence.allDay || span[1] > span[0] || found.before || found.after;
    for (let w = Math.floor(span[0] / 7); w <= Math.floor(span[1] / 7) && w < weeks; w++) {
      const from = Math.max(span[0], w * 7) - w * 7;
      const to = Math.min(span[1], w * 7 + 6) - w * 7;
      const shown = [];
      for (let p = from; p <= to; p++) if (positionOf[p]! >= 0) shown.push(positionOf[p]!);
      if (shown.length === 0) continue;
      const first = shown[0]!;
      const last = shown[shown.length - 1]!;
      const lane = freeLane(lanes[w]!, first, last);
      rows[w]!.chips.push({
        occurrence,
        first,
        last,
        lane,
        startsHere: span[0] >= w * 7 && !(span[0] === 0 && found.before),
        endsHere: span[1] <= w * 7 + 6 && !(span[1] === days.length - 1 && found.after),
        bar,
      });
    }
  }

  for (const entry of thinned.more) {
    const d = indexOf.get(entry.date);
    if (d === undefined) continue;
    const w = Math.floor(d / 7);
    const column = positionOf[d - w * 7]!;
    if (column < 0 || w >= weeks) continue;
    const taken = lanes[w]!;
    let lane = taken.length;
    while (lane > 0 && !taken[lane - 1]![column]) lane--;
    freeLane(taken, column, column, lane);
    rows[w]!.more.push({ column, lane, entry });
  }
  rows.forEach((row, w) => (row.lanes = lanes[w]!.length));
  return rows;
}

/** Takes the lowest lane (from `from`) free over columns first..last; returns it. */
function freeLane(taken: boolean[][], first: number, last: number, from = 0): number {
  for (let lane = from; ; lane++) {
    const row = (taken[lane] ??= []);
    let free = true;
    for (let c = first; c <= last && free; c++) if (row[c]) free = false;
    if (!free) continue;
    for (let c = first; c <= last; c++) row[c] = true;
    return lane;
  }
}

/**
 * Where an occurrence goes when dragged `days` days on: an all-day one by its dates, a timed
 * one by the same wall-clock time that many days later in the zone (a move across a change
 * of summer time keeps its hour, as on the time grid).
 */
export function shiftedByDays(
  occ: Occurrence,
  days: number,
  zone: string,
): { start: string; end: string; startMs: number; endMs: number } {
  if (occ.allDay) {
    const start = addDays(occ.start, days);
    const end = addDays(occ.end, days);
    return { start, end, startMs: Date.parse(start), endMs: Date.parse(end) };
  }
  const startMs = DateTime.fromMillis(occ.startMs, { zone }).plus({ days }).toMillis();
  const endMs = DateTime.fromMillis(occ.endMs, { zone }).plus({ days }).toMillis();
  return {
    start: new Date(startMs).toISOString(),
    end: new Date(endMs).toISOString(),
    startMs,
    endMs,
  };
}

/**
 * A copy of an occurrence drawn `days` days on, while it is dragged. Written out field by
 * field: a generated instance keeps its fields in getters, which a spread would not copy.
 */
export function shiftedOccurrence(occ: Occurrence, days: number, zone: string): Occurrence {
  const { key, event, instanceId, seriesId, title, allDay, color } = occ;
  return {
    key,
    event,
    instanceId,
    ...(seriesId ? { seriesId } : {}),
    title,
    allDay,
    color,
    ...shiftedByDays(occ, days, zone),
  };
}
