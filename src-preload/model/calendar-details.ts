// What a person sets on a calendar — name, colour, time zone, default reminders — and what
// is wrong with a choice, in words. One rule for calendars kept here (checked in the
// renderer) and Google calendars (checked again in main before anything goes to Google).
import { z } from 'zod';
import { ReminderOverrideSchema } from './event';
import type { ReminderOverride } from './event';
import { isValidZone } from './zoned-time';

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

/** What is wrong with `details`, in words; [] when nothing. */
export function calendarProblems(details: CalendarDetails): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  const name = details.summary.trim();
  if (name === '') problems.push({ field: 'summary', message: 'Give the calendar a name.' });
  else if (name.length > MAX_CALENDAR_NAME)
    problems.push({
      field: 'summary',
      message: `A calendar's name can be at most ${MAX_CALENDAR_NAME} characters.`,
    });
  if (!/^#[0-9a-f]{6}$/i.test(details.color))
    problems.push({ field: 'color', message: 'Pick a colour like #4986e7.' });
  if (!isValidZone(details.timeZone))
    problems.push({
      field: 'timeZone',
      message: `“${details.timeZone}” is not a time zone; pick one from the list.`,
    });
  if (details.defaultReminders.length > MAX_DEFAULT_REMINDERS)
    problems.push({
      field: 'defaultReminders',
      message: `A calendar can have at most ${MAX_DEFAULT_REMINDERS} default reminders.`,
    });
  else if (!details.defaultReminders.every((r) => ReminderOverrideSchema.safeParse(r).success))
    problems.push({
      field: 'defaultReminders',
      message: 'A reminder can be from 0 minutes to 4 weeks before the event.',
    });
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
