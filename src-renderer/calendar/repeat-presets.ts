// The repeat choices the editor offers for a start date, as Google Calendar offers them
// ("Weekly on Friday", "Monthly on the first Friday", "Every weekday (Monday to Friday)",
// "Annually on March 6"…), which of them a series' lines are, and the monthly rules the
// editor's RepeatRule cannot hold yet: "on day N", "on the Nth weekday", "on the last
// weekday" (BYMONTHDAY, BYDAY=1FR, BYDAY=MO,…,FR;BYSETPOS=-1). Those are RepeatRule plus a
// `monthDay`; everything else about a rule (interval, weekdays, count, until) is read and
// written by recurrence.ts, so there is still one reading of recurrence lines.
import type { EventDateTime } from '../../src-preload/contract';
import type { RepeatRule, Weekday } from './model';
import {
  formatLine,
  formatRuleParts,
  parseLine,
  recurrenceFromRepeatRule,
  repeatRuleFromRecurrence,
  ruleParts,
} from './recurrence';
import { describeRecurrence, wallDateOf, weekdayOfDate, type DayPattern } from './rule-description';
import { monthDayWords, recurrenceWords, repeatMenuWord, type WordsOptions } from './rule-words';

/** The day of the month a monthly rule falls on. */
export type MonthDay = Exclude<DayPattern, { type: 'weekdays' }>;

/** The editor's RepeatRule with the monthly day it does not have yet (MONTHLY rules only). */
export interface MonthlyRepeatRule extends RepeatRule {
  /** Absent: the start's day of the month, as a plain FREQ=MONTHLY says. */
  monthDay?: MonthDay;
}

export type RepeatPresetId =
  | 'none'
  | 'daily'
  | 'weekly'
  | 'weekdays'
  | 'monthlyOnDay'
  | 'monthlyOnNthWeekday'
  | 'monthlyOnLastWeekdayOfKind'
  | 'monthlyOnLastWeekday'
  | 'yearly';

export interface RepeatPreset {
  id: RepeatPresetId;
  /** "Monthly on the first Friday" */
  label: string;
  rule: MonthlyRepeatRule | null;
  /** The recurrence lines Google stores for it ([] for "Does not repeat"). */
  lines: string[];
}

const WORKDAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];

/**
 * The presets for a series starting on `startDate` (YYYY-MM-DD): each repeats on that
 * date's weekday, day of month or place in the month. "Monthly on the last Friday" and
 * "Monthly on the last weekday" are offered when the date is one.
 */
export function repeatPresets(startDate: string, words: WordsOptions = {}): RepeatPreset[] {
  const start = { date: startDate };
  const never = { type: 'never' } as const;
  const weekday = weekdayOfDate(startDate);
  const place = placeInMonth(startDate);
  const rules: [RepeatPresetId, MonthlyRepeatRule | null][] = [
    ['none', null],
    ['daily', { freq: 'DAILY', interval: 1, end: never }],
    ['weekly', { freq: 'WEEKLY', interval: 1, byDay: [weekday], end: never }],
    ['weekdays', { freq: 'WEEKLY', interval: 1, byDay: [...WORKDAYS], end: never }],
    ['monthlyOnDay', { freq: 'MONTHLY', interval: 1, end: never }],
  ];
  if (place.nth <= 4)
    rules.push([
      'monthlyOnNthWeekday',
      { ...monthly(), monthDay: { type: 'nthWeekday', nth: place.nth, weekday } },
    ]);
  if (place.lastOfItsWeekday)
    rules.push([
      'monthlyOnLastWeekdayOfKind',
      { ...monthly(), monthDay: { type: 'nthWeekday', nth: -1, weekday } },
    ]);
  if (place.lastWorkday)
    rules.push([
      'monthlyOnLastWeekday',
      { ...monthly(), monthDay: { type: 'nthOfDays', nth: -1, days: [...WORKDAYS] } },
    ]);
  rules.push(['yearly', { freq: 'YEARLY', interval: 1, end: never }]);
  return rules.map(([id, rule]) => {
    const lines = rule ? recurrenceForRule(rule, start) : [];
    return {
      id,
      rule,
      lines,
      label: rule
        ? (recurrenceWords(lines, start, words) ?? '')
        : repeatMenuWord('repeat.none', words),
    };
  });
}

/** Which preset the lines are, for a series starting on `startDate`; 'custom' for any other rule. */
export function presetOf(
  lines: readonly string[] | undefined,
  startDate: string,
  zone = 'UTC',
): RepeatPresetId | 'custom' {
  const rule = ruleForRecurrence(lines, { date: startDate }, zone);
  if (rule === null) return 'none';
  if (rule === 'custom') return 'custom';
  const key = ruleKey(rule);
  const preset = repeatPresets(startDate).find((p) => p.rule && ruleKey(p.rule) === key);
  return preset?.id ?? 'custom';
}

/**
 * The ways a custom monthly rule can pick its day for a start date: "day 6", "the first
 * Friday", and "the last Friday" or "the last weekday" when the date is one. `label` is the
 * day in words.
 */
export function monthlyChoices(
  startDate: string,
  words: WordsOptions = {},
): { monthDay: MonthDay; label: string }[] {
  const weekday = weekdayOfDate(startDate);
  const place = placeInMonth(startDate);
  const choices: MonthDay[] = [{ type: 'monthDays', days: [Number(startDate.slice(8, 10))] }];
  if (place.nth <= 4) choices.push({ type: 'nthWeekday', nth: place.nth, weekday });
  if (place.lastOfItsWeekday) choices.push({ type: 'nthWeekday', nth: -1, weekday });
  if (place.lastWorkday) choices.push({ type: 'nthOfDays', nth: -1, days: [...WORKDAYS] });
  return choices.map((monthDay) => ({ monthDay, label: monthDayWords(monthDay, words) }));
}

/**
 * Recurrence lines for a rule starting at `dtstart`: recurrence.ts's lines, with the
 * monthly day added (a day of the month that is the start's own is left to the start).
 */
export function recurrenceForRule(rule: MonthlyRepeatRule, dtstart: EventDateTime): string[] {
  const { monthDay, ...plain } = rule;
  const lines = recurrenceFromRepeatRule(plain, dtstart);
  const extra = monthDay && rule.freq === 'MONTHLY' ? monthDayParts(monthDay, dtstart) : [];
  if (extra.length === 0) return lines;
  return lines.map((raw) => {
    const line = parseLine(raw);
    if (line.name !== 'RRULE') return raw;
    const parts = [...ruleParts(line.value)];
    // FREQ and INTERVAL first, then the day, then COUNT or UNTIL, as Google writes them.
    const head = parts.filter(([k]) => k === 'FREQ' || k === 'INTERVAL');
    const tail = parts.filter(([k]) => k !== 'FREQ' && k !== 'INTERVAL');
    return formatLine({ ...line, value: formatRuleParts(new Map([...head, ...extra, ...tail])) });
  });
}

/**
 * The editor's rule for recurrence lines: recurrence.ts's reading, plus the monthly day of a
 * MONTHLY rule. null when the lines do not repeat, 'custom' when the rule says more.
 */
export function ruleForRecurrence(
  lines: readonly string[] | undefined,
  start: EventDateTime,
  zone = 'UTC',
): MonthlyRepeatRule | null | 'custom' {
  const plain = repeatRuleFromRecurrence(lines ? [...lines] : undefined, zone);
  if (plain !== 'custom') return plain;
  // Only a monthly rule's day can make it custom here and not in recurrence.ts.
  const stripped: string[] = [];
  let monthly = false;
  for (const raw of lines ?? []) {
    const line = parseLine(raw);
    const parts = ruleParts(line.value);
    if (line.name === 'RRULE' && parts.get('FREQ') === 'MONTHLY') {
      monthly = true;
      for (const key of ['BYDAY', 'BYSETPOS', 'BYMONTHDAY']) parts.delete(key);
      stripped.push(formatLine({ ...line, value: formatRuleParts(parts) }));
    } else stripped.push(raw);
  }
  const base = monthly ? repeatRuleFromRecurrence(stripped, zone) : 'custom';
  const on = describeRecurrence(lines, start);
  if (base === null || base === 'custom' || !on || on.approximate || !on.on) return 'custom';
  const monthDay = on.on;
  if (monthDay.type === 'weekdays') return 'custom';
  if (monthDay.type === 'monthDays') {
    if (monthDay.days.length !== 1) return 'custom';
    if (monthDay.days[0] === dayOfMonth(start)) return base;
  }
  return { ...base, monthDay };
}

// ---------------------------------------------------------------------------------------

function monthly(): MonthlyRepeatRule {
  return { freq: 'MONTHLY', interval: 1, end: { type: 'never' } };
}

function monthDayParts(monthDay: MonthDay, dtstart: EventDateTime): [string, string][] {
  switch (monthDay.type) {
    case 'monthDays':
      return monthDay.days.length === 1 && monthDay.days[0] === dayOfMonth(dtstart)
        ? []
        : [['BYMONTHDAY', monthDay.days.join(',')]];
    case 'nthWeekday':
      return [['BYDAY', `${monthDay.nth}${monthDay.weekday}`]];
    case 'nthOfDays':
      return [
        ['BYDAY', monthDay.days.join(',')],
        ['BYSETPOS', String(monthDay.nth)],
      ];
  }
}

function dayOfMonth(start: EventDateTime): number | null {
  const date = wallDateOf(start);
  return date ? Number(date.slice(8, 10)) : null;
}

/** Where a date stands in its month: its weekday's nth, and whether it is the last such. */
function placeInMonth(date: string): {
  nth: number;
  lastOfItsWeekday: boolean;
  lastWorkday: boolean;
} {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const weekday = weekdayOfDate(date);
  const laterWorkday = Array.from({ length: daysInMonth - d }, (_, i) => d + 1 + i).some((day) =>
    WORKDAYS.includes(weekdayOfDate(`${date.slice(0, 8)}${String(day).padStart(2, '0')}`)),
  );
  return {
    nth: Math.ceil(d / 7),
    lastOfItsWeekday: d + 7 > daysInMonth,
    lastWorkday: WORKDAYS.includes(weekday) && !laterWorkday,
  };
}

/** One spelling of a rule, for comparing: weekdays in order, the end as it is. */
function ruleKey(rule: MonthlyRepeatRule): string {
  return JSON.stringify([
    rule.freq,
    rule.interval,
    rule.freq === 'WEEKLY' ? [...(rule.byDay ?? [])].sort() : null,
    rule.end,
    rule.monthDay ?? null,
  ]);
}
