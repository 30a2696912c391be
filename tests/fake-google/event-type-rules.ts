// What Google allows for its special event types (guides/event-types, guides/calendar-status):
// birthdays, events from Gmail, and the status events — focus time, out of office, working
// location — which exist only on primary calendars. Checked on creation and on every change,
// so a client that keeps these events intact here keeps them intact on Google. Google's exact
// wording is undocumented; refusals are 400 `eventTypeRestriction` (the reason clients of the
// real API key on), or 400 `invalid`/`required` for a malformed value.

import { ApiError, errors } from './api-error.js';
import type { EventResource } from './event-store.js';
import { sameEventTime } from './event-view.js';

export const EVENT_TYPES = [
  'default',
  'birthday',
  'focusTime',
  'fromGmail',
  'outOfOffice',
  'workingLocation',
] as const;

export interface TypeContext {
  /** The calendar is a user's primary calendar (its id is their address). */
  primary: boolean;
  /** The call arrived as a part of a batch request. */
  batched: boolean;
  /**
   * Google's own systems write the event (Contacts' birthdays, Gmail's events; the admin
   * API's seeding stands for them), so creation rules meant for API clients do not apply.
   */
  byGoogle: boolean;
}

/** Refuses an event Google would not create: `body` as the client sent it, `event` as it would be stored. */
export function checkNewEvent(
  body: Record<string, unknown>,
  event: EventResource,
  ctx: TypeContext,
): void {
  const type = event.eventType ?? 'default';
  if (!(EVENT_TYPES as readonly string[]).includes(type))
    throw errors.invalid(`Invalid event type: ${type}.`, 'eventType');
  if (STATUS_TYPES.has(type) && !ctx.primary)
    throw restriction(`${TYPE_NAMES[type]} events can only be created on primary calendars.`);
  if (ctx.byGoogle) return;
  if (type === 'fromGmail')
    throw restriction('Events from Gmail cannot be created through the API.');
  if (type === 'birthday') {
    const extra = Object.keys(body).filter(
      (key) =>
        !BIRTHDAY_INSERT_FIELDS.has(key) && !(key === 'status' && body.status === 'confirmed'),
    );
    if (extra.length > 0) throw restriction(`A birthday event cannot have ${extra.join(', ')}.`);
    const props = event.birthdayProperties;
    if (props && (props.type !== 'birthday' || props.contact || props.customTypeName))
      throw restriction(
        'Only birthdays of type "birthday", with no contact or custom type, can be created.',
      );
    if (event.visibility !== 'private')
      throw restriction('A birthday event must have visibility "private".');
    if (event.transparency !== 'transparent')
      throw restriction('A birthday event must have transparency "transparent".');
    const leapDay = event.start?.date?.slice(5) === '02-29';
    const yearly = leapDay ? 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' : 'RRULE:FREQ=YEARLY';
    if (event.recurrence?.length !== 1 || event.recurrence[0] !== yearly)
      throw restriction(`A birthday event must repeat with "${yearly}".`);
  }
  if (STATUS_TYPES.has(type)) {
    const props =
      type === 'focusTime'
        ? event.focusTimeProperties
        : type === 'outOfOffice'
          ? event.outOfOfficeProperties
          : event.workingLocationProperties;
    if (!props) throw errors.required(`Missing ${PROPERTIES[type]}.`, PROPERTIES[type]);
  }
  checkShape(event, ctx);
}

/** Refuses a change (patch or update) Google does not allow for the event's type. */
export function checkChangedEvent(
  before: EventResource,
  after: EventResource,
  ctx: TypeContext,
): void {
  const type = before.eventType ?? 'default';
  if ((after.eventType ?? 'default') !== type)
    throw restriction('The event type cannot be changed after an event is created.');
  const changed = changedKeys(before, after);
  if (type === 'birthday') {
    const refused = changed.filter((key) => !BIRTHDAY_CHANGES.has(key));
    if (refused.length > 0)
      throw restriction(
        `Only the colorId, summary, reminders and date of a birthday can change, not ${refused.join(', ')}.`,
      );
    const props = before.birthdayProperties;
    const fromContact = Boolean(props?.contact) || props?.type === 'self';
    if ((changed.includes('start') || changed.includes('end')) && fromContact)
      throw restriction(
        'The date of a birthday from Google Contacts (or of your own) is changed there, not here.',
      );
  }
  if (type === 'fromGmail') {
    const refused = changed.filter((key) => !GMAIL_CHANGES.has(key));
    if (refused.length > 0)
      throw restriction(
        `Only the colour, reminders, visibility, availability, status, guests and extended properties of an event from Gmail can change, not ${refused.join(', ')}.`,
      );
  }
  checkShape(after, ctx);
}

/** Changing the organizer (events.move) is not supported for birthdays and events from Gmail. */
export function checkMove(event: EventResource): void {
  const type = event.eventType ?? 'default';
  if (type === 'birthday' || type === 'fromGmail')
    throw restriction(`${TYPE_NAMES[type]} events cannot be moved to another calendar.`);
}

// ---------------------------------------------------------------------------------------

const STATUS_TYPES = new Set(['focusTime', 'outOfOffice', 'workingLocation']);
const TYPE_NAMES: Record<string, string> = {
  birthday: 'Birthday',
  fromGmail: 'Gmail',
  focusTime: 'Focus time',
  outOfOffice: 'Out of office',
  workingLocation: 'Working location',
};
const PROPERTIES: Record<string, string> = {
  focusTime: 'focusTimeProperties',
  outOfOffice: 'outOfOfficeProperties',
  workingLocation: 'workingLocationProperties',
};
const WORKING_LOCATION_TYPES = ['homeOffice', 'officeLocation', 'customLocation'];

/** "Can have a colorId, summary and reminders … Cannot have any other event properties." */
const BIRTHDAY_INSERT_FIELDS = new Set([
  'id',
  'eventType',
  'start',
  'end',
  'visibility',
  'transparency',
  'recurrence',
  'colorId',
  'summary',
  'reminders',
  'birthdayProperties',
]);
/** Restoring a deleted birthday (status) is a change too. */
const BIRTHDAY_CHANGES = new Set(['colorId', 'summary', 'reminders', 'start', 'end', 'status']);
const GMAIL_CHANGES = new Set([
  'colorId',
  'reminders',
  'visibility',
  'transparency',
  'status',
  'attendees',
  'extendedProperties',
]);
/** Fields Google itself keeps, which a write does not set. */
const SERVER_FIELDS = new Set([
  'kind',
  'etag',
  'id',
  'htmlLink',
  'created',
  'updated',
  'creator',
  'organizer',
  'iCalUID',
  'sequence',
  'recurringEventId',
  'originalStartTime',
]);
/** Google's defaults: an absent value and the default are the same value. */
const DEFAULTS: Record<string, unknown> = {
  status: 'confirmed',
  visibility: 'default',
  transparency: 'opaque',
  reminders: { useDefault: true },
};

/** What every version of an event of the type must look like. */
function checkShape(event: EventResource, ctx: TypeContext): void {
  const type = event.eventType ?? 'default';
  const allDay = typeof event.start?.date === 'string';
  const guests = (event.attendees ?? []).filter((a) => !a.organizer && !a.self);
  if (type === 'birthday' && (!allDay || days(event) !== 1))
    throw restriction('A birthday event must be an all-day event of exactly one day.');
  if (type === 'focusTime' || type === 'outOfOffice') {
    if (allDay) throw restriction(`${TYPE_NAMES[type]} events cannot be all-day events.`);
    if (guests.length > 0) throw restriction(`${TYPE_NAMES[type]} events cannot have attendees.`);
    if ((event.transparency ?? 'opaque') !== 'opaque')
      throw restriction(`${TYPE_NAMES[type]} events must have transparency "opaque".`);
  }
  if (type === 'workingLocation') {
    if (ctx.batched)
      throw restriction(
        'Creating and updating working location events through the batch endpoint is not supported.',
      );
    if (allDay && days(event) !== 1)
      throw restriction('An all-day working location event must span exactly one day.');
    if (guests.length > 0) throw restriction('Working location events cannot have attendees.');
    if (event.visibility !== 'public')
      throw restriction('A working location event must have visibility "public".');
    if (event.transparency !== 'transparent')
      throw restriction('A working location event must have transparency "transparent".');
    const kind = event.workingLocationProperties?.type;
    if (kind !== undefined && kind !== null && !WORKING_LOCATION_TYPES.includes(kind))
      throw errors.invalid(
        `Invalid working location type: ${kind}.`,
        'workingLocationProperties.type',
      );
  }
}

function changedKeys(before: EventResource, after: EventResource): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => {
    if (SERVER_FIELDS.has(key)) return false;
    if (key === 'start' || key === 'end') return !sameEventTime(before[key], after[key]);
    const a = (before as Record<string, unknown>)[key] ?? DEFAULTS[key];
    const b = (after as Record<string, unknown>)[key] ?? DEFAULTS[key];
    return canonical(a) !== canonical(b);
  });
}

function days(event: EventResource): number {
  return (Date.parse(event.end?.date ?? '') - Date.parse(event.start?.date ?? '')) / 86_400_000;
}

function restriction(message: string): ApiError {
  return new ApiError(400, { domain: 'calendar', reason: 'eventTypeRestriction', message });
}

function canonical(value: unknown): string {
  return JSON.stringify(sortKeys(value ?? null));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  return value;
}
