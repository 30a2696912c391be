// The editor's view of recurrence lines: which RepeatRule the lines are ('custom' when they
// say more than the editor shows, kept verbatim) and the lines for a rule. Rules in words
// are rule-words.ts's.
import type { EventDateTime } from '../../../src-preload/model/event';
import type { MonthDay, RepeatRule, Weekday } from './types';
import {
  DAY_MS,
  floatingFromWall,
  isoDate,
  wallToInstant,
} from '../../../src-preload/model/zoned-time';
import { dateStamp, instantStamp } from '../../../src-preload/model/instance-ids';
import { floatingValue, parseLine, ruleParts } from '../../../src-preload/model/recurrence-lines';
import { eventZone } from '../../../src-preload/model/event-time';

/**
 * The editor's view of recurrence lines: null when the event does not repeat, 'custom'
 * when the rule uses more than the editor can show (kept verbatim). EXDATE lines do not
 * make a rule custom: they are kept as long as the rule itself is not changed. `zone`
 * reads a UTC UNTIL as a date in the event's zone.
 */
export function repeatRuleFromRecurrence(
  lines: string[] | undefined,
  zone = 'UTC',
  startDate?: string,
): RepeatRule | null | 'custom' {
  if (!lines || lines.length === 0) return null;
  const parsed = lines.map(parseLine);
  const rrules = parsed.filter((l) => l.name === 'RRULE');
  if (rrules.length !== 1 || parsed.some((l) => l.name !== 'RRULE' && l.name !== 'EXDATE'))
    return 'custom';
  const parts = ruleParts(rrules[0]!.value);
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'YEARLY')
    return 'custom';
  for (const key of parts.keys())
    if (
      !['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYSETPOS', 'WKST'].includes(
        key,
      )
    )
      return 'custom';
  const interval = parts.has('INTERVAL') ? Number(parts.get('INTERVAL')) : 1;
  if (!Number.isInteger(interval) || interval < 1) return 'custom';
  const rule: RepeatRule = { freq, interval, end: { type: 'never' } };
  if (freq === 'MONTHLY') {
    const monthDay = monthDayOf(parts);
    if (monthDay === 'custom') return 'custom';
    // A month day that is the start's own says what a plain monthly rule says.
    const own =
      monthDay?.type === 'monthDays' &&
      startDate !== undefined &&
      monthDay.days[0] === Number(startDate.slice(8, 10));
    if (monthDay && !own) rule.monthDay = monthDay;
  } else {
    if (parts.has('BYMONTHDAY') || parts.has('BYSETPOS')) return 'custom';
    const byDay = parts.get('BYDAY');
    if (byDay !== undefined) {
      const days = byDay.split(',');
      if (freq !== 'WEEKLY' || !days.every(isWeekday)) return 'custom';
      rule.byDay = sortWeekdays(days);
    }
  }
  const count = parts.get('COUNT');
  const until = parts.get('UNTIL');
  if (count !== undefined && until !== undefined) return 'custom';
  if (count !== undefined) {
    const n = Number(count);
    if (!Number.isInteger(n) || n < 1) return 'custom';
    rule.end = { type: 'count', count: n };
  } else if (until !== undefined) {
    const date = untilDate(until, zone);
    if (!date) return 'custom';
    rule.end = { type: 'until', date };
  }
  return rule;
}

/**
 * Recurrence lines for a rule starting at `dtstart`. UNTIL is inclusive of its whole day:
 * a date for all-day series, else the UTC instant of that day's last second in the event's
 * zone (Google requires UTC there).
 */
export function recurrenceFromRepeatRule(rule: RepeatRule, dtstart: EventDateTime): string[] {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.freq === 'WEEKLY' && rule.byDay && rule.byDay.length > 0)
    parts.push(`BYDAY=${sortWeekdays(rule.byDay).join(',')}`);
  if (rule.freq === 'MONTHLY' && rule.monthDay) parts.push(...monthDayParts(rule.monthDay));
  if (rule.end.type === 'count') parts.push(`COUNT=${rule.end.count}`);
  if (rule.end.type === 'until') {
    if (dtstart.date) parts.push(`UNTIL=${dateStamp(rule.end.date)}`);
    else {
      const lastSecond = floatingFromWall(rule.end.date) + DAY_MS - 1000;
      parts.push(`UNTIL=${instantStamp(wallToInstant(lastSecond, eventZone(dtstart)))}`);
    }
  }
  return [`RRULE:${parts.join(';')}`];
}

// ---------------------------------------------------------------------------------------

const WEEKDAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
function isWeekday(day: string): day is Weekday {
  return (WEEKDAYS as string[]).includes(day);
}

/** BYMONTHDAY=15, BYDAY=1FR or BYDAY=MO,…,FR;BYSETPOS=-1; undefined when the rule names none. */
function monthDayOf(parts: Map<string, string>): MonthDay | undefined | 'custom' {
  const monthDays = parts.get('BYMONTHDAY');
  const byDay = parts.get('BYDAY');
  const setPos = parts.get('BYSETPOS');
  if (monthDays !== undefined) {
    const day = Number(monthDays);
    if (byDay !== undefined || setPos !== undefined) return 'custom';
    return Number.isInteger(day) && day !== 0 && Math.abs(day) <= 31
      ? { type: 'monthDays', days: [day] }
      : 'custom';
  }
  if (byDay === undefined) return setPos === undefined ? undefined : 'custom';
  if (setPos !== undefined) {
    const nth = Number(setPos);
    const days = byDay.split(',');
    if (!Number.isInteger(nth) || nth === 0 || Math.abs(nth) > 5 || !days.every(isWeekday))
      return 'custom';
    return { type: 'nthOfDays', nth, days: sortWeekdays(days) };
  }
  const m = /^([+-]?\d)(MO|TU|WE|TH|FR|SA|SU)$/.exec(byDay);
  const nth = Number(m?.[1]);
  if (!m || nth === 0 || Math.abs(nth) > 5) return 'custom';
  return { type: 'nthWeekday', nth, weekday: m[2] as Weekday };
}

function monthDayParts(monthDay: MonthDay): string[] {
  switch (monthDay.type) {
    case 'monthDays':
      return [`BYMONTHDAY=${monthDay.days.join(',')}`];
    case 'nthWeekday':
      return [`BYDAY=${monthDay.nth}${monthDay.weekday}`];
    case 'nthOfDays':
      return [`BYDAY=${sortWeekdays(monthDay.days).join(',')}`, `BYSETPOS=${monthDay.nth}`];
  }
}

function sortWeekdays(days: Weekday[]): Weekday[] {
  return [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
}

function untilDate(value: string, zone: string): string | null {
  const parsed = floatingValue(value, undefined, zone, false);
  return parsed ? isoDate(parsed.floating) : null;
}
