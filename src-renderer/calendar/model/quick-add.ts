// Quick add: one typed phrase ("Lunch with Ana tomorrow 1pm at Café Central", "Standup every
// weekday 9:30", "Trip 12-15 March") becomes the draft the event editor opens on, with the
// recurrence lines Google will store and the pieces of the phrase that were understood, so
// the fields can be shown before anything is saved. chrono reads the dates and times, as a
// person in `timeZone` means them at `now`; quick-add-phrases.ts reads the rest. A time
// without an end lasts the default event length; a date without a time is an all-day event;
// a phrase without either is an all-day event today.
import * as chrono from 'chrono-node';
import {
  frenchTitleOf,
  readFrenchDuration,
  readFrenchLocation,
  readFrenchRepeat,
  readFrenchRepeatEnd,
} from './quick-add-french';
import { DateTime } from 'luxon';
import type { EventDateTime } from '../../../src-preload/model/event';
import { newDraft } from './drafts';
import type { EventDraft, MonthDay, RepeatRule, Weekday } from './types';
import {
  Phrase,
  readAllDay,
  readDuration,
  readGuests,
  readLocation,
  readRepeat,
  readRepeatEnd,
  titleOf,
  type RecognisedPart,
  type RepeatReading,
} from './quick-add-phrases';
import { recurrenceFromRepeatRule } from './repeat-rules';
import { WEEKDAY_CODES } from './rule-description';

export type { RecognisedPart, RecognisedField } from './quick-add-phrases';

export interface QuickAddContext {
  /** The moment the phrase is read at (ms); "tomorrow" and "at 9" count from it. */
  now: number;
  /** IANA zone the person means times in; the draft is in it too. */
  timeZone: string;
  calendarId: string;
  /** How long an event lasts when the phrase gives a start time only (minutes). */
  defaultMinutes: number;
  /**
   * The reader's language ("fr"): its dates and times are read first where chrono knows it
   * ("demain 13h"), English ones still after. The other parts of a phrase are English only.
   */
  language?: string;
}

export interface QuickAddResult {
  draft: EventDraft;
  /** The recurrence lines Google stores for the draft's repeat; [] when it does not repeat. */
  recurrence: string[];
  /** What was understood, in the order it was typed; the rest is the title. */
  recognised: RecognisedPart[];
}

export function quickAdd(text: string, context: QuickAddContext): QuickAddResult {
  const zone = context.timeZone;
  const now = DateTime.fromMillis(context.now, { zone });
  // chrono knows fixed offsets only: the zone's offset now places "today" and "in 2 hours".
  const reference: chrono.ParsingReference = {
    instant: new Date(context.now),
    timezone: now.offset,
  };
  const phrase = new Phrase(text);

  const guests = readGuests(phrase);
  // The reader's own words first, then English's (as for dates).
  const french = context.language === 'fr';
  const repeat = (french ? readFrenchRepeat(phrase) : null) ?? readRepeat(phrase);
  const repeatEnd = repeat
    ? ((french ? readFrenchRepeatEnd(phrase) : null) ?? readRepeatEnd(phrase))
    : null;
  const until =
    repeatEnd?.type === 'until'
      ? readUntil(phrase, repeatEnd.textIndex, reference, context.language)
      : null;
  const allDayAsked = readAllDay(phrase);
  const duration = (french ? readFrenchDuration(phrase) : null) ?? readDuration(phrase);
  const when = readWhen(phrase, reference, now, context.language);
  const location = (french ? readFrenchLocation(phrase) : null) ?? readLocation(phrase);
  const summary = french ? frenchTitleOf(phrase) : titleOf(phrase);

  const times = timesOf(when, { allDayAsked, duration, repeat, now, context });
  const rule = repeat ? repeatRuleOf(repeat, repeatEnd, until, times.startDate) : null;
  const draft: EventDraft = {
    ...newDraft({ ...times, timeZone: zone, calendarId: context.calendarId }),
    summary,
    location: location ?? '',
    repeat: rule,
    attendees: guests.map((email) => ({ email, responseStatus: 'needsAction' })),
  };
  const dtstart: EventDateTime = draft.allDay
    ? { date: draft.startDate }
    : { dateTime: `${draft.startDate}T${draft.startTime}:00`, timeZone: zone };
  return {
    draft,
    recurrence: rule ? recurrenceFromRepeatRule(rule, dtstart) : [],
    recognised: [...phrase.parts].sort((a, b) => a.index - b.index),
  };
}

// ---------------------------------------------------------------------------------------

/**
 * Start and end in the form a new draft takes (instants, or all-day dates with the end
 * exclusive): chrono's times, else (a length but no time) the next half hour today or 09:00
 * on another day, else all day; a repeat starts on its first occurrence.
 */
function timesOf(
  when: ReturnType<typeof readWhen>,
  options: {
    allDayAsked: boolean;
    duration: number | null;
    repeat: RepeatReading | null;
    now: DateTime;
    context: QuickAddContext;
  },
): { allDay: boolean; start: string; end: string; startDate: string } {
  const { allDayAsked, duration, repeat, now, context } = options;
  const zone = context.timeZone;
  const today = now.toISODate()!;
  let startDate = when?.start.date ?? today;
  let endDate = when?.end?.date ?? startDate;
  if (repeat) {
    const shift = daysToFirstOccurrence(repeat, startDate);
    startDate = plusDays(startDate, shift);
    endDate = plusDays(endDate, shift);
  }
  if (allDayAsked || (!when?.start.time && duration === null)) {
    const last = endDate < startDate ? startDate : endDate;
    return { allDay: true, start: startDate, end: plusDays(last, 1), startDate };
  }
  const startTime = when?.start.time ?? (startDate === today ? nextHalfHour(now) : '09:00');
  const endTime = duration === null ? when?.end?.time : undefined;
  const startAt = DateTime.fromISO(`${startDate}T${startTime}`, { zone });
  let endAt = endTime
    ? DateTime.fromISO(`${endDate}T${endTime}`, { zone })
    : startAt.plus({ minutes: duration ?? context.defaultMinutes });
  // "10pm-1am" ends the next day.
  while (endTime && endAt <= startAt) endAt = endAt.plus({ days: 1 });
  return { allDay: false, start: startAt.toUTC().toISO()!, end: endAt.toUTC().toISO()!, startDate };
}

/** The editor's rule for what the phrase said, for a series starting on `startDate`. */
function repeatRuleOf(
  repeat: RepeatReading,
  reading: ReturnType<typeof readRepeatEnd>,
  until: string | null,
  startDate: string,
): RepeatRule {
  const rule: RepeatRule = { ...repeat, end: ruleEnd(reading, until, startDate) };
  // "On the 1st" from the 1st is a plain monthly rule, as the editor and Google write it.
  const monthDay = rule.monthDay;
  if (monthDay?.type === 'monthDays' && monthDay.days.join() === String(Number(startDate.slice(8))))
    delete rule.monthDay;
  // The editor's weekly rule names its weekdays: "every 2 weeks" repeats on the start's.
  if (rule.freq === 'WEEKLY' && !rule.byDay?.length)
    rule.byDay = [weekdayOf(DateTime.fromISO(startDate, { zone: 'UTC' }))];
  return rule;
}

const PART_OF_DAY =
  /(?<!\b(?:this|tomorrow|the|in|on|at|yesterday|last|next|mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+)\b(?:morning|afternoon|evening|night)\b/gi;

interface WallTime {
  date: string;
  /** HH:mm; absent when the phrase named a day only. */
  time?: string;
}

/** The phrase's date and time, read by chrono and taken out of the phrase. */
function readWhen(
  phrase: Phrase,
  reference: chrono.ParsingReference,
  now: DateTime,
  language: string | undefined,
): { start: WallTime; end?: WallTime } | null {
  const zone = now.zoneName!;
  // "Game night", "Morning run": a bare part of the day is a word of the title, not a time.
  const text = phrase.rest.replace(PART_OF_DAY, (word) => ' '.repeat(word.length));
  // A month on its own ("with May", "in June") is more often a name or a vague plan than a date.
  // Each reader's findings; the one that understood the most of the phrase wins ("1pm" alone
  // is French to chrono too, "tomorrow" is not), the reader's own language on a tie.
  const readers = [...(language === 'fr' ? [chrono.fr] : []), chrono];
  const results = readers
    .map((reader) =>
      reader
        .parse(text, reference, { forwardDate: true })
        .filter((r) => hasDay(r.start) || r.start.isCertain('hour')),
    )
    .reduce((best, found) => (covered(found) > covered(best) ? found : best));
  const first = results[0];
  if (!first) return null;
  const used = [first];
  // "tomorrow at the office at 3pm": a day and a time read apart.
  const second = results.find(
    (r) =>
      r !== first &&
      hasDay(first.start) !== hasDay(r.start) &&
      first.start.isCertain('hour') !== r.start.isCertain('hour'),
  );
  if (second) used.push(second);
  for (const r of used) phrase.take('when', r.index, r.text.length);

  const dayFrom = hasDay(first.start) ? first : (second ?? first);
  const timeFrom = first.start.isCertain('hour') ? first : second;
  const start = wallOf(dayFrom.start, timeFrom?.start, zone, timeFrom?.text);
  const endResult = first.end ?? second?.end;
  const end = endResult
    ? wallOf(
        // An end without a day of its own ends on the start's day (or the next, see timesOf).
        hasDay(endResult) ? endResult : dayFrom.start,
        endResult.isCertain('hour') ? endResult : undefined,
        zone,
        timeFrom?.text,
      )
    : undefined;
  // A time without a day is the next such time: today if it is still ahead, else tomorrow.
  if (!hasDay(dayFrom.start) && start.time && !timeFrom?.start.isCertain('timezoneOffset')) {
    const today = now.toISODate()!;
    const date =
      `${today}T${start.time}` > now.toFormat("yyyy-MM-dd'T'HH:mm") ? today : plusDays(today, 1);
    const shift = daysBetween(start.date, date);
    start.date = date;
    if (end) end.date = plusDays(end.date, shift);
  }
  return end ? { start, end } : { start };
}

/**
 * chrono components as a wall date and time in `zone`. A time with a zone of its own ("7am
 * EST", "in 2 hours") is an instant, moved into `zone`. An hour from 1 to 6 without am or pm
 * ("Meeting at 3") is taken in the afternoon, as people mean it, unless written "03:00".
 */
function wallOf(
  day: chrono.ParsedComponents,
  time: chrono.ParsedComponents | undefined,
  zone: string,
  text = '',
): WallTime {
  if (time?.isCertain('timezoneOffset')) {
    const at = DateTime.fromJSDate(time.date(), { zone });
    return { date: at.toISODate()!, time: at.toFormat('HH:mm') };
  }
  const date = [day.get('year')!, day.get('month')!, day.get('day')!]
    .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');
  if (!time) return { date };
  let hour = time.get('hour')!;
  if (hour >= 1 && hour <= 6 && !time.isCertain('meridiem') && !/(?:^|\D)0\d/.test(text))
    hour += 12;
  const clock = [hour, time.get('minute') ?? 0].map((n) => String(n).padStart(2, '0'));
  return { date, time: clock.join(':') };
}

function hasDay(c: chrono.ParsedComponents): boolean {
  return c.isCertain('day') || c.isCertain('weekday');
}

/**
 * The date after "until" ("jusqu'au"), read by chrono in the reader's language; a month alone
 * ("until June") ends before that month.
 */
function readUntil(
  phrase: Phrase,
  keywordIndex: number,
  reference: chrono.ParsingReference,
  language: QuickAddContext['language'],
): string | null {
  const keyword = /^\S+\s+/.exec(phrase.rest.slice(keywordIndex));
  if (!keyword) return null;
  const dateAt = keywordIndex + keyword[0].length;
  const reader = language === 'fr' ? chrono.fr : chrono;
  const found = reader.parse(phrase.rest.slice(dateAt), reference, { forwardDate: true })[0];
  if (!found || found.index !== 0) return null;
  phrase.take('repeatEnd', keywordIndex, keyword[0].length + found.text.length);
  const c = found.start;
  const date = DateTime.fromObject(
    { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! },
    { zone: 'UTC' },
  );
  return hasDay(c) ? date.toISODate() : date.startOf('month').minus({ days: 1 }).toISODate();
}

function ruleEnd(
  reading: ReturnType<typeof readRepeatEnd>,
  until: string | null,
  startDate: string,
): RepeatRule['end'] {
  if (reading?.type === 'count') return { type: 'count', count: reading.count };
  if (reading?.type === 'for') {
    const last = DateTime.fromISO(startDate, { zone: 'UTC' })
      .plus({ [`${reading.unit}s`]: reading.amount })
      .minus({ days: 1 });
    return { type: 'until', date: last.toISODate()! };
  }
  return until ? { type: 'until', date: until } : { type: 'never' };
}

/** How many days after `date` a repeat's first occurrence falls (its weekday, its day of the month). */
function daysToFirstOccurrence(rule: RepeatReading, date: string): number {
  for (let shift = 0; shift < 800; shift += 1) {
    const day = DateTime.fromISO(date, { zone: 'UTC' }).plus({ days: shift });
    if (rule.freq === 'WEEKLY' && rule.byDay?.length) {
      if (rule.byDay.includes(weekdayOf(day))) return shift;
    } else if (rule.freq === 'MONTHLY' && rule.monthDay) {
      if (monthDayMatches(rule.monthDay, day)) return shift;
    } else return 0;
  }
  return 0;
}

function monthDayMatches(monthDay: MonthDay, day: DateTime): boolean {
  switch (monthDay.type) {
    case 'monthDays':
      return monthDay.days.some((d) => (d > 0 ? d : day.daysInMonth! + 1 + d) === day.day);
    case 'nthWeekday':
      return nthInMonth(day, monthDay.nth, (d) => weekdayOf(d) === monthDay.weekday);
    case 'nthOfDays':
      return nthInMonth(day, monthDay.nth, (d) => monthDay.days.includes(weekdayOf(d)));
  }
}

/** Whether `day` is the nth (from the end when negative) of the days of its month `picks` picks. */
function nthInMonth(day: DateTime, nth: number, picks: (d: DateTime) => boolean): boolean {
  const picked: number[] = [];
  for (let d = 1; d <= day.daysInMonth!; d += 1) if (picks(day.set({ day: d }))) picked.push(d);
  return picked[nth > 0 ? nth - 1 : picked.length + nth] === day.day;
}

function weekdayOf(day: DateTime): Weekday {
  return WEEKDAY_CODES[day.weekday - 1]!;
}

function plusDays(date: string, days: number): string {
  return days === 0 ? date : DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function nextHalfHour(now: DateTime): string {
  const next = now.startOf('hour').plus({ minutes: now.minute < 30 ? 30 : 60 });
  return next.hasSame(now, 'day') ? next.toFormat('HH:mm') : '23:30';
}

/** How much of the phrase a reading understood, in characters. */
function covered(results: readonly chrono.ParsedResult[]): number {
  return results.reduce((sum, r) => sum + r.text.length, 0);
}
