// Date and date-time values of a file, between ical.js's reading of them and the
// EventDateTime Almanac stores (Google's: `date` for all-day, else `dateTime` with its offset
// plus the IANA `timeZone`).
import ICAL from 'ical.js';
import type { EventDateTime } from '../model/event';
import { dateTimeWithOffset, ianaOffsets, wallToInstant } from './zone-offsets';
import type { ReadZone, ZoneResolver } from './zone-resolver';

/** One value as written: its wall clock (floating ms: the digits read as if UTC) and zone. */
export interface TimeValue {
  wall: number;
  date: boolean;
  zone: ReadZone;
}

/**
 * The values of a DTSTART, DTEND, RECURRENCE-ID, EXDATE or RDATE property, with their zones
 * resolved. A PERIOD (RDATE) gives its start. Throws for a value that is not a real date or
 * time (ical.js would roll "2026-02-31" over into March).
 */
export function readTimes(
  property: ICAL.Property,
  zones: ZoneResolver,
  line?: number,
): TimeValue[] {
  const tzid = property.getParameter('tzid');
  const out: TimeValue[] = [];
  // ical.js rolls impossible dates over ("2026-02-31" becomes March 3rd) when it makes its
  // values, so the text it keeps (jCal: 2026-02-31T10:00:00) is checked first.
  for (const written of property.jCal.slice(3) as unknown[]) {
    const text = Array.isArray(written) ? written[0] : written;
    if (typeof text !== 'string' || !isRealDate(text)) throw new Error('not a real date or time');
  }
  for (const raw of property.getValues() as unknown[]) {
    const time = raw instanceof ICAL.Period ? raw.start : raw;
    if (!(time instanceof ICAL.Time)) throw new Error(`“${String(raw)}” is not a date or a time`);
    const wall = wallOf(time);
    if (time.isDate) out.push({ wall, date: true, zone: zones.floating() });
    else if (time.zone === ICAL.Timezone.utcTimezone)
      out.push({ wall, date: false, zone: { kind: 'utc' } });
    else if (typeof tzid === 'string' && tzid.trim())
      out.push({ wall, date: false, zone: zones.resolve(tzid, time.year, line) });
    else out.push({ wall, date: false, zone: zones.floating() });
  }
  return out;
}

/** The instant a value stands for; a date counts as its UTC midnight, as all-day events are indexed. */
export function instantOf(value: TimeValue): number {
  if (value.date || value.zone.kind === 'utc') return value.wall;
  if (value.zone.kind === 'iana') return wallToInstant(value.wall, ianaOffsets(value.zone.name));
  return wallToInstant(value.wall, value.zone.offsets);
}

/** The value as Google stores it. */
export function eventDateTime(value: TimeValue): EventDateTime {
  if (value.date) return { date: isoDate(value.wall) };
  const instant = instantOf(value);
  if (value.zone.kind === 'utc') return { dateTime: dateTimeWithOffset(instant, 0) };
  if (value.zone.kind === 'iana') return atInstant(instant, value.zone.name);
  return { dateTime: dateTimeWithOffset(instant, value.zone.offsets(instant)) };
}

/** An instant as Google stores it in `zone` (an IANA zone, or UTC). */
export function atInstant(instant: number, zone: string): EventDateTime {
  return { dateTime: dateTimeWithOffset(instant, ianaOffsets(zone)(instant)), timeZone: zone };
}

/** The wall clock of `zone` at `instant`, as floating ms. */
export function wallAt(instant: number, zone: string): number {
  return instant + ianaOffsets(zone)(instant) * 1000;
}

/**
 * A value moved by a DURATION: weeks and days on the wall clock (a day is a calendar day
 * across a change of offset), hours, minutes and seconds as elapsed time, as RFC 5545 says.
 */
export function addDuration(value: TimeValue, duration: ICAL.Duration): TimeValue {
  const days = duration.weeks * 7 + duration.days;
  const seconds = duration.hours * 3600 + duration.minutes * 60 + duration.seconds;
  const wall = value.wall + days * 86_400_000;
  if (value.date || seconds === 0) return { ...value, wall };
  const instant = instantOf({ ...value, wall }) + seconds * 1000;
  const offset =
    value.zone.kind === 'utc'
      ? 0
      : value.zone.kind === 'iana'
        ? ianaOffsets(value.zone.name)(instant)
        : value.zone.offsets(instant);
  return { ...value, wall: instant + offset * 1000 };
}

/** YYYY-MM-DD of floating ms. */
export function isoDate(wall: number): string {
  return new Date(wall).toISOString().slice(0, 10);
}

/** The floating ms of a YYYY-MM-DD date. */
export function dateWall(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** An ical.js time for floating ms: a date, a floating date-time, or (utc) a UTC one. */
export function icalTime(wall: number, date: boolean, utc = false): ICAL.Time {
  const d = new Date(wall);
  return ICAL.Time.fromData(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: date ? 0 : d.getUTCHours(),
      minute: date ? 0 : d.getUTCMinutes(),
      second: date ? 0 : d.getUTCSeconds(),
      isDate: date,
    },
    utc && !date ? ICAL.Timezone.utcTimezone : undefined,
  );
}

// ---------------------------------------------------------------------------------------

function wallOf(time: ICAL.Time): number {
  const [hour, minute, second] = time.isDate ? [0, 0, 0] : [time.hour, time.minute, time.second];
  const at = new Date(Date.UTC(2000, time.month - 1, time.day, hour, minute, Math.min(second, 59)));
  // Date.UTC reads the years 0–99 as 1900–1999.
  at.setUTCFullYear(time.year);
  return at.getTime();
}

/** Whether a jCal date or date-time ("2026-03-10", "2026-03-10T09:00:00Z") names a real moment. */
function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})Z?)?$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const daysInMonth = new Date(Date.UTC(2000 + (year % 400), month, 0)).getUTCDate();
  return (
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 60
  );
}
