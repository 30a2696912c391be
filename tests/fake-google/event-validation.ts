// What Google accepts in an Event body, and the read-only fields it fills in. Google's exact
// error wording is not documented for most of these; where unsure the emulator rejects (the
// stricter reading) with a 400 in Google's envelope, so a client that passes here will not be
// surprised by Google.

import { DateTime, IANAZone } from 'luxon';
import { errors } from './api-error.js';
import type { EventResource } from './event-store.js';
import { compileRecurrence, type EventDateTime } from './recurrence.js';

export const EVENT_ID_PATTERN = /^[a-v0-9]{5,1024}$/;

/** Fields clients may not set; Google ignores them in request bodies. */
export const READ_ONLY_FIELDS = [
  'kind',
  'etag',
  'htmlLink',
  'created',
  'updated',
  'creator',
  'hangoutLink',
  'attendeesOmitted',
  'privateCopy',
  'locked',
] as const;

/**
 * Fields only the organizer may change. The list is our reading of Google's "shared
 * properties"; an attendee's own responseStatus/comment/additionalGuests, reminders, colorId,
 * transparency and private extended properties stay editable by guests.
 */
export const ORGANIZER_ONLY_FIELDS = [
  'summary',
  'description',
  'location',
  'start',
  'end',
  'recurrence',
  'status',
  'visibility',
  'conferenceData',
  'guestsCanModify',
  'guestsCanInviteOthers',
  'guestsCanSeeOtherGuests',
  'anyoneCanAddSelf',
  'attachments',
  'source',
] as const;

/**
 * Validates a complete event (after merging a patch) and normalises its date-times.
 * `eventColors` is colors.get's event palette: a colorId must name one of its entries.
 */
export function validateEvent(
  event: EventResource,
  calendarZone: string,
  eventColors: Readonly<Record<string, unknown>>,
): void {
  if (!event.start) throw errors.required('Missing start time.', 'start');
  if (!event.end) throw errors.required('Missing end time.', 'end');
  const isInstance = typeof event.recurringEventId === 'string';
  const recurring = Array.isArray(event.recurrence) && event.recurrence.length > 0;
  event.start = normaliseDateTime(event.start, 'start', recurring);
  event.end = normaliseDateTime(event.end, 'end', recurring);
  const startIsDate = typeof event.start.date === 'string';
  const endIsDate = typeof event.end.date === 'string';
  if (startIsDate !== endIsDate)
    throw errors.invalid(
      'Start and end times must either both be date or both be dateTime.',
      'end',
    );
  if (startIsDate) {
    if ((event.end.date as string) <= (event.start.date as string))
      throw errors.timeRangeEmpty('end.date');
  } else if (
    Date.parse(event.end.dateTime as string) < Date.parse(event.start.dateTime as string)
  ) {
    throw errors.timeRangeEmpty('end.dateTime');
  }
  if (recurring) {
    if (isInstance)
      throw errors.invalid('Recurring event instances cannot have a recurrence.', 'recurrence');
    compileRecurrence(event.recurrence as string[], event.start, calendarZone);
  }
  if (event.status != null && !['confirmed', 'tentative', 'cancelled'].includes(event.status))
    throw errors.invalid('Invalid value for status.', 'status');
  if (event.transparency != null && !['opaque', 'transparent'].includes(event.transparency))
    throw errors.invalid('Invalid value for transparency.', 'transparency');
  if (
    event.visibility != null &&
    !['default', 'public', 'private', 'confidential'].includes(event.visibility)
  )
    throw errors.invalid('Invalid value for visibility.', 'visibility');
  if (event.colorId != null && !Object.hasOwn(eventColors, event.colorId))
    throw errors.invalid('Invalid color id.', 'colorId');
  validateReminders(event);
  validateAttendees(event);
  for (const scope of ['private', 'shared'] as const) {
    const props = event.extendedProperties?.[scope];
    if (props && Object.values(props).some((v) => typeof v !== 'string'))
      throw errors.invalid(
        'Extended property values must be strings.',
        `extendedProperties.${scope}`,
      );
  }
}

export function validateSendUpdates(
  query: URLSearchParams,
): 'all' | 'externalOnly' | 'none' | undefined {
  const value = query.get('sendUpdates');
  if (value === null) return query.get('sendNotifications') === 'true' ? 'all' : undefined;
  if (value !== 'all' && value !== 'externalOnly' && value !== 'none')
    throw errors.invalid(`Invalid value for: ${value} is not a valid value`, 'sendUpdates');
  return value;
}

export function validateConferenceDataVersion(query: URLSearchParams): 0 | 1 {
  const value = query.get('conferenceDataVersion');
  if (value === null || value === '0') return 0;
  if (value === '1') return 1;
  throw errors.invalid('Invalid conference data version.', 'conferenceDataVersion');
}

function normaliseDateTime(
  value: EventDateTime,
  which: 'start' | 'end',
  recurring: boolean,
): EventDateTime {
  const { date, dateTime, timeZone } = value;
  if ((date == null) === (dateTime == null)) throw errors.invalid(`Invalid ${which} time.`, which);
  if (timeZone != null && !IANAZone.isValidZone(timeZone))
    throw errors.invalid(`Invalid time zone definition for ${which} time.`, `${which}.timeZone`);
  if (date != null) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
      throw errors.invalid(`Invalid ${which} time.`, which);
    return timeZone != null ? { date, timeZone } : { date };
  }
  const text = dateTime as string;
  const hasOffset = /(?:Z|[+-]\d{2}:\d{2})$/i.test(text);
  if (!hasOffset && timeZone == null)
    throw errors.required(`Missing time zone definition for ${which} time.`, which);
  // Recurring series expand in their time zone, so Google insists on one.
  if (recurring && timeZone == null)
    throw errors.required(`Missing time zone definition for ${which} time.`, which);
  const parsed = hasOffset
    ? DateTime.fromISO(text, { setZone: true })
    : DateTime.fromISO(text, { zone: timeZone as string });
  if (!parsed.isValid) throw errors.invalid(`Invalid ${which} time.`, which);
  const normalised = timeZone != null ? parsed.setZone(timeZone) : parsed;
  const iso = normalised.toISO({ suppressMilliseconds: true }) as string;
  return timeZone != null ? { dateTime: iso, timeZone } : { dateTime: iso };
}

function validateReminders(event: EventResource): void {
  const reminders = event.reminders;
  if (!reminders) return;
  const overrides = reminders.overrides ?? [];
  if (reminders.useDefault === true && overrides.length > 0)
    throw errors.invalid(
      'Cannot specify both default reminders and overrides at the same time.',
      'reminders',
    );
  if (overrides.length > 5)
    throw errors.invalid('The maximum number of override reminders is 5.', 'reminders.overrides');
  for (const o of overrides) {
    if (o.method !== 'email' && o.method !== 'popup')
      throw errors.invalid('Invalid reminder method.', 'reminders.overrides.method');
    if (typeof o.minutes !== 'number' || o.minutes < 0 || o.minutes > 40320)
      throw errors.invalid('Invalid reminder minutes.', 'reminders.overrides.minutes');
  }
}

function validateAttendees(event: EventResource): void {
  for (const a of event.attendees ?? []) {
    if (typeof a.email !== 'string' || !a.email.includes('@'))
      throw errors.required('Missing attendee email.', 'attendees.email');
    if (
      a.responseStatus != null &&
      !['needsAction', 'declined', 'tentative', 'accepted'].includes(a.responseStatus)
    )
      throw errors.invalid('Invalid attendee response status.', 'attendees.responseStatus');
  }
}
