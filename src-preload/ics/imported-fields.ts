// Which of an event's fields an import owns. Importing a file again makes each of these what
// the file now says, so a LOCATION, ATTENDEE, VALARM or RRULE taken out of the file goes here
// too (and on Google when the calendar syncs). Every other field is the calendar's own: a
// colour chosen here, Google's conference or event type, its creator. The file changes one of
// those only when it names it (an Almanac export's X-ALMANAC-FIELDS), never by leaving it out.
import type { EventFieldName, EventFields } from '../model/event';
import { EVENT_FIELDS } from '../model/fields';

/** The fields a standard iCalendar property says: what reading a VEVENT fills or leaves empty. */
export const IMPORTED_FIELDS = [
  'status',
  'summary',
  'description',
  'location',
  'start',
  'end',
  'recurrence',
  'transparency',
  'visibility',
  'organizer',
  'attendees',
  'reminders',
] as const satisfies readonly EventFieldName[];

/**
 * What importing `read` sets on an event already here: every field the import owns, absent
 * ones as undefined (which clears them), and whatever else the file gave a value.
 */
export function importedValues(read: Partial<EventFields>): Partial<EventFields> {
  const out: Record<string, unknown> = {};
  for (const field of IMPORTED_FIELDS) out[field] = read[field];
  for (const field of EVENT_FIELDS) if (read[field] !== undefined) out[field] = read[field];
  return out as Partial<EventFields>;
}
