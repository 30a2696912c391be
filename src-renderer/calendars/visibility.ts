// Which calendars' events are on screen: the sidebar's ticks. One rule for everything that
// shows an event or speaks of it (the grids, reminders, the tray's agenda), so an unticked
// calendar never reminds of what the person chose not to see.
import type { Calendar } from '../../src-preload/model/event';
import type { Occurrence } from '../calendar/model/types';

/** Whether the calendar's events are shown (and remind) here. */
export function isShown(calendar: Calendar): boolean {
  return calendar.hidden !== true;
}

/** The ids of the calendars whose events are not shown. */
export function hiddenCalendarIds(calendars: readonly Calendar[] | undefined): Set<string> {
  return new Set((calendars ?? []).filter((c) => !isShown(c)).map((c) => c.id));
}

/** `occurrences` without those of hidden calendars (the same array when none is hidden). */
export function shownOccurrences(
  occurrences: Occurrence[],
  hidden: ReadonlySet<string>,
): Occurrence[] {
  if (hidden.size === 0) return occurrences;
  return occurrences.filter((o) => !hidden.has(o.event.calendarId));
}
