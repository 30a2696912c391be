// The repeat choices the editor offers for a start date, as Google Calendar offers them
// ("Weekly on Friday", "Monthly on the first Friday", "Every weekday (Monday to Friday)",
// "Annually on March 6"…), which of them a series' lines are, and the days a custom monthly
// rule can pick ("on day 6", "on the first Friday", "on the last weekday"). The lines
// themselves are read and written by repeat-rules.ts, so there is one reading of them.
import type { MonthDay, RepeatRule, Weekday } from './types';
import { recurrenceFromRepeatRule, repeatRuleFromRecurrence } from './repeat-rules';
import { weekdayOfDate } from './rule-description';
import { monthDayWords, recurrenceWords, repeatMenuWord, type WordsOptions } from './rule-words';

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
  rule: RepeatRule | null;
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
  const rules: [RepeatPresetId, RepeatRule | null][] = [
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
    const lines = rule ? recurrenceFromRepeatRule(rule, start) : [];
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
  const rule = repeatRuleFromRecurrence(lines ? [...lines] : undefined, zone, startDate);
  return rule === 'custom' ? 'custom' : presetForRule(rule, startDate);
}

/** Which preset the editor's rule is, for a series starting on `startDate`. */
export function presetForRule(
  rule: RepeatRule | null,
  startDate: string,
  presets = repeatPresets(startDate),
): RepeatPresetId | 'custom' {
  if (rule === null) return 'none';
  const key = ruleKey(rule);
  return presets.find((p) => p.rule && ruleKey(p.rule) === key)?.id ?? 'custom';
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

// ---------------------------------------------------------------------------------------

function monthly(): RepeatRule {
  return { freq: 'MONTHLY', interval: 1, end: { type: 'never' } };
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
function ruleKey(rule: RepeatRule): string {
  return JSON.stringify([
    rule.freq,
    rule.interval,
    rule.freq === 'WEEKLY' ? [...(rule.byDay ?? [])].sort() : null,
    rule.end,
    rule.monthDay ?? null,
  ]);
}
