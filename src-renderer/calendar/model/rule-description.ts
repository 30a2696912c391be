// What a series' recurrence lines mean, as a small value the words are made from: how often
// (every N days, weeks, months, years), on which days ("Monday and Thursday", "day 15", "the
// first Friday", "the last weekday"), in which months, and until when. rrule reads the RRULE;
// the words live in rule-words.ts, so another language only needs other words, never another
// reading of the rule. Parts of a date the rule leaves out come from the series' start, as
// RFC 5545 says: a plain monthly rule repeats on the start's day of the month.
import * as rruleModule from 'rrule';
import type { Options } from 'rrule';
import { DateTime } from 'luxon';
import type { EventDateTime } from '../../../src-preload/model/event';
import type { MonthDay, Weekday } from './types';

export type Frequency =
  'YEARLY' | 'MONTHLY' | 'WEEKLY' | 'DAILY' | 'HOURLY' | 'MINUTELY' | 'SECONDLY';

/** Which days a rule picks: a monthly day, or BYDAY=MO,TH (these weekdays). */
export type DayPattern = MonthDay | { type: 'weekdays'; days: Weekday[] };

export interface RuleDescription {
  freq: Frequency;
  interval: number;
  on?: DayPattern;
  /** BYMONTH, or for a plain yearly rule the start's month (1 = January). */
  months?: number[];
  end: { type: 'never' } | { type: 'count'; count: number } | { type: 'until'; date: string };
  /** The rule says more than the words do (BYHOUR, BYWEEKNO, a second RRULE…). */
  approximate: boolean;
}

export const WEEKDAY_CODES: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * The description of a series' recurrence; null when it has no RRULE rrule can read.
 * `start` (the series' start) fills in what the rule leaves to it and reads a UTC UNTIL as
 * a date in the series' zone.
 */
export function describeRecurrence(
  lines: readonly string[] | undefined,
  start?: EventDateTime,
): RuleDescription | null {
  const rrules = (lines ?? []).filter((l) => /^RRULE[:;]/i.test(l.trim()));
  const first = rrules[0];
  if (!first) return null;
  const value = first.slice(first.indexOf(':') + 1).trim();
  let options: Partial<Options>;
  try {
    options = RRule.parseString(value);
  } catch {
    return null;
  }
  const freq =
    options.freq === undefined || options.freq === null ? undefined : FREQS[options.freq];
  if (!freq) return null;
  const interval = options.interval ?? 1;
  if (!Number.isInteger(interval) || interval < 1) return null;

  const wall = startWall(start);
  const description: RuleDescription = {
    freq,
    interval,
    end: ruleEnd(value, options, start),
    approximate: rrules.length > 1 || OTHER_PARTS.some((part) => has(options[part])),
  };
  const on = dayPattern(options);
  if (on === 'unreadable') description.approximate = true;
  else if (on) description.on = on;
  const months = list(options.bymonth);
  if (months.length > 0) description.months = months;

  // What the rule leaves to its start (RFC 5545 §3.3.10).
  if (!description.on && wall) {
    if (freq === 'WEEKLY') description.on = { type: 'weekdays', days: [weekdayOf(wall)] };
    if (freq === 'MONTHLY' || freq === 'YEARLY')
      description.on = { type: 'monthDays', days: [wall.day] };
  }
  if (freq === 'YEARLY' && !description.months && wall && description.on?.type !== 'weekdays')
    description.months = [wall.month];
  return description;
}

/** The date (YYYY-MM-DD) a series starts on, on its own wall clock; null if unreadable. */
export function wallDateOf(start: EventDateTime): string | null {
  return startWall(start)?.toISODate() ?? null;
}

/** The weekday of an ISO date (YYYY-MM-DD), as RRULE writes it. */
export function weekdayOfDate(date: string): Weekday {
  return weekdayOf(DateTime.fromISO(date, { zone: 'UTC' }));
}

// ---------------------------------------------------------------------------------------

// rrule ships an ES module for bundlers and a UMD bundle for Node; under plain Node (bench,
// tsx) its named exports only exist on the default export.
const RRule: typeof rruleModule.RRule =
  rruleModule.RRule ?? (Reflect.get(rruleModule, 'default') as typeof rruleModule).RRule;

/** rrule's Frequency enum, by value. */
const FREQS: Record<number, Frequency> = {
  0: 'YEARLY',
  1: 'MONTHLY',
  2: 'WEEKLY',
  3: 'DAILY',
  4: 'HOURLY',
  5: 'MINUTELY',
  6: 'SECONDLY',
};

/** Parts the words do not say; a rule with any of them is described approximately. */
const OTHER_PARTS = [
  'byyearday',
  'byweekno',
  'byhour',
  'byminute',
  'bysecond',
  'byeaster',
] as const satisfies readonly (keyof Options)[];

function dayPattern(options: Partial<Options>): DayPattern | 'unreadable' | undefined {
  // parseString gives Weekday objects; the type also allows numbers and "MO" strings.
  const byDay = list(options.byweekday).map((d) =>
    typeof d === 'number'
      ? { weekday: d, n: undefined }
      : typeof d === 'string'
        ? { weekday: WEEKDAY_CODES.indexOf(d), n: undefined }
        : { weekday: d.weekday, n: d.n },
  );
  const monthDays = list(options.bymonthday);
  const setPos = list(options.bysetpos);
  if (byDay.length > 0 && monthDays.length > 0) return 'unreadable';
  if (monthDays.length > 0)
    return setPos.length > 0 ? 'unreadable' : { type: 'monthDays', days: monthDays };
  if (byDay.length === 0) return setPos.length > 0 ? 'unreadable' : undefined;
  const days = sortDays(byDay.map((d) => WEEKDAY_CODES[d.weekday]!));
  const numbered = byDay.filter((d) => d.n !== undefined && d.n !== 0);
  if (setPos.length > 0) {
    if (numbered.length > 0 || setPos.length > 1) return 'unreadable';
    return { type: 'nthOfDays', nth: setPos[0]!, days };
  }
  if (numbered.length === 0) return { type: 'weekdays', days };
  if (byDay.length === 1) return { type: 'nthWeekday', nth: numbered[0]!.n!, weekday: days[0]! };
  return 'unreadable';
}

function ruleEnd(
  value: string,
  options: Partial<Options>,
  start: EventDateTime | undefined,
): RuleDescription['end'] {
  if (options.count !== undefined && options.count !== null)
    return { type: 'count', count: options.count };
  if (!options.until) return { type: 'never' };
  // A date-only UNTIL is that day; a UTC one is the day it falls on in the series' zone.
  if (/UNTIL=\d{8}(?:;|$)/i.test(value))
    return { type: 'until', date: options.until.toISOString().slice(0, 10) };
  const zone = start?.timeZone ?? 'UTC';
  const local = DateTime.fromJSDate(options.until, { zone });
  return {
    type: 'until',
    date: (local.isValid
      ? local
      : DateTime.fromJSDate(options.until, { zone: 'UTC' })
    ).toISODate()!,
  };
}

/** The series' start on its own wall clock. */
function startWall(start: EventDateTime | undefined): DateTime | null {
  if (!start) return null;
  const at = start.date
    ? DateTime.fromISO(start.date, { zone: 'UTC' })
    : DateTime.fromISO(start.dateTime ?? '', {
        zone: start.timeZone ?? 'UTC',
        setZone: !start.timeZone,
      });
  return at.isValid ? at : null;
}

function weekdayOf(at: DateTime): Weekday {
  return WEEKDAY_CODES[at.weekday - 1]!;
}

function sortDays(days: Weekday[]): Weekday[] {
  return [...new Set(days)].sort((a, b) => WEEKDAY_CODES.indexOf(a) - WEEKDAY_CODES.indexOf(b));
}

function list<T>(value: T | T[] | null | undefined): T[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function has(value: unknown): boolean {
  return list(value).length > 0;
}
