// Which popup reminders an event has on this computer, and the instant each falls due. A
// reminder comes from the event's own overrides or, when it uses the defaults, from its
// calendar's; email reminders are Google's to send. Timed events count minutes back from
// their start. All-day events count back from midnight at the start of their first day in
// the user's zone, the way Google reads them: 900 minutes is "the day before at 09:00",
// and it stays 09:00 on the wall clock across a DST change.
import { MAX_REMINDER_MINUTES } from '../../src-preload/model/event';
import type { Calendar, CalendarEvent, ReminderOverride } from '../../src-preload/model/event';
import { activeLocale } from '../i18n/active-locale';
import { addDays, floatingFromWall, wallToInstant } from '../../src-preload/model/zoned-time';

/** "Default reminders" of a calendar kept only here, until the user sets their own (Google's default for a new calendar). */
export const LOCAL_DEFAULT_REMINDERS: ReminderOverride[] = [{ method: 'popup', minutes: 30 }];

/** The first reminder the editor adds to an all-day event: the day before at 09:00. */
export const ALL_DAY_FIRST_REMINDER = 900;

/**
 * The minutes before the start of each popup reminder of `event` (an occurrence's record;
 * `master` its series, whose reminders an exception without its own follows), sorted and
 * without repeats.
 */
export function popupMinutes(
  event: CalendarEvent,
  master: CalendarEvent | undefined,
  calendar: Calendar,
): number[] {
  const reminders = event.reminders ?? master?.reminders ?? { useDefault: true };
  const list = reminders.useDefault ? defaultRemindersOf(calendar) : (reminders.overrides ?? []);
  const minutes = new Set<number>();
  for (const reminder of list) {
    if (reminder?.method !== 'popup') continue;
    const m = reminder.minutes;
    if (Number.isInteger(m) && m >= 0 && m <= MAX_REMINDER_MINUTES) minutes.add(m);
  }
  return [...minutes].sort((a, b) => a - b);
}

/** What "Default reminders" means for a calendar's events. */
export function defaultRemindersOf(calendar: Calendar): ReminderOverride[] {
  return calendar.defaultReminders ?? (calendar.account ? [] : LOCAL_DEFAULT_REMINDERS);
}

/** The instants an occurrence starts and ends; an all-day one from and to midnight in `zone`. */
export function occurrenceSpan(
  occurrence: { allDay: boolean; start: string; end: string },
  zone: string,
): { startMs: number; endMs: number } {
  if (!occurrence.allDay)
    return { startMs: Date.parse(occurrence.start), endMs: Date.parse(occurrence.end) };
  const startMs = wallToInstant(floatingFromWall(occurrence.start), zone);
  const end = occurrence.end > occurrence.start ? occurrence.end : addDays(occurrence.start, 1);
  return { startMs, endMs: wallToInstant(floatingFromWall(end), zone) };
}

/** When the reminder `minutes` before an occurrence falls due (ms). */
export function fireTime(
  occurrence: { allDay: boolean; start: string },
  minutes: number,
  zone: string,
): number {
  if (!occurrence.allDay) return Date.parse(occurrence.start) - minutes * 60_000;
  const { days, minuteOfDay } = splitAllDay(minutes);
  return wallToInstant(
    floatingFromWall(addDays(occurrence.start, -days)) + minuteOfDay * 60_000,
    zone,
  );
}

/** An all-day reminder as the editor shows it: whole days before, and the time on that day. */
export function allDayParts(minutes: number): { days: number; time: string } {
  const { days, minuteOfDay } = splitAllDay(minutes);
  return { days, time: `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}` };
}

/** The minutes Google stores for "`days` days before at `time`" (HH:mm); NaN if unreadable. */
export function allDayMinutes(days: number, time: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match || !Number.isInteger(days)) return Number.NaN;
  const minuteOfDay = Number(match[1]) * 60 + Number(match[2]);
  if (minuteOfDay >= DAY_MINUTES) return Number.NaN;
  return days * DAY_MINUTES - minuteOfDay;
}

/** "10 minutes before", "1 hour before"; all-day: "1 day before at 09:00". */
export function describeReminder(minutes: number, allDay: boolean): string {
  const { formats, t } = activeLocale();
  if (allDay) {
    const { days, time } = allDayParts(minutes);
    return t('reminder.allDay', { days, time: formats.wallTime(time) });
  }
  if (minutes === 0) return t('reminder.atStart');
  const { amount, unit } = reminderAmount(minutes);
  return t('reminder.before', { amount, unit });
}

/** The units a timed reminder is chosen in, largest first, with their length in minutes. */
export const REMINDER_UNITS = [
  [7 * 1440, 'week'],
  [1440, 'day'],
  [60, 'hour'],
  [1, 'minute'],
] as const;

export type ReminderUnit = (typeof REMINDER_UNITS)[number][1];

/** Minutes before as the largest whole unit: 2880 → 2 days, 90 → 90 minutes. */
export function reminderAmount(minutes: number): { amount: number; unit: ReminderUnit } {
  for (const [size, unit] of REMINDER_UNITS)
    if (minutes >= size && minutes % size === 0) return { amount: minutes / size, unit };
  return { amount: minutes, unit: 'minute' };
}

// ---------------------------------------------------------------------------------------

const DAY_MINUTES = 1440;

/** 900 → the day before (1) at 540 minutes past midnight; 0 → the day itself at midnight. */
function splitAllDay(minutes: number): { days: number; minuteOfDay: number } {
  const days = Math.ceil(minutes / DAY_MINUTES);
  return { days, minuteOfDay: days * DAY_MINUTES - minutes };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
