// "Export…": the events of one calendar, or of all of them, as one iCalendar file (series
// with their exceptions, attendees, reminders as VALARMs, VTIMEZONEs for the zones used, the
// iCalUID as UID), named after what it holds.
import type { Calendar, CalendarEvent } from '../../src-preload/model/event';
import { writeIcs } from '../../src-preload/ics/ics-writer';
import { uidForEvent } from '../../src-preload/ics/event-ids';
import type { IcsProblem } from '../../src-preload/ics/ics-calendar';
import type { AlmanacDatabase } from '../db/database';
import { activeLocale } from '../i18n/active-locale';

export interface CalendarFile {
  /** A file name for the save dialog: "Work.ics", "Almanac.ics" for all calendars. */
  name: string;
  text: string;
  events: number;
  /** Events that could not be written, each with why. */
  problems: IcsProblem[];
}

/** One calendar's events (`calendarId`), or every calendar's (null), as an .ics file. */
export async function exportCalendars(
  db: AlmanacDatabase,
  calendarId: string | null,
  zone: string,
): Promise<CalendarFile> {
  const calendar: Calendar | undefined = calendarId
    ? await db.calendars.get(calendarId)
    : undefined;
  if (calendarId && !calendar) throw new Error(activeLocale().t('changes.noCalendar'));
  const stored = calendarId
    ? await db.events.where('calendarId').equals(calendarId).toArray()
    : await db.events.toArray();
  const events = oncePerUid(stored.filter(isExported));
  const name = calendar?.summary ?? 'Almanac';
  const written = writeIcs(events, { name, timeZone: calendar?.timeZone ?? zone });
  const roots = events.filter((e) => e.kind !== 'exception').length;
  return { name: fileName(name), text: written.text, events: roots, problems: written.problems };
}

// ---------------------------------------------------------------------------------------

/**
 * A deleted event waiting for Google to hear of it is not exported; a cancelled occurrence
 * of a series is (it becomes the series' EXDATE).
 */
function isExported(event: CalendarEvent): boolean {
  return event.status !== 'cancelled' || event.kind === 'exception';
}

/**
 * Every event once per UID. The same event can be on two calendars here (an invitation on
 * both, a file imported into both), and a file may hold a UID only once (its changed
 * occurrences aside): one copy is written, with its own changed occurrences.
 */
function oncePerUid(events: CalendarEvent[]): CalendarEvent[] {
  const dropped = new Set<string>();
  const uids = new Set<string>();
  for (const event of events) {
    if (event.kind === 'exception') continue;
    const uid = uidForEvent(event);
    if (uids.has(uid)) dropped.add(event.id);
    else uids.add(uid);
  }
  return events.filter((e) => !dropped.has(e.id) && !dropped.has(e.recurringEventId ?? ''));
}

/** A name every file system takes (no separators, reserved or invisible characters). */
function fileName(name: string): string {
  const safe =
    [...name]
      .map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? ' ' : c))
      .join('')
      .replace(/ +/g, ' ')
      .trim() || 'Calendar';
  return `${safe}.ics`;
}
