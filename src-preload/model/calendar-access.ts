// What the user may do with a calendar and with an event on it: whether the calendar takes
// changes at all, whether the user organizes an event or is only a guest of it, and a
// guest's own answer. One rule each, shared: the editor locks what a guest cannot change,
// the grid refuses drags it cannot send (read-only calendars, a guest's event), sync parks changes Google would refuse, and
// Reset Account deletes from Google only what the user organizes.
import type { AccessRole, Calendar, CalendarEvent, ResponseStatus } from './event';

/** Whether Google takes changes to this calendar's events from the user. */
export function canWrite(calendar: { accessRole: AccessRole }): boolean {
  return calendar.accessRole === 'owner' || calendar.accessRole === 'writer';
}

/**
 * Why something cannot change here, as data: the renderer words it in the reader's language
 * (src-renderer/i18n/refusal-words.ts); `calendar` names the calendar, `type` the event type.
 */
export type Refusal =
  | { reason: 'readOnly' | 'notSynced'; calendar: string }
  | { reason: 'organizerOnly' | 'guestMove' }
  | { reason: 'stays'; type: string };

type OrganizedEvent = Pick<CalendarEvent, 'organizer' | 'attendees'> & {
  guestsCanModify?: boolean;
};

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

/**
 * Why the user cannot move or change an event here, or null when they can: a calendar that
 * is read-only for them, or an event they are only a guest of whose organizer did not let
 * guests change it (Google refuses those changes with 403). A guest's own answer, reminders
 * and colour are theirs either way.
 */
export function changeRefusal(
  event: OrganizedEvent,
  calendar: Pick<Calendar, 'id' | 'account' | 'accessRole' | 'summary' | 'syncEnabled'>,
): Refusal | null {
  const refused = calendarRefusal(calendar);
  if (refused) return refused;
  if (isGuest(event, calendar) && !event.guestsCanModify) return { reason: 'organizerOnly' };
  return null;
}

/**
 * Why no event of this calendar can change here, or null: Google keeps it read-only for the
 * user, or it is a Google calendar unticked under "Calendars to sync", whose changes could
 * not reach Google (they would wait forever) until it syncs again.
 */
export function calendarRefusal(
  calendar: Pick<Calendar, 'account' | 'accessRole' | 'summary' | 'syncEnabled'>,
): Refusal | null {
  if (!canWrite(calendar)) return { reason: 'readOnly', calendar: calendar.summary };
  if (calendar.account && !calendar.syncEnabled)
    return { reason: 'notSynced', calendar: calendar.summary };
  return null;
}

/**
 * Why an event cannot move to another calendar, or null when it can: what cannot change here
 * at all, a guest's copy (only the organizer moves an event), and the types Google keeps
 * where they are. A repeating event moves as a whole series, with its changed occurrences,
 * as Google moves it: the editor asks first (see `movesWholeSeries`).
 */
export function moveRefusal(
  event: OrganizedEvent & Pick<CalendarEvent, 'eventType'>,
  calendar: Pick<Calendar, 'id' | 'account' | 'accessRole' | 'summary' | 'syncEnabled'>,
): Refusal | null {
  const refused = calendarRefusal(calendar);
  if (refused) return refused;
  if (isGuest(event, calendar)) return { reason: 'guestMove' };
  const type = event.eventType ?? 'default';
  return STAYS.has(type) ? { reason: 'stays', type } : null;
}

/** Whether moving the event moves a whole series: Google moves a series only with all its events. */
export function movesWholeSeries(event: Pick<CalendarEvent, 'kind' | 'recurringEventId'>): boolean {
  return event.kind !== 'single' || Boolean(event.recurringEventId);
}

/** The event types Google keeps in the calendar they are in. */
const STAYS = new Set(['birthday', 'fromGmail', 'focusTime', 'outOfOffice', 'workingLocation']);

/** Whether the calendar's events go to Google (so guests and Meet make sense there). */
export function syncsToGoogle(calendar: Pick<Calendar, 'account' | 'syncEnabled'>): boolean {
  return Boolean(calendar.account) && calendar.syncEnabled;
}
