// A week's number, one rule for every view: the month grid numbers its rows with it and
// FullCalendar's day and week views are given it, so a week has one number wherever it is
// shown. The rule is ISO 8601's, applied to the week as the grid draws it: a week (starting on
// the user's first weekday, whichever that is) takes the ISO number of its Thursday. Seven
// days in a row fall in at most two ISO weeks, and the Thursday is in the one holding four or
// more of them; so a Monday-first week has its own ISO number, and a Sunday- or Saturday-first
// one the number of the ISO week most of its days are in.
// Left to its own rule, FullCalendar numbered Saturday- and Friday-first weeks one lower than
// this all year (its English week data, which it uses for every language, counts week 1 from
// the week holding the 9th or 8th of January for them).
import { DateTime } from 'luxon';
import { isoDateIn } from './display-dates';

const DAY_MS = 86_400_000;

/** The number of the week holding `date` (YYYY-MM-DD), weeks starting on `firstDay` (0 Sunday). */
export function weekNumberOf(date: string, firstDay: number): number {
  // A date alone parses as its midnight in UTC: plain day arithmetic, no zone involved.
  const day = Date.parse(date);
  const start = day - ((new Date(day).getUTCDay() - firstDay + 7) % 7) * DAY_MS;
  const thursday = start + ((4 - firstDay + 7) % 7) * DAY_MS;
  return DateTime.fromMillis(thursday, { zone: 'utc' }).weekNumber;
}

/**
 * The rule as FullCalendar's `weekNumberCalculation`. Day and week views call it with the
 * first day they draw (the day itself; the week's first day, or its Monday when weekends are
 * hidden), as the instant that day starts in the calendar's zone: its midnight, found by the
 * luxon plugin. Where a zone's clocks jump forward at midnight (Chile, Cuba, Lebanon) that
 * day has no midnight, and the instant handed over falls an hour before the day begins, on
 * the day before; so the day is read at the instant's noon, well inside it either way.
 */
export function fullCalendarWeekNumber(zone: string, firstDay: number): (start: Date) => number {
  return (start) => weekNumberOf(isoDateIn(new Date(start.getTime() + DAY_MS / 2), zone), firstDay);
}
