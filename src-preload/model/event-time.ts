// What an EventDateTime means: the one rule for reading the instant it stands for, the zone
// its wall clock lives in, how two of them compare, and how a timed start or end is written.
// All-day values (`date`, end exclusive) count as UTC midnight, which is how records index
// them (`startMs`/`endMs`); nothing reads a zone into them.
import { DateTime } from 'luxon';
import type { EventDateTime } from './event';
import { floatingFromWall, formatDateTime, isValidZone } from './zoned-time';

/**
 * The instant an EventDateTime stands for; NaN if it cannot be read. A `dateTime` with an
 * offset is that instant; one without an offset is a wall time in its `timeZone` (UTC when
 * it names none), as Google reads it.
 */
export function instantOf(value: EventDateTime | undefined): number {
  if (!value) return NaN;
  if (value.date) return floatingFromWall(value.date);
  if (!value.dateTime) return NaN;
  // An explicit offset needs no zone rules, and Date.parse is much cheaper than luxon.
  if (WITH_OFFSET.test(value.dateTime) && ISO_PREFIX.test(value.dateTime))
    return Date.parse(value.dateTime);
  const zone = value.timeZone && isValidZone(value.timeZone) ? value.timeZone : 'UTC';
  const parsed = DateTime.fromISO(value.dateTime, { zone });
  return parsed.isValid ? parsed.toMillis() : NaN;
}

/**
 * The zone an EventDateTime's wall clock lives in: its timeZone, else the fixed offset
 * written in dateTime, else UTC.
 */
export function eventZone(value: EventDateTime | undefined): string {
  if (value?.timeZone && isValidZone(value.timeZone)) return value.timeZone;
  if (value?.dateTime) {
    const parsed = DateTime.fromISO(value.dateTime, { setZone: true });
    if (parsed.isValid) return parsed.zone.name;
  }
  return 'UTC';
}

/** The EventDateTime Google stores for a timed start or end. */
export function timedDateTime(instant: number, zone: string): EventDateTime {
  return { dateTime: formatDateTime(instant, zone), timeZone: zone };
}

/**
 * Whether two start or end values are the same time: the same day for all-day values; for
 * timed ones the same instant, in the same zone when both name one. Google re-writes a
 * dateTime in the calendar's offset, so "10:00+01:00" and "09:00Z" are one time; a zone of
 * its own matters, because a series repeats in its zone's wall clock.
 */
export function sameDateTime(a: EventDateTime | undefined, b: EventDateTime | undefined): boolean {
  if (!a || !b) return !a === !b;
  if (a.date || b.date) return a.date === b.date && !a.dateTime === !b.dateTime;
  if (a.timeZone && b.timeZone && a.timeZone !== b.timeZone) return false;
  return instantOf(a) === instantOf(b);
}

/**
 * A timed value written in its own zone (`timeZone`), as this computer keeps it: Google
 * answers in its calendar's zone or the one a request names, and the record keeps the zone
 * the user sees the event in. Values without a zone, all-day values and unreadable ones are
 * returned as they are.
 */
export function inOwnZone(value: EventDateTime): EventDateTime {
  if (!value.dateTime || !value.timeZone || !isValidZone(value.timeZone)) return value;
  const at = instantOf(value);
  return Number.isFinite(at) ? { ...value, dateTime: formatDateTime(at, value.timeZone) } : value;
}

/** The instants (ms) bounding a record; an unreadable or backwards end is its start. */
export function boundsOf(fields: {
  start?: EventDateTime;
  end?: EventDateTime;
}): [start: number, end: number] {
  const start = instantOf(fields.start);
  const end = instantOf(fields.end);
  const s = Number.isFinite(start) ? start : 0;
  return [s, Number.isFinite(end) && end >= s ? end : s];
}

// ---------------------------------------------------------------------------------------

const WITH_OFFSET = /(?:Z|[+-]\d\d:\d\d)$/;
const ISO_PREFIX = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?/;
