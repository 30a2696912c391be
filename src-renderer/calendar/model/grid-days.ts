// The days a grid shows in the display zone, and which of them an occurrence covers: one
// rule for the month's and the time grid's thinning and for the month grid's layout. A day
// runs from its midnight to the next in the zone (23 or 25 hours across a change of summer
// time); a timed event ending exactly at midnight does not reach into the next day; an
// all-day event's end date is exclusive.
import { DateTime } from 'luxon';
import type { Occurrence } from './types';
import { addDays } from './display-dates';

const DAY_MS = 86_400_000;

/** One day of the grid in the display zone. */
export interface Day {
  date: string;
  startMs: number;
  endMs: number;
}

/** The days a range covers, in the display zone. */
export function daysOf(range: { start: Date; end: Date }, zone: string): Day[] {
  const days: Day[] = [];
  let day = DateTime.fromJSDate(range.start, { zone }).startOf('day');
  const end = range.end.getTime();
  // A six-week month grid has 42 days; the cap only guards against a nonsensical range.
  while (day.toMillis() < end && days.length < 62) {
    const next = day.plus({ days: 1 });
    days.push({ date: day.toISODate() ?? '', startMs: day.toMillis(), endMs: next.toMillis() });
    day = next;
  }
  return days;
}

/** The days' starts, and the end of the last: what dayAt searches. */
export function boundsOf(days: readonly Day[]): number[] {
  return days.length === 0 ? [] : [...days.map((d) => d.startMs), days[days.length - 1]!.endMs];
}

/** Midnight starting `date` in `zone`, as an instant. */
export function midnight(date: string, zone: string): Date {
  return DateTime.fromISO(date, { zone }).toJSDate();
}

/** The days' starts as instants in the zone, and the end of the last: one luxon call per day. */
export function dayBounds(days: readonly string[], zone: string): number[] {
  const bounds = days.map((day) => midnight(day, zone).getTime());
  bounds.push(midnight(addDays(days[days.length - 1]!, 1), zone).getTime());
  return bounds;
}

/**
 * The indexes of the first and last day an occurrence covers among `days`, clipped to them,
 * and whether it began before them or goes on after; null when it is outside. `bounds` are
 * the days' bounds (dayBounds or boundsOf).
 */
export function daySpan(
  occ: Occurrence,
  days: readonly string[],
  indexOf: ReadonlyMap<string, number>,
  bounds: readonly number[],
): { span: [number, number]; before: boolean; after: boolean } | null {
  const lastIndex = days.length - 1;
  let first: number | undefined;
  let last: number | undefined;
  if (occ.allDay) {
    // Dates compare as strings (no date arithmetic per event: this runs for every event of
    // the month on each drawing); the end is exclusive.
    if (occ.end <= days[0]! || occ.start > days[lastIndex]!) return null;
    first = occ.start < days[0]! ? -1 : indexOf.get(occ.start);
    const endIndex = indexOf.get(occ.end);
    if (endIndex !== undefined) last = endIndex - 1;
    // Ending after the first day shown and not on a shown day, it ends after the last one:
    // on the day after it (through the last day), or later.
    else
      last =
        Date.parse(occ.end) - Date.parse(days[lastIndex]!) > DAY_MS ? lastIndex + 1 : lastIndex;
  } else {
    first = dayAt(bounds, occ.startMs);
    last = dayAt(bounds, Math.max(occ.startMs, occ.endMs - 1));
    if (last < 0 || first > lastIndex) return null;
  }
  if (first === undefined || last === undefined || last < first) return null;
  return {
    span: [Math.max(first, 0), Math.min(last, lastIndex)],
    before: first < 0,
    after: last > lastIndex,
  };
}

/** The index of the day holding `ms`: −1 before the first, days.length after the last. */
export function dayAt(bounds: readonly number[], ms: number): number {
  let lo = 0;
  let hi = bounds.length;
  // The first bound above ms, less one.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[mid]! <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
