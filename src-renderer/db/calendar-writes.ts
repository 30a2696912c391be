// Changes to the calendars themselves: new calendars kept on this computer, their name,
// colour, time zone and default reminders, deleting one with its events, and which
// calendars' events are shown. Each is one transaction. A calendar's events are its own, so
// deleting a calendar takes them (and anything queued for them) with it.
import type { Calendar } from '../../src-preload/model/event';
import {
  calendarProblems,
  problemSentence,
  type CalendarDetails,
  type CalendarProblem,
} from '../../src-preload/model/calendar-details';
import type { AlmanacDatabase } from './database';
import type { CalendarDisplay } from '../calendars/visibility';
import { notePendingDisplay, settlePendingDisplay } from '../calendars/pending-display';
import { activeLocale } from '../i18n/active-locale';

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
    if (!calendar) throw new Error(activeLocale().t('changes.noCalendar'));
    if (calendar.account)
      throw new Error(activeLocale().t('db.googleCalendarEdit', { calendar: calendar.summary }));
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
  const tables = [db.calendars, db.events, db.outbox, db.syncState, db.calendarDisplay];
  await db.transaction('rw', tables, async () => {
    const calendar = await db.calendars.get(id);
    if (!calendar) return; // already gone
    if (calendar.account)
      throw new Error(activeLocale().t('db.googleCalendarDelete', { calendar: calendar.summary }));
    if (calendar.primary)
      throw new Error(activeLocale().t('db.mainCalendar', { calendar: calendar.summary }));
    await db.events.where('calendarId').equals(id).delete();
    await db.outbox.where('calendarId').equals(id).delete();
    await db.syncState.delete(id);
    await db.calendarDisplay.delete(id);
    await db.calendars.delete(id);
  });
}

/** Shows or hides one calendar's events. */
export async function setCalendarShown(
  db: AlmanacDatabase,
  id: string,
  shown: boolean,
): Promise<void> {
  // The grid shows the tick at once; the stored choice catches up.
  notePendingDisplay(db, id, !shown);
  try {
    await db.transaction('rw', db.calendarDisplay, async () => {
      await db.calendarDisplay.put(
        displayed(id, await db.calendarDisplay.get(id), shown, Date.now()),
      );
    });
  } catch (error) {
    settlePendingDisplay(db);
    throw error;
  }
}

/** Shows only `id`'s events: every other calendar is hidden. */
export async function showOnlyCalendar(db: AlmanacDatabase, id: string): Promise<void> {
  // Every calendar's choice changes: what was ticked before no longer stands.
  settlePendingDisplay(db);
  await db.transaction('rw', [db.calendars, db.calendarDisplay], async () => {
    const ids = (await db.calendars.toCollection().primaryKeys()) as string[];
    const before = await db.calendarDisplay.bulkGet(ids);
    const now = Date.now();
    await db.calendarDisplay.bulkPut(
      ids.map((calendarId, i) => displayed(calendarId, before[i], calendarId === id, now)),
    );
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

/** A calendar's display choice made `shown`; shown again, it notes since when. */
function displayed(
  calendarId: string,
  before: CalendarDisplay | undefined,
  shown: boolean,
  now: number,
): CalendarDisplay {
  if (!shown) return { ...before, calendarId, hidden: true };
  if (!before?.hidden) return before ?? { calendarId, hidden: false };
  return { calendarId, hidden: false, shownSince: now };
}

/** What is wrong with `details`, in the reader's language. */
export function detailsProblems(details: CalendarDetails): CalendarProblem[] {
  return calendarProblems(details, (problem) => {
    const { id, values } = problemSentence(problem);
    return activeLocale().t(`bridge.words.${id}`, values);
  });
}

function assertValid(details: CalendarDetails): void {
  const problems = detailsProblems(details);
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
