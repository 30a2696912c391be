// Repeat rules in plain words: "Every weekday (Monday to Friday)", "Monthly on the last
// weekday", "Every 2 weeks on Monday and Thursday, 5 times", "Annually on March 3, until
// Jun 1, 2027". Every word is an ICU message of the interface's catalogues (their "rule."
// keys; RULE_MESSAGES_EN is English's), so each language says them its own way; names of days and months, lists and dates come
// from Intl for the same locale. Nothing here reads a rule: rule-description.ts does.
import { IntlMessageFormat } from 'intl-messageformat';
import type { EventDateTime } from '../../../src-preload/model/event';
import type { RepeatRule, Weekday } from './types';
import en from '../../i18n/messages/en';
import type { Catalogue } from '../../i18n/catalogues';
import { recurrenceFromRepeatRule } from './repeat-rules';
import {
  describeRecurrence,
  WEEKDAY_CODES,
  type DayPattern,
  type RuleDescription,
} from './rule-description';

/** The ids of the rule words; each language's catalogue holds them under "rule.". */
const RULE_MESSAGE_IDS = [
  'repeat.none',
  'repeat.custom',
  'repeat.secondly',
  'repeat.minutely',
  'repeat.hourly',
  'repeat.daily',
  'repeat.weekly',
  'repeat.monthly',
  'repeat.yearly',
  'repeat.dailyOn',
  'repeat.weeklyOn',
  'repeat.everyWeekday',
  'repeat.monthlyOn',
  'repeat.yearlyOn',
  'repeat.inMonths',
  'when.monthDays',
  'when.nthDay',
  'when.nthWeekday',
  'when.nthWeekdayOfMonth',
  'when.nthWorkday',
  'when.nthWeekendDay',
  'when.nthOfDays',
  'ordinal',
  'end.count',
  'end.until',
  'approximate',
] as const;

export type RuleMessageId = (typeof RULE_MESSAGE_IDS)[number];
export type RuleMessages = Record<RuleMessageId, string>;

/** A catalogue's rule words (its "rule." messages), by rule message id. */
export function ruleMessagesOf(catalogue: Catalogue): RuleMessages {
  return Object.fromEntries(
    RULE_MESSAGE_IDS.map((id) => [id, catalogue[`rule.${id}`]]),
  ) as RuleMessages;
}

/** The English words: the reference catalogue's. */
export const RULE_MESSAGES_EN = ruleMessagesOf(en);

export interface WordsOptions {
  /** BCP 47 locale for names, lists and dates, and for the messages' plural rules. */
  locale?: string;
  messages?: RuleMessages;
}

/** The words for a rule description. */
export function ruleWords(description: RuleDescription, options: WordsOptions = {}): string {
  const say = speaker(options);
  let text = ruleText(description, say);
  if (description.end.type === 'count')
    text = say.message('end.count', { rule: text, count: description.end.count });
  if (description.end.type === 'until')
    text = say.message('end.until', { rule: text, date: say.mediumDate(description.end.date) });
  return description.approximate ? say.message('approximate', { rule: text }) : text;
}

/** The words for a series' recurrence lines; null when they hold no readable RRULE. */
export function recurrenceWords(
  lines: readonly string[] | undefined,
  start?: EventDateTime,
  options: WordsOptions = {},
): string | null {
  const description = describeRecurrence(lines, start);
  return description ? ruleWords(description, options) : null;
}

/** The words for the editor's rule of a series starting at `start`. */
export function repeatRuleWords(
  rule: RepeatRule,
  start: EventDateTime,
  options: WordsOptions = {},
): string {
  return recurrenceWords(recurrenceFromRepeatRule(rule, start), start, options) ?? '';
}

/** The day a monthly rule picks, as a custom monthly choice names it: "day 15", "the first Friday". */
export function monthDayWords(pattern: DayPattern, options: WordsOptions = {}): string {
  return whenInMonth(pattern, speaker(options));
}

/** A word of the repeat menu that is not a rule: "Does not repeat", "Custom…". */
export function repeatMenuWord(
  id: 'repeat.none' | 'repeat.custom',
  options: WordsOptions = {},
): string {
  return speaker(options).message(id, {});
}

// ---------------------------------------------------------------------------------------

type Values = Record<string, string | number>;

interface Speaker {
  message(id: RuleMessageId, values: Values): string;
  weekday(day: Weekday): string;
  month(month: number): string;
  and(items: string[]): string;
  or(items: string[]): string;
  ordinal(nth: number): string;
  /** "March 3": a day of a year, without the year. */
  dayOfYear(month: number, day: number): string;
  /** "Jun 1, 2027" */
  mediumDate(date: string): string;
}

const WORKDAYS = 'MO,TU,WE,TH,FR';
const WEEKEND = 'SA,SU';
const EVERY_DAY = WEEKDAY_CODES.join(',');
const ORDINAL_KEYS: Record<number, string> = {
  1: 'first',
  2: 'second',
  3: 'third',
  4: 'fourth',
  5: 'fifth',
  [-1]: 'last',
  [-2]: 'secondLast',
};

function ruleText(d: RuleDescription, say: Speaker): string {
  const interval = d.interval;
  const on = d.on;
  const days = on?.type === 'weekdays' ? on.days.join(',') : '';
  switch (d.freq) {
    case 'SECONDLY':
    case 'MINUTELY':
    case 'HOURLY':
      return say.message(`repeat.${d.freq.toLowerCase()}` as RuleMessageId, { interval });
    case 'DAILY':
      if (!on || days === EVERY_DAY) return say.message('repeat.daily', { interval });
      if (on.type !== 'weekdays') return say.message('repeat.daily', { interval });
      if (days === WORKDAYS && interval === 1)
        return say.message('repeat.everyWeekday', { interval });
      return say.message('repeat.dailyOn', { interval, days: weekdayList(on.days, say) });
    case 'WEEKLY':
      if (!on || on.type !== 'weekdays') return say.message('repeat.weekly', { interval });
      if (days === WORKDAYS) return say.message('repeat.everyWeekday', { interval });
      if (days === EVERY_DAY && interval === 1) return say.message('repeat.daily', { interval: 1 });
      return say.message('repeat.weeklyOn', { interval, days: weekdayList(on.days, say) });
    case 'MONTHLY': {
      const when = on ? whenInMonth(on, say) : null;
      const rule = when
        ? say.message('repeat.monthlyOn', { interval, when })
        : say.message('repeat.monthly', { interval });
      return d.months
        ? say.message('repeat.inMonths', { rule, months: say.and(d.months.map(say.month)) })
        : rule;
    }
    case 'YEARLY': {
      const when = whenInYear(d, say);
      return when
        ? say.message('repeat.yearlyOn', { interval, when })
        : say.message('repeat.yearly', { interval });
    }
  }
}

/** "day 15", "the last day", "the first Friday", "the last weekday". */
function whenInMonth(on: DayPattern, say: Speaker): string {
  switch (on.type) {
    case 'monthDays': {
      const positive = on.days.filter((d) => d > 0);
      const fromEnd = on.days
        .filter((d) => d < 0)
        .map((d) => say.message('when.nthDay', { ordinal: say.ordinal(d) }));
      const parts = positive.length
        ? [
            say.message('when.monthDays', {
              count: positive.length,
              days: say.and(positive.map(String)),
            }),
          ]
        : [];
      return say.and([...parts, ...fromEnd]);
    }
    case 'nthWeekday':
      return say.message('when.nthWeekday', {
        ordinal: say.ordinal(on.nth),
        weekday: say.weekday(on.weekday),
      });
    case 'nthOfDays': {
      const ordinal = say.ordinal(on.nth);
      const days = on.days.join(',');
      if (days === WORKDAYS) return say.message('when.nthWorkday', { ordinal });
      if (days === WEEKEND) return say.message('when.nthWeekendDay', { ordinal });
      if (days === EVERY_DAY) return say.message('when.nthDay', { ordinal });
      return say.message('when.nthOfDays', { ordinal, days: say.or(on.days.map(say.weekday)) });
    }
    case 'weekdays':
      return weekdayList(on.days, say);
  }
}

/** "March 3", "the first Monday of May"; null when the rule names no day of the year. */
function whenInYear(d: RuleDescription, say: Speaker): string | null {
  const months = d.months ?? [];
  const on = d.on;
  if (on?.type === 'monthDays' && months.length > 0 && on.days.every((day) => day > 0))
    return say.and(months.flatMap((m) => on.days.map((day) => say.dayOfYear(m, day))));
  if (on?.type === 'nthWeekday' && months.length > 0)
    return say.message('when.nthWeekdayOfMonth', {
      ordinal: say.ordinal(on.nth),
      weekday: say.weekday(on.weekday),
      month: say.and(months.map(say.month)),
    });
  if (on) return whenInMonth(on, say);
  return months.length > 0 ? say.and(months.map(say.month)) : null;
}

function weekdayList(days: Weekday[], say: Speaker): string {
  return say.and(days.map(say.weekday));
}

const speakers = new WeakMap<RuleMessages, Map<string, Speaker>>();

/** One speaker per language and locale: Intl formatters and compiled messages are not cheap. */
function speaker(options: WordsOptions): Speaker {
  const locale = options.locale ?? 'en';
  const messages = options.messages ?? RULE_MESSAGES_EN;
  let byLocale = speakers.get(messages);
  if (!byLocale) speakers.set(messages, (byLocale = new Map()));
  let found = byLocale.get(locale);
  if (!found) byLocale.set(locale, (found = newSpeaker(locale, messages)));
  return found;
}

function newSpeaker(locale: string, messages: RuleMessages): Speaker {
  const compiled = new Map<RuleMessageId, IntlMessageFormat>();
  const utc = (o: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...o, timeZone: 'UTC' });
  const weekdayFormat = utc({ weekday: 'long' });
  const monthFormat = utc({ month: 'long' });
  const dayFormat = utc({ month: 'long', day: 'numeric' });
  const mediumFormat = utc({ dateStyle: 'medium' });
  const conjunction = new Intl.ListFormat(locale, { type: 'conjunction' });
  const disjunction = new Intl.ListFormat(locale, { type: 'disjunction' });
  const message = (id: RuleMessageId, values: Values) => {
    let format = compiled.get(id);
    if (!format) compiled.set(id, (format = new IntlMessageFormat(messages[id], locale)));
    return String(format.format(values));
  };
  return {
    message,
    // 2024-01-01 was a Monday.
    weekday: (day) => weekdayFormat.format(Date.UTC(2024, 0, 1 + WEEKDAY_CODES.indexOf(day))),
    month: (month) => monthFormat.format(Date.UTC(2024, month - 1, 1)),
    and: (items) => conjunction.format(items),
    or: (items) => disjunction.format(items),
    ordinal: (nth) =>
      message('ordinal', {
        nth: ORDINAL_KEYS[nth] ?? (nth < 0 ? 'fromEnd' : 'other'),
        abs: Math.abs(nth),
      }),
    // A leap year, so February 29 can be named.
    dayOfYear: (month, day) => dayFormat.format(Date.UTC(2024, month - 1, day)),
    mediumDate: (date) => {
      const at = Date.parse(`${date}T00:00:00Z`);
      return Number.isNaN(at) ? date : mediumFormat.format(at);
    },
  };
}
