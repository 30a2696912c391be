// Offsets and transitions of time zones, from the IANA data the runtime carries (Intl, through
// luxon) or from a file's own VTIMEZONE rules (ical.js). Reading uses them to tell which IANA
// zone a VTIMEZONE describes, writing to describe an IANA zone as a VTIMEZONE. Both sides
// take their IANA data from the same place the calendar shows times with, so what is written
// is what Almanac shows.
import { DAY_MS, isValidZone, zoneOffsetMinutes } from '../model/zoned-time';
import ICAL from 'ical.js';
import { findIana, WINDOWS_TO_IANA_MAP } from 'windows-iana';

/** A zone's offset from UTC at an instant, in seconds. */
export type OffsetAt = (instant: number) => number;

/** A change of offset: from `instant` on, `offsetTo` applies instead of `offsetFrom`. */
export interface Transition {
  instant: number;
  offsetFrom: number;
  offsetTo: number;
}

/**
 * The offset function of an IANA zone, from the shared zoned-time rules (the ones the
 * calendar shows times with, cached per day there), in the seconds iCalendar counts in.
 */
export function ianaOffsets(zone: string): OffsetAt {
  return (instant) => zoneOffsetMinutes(zone, instant) * 60;
}

/**
 * The offset function of a VTIMEZONE read by ical.js. ical.js turns a UTC time into the zone's
 * wall clock by reading the UTC digits as if they were local, an hour off just after each
 * change; the list of changes it expands (onsets in UTC) is exact, so offsets come from that.
 */
export function ruleOffsets(timezone: ICAL.Timezone): OffsetAt {
  let coveredUntil = -Infinity;
  let onsets: number[] = [];
  let offsets: number[] = [];
  let initial = 0;
  return (instant) => {
    const year = new Date(instant).getUTCFullYear();
    if (year >= coveredUntil) {
      // ical.js expands every rule again from its start (often 1601) each time it is asked
      // for more years, so it is asked for plenty at once.
      coveredUntil = year + 20;
      timezone._ensureCoverage(coveredUntil);
      const changes = (timezone.changes as IcalChange[])
        .map((c) => ({ at: Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second), c }))
        .sort((a, b) => a.at - b.at);
      onsets = changes.map((c) => c.at);
      offsets = changes.map((c) => c.c.utcOffset);
      initial = changes[0]?.c.prevUtcOffset ?? 0;
    }
    let low = 0;
    let high = onsets.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (onsets[mid]! <= instant) low = mid + 1;
      else high = mid;
    }
    return low === 0 ? initial : offsets[low - 1]!;
  };
}

/**
 * The instant at which a zone's wall clock shows `wall` (floating ms), as RFC 5545 reads a
 * local time: in the hour clocks go back, its first occurrence; in the hour they skip, by the
 * offset before the change.
 */
export function wallToInstant(wall: number, offsetAt: OffsetAt): number {
  // No zone changes offset twice within two days.
  const before = wall - offsetAt(wall - DAY_MS) * 1000;
  const after = wall - offsetAt(wall + DAY_MS) * 1000;
  const beforeHolds = offsetAt(before) * 1000 === wall - before;
  const afterHolds = offsetAt(after) * 1000 === wall - after;
  if (beforeHolds && afterHolds) return Math.min(before, after);
  if (afterHolds) return after;
  return before;
}

/**
 * RFC 3339 with the offset the zone has then: 2026-03-10T09:00:00+01:00 (Z for UTC). Put
 * together by hand, like the renderer's formatDateTime: a file of 10,000 events needs tens
 * of thousands, and luxon's formatter costs twenty times as much.
 */
export function dateTimeWithOffset(instant: number, offsetSeconds: number): string {
  const minutes = Math.round(offsetSeconds / 60);
  const wall = new Date(instant + minutes * 60_000).toISOString().slice(0, 19);
  if (minutes === 0) return `${wall}Z`;
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${wall}${minutes < 0 ? '-' : '+'}${hh}:${mm}`;
}

/** Every change of offset in [from, to) (whole seconds), stepping a week at a time. */
export function transitionsBetween(offsetAt: OffsetAt, from: number, to: number): Transition[] {
  const out: Transition[] = [];
  let low = Math.floor(from / 1000) * 1000;
  let offset = offsetAt(low);
  while (low < to) {
    const high = Math.min(low + STEP_MS, to);
    // A change and its reversal within one step (a short summer time) would show as none
    // at the step's end, so the middle is looked at too.
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    const probe = offsetAt(middle) !== offset ? middle : offsetAt(high) !== offset ? high : null;
    if (probe === null) {
      low = high;
      continue;
    }
    const at = firstChange(offsetAt, low, probe, offset);
    const offsetTo = offsetAt(at);
    out.push({ instant: at, offsetFrom: offset, offsetTo });
    offset = offsetTo;
    low = at;
  }
  return out;
}

/**
 * IANA zones to try for a VTIMEZONE, most likely first: the ones given (the user's own zone,
 * the file's X-WR-TIMEZONE), then the zone CLDR picks for each Windows zone (one per set of
 * rules in use today), then every other zone the runtime knows, then the fixed Etc/GMT±N.
 * Names may repeat across lists and need not all be known here: check with isIanaZone.
 */
export function candidateZones(preferred: readonly string[]): string[] {
  allZones ??= [
    ...Object.values(WINDOWS_TO_IANA_MAP)
      .filter((entry) => entry.territory === '001')
      .map((entry) => entry.iana[0]!),
    ...(Intl.supportedValuesOf?.('timeZone') ?? []),
    ...Array.from({ length: 27 }, (_, k) => k - 14)
      .filter((n) => n !== 0)
      .map((n) => `Etc/GMT${n > 0 ? '+' : ''}${n}`),
    'UTC',
  ];
  // Validating a name costs an Intl formatter; callers check each as they come to it.
  return [...new Set([...preferred, ...allZones])];
}

/** The IANA zone CLDR gives for a Windows zone name ("W. Europe Standard Time"), if any. */
export function windowsZone(name: string): string | null {
  const zones = findIana(name, '001');
  const zone = zones?.find(isValidZone);
  return zone ?? null;
}

// ---------------------------------------------------------------------------------------

/** One entry of ical.js's expanded VTIMEZONE: from this UTC time on, `utcOffset` (seconds). */
interface IcalChange {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  utcOffset: number;
  prevUtcOffset: number;
}

/** The first whole second in (low, high] with another offset than `offset`, which low has. */
function firstChange(offsetAt: OffsetAt, low: number, high: number, offset: number): number {
  while (high - low > 1000) {
    const mid = low + Math.floor((high - low) / 2000) * 1000;
    if (offsetAt(mid) === offset) low = mid;
    else high = mid;
  }
  return high;
}

const STEP_MS = 7 * DAY_MS;
let allZones: string[] | undefined;
