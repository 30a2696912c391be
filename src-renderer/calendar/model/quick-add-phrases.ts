// The parts of a quick-add phrase that are not a date: how it repeats ("every weekday",
// "every 2 weeks on Monday", "monthly on the first Friday", "on the last weekday of the
// month"), how the repeat ends ("until June", "5 times", "for 6 weeks"), how long it lasts
// ("for 30 min"), where it is ("at Café Central") and who comes (email addresses). Dates and
// times themselves are chrono's (quick-add.ts); an end date after "until" is too. Each
// reader takes its words out of the phrase, so what is left is the title. English only, in
// one place: another language brings its own words next to chrono's locale of it.
import type { MonthDay, RepeatRule, Weekday } from './types';

/** A phrase being read: the text, and what has been taken out of it (blanked, so indices hold). */
export class Phrase {
  readonly text: string;
  /** The text with every recognised part replaced by spaces. */
  rest: string;
  readonly parts: RecognisedPart[] = [];

  constructor(text: string) {
    this.text = text;
    this.rest = text;
  }

  take(field: RecognisedField, index: number, length: number): void {
    const text = this.text.slice(index, index + length).trim();
    if (!text) return;
    this.parts.push({ field, text, index: index + this.text.slice(index).search(/\S/) });
    this.rest = this.rest.slice(0, index) + ' '.repeat(length) + this.rest.slice(index + length);
  }
}

export type RecognisedField =
  'when' | 'allDay' | 'duration' | 'repeat' | 'repeatEnd' | 'location' | 'guest';

/** A piece of the typed text and what it was read as, for showing the reading before saving. */
export interface RecognisedPart {
  field: RecognisedField;
  text: string;
  /** Where it starts in the typed text. */
  index: number;
}

/** The repeat, without its end; the caller adds the end and moves the start onto a day it picks. */
export type RepeatReading = Omit<RepeatRule, 'end'>;

/** How the repeat ends, before dates are read: "until …" still needs chrono. */
export type RepeatEndReading =
  | { type: 'count'; count: number }
  | { type: 'for'; amount: number; unit: 'day' | 'week' | 'month' | 'year' }
  | { type: 'until'; textIndex: number };

/** Takes the repeat out of the phrase; null when it does not repeat. */
export function readRepeat(phrase: Phrase): RepeatReading | null {
  const monthlyDay = matchIn(phrase, STANDALONE_MONTH_DAY);
  if (monthlyDay) {
    phrase.take('repeat', monthlyDay.index, monthlyDay[0].length);
    const [, ordinal, what, day, everyOrdinal, everyWhat, everyDay] = monthlyDay;
    return {
      freq: 'MONTHLY',
      interval: 1,
      monthDay: monthDayOf(ordinal ?? everyOrdinal, what ?? everyWhat, day ?? everyDay),
    };
  }
  const every = matchIn(phrase, EVERY);
  if (!every) return null;
  const rule = ruleOf(every);
  let end = every.index + every[0].length;
  // "every 2 weeks on Monday and Thursday", "monthly on the first Friday"
  const after = phrase.rest.slice(end);
  if (rule.freq === 'WEEKLY' && !rule.byDay) {
    const on = new RegExp(`^\\s+on\\s+(${DAY_LIST})\\b`, 'i').exec(after);
    if (on) {
      rule.byDay = daysOf(on[1]!);
      end += on[0].length;
    }
  } else if (rule.freq === 'MONTHLY') {
    const on = new RegExp(`^\\s+(?:on\\s+)?${MONTH_DAY}(?:\\s+of\\s+the\\s+month)?`, 'i').exec(
      after,
    );
    if (on) {
      rule.monthDay = monthDayOf(on[1], on[2], on[3]);
      end += on[0].length;
    }
  }
  phrase.take('repeat', every.index, end - every.index);
  return rule;
}

/** Takes how the repeat ends out of the phrase ("until …" leaves its date to the caller). */
export function readRepeatEnd(phrase: Phrase): RepeatEndReading | null {
  const count = matchIn(
    phrase,
    new RegExp(`\\b(?:for\\s+)?(\\d+|${NUMBER_WORDS})\\s+times\\b`, 'i'),
  );
  if (count) {
    phrase.take('repeatEnd', count.index, count[0].length);
    return { type: 'count', count: numberOf(count[1]!) };
  }
  const span = matchIn(
    phrase,
    new RegExp(`\\bfor\\s+(\\d+|${NUMBER_WORDS})\\s+(day|week|month|year)s?\\b`, 'i'),
  );
  if (span) {
    phrase.take('repeatEnd', span.index, span[0].length);
    const unit = span[2]!.toLowerCase() as 'day' | 'week' | 'month' | 'year';
    return { type: 'for', amount: numberOf(span[1]!), unit };
  }
  const until = matchIn(phrase, /\b(?:until|till|til|through|thru|ending)\s+(?=\S)/i);
  return until ? { type: 'until', textIndex: until.index } : null;
}

/** Takes an event length ("for 30 min", "for an hour", "for 1h30", "45 minutes") out; minutes. */
export function readDuration(phrase: Phrase): number | null {
  const hours = matchIn(phrase, HOURS);
  if (hours) {
    phrase.take('duration', hours.index, hours[0].length);
    const [, half, amount, attached, minutes] = hours;
    if (half) return 30;
    return Math.round(numberOf(amount!) * 60) + Number(attached ?? minutes ?? 0);
  }
  const minutes = matchIn(phrase, MINUTES);
  if (minutes) {
    phrase.take('duration', minutes.index, minutes[0].length);
    return numberOf(minutes[1]!);
  }
  return null;
}

/** Takes guests' email addresses out of the phrase. */
export function readGuests(phrase: Phrase): string[] {
  const emails: string[] = [];
  for (const m of phrase.rest.matchAll(/[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[A-Za-z]{2,}/g)) {
    emails.push(m[0]);
    phrase.take('guest', m.index, m[0].length);
  }
  return emails;
}

/** Takes "all day" out of the phrase; whether it was there. */
export function readAllDay(phrase: Phrase): boolean {
  const m = matchIn(phrase, /\ball[\s-]day\b/i);
  if (m) phrase.take('allDay', m.index, m[0].length);
  return Boolean(m);
}

/**
 * Takes the place out of what is left: the words after the last "at", "@" or "in" when they
 * read as a place (a name, a number, "the office", "home"), up to "with" or the end.
 */
export function readLocation(phrase: Phrase): string | null {
  const candidates = [...phrase.rest.matchAll(/(?:^|\s)(@\s*|(?:at|in)\s+)(?=\S)/gi)].reverse();
  for (const m of candidates) {
    const start = m.index + m[0].length;
    const tail = phrase.rest.slice(start);
    const stop = tail.search(/\s(?:with|w\/)\s|\s{3,}|$/i);
    const place = tail
      .slice(0, stop)
      .trim()
      .replace(/[\s,;.]+$/, '');
    if (!place || !readsAsPlace(m[1]!.trim().toLowerCase(), place)) continue;
    const keyword = m.index + m[0].indexOf(m[1]!);
    phrase.take('location', keyword, start + tail.indexOf(place) + place.length - keyword);
    return place;
  }
  return null;
}

/** What is left once every part is taken: the title, without dangling words. */
export function titleOf(phrase: Phrase): string {
  return withoutDangling(phrase.rest.replace(/\s+/g, ' ').trim(), DANGLING_END, DANGLING_START);
}

/** `title` without the small words it may not end or start on (`end`, `start`), nor stray punctuation. */
export function withoutDangling(title: string, end: RegExp, start: RegExp): string {
  for (;;) {
    const next = title
      .replace(end, '')
      .replace(start, '')
      .replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '');
    if (next === title) return title;
    title = next;
  }
}

// ---------------------------------------------------------------------------------------

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
/** "for 2 hours", "for an hour and 15 minutes", "for 1h30", "for half an hour". */
const HOURS = new RegExp(
  `\\bfor\\s+(?:(half\\s+an?\\s+hour)|(\\d+(?:[.,]\\d+)?|an?|${NUMBER_WORDS})\\s*(?:h|hrs?|hours?)(?:(?<=h)(\\d{2})|\\s*(?:and\\s+)?(\\d+)\\s*(?:m|mins?|minutes?))?)\\b`,
  'i',
);
/** "for 30 min", "45 minutes" — not "in 30 minutes", which is a start. */
const MINUTES = new RegExp(
  `(?:\\bfor\\s+|(?<!\\b(?:in|within|after|before|every)\\s+)\\b)(\\d+|${NUMBER_WORDS})\\s*(?:m|mins?|minutes?)\\b`,
  'i',
);
const DAY =
  '(?:mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)s?';
const DAY_LIST = `${DAY}(?:\\s*(?:,|&|\\+|and|,\\s*and)\\s*${DAY})*`;
const ORDINAL =
  '(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|second[\\s-]to[\\s-]last|penultimate)';
/** "the first Friday", "the last weekday", "the 15th"; groups: ordinal, what, day number. */
const MONTH_DAY = `the\\s+(?:${ORDINAL}\\s+(${DAY}|weekday|week\\s?day|weekend\\s+day|day)|(\\d{1,2})(?:st|nd|rd|th))\\b`;
/** A monthly day that says "month" itself: "on the last weekday of the month", "every first Monday". */
const STANDALONE_MONTH_DAY = new RegExp(
  `\\b(?:(?:on\\s+)?${MONTH_DAY}\\s+of\\s+(?:the|every|each)\\s+month|every\\s+(?:${ORDINAL}\\s+(${DAY}|weekday|weekend\\s+day)|(\\d{1,2})(?:st|nd|rd|th))(?:\\s+of\\s+(?:the|every|each)\\s+month)?)\\b`,
  'i',
);
/** "every weekday", "every other week", "every 2 weeks", "every Monday and Thursday", "daily"… */
const EVERY = new RegExp(
  `\\b(?:(?:every|each)\\s+(?:(week\\s?days?|work\\s?days?)|(weekends?)|(?:(other|\\d+|${NUMBER_WORDS})\\s+)?(?:(day|week|month|year)s?|(${DAY_LIST})))|(daily|weekly|fortnightly|biweekly|monthly|yearly|annually)|(?:on\\s+)?(weekdays))\\b`,
  'i',
);

const WEEKDAY_BY_PREFIX: [string, Weekday][] = [
  ['mo', 'MO'],
  ['tu', 'TU'],
  ['we', 'WE'],
  ['th', 'TH'],
  ['fr', 'FR'],
  ['sa', 'SA'],
  ['su', 'SU'],
];
const WORKDAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];
const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
  last: -1,
  penultimate: -2,
};

const PLACE_WORDS = /^(?:home|work|school|office|church|the\s|my\s|our\s|his\s|her\s|their\s)/i;
const DANGLING_END =
  /\s+(?:on|at|in|from|for|by|with|and|every|starting|beginning|until|till|@)$|^(?:on|at|in|from|for|by|with|and|every|starting|beginning|until|till|@)$/i;
const DANGLING_START = /^(?:on|at|from|for|starting|beginning)\s+/i;

function matchIn(phrase: Phrase, re: RegExp): RegExpExecArray | null {
  return re.exec(phrase.rest);
}

function ruleOf(m: RegExpExecArray): RepeatReading {
  const [, workdays, weekend, every, unit, dayList, adverb, onWeekdays] = m;
  if (workdays || onWeekdays) return { freq: 'WEEKLY', interval: 1, byDay: [...WORKDAYS] };
  if (weekend) return { freq: 'WEEKLY', interval: 1, byDay: ['SA', 'SU'] };
  const interval = !every ? 1 : every.toLowerCase() === 'other' ? 2 : Math.max(1, numberOf(every));
  if (dayList) return { freq: 'WEEKLY', interval, byDay: daysOf(dayList) };
  if (unit) {
    const freq = ({ day: 'DAILY', week: 'WEEKLY', month: 'MONTHLY', year: 'YEARLY' } as const)[
      unit.toLowerCase() as 'day' | 'week' | 'month' | 'year'
    ];
    return { freq, interval };
  }
  switch (adverb!.toLowerCase()) {
    case 'daily':
      return { freq: 'DAILY', interval: 1 };
    case 'weekly':
      return { freq: 'WEEKLY', interval: 1 };
    case 'fortnightly':
    case 'biweekly':
      return { freq: 'WEEKLY', interval: 2 };
    case 'monthly':
      return { freq: 'MONTHLY', interval: 1 };
    default:
      return { freq: 'YEARLY', interval: 1 };
  }
}

/** The monthly day of MONTH_DAY's groups: "the first Friday", "the last weekday", "the 15th". */
function monthDayOf(
  ordinal: string | undefined,
  what: string | undefined,
  dayNumber: string | undefined,
): MonthDay {
  if (!ordinal || !what) {
    const day = Math.min(31, Math.max(1, Number(dayNumber ?? 1)));
    return { type: 'monthDays', days: [day] };
  }
  const nth = ORDINALS[ordinal.toLowerCase()] ?? -2; // the spellings of "second to last"
  const kind = what.toLowerCase().replace(/\s+/g, '');
  if (kind === 'weekday') return { type: 'nthOfDays', nth, days: [...WORKDAYS] };
  if (kind === 'weekendday') return { type: 'nthOfDays', nth, days: ['SA', 'SU'] };
  if (kind === 'day') return { type: 'monthDays', days: [nth] };
  return { type: 'nthWeekday', nth, weekday: daysOf(what)[0]! };
}

function daysOf(list: string): Weekday[] {
  const days = list
    .toLowerCase()
    .split(/\s*(?:,|&|\+|\band\b)\s*/)
    .map((word) => WEEKDAY_BY_PREFIX.find(([prefix]) => word.trim().startsWith(prefix))?.[1])
    .filter((d): d is Weekday => Boolean(d));
  return [...new Set(days)];
}

function numberOf(word: string): number {
  const w = word.toLowerCase().replace(',', '.');
  if (w === 'a' || w === 'an') return 1;
  const index = NUMBER_WORDS.split('|').indexOf(w);
  return index >= 0 ? index + 1 : Number(w);
}

function readsAsPlace(keyword: string, place: string): boolean {
  if (keyword === '@') return true;
  // A name ("Café Central", "Room 4") or an address ("221B Baker Street"), not a bare number.
  if (/^\p{Lu}/u.test(place) || (/^\p{N}/u.test(place) && /\p{L}/u.test(place))) return true;
  return keyword === 'at' && PLACE_WORDS.test(`${place} `);
}
