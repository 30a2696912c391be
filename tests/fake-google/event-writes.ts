// The write side of events: insert, import, patch, update, delete and move, with Google's
// rules for ids (400/409), etags (412), deleted events (410), instances of recurring series
// (an edit or delete of one instance becomes an exception record), guests who are not the
// organizer (403 forbiddenForNonOrganizer), special event types (event-type-rules.ts),
// conference data and notification emails.

import { randomBytes } from 'node:crypto';
import { errors } from './api-error.js';
import { instanceOf, type EventResource, type StoredEvent } from './event-store.js';
import {
  EVENT_ID_PATTERN,
  ORGANIZER_ONLY_FIELDS,
  READ_ONLY_FIELDS,
  validateConferenceDataVersion,
  validateEvent,
  validateSendUpdates,
} from './event-validation.js';
import {
  checkChangedEvent,
  checkMove,
  checkNewEvent,
  type TypeContext,
} from './event-type-rules.js';
import { sameEventTime } from './event-view.js';
import { recordNotifications } from './notifications.js';
import { instantOf, splitInstanceId } from './recurrence.js';
import type { Account, Calendar, World } from './world.js';

export interface EventContext {
  world: World;
  calendar: Calendar;
  user: Account;
  query: URLSearchParams;
  headers: Record<string, string>;
  /** The call is a part of a batch request. */
  batched?: boolean;
  /** Google's own systems write (seeding stands for Contacts and Gmail): see TypeContext. */
  byGoogle?: boolean;
}

export function insertEvent(ctx: EventContext, body: Record<string, unknown>): EventResource {
  const sendUpdates = validateSendUpdates(ctx.query);
  const conferenceVersion = validateConferenceDataVersion(ctx.query);
  const id = claimId(ctx, body.id);
  const input = stripReadOnly(body);
  delete input.organizer;
  delete input.recurringEventId;
  delete input.originalStartTime;
  const event = newEvent(ctx, id, input, conferenceVersion);
  if (event.eventType === 'birthday') event.birthdayProperties ??= { type: 'birthday' };
  validateEvent(event, ctx.calendar.timeZone, ctx.world.colors.event);
  checkNewEvent(input, event, typeContext(ctx));
  const stored = commit(ctx, event);
  recordNotifications(ctx.world, ctx.calendar.id, sendUpdates, undefined, stored.resource);
  return stored.resource;
}

/**
 * events.import: a private copy of an event that exists elsewhere, keyed by iCalUID. The
 * organizer may be set (that is what makes the calendar's owner a guest), and import never
 * mails anyone. Importing an iCalUID already on the calendar updates that event (our reading
 * of Google's idempotent import). A birthday is imported as a default event, as Google does.
 */
export function importEvent(ctx: EventContext, body: Record<string, unknown>): EventResource {
  const conferenceVersion = validateConferenceDataVersion(ctx.query);
  if (typeof body.iCalUID !== 'string' || body.iCalUID === '')
    throw errors.required('Missing iCalUID.', 'iCalUID');
  const existing = findByICalUID(ctx.calendar, body.iCalUID);
  const input = stripReadOnly(body);
  if (input.eventType === 'birthday') {
    delete input.eventType;
    delete input.birthdayProperties;
  }
  const organizer = input.organizer as EventResource['organizer'];
  delete input.organizer;
  if (existing && existing.resource.status !== 'cancelled') {
    const next: EventResource = {
      ...baseFields(existing.resource),
      ...input,
      id: existing.resource.id,
    };
    next.organizer = organizerFor(ctx, organizer);
    finishAttendees(ctx, next);
    applyConference(next, existing.resource, conferenceVersion);
    validateEvent(next, ctx.calendar.timeZone, ctx.world.colors.event);
    return commit(ctx, next, existing.resource).resource;
  }
  const id = claimId(ctx, body.id);
  const event = newEvent(ctx, id, input, conferenceVersion);
  event.iCalUID = body.iCalUID;
  event.organizer = organizerFor(ctx, organizer);
  finishAttendees(ctx, event);
  validateEvent(event, ctx.calendar.timeZone, ctx.world.colors.event);
  return commit(ctx, event).resource;
}

export function patchEvent(
  ctx: EventContext,
  eventId: string,
  body: Record<string, unknown>,
): EventResource {
  return rewrite(ctx, eventId, (current) => mergePatch(current, stripReadOnly(body)), body);
}

/** events.update: PUT replaces the resource; fields left out go back to their defaults. */
export function updateEvent(
  ctx: EventContext,
  eventId: string,
  body: Record<string, unknown>,
): EventResource {
  return rewrite(
    ctx,
    eventId,
    (current) => {
      const input = stripReadOnly(body);
      delete input.organizer;
      return {
        ...baseFields(current),
        reminders: { useDefault: true },
        ...input,
        id: current.id,
        organizer: current.organizer,
        ...(current.recurringEventId
          ? {
              recurringEventId: current.recurringEventId,
              originalStartTime: current.originalStartTime,
            }
          : {}),
      };
    },
    body,
  );
}

export function deleteEvent(ctx: EventContext, eventId: string): void {
  const sendUpdates = validateSendUpdates(ctx.query);
  const target = resolveTarget(ctx, eventId);
  if (target.current.status === 'cancelled') throw errors.deleted();
  checkIfMatch(ctx.headers, target.current.etag);
  const before = target.current;
  const cancelled: EventResource = { ...before, status: 'cancelled' };
  const stored = commit(ctx, cancelled, before);
  // Deleting a series deletes its exceptions with it.
  if (!before.recurringEventId && before.recurrence) cancelExceptions(ctx, eventId);
  recordNotifications(ctx.world, ctx.calendar.id, sendUpdates, before, stored.resource);
}

/**
 * events.move: the event (with its exceptions, for a series) leaves this calendar as a
 * cancelled tombstone and appears in the destination with the destination as organizer.
 */
export function moveEvent(
  ctx: EventContext,
  eventId: string,
  destination: Calendar,
): EventResource {
  validateSendUpdates(ctx.query);
  const stored = ctx.calendar.store.get(eventId);
  if (!stored) {
    if (splitInstanceId(eventId) && resolveTarget(ctx, eventId))
      throw errors.badRequest('Cannot change the organizer of an instance.');
    throw errors.notFound();
  }
  if (stored.resource.status === 'cancelled') throw errors.notFound();
  if (stored.resource.recurringEventId)
    throw errors.badRequest('Cannot change the organizer of an instance.');
  if (stored.resource.organizer?.self !== true) throw errors.forbiddenForNonOrganizer();
  checkMove(stored.resource);
  checkIfMatch(ctx.headers, stored.resource.etag);
  if (destination.id === ctx.calendar.id) return stored.resource;
  const ids = [eventId, ...(ctx.calendar.store.exceptions.get(eventId) ?? [])];
  for (const id of ids) if (destination.store.get(id)) throw errors.duplicate();
  const destCtx: EventContext = { ...ctx, calendar: destination };
  let moved: EventResource | undefined;
  for (const id of ids) {
    const source = ctx.calendar.store.get(id) as StoredEvent;
    const copy: EventResource = { ...source.resource, organizer: organizerFor(destCtx, undefined) };
    finishAttendees(destCtx, copy);
    const result = commit(destCtx, copy).resource;
    if (id === eventId) moved = result;
    commit(ctx, { ...source.resource, status: 'cancelled' }, source.resource);
  }
  return moved as EventResource;
}

/** Throws 412 when an If-Match header names another version. */
export function checkIfMatch(
  headers: Record<string, string>,
  etag: string | null | undefined,
): void {
  const wanted = headers['if-match'];
  if (wanted === undefined || wanted === '*') return;
  if (wanted !== etag) throw errors.conditionNotMet();
}

/**
 * The event an id names for a write: a stored record, or an instance of a series that has no
 * record of its own yet (editing it creates the exception). Unknown ids → 404.
 */
export function resolveTarget(
  ctx: EventContext,
  eventId: string,
): { current: EventResource; stored?: StoredEvent } {
  const store = ctx.calendar.store;
  const stored = store.get(eventId);
  if (stored) return { current: stored.resource, stored };
  const parts = splitInstanceId(eventId);
  const master = parts ? store.get(parts.seriesId) : undefined;
  if (!parts || !master || master.resource.status === 'cancelled') throw errors.notFound();
  const occurrence = store.recurrenceOf(master)?.find(parts.suffix);
  if (!occurrence) throw errors.notFound();
  return { current: instanceOf(master, occurrence) };
}

function rewrite(
  ctx: EventContext,
  eventId: string,
  build: (current: EventResource) => EventResource,
  body: Record<string, unknown>,
): EventResource {
  const sendUpdates = validateSendUpdates(ctx.query);
  const conferenceVersion = validateConferenceDataVersion(ctx.query);
  if (typeof body.id === 'string' && body.id !== eventId)
    throw errors.invalid('The event id in the body does not match the request.', 'id');
  const { current } = resolveTarget(ctx, eventId);
  checkIfMatch(ctx.headers, current.etag);
  const next = build(current);
  // A client that read the event with maxAttendees saw only the participant: with
  // attendeesOmitted it updates the attendees it sends and leaves the others as they are.
  if (body.attendeesOmitted === true && Array.isArray(body.attendees))
    next.attendees = withOmitted(current.attendees ?? [], next.attendees ?? []);
  next.recurringEventId = current.recurringEventId;
  next.originalStartTime = current.originalStartTime;
  if (!next.recurringEventId) {
    delete next.recurringEventId;
    delete next.originalStartTime;
  }
  applyConference(next, current, conferenceVersion);
  finishAttendees(ctx, next);
  validateEvent(next, ctx.calendar.timeZone, ctx.world.colors.event);
  assertOrganizerRules(ctx, current, next);
  checkChangedEvent(current, next, typeContext(ctx));
  if (changedTiming(current, next)) next.sequence = (current.sequence ?? 0) + 1;
  const stored = commit(ctx, next, current);
  // A series made a single event has no occurrences left: its exceptions go with its rule.
  if (!current.recurringEventId && current.recurrence?.length && !next.recurrence?.length)
    cancelExceptions(ctx, eventId);
  recordNotifications(ctx.world, ctx.calendar.id, sendUpdates, current, stored.resource);
  return stored.resource;
}

/** Cancels the live exceptions of the series `seriesId`. */
function cancelExceptions(ctx: EventContext, seriesId: string): void {
  for (const exceptionId of ctx.calendar.store.exceptions.get(seriesId) ?? []) {
    const exception = ctx.calendar.store.get(exceptionId);
    if (exception && exception.resource.status !== 'cancelled')
      commit(ctx, { ...exception.resource, status: 'cancelled' }, exception.resource);
  }
}

function typeContext(ctx: EventContext): TypeContext {
  return {
    primary: ctx.world.accounts.has(ctx.calendar.id),
    batched: ctx.batched === true,
    byGoogle: ctx.byGoogle === true,
  };
}

/** Stamps etag/updated and writes to the store (and the change log). */
function commit(ctx: EventContext, event: EventResource, before?: EventResource): StoredEvent {
  event.etag = ctx.world.nextEtag();
  event.updated = ctx.world.clock.iso();
  if (!event.created) event.created = before?.created ?? event.updated;
  event.kind = 'calendar#event';
  return ctx.calendar.store.put(orderFields(event));
}

function claimId(ctx: EventContext, requested: unknown): string {
  if (requested === undefined || requested === null) return newEventId();
  if (typeof requested !== 'string' || !EVENT_ID_PATTERN.test(requested))
    throw errors.invalid('Invalid resource id value.', 'id');
  // Ids stay taken after deletion: a retried insert must see 409, never a second event.
  if (ctx.calendar.store.get(requested)) throw errors.duplicate();
  return requested;
}

function newEvent(
  ctx: EventContext,
  id: string,
  input: Record<string, unknown>,
  conferenceVersion: 0 | 1,
): EventResource {
  const event: EventResource = {
    kind: 'calendar#event',
    id,
    status: 'confirmed',
    htmlLink: `https://www.google.com/calendar/event?eid=${Buffer.from(`${id} ${ctx.calendar.id}`).toString('base64url')}`,
    creator: {
      email: ctx.user.email,
      ...(ctx.user.email === ctx.calendar.id ? { self: true } : {}),
    },
    organizer: organizerFor(ctx, undefined),
    iCalUID: `${id}@google.com`,
    sequence: 0,
    reminders: { useDefault: true },
    eventType: 'default',
    ...input,
  };
  event.id = id;
  applyConference(event, undefined, conferenceVersion);
  finishAttendees(ctx, event);
  return event;
}

function organizerFor(
  ctx: EventContext,
  given: EventResource['organizer'] | undefined,
): NonNullable<EventResource['organizer']> {
  if (given?.email && given.email !== ctx.calendar.id) {
    return { email: given.email, ...(given.displayName ? { displayName: given.displayName } : {}) };
  }
  const name = ctx.world.accounts.get(ctx.calendar.id)?.name ?? ctx.calendar.summary;
  return { email: ctx.calendar.id, displayName: name, self: true };
}

/** Attendees come back with responseStatus, and `self`/`organizer` flags computed by Google. */
function finishAttendees(ctx: EventContext, event: EventResource): void {
  if (!event.attendees) return;
  const organizerEmail = event.organizer?.email;
  event.attendees = event.attendees.map((a) => {
    const { self: _self, organizer: _organizer, ...rest } = a;
    return {
      ...rest,
      ...(a.email === organizerEmail ? { organizer: true } : {}),
      ...(a.email === ctx.calendar.id ? { self: true } : {}),
      responseStatus: a.responseStatus ?? 'needsAction',
    };
  });
}

/**
 * conferenceDataVersion=0 (the default) means the client does not understand conference data:
 * Google ignores it in the body and keeps what the event had. With 1, data is copied, and a
 * createRequest produces a Meet conference immediately (status success).
 */
function applyConference(
  event: EventResource,
  before: EventResource | undefined,
  version: 0 | 1,
): void {
  if (version === 0) {
    if (before?.conferenceData) {
      event.conferenceData = before.conferenceData;
      if (before.hangoutLink) event.hangoutLink = before.hangoutLink;
    } else {
      delete event.conferenceData;
      delete event.hangoutLink;
    }
    return;
  }
  const create = event.conferenceData?.createRequest;
  if (create && !event.conferenceData?.conferenceId) {
    const letters = (n: number): string =>
      Array.from(randomBytes(n), (b) => String.fromCharCode(97 + (b % 26))).join('');
    const conferenceId = `${letters(3)}-${letters(4)}-${letters(3)}`;
    const uri = `https://meet.google.com/${conferenceId}`;
    event.conferenceData = {
      createRequest: {
        ...create,
        conferenceSolutionKey: create.conferenceSolutionKey ?? { type: 'hangoutsMeet' },
        status: { statusCode: 'success' },
      },
      entryPoints: [{ entryPointType: 'video', uri, label: uri.slice('https://'.length) }],
      conferenceSolution: {
        key: { type: 'hangoutsMeet' },
        name: 'Google Meet',
        iconUri:
          'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png',
      },
      conferenceId,
    };
    event.hangoutLink = uri;
  } else if (!event.conferenceData) {
    delete event.hangoutLink;
  }
}

/** A guest's copy: only the guest's own response and personal settings may change. */
function assertOrganizerRules(
  ctx: EventContext,
  before: EventResource,
  after: EventResource,
): void {
  if (before.organizer?.self === true || before.guestsCanModify === true) return;
  const same = (a: unknown, b: unknown): boolean =>
    JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  for (const field of ORGANIZER_ONLY_FIELDS) {
    if (field === 'start' || field === 'end') {
      const zone = ctx.calendar.timeZone;
      if (instantOf(before[field], zone) !== instantOf(after[field], zone))
        throw errors.forbiddenForNonOrganizer();
      continue;
    }
    if (field === 'status' && (after.status ?? 'confirmed') === (before.status ?? 'confirmed'))
      continue;
    if (!same(before[field], after[field])) throw errors.forbiddenForNonOrganizer();
  }
  if (!same(before.extendedProperties?.shared, after.extendedProperties?.shared))
    throw errors.forbiddenForNonOrganizer();
  const others = (e: EventResource): unknown[] =>
    (e.attendees ?? [])
      .filter((a) => a.email !== ctx.calendar.id)
      .map((a) => ({
        email: a.email,
        optional: a.optional ?? false,
        responseStatus: a.responseStatus,
      }));
  if (!same(others(before), others(after))) throw errors.forbiddenForNonOrganizer();
}

/** The stored guest list with the attendees a client sent merged in by email (new ones added). */
function withOmitted(
  stored: NonNullable<EventResource['attendees']>,
  sent: NonNullable<EventResource['attendees']>,
): NonNullable<EventResource['attendees']> {
  const byEmail = new Map(sent.map((a) => [a.email, a]));
  const merged = stored.map((a) => ({ ...a, ...(byEmail.get(a.email) ?? {}) }));
  const known = new Set(stored.map((a) => a.email));
  return [...merged, ...sent.filter((a) => !known.has(a.email))];
}

/** A new time or rule (not the same time written with another offset) is a new sequence. */
function changedTiming(a: EventResource, b: EventResource): boolean {
  return (
    !sameEventTime(a.start, b.start) ||
    !sameEventTime(a.end, b.end) ||
    JSON.stringify(a.recurrence ?? null) !== JSON.stringify(b.recurrence ?? null)
  );
}

function findByICalUID(calendar: Calendar, iCalUID: string): StoredEvent | undefined {
  for (const stored of calendar.store.events.values())
    if (stored.resource.iCalUID === iCalUID && !stored.resource.recurringEventId) return stored;
  return undefined;
}

/** Fields that survive a full replacement (PUT) because the client cannot set them. */
function baseFields(current: EventResource): EventResource {
  const keep: (keyof EventResource)[] = [
    'kind',
    'id',
    'htmlLink',
    'created',
    'creator',
    'organizer',
    'iCalUID',
    'sequence',
    'eventType',
    'conferenceData',
    'hangoutLink',
  ];
  const base: EventResource = {};
  for (const key of keep)
    if (current[key] !== undefined) (base as Record<string, unknown>)[key] = current[key];
  base.status = 'confirmed';
  return base;
}

function stripReadOnly(body: Record<string, unknown>): Record<string, unknown> {
  const input = { ...body };
  for (const field of READ_ONLY_FIELDS) delete input[field];
  return input;
}

/**
 * Patch semantics: given fields replace, arrays are replaced whole, nested objects merge, and
 * null clears a field. `start`/`end` are replaced whole, since merging a `date` into a
 * `dateTime` would produce an event that is both.
 */
function mergePatch(current: EventResource, patch: Record<string, unknown>): EventResource {
  return mergeObjects(current as Record<string, unknown>, patch, true) as EventResource;
}

function mergeObjects(
  base: Record<string, unknown>,
  patch: Record<string, unknown>,
  top: boolean,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else if (
      isPlainObject(value) &&
      isPlainObject(out[key]) &&
      !(top && (key === 'start' || key === 'end' || key === 'originalStartTime'))
    ) {
      out[key] = mergeObjects(out[key] as Record<string, unknown>, value, false);
    } else out[key] = value;
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Server-generated ids: 26 base32hex characters, like Google's. */
function newEventId(): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuv';
  return Array.from(randomBytes(26), (b) => alphabet[b & 31]).join('');
}

/** Google's field order, so responses read like the real ones. */
const FIELD_ORDER = [
  'kind',
  'etag',
  'id',
  'status',
  'htmlLink',
  'created',
  'updated',
  'summary',
  'description',
  'location',
  'colorId',
  'creator',
  'organizer',
  'start',
  'end',
  'endTimeUnspecified',
  'recurrence',
  'recurringEventId',
  'originalStartTime',
  'transparency',
  'visibility',
  'iCalUID',
  'sequence',
  'attendees',
];

function orderFields(event: EventResource): EventResource {
  const out: Record<string, unknown> = {};
  for (const key of FIELD_ORDER)
    if ((event as Record<string, unknown>)[key] !== undefined)
      out[key] = (event as Record<string, unknown>)[key];
  for (const [key, value] of Object.entries(event))
    if (value !== undefined && !(key in out)) out[key] = value;
  return out as EventResource;
}
