// What a person sets on a calendar — name, colour, time zone, default reminders — and what
// is wrong with a choice, in words. One rule for calendars kept here (checked in the
// renderer) and Google calendars (checked again in main before anything goes to Google).
import { z } from 'zod';
import { ReminderOverrideSchema } from './event';
import type { ReminderOverride } from './event';
import { isValidZone } from './zoned-time';
import { refusalSentence, type BridgeWords, type BridgeWordsId } from '../bridge-words';

/** What the calendar settings dialog edits. */
export interface CalendarDetails {
  summary: string;
  color: string;
  timeZone: string;
  defaultReminders: ReminderOverride[];
}

/** The shape of CalendarDetails where it crosses a process boundary; calendarProblems says the rest. */
export const CalendarDetailsSchema = z
  .object({
    summary: z.string().max(10_000),
    color: z.string().max(100),
    timeZone: z.string().max(100),
    defaultReminders: z
      .array(z.object({ method: z.enum(['popup', 'email']), minutes: z.number() }))
      .max(100),
  })
  .strict();

/** A calendar detail the person must fix, with the field it is about. */
export interface CalendarProblem {
  field: keyof CalendarDetails;
  message: string;
}

/** Google's limit on a calendar's name is generous; one that long would not fit anywhere. */
export const MAX_CALENDAR_NAME = 200;
/** Google's limit on default reminders. */
export const MAX_DEFAULT_REMINDERS = 5;

/** Which rule a calendar detail breaks, with the numbers its words need. */
export type CalendarProblemCode =
  | { code: 'name' }
  | { code: 'nameLong'; max: number }
  | { code: 'color' }
  | { code: 'zone'; zone: string }
  | { code: 'reminderCount'; max: number }
  | { code: 'reminderRange' };

/** The sentence (src-preload/bridge-words.ts) each problem is said by, in every language. */
export const PROBLEM_SENTENCES = {
  name: 'calendarName',
  nameLong: 'calendarNameLong',
  color: 'calendarColor',
  zone: 'calendarZone',
  reminderCount: 'calendarReminderCount',
  reminderRange: 'calendarReminderRange',
} as const satisfies Record<CalendarProblemCode['code'], BridgeWordsId>;

/** `problem` as a sentence: its id and values, and its English. */
export function problemSentence(problem: CalendarProblemCode): BridgeWords & { text: string } {
  const { code, ...values } = problem;
  return refusalSentence(PROBLEM_SENTENCES[code], values);
}

/** How a problem is put in words: English here and in main, the reader's language in the renderer. */
export type CalendarProblemWords = (problem: CalendarProblemCode) => string;

/** What is wrong with `details`, in words (`say`'s); [] when nothing. */
export function calendarProblems(
  details: CalendarDetails,
  say: CalendarProblemWords = inEnglish,
): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  const add = (field: CalendarProblem['field'], problem: CalendarProblemCode) =>
    problems.push({ field, message: say(problem) });
  const name = details.summary.trim();
  if (name === '') add('summary', { code: 'name' });
  else if (name.length > MAX_CALENDAR_NAME)
    add('summary', { code: 'nameLong', max: MAX_CALENDAR_NAME });
  if (!/^#[0-9a-f]{6}$/i.test(details.color)) add('color', { code: 'color' });
  if (!isValidZone(details.timeZone)) add('timeZone', { code: 'zone', zone: details.timeZone });
  if (details.defaultReminders.length > MAX_DEFAULT_REMINDERS)
    add('defaultReminders', { code: 'reminderCount', max: MAX_DEFAULT_REMINDERS });
  else if (!details.defaultReminders.every((r) => ReminderOverrideSchema.safeParse(r).success))
    add('defaultReminders', { code: 'reminderRange' });
  return problems;
}

/** Text that reads on `background` (#rrggbb): dark on light colours, white on dark ones. */
export function textColorOn(background: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(background.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  return luminance > 0.4 ? '#1d1d1d' : '#ffffff';
}

// ---------------------------------------------------------------------------------------

function inEnglish(problem: CalendarProblemCode): string {
  return problemSentence(problem).text;
}
