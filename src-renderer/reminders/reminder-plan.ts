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
import { PlannedOccurrences } from './planned-occurrences';
import {
  hiddenCalendarIds,
  readDisplay,
  shownOccurrences,
  type CalendarDisplay,
} from '../calendars/visibility';

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
  occurrences: PlannedOccurrences;
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
  const [occurrences, calendars, display] = await Promise.all([
    loadOccurrences(db, { start: new Date(from), end: new Date(to) }),
    db.calendars.toArray(),
    readDisplay(db),
  ]);
  return planFromOccurrences(occurrences, calendars, now, zone, horizonMs, display);
}

/** The plan for `occurrences` (as loadOccurrences gives them). Pure. */
export function planFromOccurrences(
  occurrences: Occurrence[],
  calendars: Calendar[],
  now: number,
  zone: string,
  horizonMs = PLAN_HORIZON_MS,
  /** The sidebar's ticks: a hidden calendar's events are not on screen, so they do not remind. */
  display: ReadonlyMap<string, CalendarDisplay> = new Map(),
): ReminderPlan {
  const until = now + horizonMs;
  const shown = shownOccurrences(occurrences, hiddenCalendarIds(display));
  const byId = new Map(calendars.map((c) => [c.id, c]));
  const reminders: PlannedReminder[] = [];
  const planned: PlannedOccurrence[] = [];
  for (const occurrence of shown) {
    const calendar = byId.get(occurrence.event.calendarId);
    const shownSince = display.get(occurrence.event.calendarId)?.shownSince;
    if (!calendar || !remindsHere(calendar) || declined(occurrence.event)) continue;
    // A timed occurrence carries its instants; only all-day ones are placed in the zone.
    const { startMs, endMs } = occurrence.allDay
      ? occurrenceSpan(occurrence, zone)
      : { startMs: occurrence.startMs, endMs: occurrence.endMs };
    if (!(endMs > now) || Number.isNaN(startMs)) continue;
    const entry = new Planned(occurrence, startMs, endMs);
    planned.push(entry);
    for (const minutes of popupMinutes(occurrence.event, occurrence.master, calendar)) {
      const fireAt = occurrence.allDay
        ? fireTime(occurrence, minutes, zone)
        : startMs - minutes * 60_000;
      // What fell due while the calendar was hidden stays quiet once it is shown again.
      if (shownSince !== undefined && fireAt < shownSince) continue;
      if (fireAt <= until)
        reminders.push({
          occurrence,
          start: occurrence.start,
          startMs,
          endMs,
          key: occurrence.instanceId,
          minutes,
          fireAt,
        });
    }
  }
  reminders.sort((a, b) => a.fireAt - b.fireAt || (a.key < b.key ? -1 : 1));
  return { at: now, until, reminders, occurrences: new PlannedOccurrences(planned) };
}

/**
 * An occurrence in the plan. Its start as text is read from the occurrence when asked: a
 * series instance writes it then, and only the few the schedule looks at are asked.
 */
class Planned implements PlannedOccurrence {
  constructor(
    readonly occurrence: Occurrence,
    readonly startMs: number,
    readonly endMs: number,
  ) {}
  get start(): string {
    // Occurrences carry timed starts as ISO instants already (Z), all-day ones as dates.
    return this.occurrence.start;
  }
}

/** A calendar kept here always reminds; a Google one while it syncs (unticked, it is "unsynced"). */
export function remindsHere(calendar: Calendar): boolean {
  return !calendar.account || calendar.syncEnabled;
}

/** Whether the user said no to the event (as a guest). */
export function declined(event: CalendarEvent): boolean {
  return event.attendees?.some((a) => a.self && a.responseStatus === 'declined') ?? false;
}
