// Changes to the calendars themselves: new calendars kept on this computer, their name,
// colour, time zone and default reminders, deleting one with its events, and which
// calendars' events are shown. Each is one transaction. A calendar's events are its own, so
// deleting a calendar takes them (and anything queued for them) with it.
import { ReminderOverrideSchema } from '../../src-preload/model/event';
import type { Calendar, ReminderOverride } from '../../src-preload/model/event';
import { isValidZone } from '../../src-preload/model/zoned-time';
import type { AlmanacDatabase } from './database';

/** What the calendar settings dialog edits. */
export interface CalendarDetails {
  summary: string;
  color: string;
  timeZone: string;
  defaultReminders: ReminderOverride[];
}

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

export class CalendarDetailsError extends Error {
  constructor(readonly problems: CalendarProblem[]) {
    super(problems.map((p) => p.message).join(' '));
  }
}

/** Creates a calendar kept only on this computer; answers its id. */
export async function createLocalCalendar(
  db: AlmanacDatabase,
  details: CalendarDetails,
): Promise<string> {
  assertValid(details);
  const id = `local-${globalThis.crypto.randomUUID().replace(/-/g, '')}`;
  await db.calendars.add({
    id,
    ...cleaned(details),
    accessRole: 'owner',
    syncEnabled: false,
  });
  return id;
}

/** Renames, recolours or otherwise changes a calendar kept here. */
export async function updateLocalCalendar(
  db: AlmanacDatabase,
  id: string,
  details: CalendarDetails,
): Promise<void> {
  assertValid(details);
  await db.transaction('rw', db.calendars, async () => {
    const calendar = await db.calendars.get(id);
    if (!calendar) throw new Error('That calendar no longer exists.');
    if (calendar.account)
      throw new Error(`“${calendar.summary}” is a Google calendar; change it on Google.`);
    await db.calendars.put({ ...calendar, ...cleaned(details) });
  });
}

/** How many events deleting the calendar would take with it (a series counts once). */
export async function countCalendarEvents(db: AlmanacDatabase, id: string): Promise<number> {
  const events = await db.events.where('calendarId').equals(id).toArray();
  return events.filter((e) => e.status !== 'cancelled' && e.kind !== 'exception').length;
}

/** Deletes a calendar kept here, with every event in it. */
export async function deleteLocalCalendar(db: AlmanacDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.calendars, db.events, db.outbox, db.syncState], async () => {
    const calendar = await db.calendars.get(id);
    if (!calendar) return; // already gone
    if (calendar.account)
      throw new Error(`“${calendar.summary}” is a Google calendar; it cannot be deleted here.`);
    if (calendar.primary) throw new Error(`“${calendar.summary}” is your main calendar.`);
    await db.events.where('calendarId').equals(id).delete();
    await db.outbox.where('calendarId').equals(id).delete();
    await db.syncState.delete(id);
    await db.calendars.delete(id);
  });
}

/** Shows or hides one calendar's events. */
export async function setCalendarShown(
  db: AlmanacDatabase,
  id: string,
  shown: boolean,
): Promise<void> {
  await db.transaction('rw', db.calendars, async () => {
    const calendar = await db.calendars.get(id);
    if (!calendar) throw new Error('That calendar no longer exists.');
    await db.calendars.put(displayed(calendar, shown, Date.now()));
  });
}

/** Shows only `id`'s events: every other calendar is hidden. */
export async function showOnlyCalendar(db: AlmanacDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.calendars, async () => {
    const calendars = await db.calendars.toArray();
    const now = Date.now();
    await db.calendars.bulkPut(calendars.map((c) => displayed(c, c.id === id, now)));
  });
}

/** The details a calendar has now, for the settings dialog. */
export function detailsOf(calendar: Calendar, fallbackZone: string): CalendarDetails {
  return {
    summary: calendar.summary,
    color: calendar.color,
    timeZone: calendar.timeZone ?? fallbackZone,
    defaultReminders: calendar.defaultReminders ?? [],
  };
}

// ---------------------------------------------------------------------------------------

/** `calendar` shown or hidden; shown again, it notes since when (see Calendar.shownSince). */
function displayed(calendar: Calendar, shown: boolean, now: number): Calendar {
  if (!shown) return { ...calendar, hidden: true };
  if (!calendar.hidden) return calendar;
  const { hidden: _was, ...rest } = calendar;
  return { ...rest, shownSince: now };
}

function assertValid(details: CalendarDetails): void {
  const problems = calendarProblems(details);
  if (problems.length > 0) throw new CalendarDetailsError(problems);
}

function cleaned(details: CalendarDetails): CalendarDetails {
  return {
    summary: details.summary.trim(),
    color: details.color.toLowerCase(),
    timeZone: details.timeZone,
    defaultReminders: details.defaultReminders.map((r) => ({ ...r })),
  };
}
