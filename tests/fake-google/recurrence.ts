// Recurrence for series masters: parses the RFC 5545 lines Google keeps in `recurrence`
// (RRULE, EXRULE, RDATE, EXDATE), expands them into instances, and names instances the way
// Google does (`<seriesId>_<YYYYMMDD>` for all-day, `<seriesId>_<YYYYMMDDTHHMMSSZ>` for timed).
//
// Expansion runs rrule on wall-clock times encoded as UTC ("floating" dates) and converts each
// occurrence back to an instant in the event's time zone with luxon, so a 09:00 meeting stays at
// 09:00 across daylight-saving changes, as Google expands it.

import * as rruleModule from 'rrule';
import { DateTime } from 'luxon';
import type { calendar_v3 } from '@googleapis/calendar';
import { errors } from './api-error.js';

// rrule ships a UMD main that Node's ESM loader cannot see named exports in.
const { RRule } =
  (rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule;
type RRuleInstance = InstanceType<typeof RRule>;

export type EventDateTime = calendar_v3.Schema$EventDateTime;

export interface Occurrence {
  /** Instant of the occurrence's original start (for all-day: midnight in the event's zone). */
  startMs: number;
  originalStartTime: EventDateTime;
  /** The part after `_` in the instance id. */
  suffix: string;
}

export interface CompiledRecurrence {
  allDay: boolean;
  zone: string;
  /** Occurrences whose original start lies in [fromMs, toMs), in order. */
  between(fromMs: number, toMs: number): Occurrence[];
  /** The occurrence an instance-id suffix names, if the series has one there. */
  find(suffix: string): Occurrence | undefined;
}

/**
 * Validates and compiles a master's recurrence. Throws 400 for lines Google rejects; DTSTART
 * is refused because Google takes the series start from `start` only.
 */
export function compileRecurrence(
  lines: string[],
  start: EventDateTime,
  calendarZone: string,
): CompiledRecurrence {
  const allDay = typeof start.date === 'string';
  const zone = start.timeZone ?? calendarZone;
  const dtstart = allDay
    ? floatingFromDate(start.date as string)
    : floatingFromInstant(Date.parse(start.dateTime ?? ''), zone);
  if (Number.isNaN(dtstart)) throw errors.invalid('Invalid start time.');
  const rules: RRuleInstance[] = [];
  const exrules: RRuleInstance[] = [];
  const rdates: number[] = [];
  const exdates: number[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    const colon = line.indexOf(':');
    if (colon < 0) throw errors.invalid('Invalid recurrence rule.');
    const head = line.slice(0, colon).toUpperCase();
    const value = line.slice(colon + 1);
    const [name, ...params] = head.split(';');
    if (name === 'RRULE' || name === 'EXRULE') {
      (name === 'RRULE' ? rules : exrules).push(buildRule(value, dtstart, zone, allDay));
    } else if (name === 'RDATE' || name === 'EXDATE') {
      const tzParam = params.find((p) => p.startsWith('TZID='));
      const tzid = tzParam
        ? line
            .slice(0, colon)
            .split(';')
            .find((p) => p.toUpperCase().startsWith('TZID='))
            ?.slice(5)
        : undefined;
      for (const v of value.split(',')) {
        const floating = parseDateValue(v.trim(), tzid, zone, allDay, dtstart);
        if (floating === undefined) throw errors.invalid('Invalid recurrence rule.');
        (name === 'RDATE' ? rdates : exdates).push(floating);
      }
    } else {
      throw errors.invalid('Invalid recurrence rule.');
    }
  }
  if (rules.length === 0 && rdates.length === 0) throw errors.invalid('Invalid recurrence rule.');
  const excluded = new Set(exdates);

  const floatingBetween = (from: number, to: number): number[] => {
    const found = new Set<number>();
    for (const rule of rules)
      for (const d of rule.between(new Date(from), new Date(to), true))
        if (d.getTime() < to) found.add(d.getTime());
    for (const d of rdates) if (d >= from && d < to) found.add(d);
    for (const rule of exrules)
      for (const d of rule.between(new Date(from), new Date(to), true)) found.delete(d.getTime());
    for (const d of excluded) found.delete(d);
    return [...found].sort((a, b) => a - b);
  };

  const toOccurrence = (floating: number): Occurrence => {
    if (allDay) {
      const date = new Date(floating).toISOString().slice(0, 10);
      return {
        startMs: instantFromFloating(floating, zone),
        originalStartTime: { date },
        suffix: date.replaceAll('-', ''),
      };
    }
    const startMs = instantFromFloating(floating, zone);
    return {
      startMs,
      originalStartTime: { dateTime: formatDateTime(startMs, zone), timeZone: zone },
      suffix: new Date(startMs)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, ''),
    };
  };

  return {
    allDay,
    zone,
    between(fromMs, toMs) {
      // Widen by a day each side: the floating axis is offset from real time by the zone offset.
      const from = Math.max(dtstart, floatingFromInstant(fromMs, zone) - DAY);
      const to = floatingFromInstant(toMs, zone) + DAY;
      if (to <= from) return [];
      return floatingBetween(from, to)
        .map(toOccurrence)
        .filter((o) => o.startMs >= fromMs && o.startMs < toMs);
    },
    find(suffix) {
      let floating: number | undefined;
      if (allDay && /^\d{8}$/.test(suffix))
        floating = floatingFromDate(
          `${suffix.slice(0, 4)}-${suffix.slice(4, 6)}-${suffix.slice(6, 8)}`,
        );
      if (!allDay && /^\d{8}T\d{6}Z$/.test(suffix))
        floating = floatingFromInstant(parseBasicUtc(suffix), zone);
      if (floating === undefined || Number.isNaN(floating) || floating < dtstart) return undefined;
      const hit = floatingBetween(floating, floating + 1);
      return hit[0] === floating ? toOccurrence(floating) : undefined;
    },
  };
}

/** Splits an instance id into series id and suffix, or undefined for ordinary ids. */
export function splitInstanceId(id: string): { seriesId: string; suffix: string } | undefined {
  const match = /^(.+)_(\d{8}(?:T\d{6}Z)?)$/.exec(id);
  return match ? { seriesId: match[1] as string, suffix: match[2] as string } : undefined;
}

/** An EventDateTime as Google writes it back: offset form in the given zone. */
export function formatDateTime(ms: number, zone: string): string {
  return (
    DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }) ??
    new Date(ms).toISOString()
  );
}

/** Start/end instant of an EventDateTime; all-day dates are midnight in `zone`. */
export function instantOf(value: EventDateTime | undefined, zone: string): number {
  if (!value) return Number.NaN;
  if (typeof value.dateTime === 'string') return Date.parse(value.dateTime);
  if (typeof value.date === 'string')
    return DateTime.fromISO(value.date, { zone: value.timeZone ?? zone }).toMillis();
  return Number.NaN;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

const DAY = 86_400_000;

function buildRule(value: string, dtstart: number, zone: string, allDay: boolean): RRuleInstance {
  if (/DTSTART/i.test(value)) throw errors.invalid('Invalid recurrence rule.');
  let options: ReturnType<typeof RRule.parseString>;
  try {
    options = RRule.parseString(value);
  } catch {
    throw errors.invalid('Invalid recurrence rule.');
  }
  if (options.freq === undefined || options.freq === null)
    throw errors.invalid('Invalid recurrence rule.');
  const untilRaw = /UNTIL=([0-9TZ]+)/i.exec(value)?.[1];
  let until: Date | null = null;
  if (untilRaw) {
    if (/^\d{8}$/.test(untilRaw))
      until = new Date(
        floatingFromDate(
          `${untilRaw.slice(0, 4)}-${untilRaw.slice(4, 6)}-${untilRaw.slice(6, 8)}`,
        ) +
          DAY -
          1,
      );
    else if (untilRaw.endsWith('Z'))
      until = new Date(
        allDay
          ? floatingFromDate(new Date(parseBasicUtc(untilRaw)).toISOString().slice(0, 10)) + DAY - 1
          : floatingFromInstant(parseBasicUtc(untilRaw), zone),
      );
    else until = new Date(parseBasicUtc(`${untilRaw}Z`));
    if (Number.isNaN(until.getTime())) throw errors.invalid('Invalid recurrence rule.');
  }
  try {
    return new RRule({ ...options, dtstart: new Date(dtstart), until, tzid: null });
  } catch {
    throw errors.invalid('Invalid recurrence rule.');
  }
}

function parseDateValue(
  v: string,
  tzid: string | undefined,
  zone: string,
  allDay: boolean,
  dtstart: number,
): number | undefined {
  if (/^\d{8}$/.test(v)) {
    const dayStart = floatingFromDate(`${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`);
    // A date-only EXDATE/RDATE on a timed series means that day at the series' time of day.
    return allDay ? dayStart : dayStart + (((dtstart % DAY) + DAY) % DAY);
  }
  if (!/^\d{8}T\d{6}Z?$/.test(v)) return undefined;
  let floating: number;
  if (v.endsWith('Z')) floating = floatingFromInstant(parseBasicUtc(v), zone);
  else if (tzid)
    floating = floatingFromInstant(
      DateTime.fromFormat(v, "yyyyMMdd'T'HHmmss", { zone: tzid }).toMillis(),
      zone,
    );
  else floating = parseBasicUtc(`${v}Z`);
  if (Number.isNaN(floating)) return undefined;
  return allDay ? floating - (((floating % DAY) + DAY) % DAY) : floating;
}

function parseBasicUtc(v: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(v);
  if (!m) return Number.NaN;
  return Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6]),
  );
}

function floatingFromDate(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function floatingFromInstant(ms: number, zone: string): number {
  const local = DateTime.fromMillis(ms, { zone });
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
}

function instantFromFloating(floating: number, zone: string): number {
  const d = new Date(floating);
  return DateTime.fromObject(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    },
    { zone },
  ).toMillis();
}
