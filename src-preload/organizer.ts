// Whether the user organizes an event, as Reset Account decides which events it may delete
// from Google. Shared: main deletes by this rule, and the reset dialog counts by it, so the
// summary it shows before Confirm is what Confirm does.
import type { CalendarEvent } from './contract';

/**
 * Google marks the organizer `self`; events made here may carry no organizer yet; on a
 * secondary calendar the organizer is the calendar itself.
 */
export function organizes(
  event: Pick<CalendarEvent, 'organizer'>,
  account: string,
  calendarId: string,
): boolean {
  const organizer = event.organizer;
  if (!organizer) return true;
  if (organizer.self !== undefined) return organizer.self;
  const email = organizer.email?.toLowerCase();
  return !email || email === account.toLowerCase() || email === calendarId.toLowerCase();
}
