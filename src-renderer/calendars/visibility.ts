// Which calendars' events are on screen: the sidebar's ticks, kept in their own table
// (calendarDisplay) as this computer's choice. One rule for everything that shows an event
// or speaks of it (the grids, reminders, the tray's agenda), so an unticked calendar never
// reminds of what the person chose not to see.
import type { Occurrence } from '../calendar/model/types';
import type { AlmanacDatabase } from '../db/database';

/** One calendar's display choice; a calendar without a row is shown. */
export interface CalendarDisplay {
  calendarId: string;
  hidden: boolean;
  /** When it was last ticked back on (ms): what fell due before, while hidden, stays quiet. */
  shownSince?: number;
}

/** Every display choice, by calendar. */
export async function readDisplay(db: AlmanacDatabase): Promise<Map<string, CalendarDisplay>> {
  return new Map((await db.calendarDisplay.toArray()).map((d) => [d.calendarId, d]));
}

/** The ids of the calendars whose events are not shown. */
export function hiddenCalendarIds(
  display: ReadonlyMap<string, CalendarDisplay> | undefined,
): Set<string> {
  return new Set([...(display?.values() ?? [])].filter((d) => d.hidden).map((d) => d.calendarId));
}

/** `occurrences` without those of hidden calendars (the same array when none is hidden). */
export function shownOccurrences(
  occurrences: readonly Occurrence[],
  hidden: ReadonlySet<string>,
): readonly Occurrence[] {
  if (hidden.size === 0) return occurrences;
  return occurrences.filter((o) => !hidden.has(o.event.calendarId));
}
