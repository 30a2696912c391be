// What the user may do with a calendar and with an event on it: whether the calendar takes
// changes at all, whether the user organizes an event or is only a guest of it, and a
// guest's own answer. One rule each, shared: the editor locks what a guest cannot change,
// the grid refuses drags on read-only calendars, sync parks changes Google would refuse, and
// Reset Account deletes from Google only what the user organizes.
import type { AccessRole, Calendar, CalendarEvent, ResponseStatus } from './event';

/** Whether Google takes changes to this calendar's events from the user. */
export function canWrite(calendar: { accessRole: AccessRole }): boolean {
  return calendar.accessRole === 'owner' || calendar.accessRole === 'writer';
}

type OrganizedEvent = Pick<CalendarEvent, 'organizer' | 'attendees'>;

/**
 * Whether the user organizes the event on this calendar. Google marks the organizer `self`
 * when it can tell; events made here carry no organizer until Google answers; otherwise the
 * organizer is the user when it is the calendar itself (a secondary calendar organizes its
 * own events), the account, or the address the user is listed under among the guests.
 */
export function organizes(
  event: OrganizedEvent,
  calendar: Pick<Calendar, 'id' | 'account'>,
): boolean {
  const organizer = event.organizer;
  if (!organizer) return true;
  if (organizer.self !== undefined) return organizer.self;
  const email = organizer.email?.toLowerCase();
  if (!email) return true;
  if (email === calendar.id.toLowerCase() || email === calendar.account?.toLowerCase()) return true;
  const me = event.attendees?.find((a) => a.self);
  return me ? Boolean(me.organizer) || me.email.toLowerCase() === email : false;
}

/** Whether someone else organizes the event: the user may change only their own copy. */
export function isGuest(
  event: OrganizedEvent,
  calendar: Pick<Calendar, 'id' | 'account'>,
): boolean {
  return !organizes(event, calendar);
}

/** The user's own answer to an event they are a guest of; undefined when they organize it or are not listed. */
export function guestAnswer(
  event: OrganizedEvent,
  calendar: Pick<Calendar, 'id' | 'account'>,
): ResponseStatus | undefined {
  if (!isGuest(event, calendar)) return undefined;
  return event.attendees?.find((a) => a.self)?.responseStatus ?? undefined;
}
