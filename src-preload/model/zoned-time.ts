// Time-zone arithmetic. Recurrences repeat in wall-clock time (09:00 stays 09:00 across
// DST), so much of the code works in "floating" time: the wall clock of some zone encoded as
// if it were UTC (ms since epoch). This module converts between floating time and instants
// and writes instants the way Google does. Offsets are cached because expansion converts
// thousands of occurrences per render.
import { IANAZone, FixedOffsetZone, type Zone } from 'luxon';

export const DAY_MS = 86_400_000;

/** Whether `zone` is an IANA zone name luxon (and so Intl) understands. */
export function isValidZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone.length === 0) return false;
  // luxon builds an Intl.DateTimeFormat per check, far too slow for every occurrence.
  let valid = validZones.get(zone);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(zone);
    if (validZones.size > 1000) validZones.clear();
    validZones.set(zone, valid);
  }
  return valid;
}

/** The zone of the operating system, for defaults. */
export function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Floating ms for a wall date (YYYY-MM-DD) and optional time (HH:mm or HH:mm:ss). NaN if malformed. */
export function floatingFromWall(date: string, time = '00:00'): number {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!d || !t) return NaN;
  const [y, mo, da] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [h, mi, s] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
  if (mo < 1 || mo > 12 || da < 1 || h > 23 || mi > 59 || s > 59) return NaN;
  const at = new Date(Date.UTC(y, mo - 1, da, h, mi, s));
  // Date.UTC reads the years 0–99 as 1900–1999.
  if (y < 100) at.setUTCFullYear(y);
  // Reject 2026-02-31 and friends instead of letting Date roll them over.
  return at.getUTCDate() === da ? at.getTime() : NaN;
}

/** The instant at which the wall clock of `zone` shows `floating`. Nonexistent times move forward. */
export function wallToInstant(floating: number, zone: string): number {
  const z = zoneOf(zone);
  const o1 = offsetOf(z, floating);
  let guess = floating - o1 * 60_000;
  const o2 = offsetOf(z, guess);
  if (o1 === o2) return guess;
  guess -= (o2 - o1) * 60_000;
  const o3 = offsetOf(z, guess);
  if (o2 === o3) return guess;
  return floating - Math.min(o2, o3) * 60_000;
}

/** The wall clock of `zone` at `instant`, as floating ms. */
export function instantToFloating(instant: number, zone: string): number {
  return instant + offsetOf(zoneOf(zone), instant) * 60_000;
}

/** Offset of `zone` at `instant` in minutes. */
export function zoneOffsetMinutes(zone: string, instant: number): number {
  return offsetOf(zoneOf(zone), instant);
}

/** YYYY-MM-DD of floating ms (or of a UTC instant). */
export function isoDate(floating: number): string {
  return new Date(floating).toISOString().slice(0, 10);
}

/** HH:mm of floating ms. */
export function isoTime(floating: number): string {
  return new Date(floating).toISOString().slice(11, 16);
}

/** `date` plus `days` days (YYYY-MM-DD in, YYYY-MM-DD out). */
export function addDays(date: string, days: number): string {
  return isoDate(floatingFromWall(date) + days * DAY_MS);
}

/** RFC 3339 with the zone's offset, as Google writes `dateTime` (2026-03-10T09:00:00+01:00). */
export function formatDateTime(instant: number, zone: string): string {
  const offset = zoneOffsetMinutes(zone, instant);
  const wall = new Date(instant + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${wall}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

// ---------------------------------------------------------------------------------------

const validZones = new Map<string, boolean>();
const zones = new Map<string, Zone>();
const offsetCache = new Map<Zone, Map<number, number>>();
// Zone transitions fall on quarter hours in every modern zone, so an offset holds for a
// whole 15-minute bucket.
const BUCKET_MS = 900_000;

function zoneOf(name: string): Zone {
  let zone = zones.get(name);
  if (!zone) {
    if (isValidZone(name)) zone = IANAZone.create(name);
    else {
      const fixed = /^UTC([+-]\d{1,2})(?::(\d{2}))?$/.exec(name);
      zone = fixed
        ? FixedOffsetZone.instance(
            Number(fixed[1]) * 60 + Math.sign(Number(fixed[1])) * Number(fixed[2] ?? 0),
          )
        : FixedOffsetZone.utcInstance;
    }
    zones.set(name, zone);
  }
  return zone;
}

function offsetOf(zone: Zone, instant: number): number {
  if (zone.isUniversal) return zone.offset(instant);
  let cache = offsetCache.get(zone);
  if (!cache) offsetCache.set(zone, (cache = new Map()));
  if (cache.size > 50_000) cache.clear();
  // Most days have one offset all day: ask Intl about the day's first and last minute once.
  const day = Math.floor(instant / 86_400_000);
  let daily = cache.get(-day - 1);
  if (daily === undefined) {
    const first = zone.offset(day * 86_400_000);
    const last = zone.offset((day + 1) * 86_400_000 - 60_000);
    daily = first === last ? first : NaN;
    cache.set(-day - 1, daily);
  }
  if (!Number.isNaN(daily)) return daily;
  // A transition day: offsets hold for 15-minute buckets.
  const bucket = Math.floor(instant / BUCKET_MS);
  let offset = cache.get(bucket);
  if (offset === undefined) {
    offset = zone.offset(instant);
    cache.set(bucket, offset);
  }
  return offset;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
