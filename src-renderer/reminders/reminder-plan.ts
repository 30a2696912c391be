// The reminder schedule for the next day: every popup reminder due within `horizonMs`,
// read from the occurrences that can still remind (those not ended and starting within
// the horizon plus Google's four-week limit on reminders). Reads go through the same
// occurrence query the views use, so series, exceptions, cancelled instances and damaged
// records are handled once; the work follows what happens soon, not the database's size.
import { MAX_REMINDER_MINUTES } from '../../src-preload/model/event';
import type { Calendar, CalendarEvent } from '../../src-preload/model/event';
import type { AlmanacDatabase } from '../db/database';
import { loadOccurrences } from '../db/queries';
import type { Occurrence } from '../calendar/model/types';
import { fireTime, occurrenceSpan, popupMinutes } from './reminder-times';

/** How far ahead a plan lists reminders. */
export const PLAN_HORIZON_MS = 24 * 3_600_000;
const DAY_MS = 86_400_000;
/** The longest a reminder can come before its event (Google's limit). */
export const MAX_LEAD_MS = MAX_REMINDER_MINUTES * 60_000;

/** One occurrence that can remind: in a calendar that reminds here, not declined, not ended. */
export interface PlannedOccurrence {
  occurrence: Occurrence;
  /** Its start as the reminder state remembers it: a date (all-day) or an ISO instant. */
  start: string;
  startMs: number;
  endMs: number;
}

/** One reminder of one occurrence. */
export interface PlannedReminder extends PlannedOccurrence {
  /** The occurrence's instance id: the key its state is kept under. */
  key: string;
  minutes: number;
  fireAt: number;
}

export interface ReminderPlan {
  /** When the plan was made, and up to when it lists reminders (ms). */
  at: number;
  until: number;
  /** Due at or before `until`, earliest first (past ones included: the schedule decides). */
  reminders: PlannedReminder[];
  /** Every occurrence that can remind, by key, for the panel, snoozes and the tray. */
  occurrences: Map<string, PlannedOccurrence>;
}

/** Reads the occurrences that can remind between `now` and the horizon, and plans them. */
export async function planReminders(
  db: AlmanacDatabase,
  now: number,
  zone: string,
  horizonMs = PLAN_HORIZON_MS,
): Promise<ReminderPlan> {
  // The range read moves a day at a time, so a series expanded for one plan is expanded
  // already for the next (the recurrence module caches by range) and a re-plan after an
  // edit or a sync page costs little more than reading.
  const from = Math.floor(now / DAY_MS) * DAY_MS;
  const to = from + DAY_MS + Math.ceil(horizonMs / DAY_MS) * DAY_MS + MAX_LEAD_MS;
  const [occurrences, calendars] = await Promise.all([
    loadOccurrences(db, { start: new Date(from), end: new Date(to) }),
    db.calendars.toArray(),
  ]);
  return planFromOccurrences(occurrences, calendars, now, zone, horizonMs);
}

/** The plan for `occurrences` (as loadOccurrences gives them). Pure. */
export function planFromOccurrences(
  occurrences: Occurrence[],
  calendars: Calendar[],
  now: number,
  zone: string,
  horizonMs = PLAN_HORIZON_MS,
): ReminderPlan {
  const until = now + horizonMs;
  const byId = new Map(calendars.map((c) => [c.id, c]));
  const reminders: PlannedReminder[] = [];
  const planned = new Map<string, PlannedOccurrence>();
  for (const occurrence of occurrences) {
    const calendar = byId.get(occurrence.event.calendarId);
    if (!calendar || !remindsHere(calendar) || declined(occurrence.event)) continue;
    const { startMs, endMs } = occurrenceSpan(occurrence, zone);
    if (!(endMs > now) || Number.isNaN(startMs)) continue;
    // Occurrences carry timed starts as ISO instants already (Z), all-day ones as dates.
    const entry: PlannedOccurrence = { occurrence, start: occurrence.start, startMs, endMs };
    planned.set(occurrence.instanceId, entry);
    for (const minutes of popupMinutes(occurrence.event, occurrence.master, calendar)) {
      const fireAt = occurrence.allDay
        ? fireTime(occurrence, minutes, zone)
        : startMs - minutes * 60_000;
      if (fireAt <= until)
        reminders.push({ ...entry, key: occurrence.instanceId, minutes, fireAt });
    }
  }
  reminders.sort((a, b) => a.fireAt - b.fireAt || (a.key < b.key ? -1 : 1));
  return { at: now, until, reminders, occurrences: planned };
}

/** A calendar kept here always reminds; a Google one while it syncs (unticked, it is "unsynced"). */
export function remindsHere(calendar: Calendar): boolean {
  return !calendar.account || calendar.syncEnabled;
}

/** Whether the user said no to the event (as a guest). */
export function declined(event: CalendarEvent): boolean {
  return event.attendees?.some((a) => a.self && a.responseStatus === 'declined') ?? false;
}
