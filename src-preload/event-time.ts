// When two start/end values mean the same time, for the sync engine (what changed since the
// version both sides agreed on) and the editor (what the user changed) alike. Google keeps
// an instant and writes it back in whatever zone it answers in — the calendar's, or the one
// a request names — so how a dateTime is written (its offset, `Z`, milliseconds) never counts
// as a change; a different day, instant or zone does.
import { DateTime, IANAZone } from 'luxon';
import type { EventDateTime } from './contract';

/**
 * The same day, or the same instant in the same zone. An absent zone matches any: editors
 * and Google's answers may add the zone an event's time is shown in without moving it.
 */
export function sameEventTime(
  a: EventDateTime | undefined | null,
  b: EventDateTime | undefined | null,
): boolean {
  if (!a || !b) return !a === !b;
  if (a.date || b.date) return a.date === b.date && !a.dateTime === !b.dateTime;
  if (a.timeZone && b.timeZone && a.timeZone !== b.timeZone) return false;
  return eventInstant(a) === eventInstant(b);
}

/**
 * The same time with its zone named the same way: what the editor counts as unchanged (a
 * zone the user picks for the same instant is a change of theirs, and is kept).
 */
export function sameTimeAndZone(
  a: EventDateTime | undefined | null,
  b: EventDateTime | undefined | null,
): boolean {
  return sameEventTime(a, b) && (a?.timeZone ?? null) === (b?.timeZone ?? null);
}

/** The instant (ms) a start/end names; all-day dates count as UTC midnight; NaN if unreadable. */
export function eventInstant(value: EventDateTime | undefined | null): number {
  if (!value) return NaN;
  if (value.date) return Date.parse(`${value.date}T00:00:00Z`);
  if (!value.dateTime) return NaN;
  // Google always returns an offset; a bare wall time is read as UTC rather than failing.
  return Date.parse(
    /[zZ]|[+-]\d\d:?\d\d$/.test(value.dateTime) ? value.dateTime : `${value.dateTime}Z`,
  );
}

/**
 * A timed value written in its own zone (`timeZone`), as this computer keeps it: Google
 * answers in its calendar's zone or the one asked for, and the record keeps the zone the
 * user sees the event in. Values without a zone, all-day values and unreadable ones are
 * returned as they are.
 */
export function inOwnZone(value: EventDateTime): EventDateTime {
  if (!value.dateTime || !value.timeZone || !IANAZone.isValidZone(value.timeZone)) return value;
  const at = eventInstant(value);
  if (!Number.isFinite(at)) return value;
  const dateTime = DateTime.fromMillis(at, { zone: value.timeZone }).toFormat(
    "yyyy-MM-dd'T'HH:mm:ssZZ",
  );
  return { ...value, dateTime };
}
