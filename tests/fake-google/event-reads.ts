// The read side of events: get, list (full and incremental) and instances. Lists walk the
// store without copying: full lists page by insertion position, incremental lists page through
// the change log from the sync token's sequence. Recurring masters are expanded only when the
// query asks for single events (or for instances). Page tokens are bound to the query they
// came from; sync tokens name a calendar, a change sequence and the calendar's token epoch.

import { createHash } from 'node:crypto';
import { errors } from './api-error.js';
import { instanceOf, type EventResource, type StoredEvent } from './event-store.js';
import type { EventContext } from './event-writes.js';
import { resolveTarget } from './event-writes.js';
import { EVENT_TYPES } from './event-type-rules.js';
import { decodeToken, encodeToken } from './opaque-token.js';

export const DEFAULT_MAX_RESULTS = 250;
export const MAX_RESULTS_CAP = 2500;

/**
 * How far ahead an open-ended series is expanded when the query gives no timeMax. Google
 * does not document its own limit; two years past the later of now and the series start is
 * enough for every view Almanac draws.
 */
export const EXPANSION_HORIZON_MS = 2 * 366 * 86_400_000;

export function getEvent(ctx: EventContext, eventId: string): EventResource {
  // get returns cancelled events too ("The get method always returns them").
  return resolveTarget(ctx, eventId).current;
}

export function listEvents(ctx: EventContext): Record<string, unknown> {
  const q = ctx.query;
  const store = ctx.calendar.store;
  const maxResults = parseMaxResults(q);
  const singleEvents = q.get('singleEvents') === 'true';
  const showDeleted = q.get('showDeleted') === 'true';
  const orderBy = q.get('orderBy');
  if (orderBy !== null && orderBy !== 'startTime' && orderBy !== 'updated')
    throw errors.invalid(`Invalid value for orderBy: ${orderBy}`, 'orderBy');
  if (orderBy === 'startTime' && !singleEvents)
    throw errors.badRequest(
      'The requested ordering is not available for the particular query.',
      'orderBy',
    );
  const timeMin = parseTime(q, 'timeMin');
  const timeMax = parseTime(q, 'timeMax');
  const updatedMin = parseTime(q, 'updatedMin');
  if (timeMin !== undefined && timeMax !== undefined && timeMax <= timeMin)
    throw errors.timeRangeEmpty();

  const syncTokenText = q.get('syncToken');
  let sinceSeq: number | undefined;
  if (syncTokenText !== null) {
    if (SYNC_FORBIDDEN.some((p) => q.has(p))) throw errors.syncTokenWithRestrictions();
    // "It is not allowed to set showDeleted to False" with a sync token.
    if (q.get('showDeleted') === 'false') throw errors.syncTokenWithRestrictions();
    const token = decodeToken<SyncToken>(syncTokenText);
    if (
      !token ||
      token.k !== 'events' ||
      token.c !== ctx.calendar.id ||
      token.e !== store.epoch ||
      token.s > store.head
    )
      throw errors.fullSyncRequired();
    sinceSeq = token.s;
  }
  const incremental = sinceSeq !== undefined || updatedMin !== undefined;
  const mode: ListMode = {
    singleEvents,
    showDeleted,
    incremental,
    // Deleted events in incremental results carry only their id (and instance keys) unless
    // showDeleted asks for details.
    minimalDeleted: incremental && !showDeleted,
    min: timeMin,
    max: timeMax,
    now: ctx.world.clock.now(),
    filter: buildFilter(q, updatedMin),
  };

  const fingerprint = queryFingerprint(q);
  const pageTokenText = q.get('pageToken');
  let cursor: Cursor;
  if (pageTokenText !== null) {
    const decoded = decodeToken<Cursor>(pageTokenText);
    if (!decoded || decoded.f !== fingerprint || decoded.c !== ctx.calendar.id)
      throw errors.invalid('Invalid page token.', 'pageToken');
    cursor = decoded;
  } else {
    cursor = {
      f: fingerprint,
      c: ctx.calendar.id,
      h: store.head,
      n: store.order.length,
      p: sinceSeq === undefined ? 0 : store.logIndexAfter(sinceSeq),
      j: 0,
    };
  }

  const page =
    orderBy !== null
      ? sortedPage(ctx, mode, cursor, maxResults, orderBy)
      : walkPage(ctx, mode, cursor, maxResults, sinceSeq !== undefined);
  const response: Record<string, unknown> = {
    kind: 'calendar#events',
    etag: `"p${cursor.h}"`,
    summary: ctx.calendar.summary,
    ...(ctx.calendar.description ? { description: ctx.calendar.description } : {}),
    updated: ctx.calendar.updated,
    timeZone: ctx.calendar.timeZone,
    accessRole: ctx.user.calendarList.get(ctx.calendar.id)?.accessRole ?? 'reader',
    defaultReminders: defaultRemindersOf(ctx),
  };
  if (page.next) response.nextPageToken = encodeToken(page.next);
  else
    response.nextSyncToken = encodeToken({
      k: 'events',
      c: ctx.calendar.id,
      s: cursor.h,
      e: store.epoch,
    } satisfies SyncToken);
  response.items = page.items;
  return response;
}

/** events.instances: the occurrences of one series, with its exceptions overlaid. */
export function listInstances(ctx: EventContext, eventId: string): Record<string, unknown> {
  const q = ctx.query;
  const store = ctx.calendar.store;
  const master = store.get(eventId);
  if (!master) throw errors.notFound();
  if (master.resource.status === 'cancelled') throw errors.deleted();
  const recurrence = store.recurrenceOf(master);
  if (!recurrence) throw errors.badRequest('The event is not a recurring event.');
  const maxResults = parseMaxResults(q);
  const showDeleted = q.get('showDeleted') === 'true';
  const timeMin = parseTime(q, 'timeMin');
  const timeMax = parseTime(q, 'timeMax');
  if (timeMin !== undefined && timeMax !== undefined && timeMax <= timeMin)
    throw errors.timeRangeEmpty();
  const originalStart = parseTime(q, 'originalStart');
  const duration = master.endMs - master.startMs;
  const from = (timeMin ?? master.startMs) - duration;
  const to = timeMax ?? Math.max(ctx.world.clock.now(), master.startMs) + EXPANSION_HORIZON_MS;
  const all: { key: number; item: EventResource }[] = [];
  for (const occurrence of recurrence.between(Math.max(from, master.startMs), to)) {
    if (originalStart !== undefined && occurrence.startMs !== originalStart) continue;
    const exception = store.get(`${eventId}_${occurrence.suffix}`);
    if (exception) continue;
    const item = instanceOf(master, occurrence);
    if (timeMin !== undefined && occurrence.startMs + duration < timeMin) continue;
    all.push({ key: occurrence.startMs, item });
  }
  for (const exceptionId of store.exceptions.get(eventId) ?? []) {
    const exception = store.get(exceptionId) as StoredEvent;
    if (exception.resource.status === 'cancelled' && !showDeleted) continue;
    const key = Date.parse(
      exception.resource.originalStartTime?.dateTime ??
        `${exception.resource.originalStartTime?.date ?? ''}T00:00:00Z`,
    );
    if (originalStart !== undefined && key !== originalStart) continue;
    if (timeMax !== undefined && exception.startMs >= timeMax) continue;
    if (timeMin !== undefined && exception.endMs < timeMin) continue;
    all.push({ key, item: exception.resource });
  }
  all.sort((a, b) => a.key - b.key);
  const fingerprint = queryFingerprint(q);
  let offset = 0;
  const pageTokenText = q.get('pageToken');
  if (pageTokenText !== null) {
    const decoded = decodeToken<{ f: string; o: number }>(pageTokenText);
    if (!decoded || decoded.f !== fingerprint)
      throw errors.invalid('Invalid page token.', 'pageToken');
    offset = decoded.o;
  }
  const items = all.slice(offset, offset + maxResults).map((x) => x.item);
  const response: Record<string, unknown> = {
    kind: 'calendar#events',
    etag: `"p${store.head}"`,
    summary: ctx.calendar.summary,
    updated: ctx.calendar.updated,
    timeZone: ctx.calendar.timeZone,
    accessRole: ctx.user.calendarList.get(ctx.calendar.id)?.accessRole ?? 'reader',
    defaultReminders: defaultRemindersOf(ctx),
  };
  if (offset + maxResults < all.length)
    response.nextPageToken = encodeToken({ f: fingerprint, o: offset + maxResults });
  response.items = items;
  return response;
}

interface SyncToken {
  k: 'events';
  c: string;
  s: number;
  e: number;
}

interface Cursor {
  /** Fingerprint of the query the token belongs to. */
  f: string;
  c: string;
  /** Change-log head when the listing started; the next sync token. */
  h: number;
  /** Number of events when the listing started; later ones come with the next sync. */
  n: number;
  /** Position in insertion order (full) or in the change log (incremental), or offset (sorted). */
  p: number;
  /** Items already returned from the entry at `p` (a series expanded into instances). */
  j: number;
}

interface ListMode {
  singleEvents: boolean;
  showDeleted: boolean;
  incremental: boolean;
  minimalDeleted: boolean;
  min: number | undefined;
  max: number | undefined;
  now: number;
  filter: ((e: EventResource) => boolean) | undefined;
}

const SYNC_FORBIDDEN = [
  'iCalUID',
  'orderBy',
  'privateExtendedProperty',
  'q',
  'sharedExtendedProperty',
  'timeMin',
  'timeMax',
  'updatedMin',
];

function walkPage(
  ctx: EventContext,
  mode: ListMode,
  cursor: Cursor,
  maxResults: number,
  fromLog: boolean,
): { items: EventResource[]; next?: Cursor } {
  const store = ctx.calendar.store;
  const items: EventResource[] = [];
  let position = cursor.p;
  let skip = cursor.j;
  const end = fromLog ? store.log.length : Math.min(cursor.n, store.order.length);
  while (position < end) {
    let stored: StoredEvent | undefined;
    if (fromLog) {
      const entry = store.log[position];
      if (!entry || entry.seq > cursor.h) break;
      stored = store.get(entry.id);
      // Superseded entries: the event's latest change is reported at its own log entry.
      if (!stored || stored.seq !== entry.seq) stored = undefined;
    } else {
      stored = store.get(store.order[position] as string);
    }
    const produced = stored ? itemsFor(ctx, stored, mode) : [];
    const room = maxResults - items.length;
    const available = produced.length - skip;
    if (available > room) {
      for (let i = skip; i < skip + room; i++) items.push(produced[i] as EventResource);
      return { items, next: { ...cursor, p: position, j: skip + room } };
    }
    for (let i = skip; i < produced.length; i++) items.push(produced[i] as EventResource);
    skip = 0;
    position += 1;
    if (items.length === maxResults && position < end)
      return { items, next: { ...cursor, p: position, j: 0 } };
  }
  return { items };
}

function sortedPage(
  ctx: EventContext,
  mode: ListMode,
  cursor: Cursor,
  maxResults: number,
  orderBy: 'startTime' | 'updated',
): { items: EventResource[]; next?: Cursor } {
  const store = ctx.calendar.store;
  const all: EventResource[] = [];
  const end = Math.min(cursor.n, store.order.length);
  for (let i = 0; i < end; i++)
    all.push(...itemsFor(ctx, store.get(store.order[i] as string) as StoredEvent, mode));
  const key = (e: EventResource): number =>
    orderBy === 'updated'
      ? Date.parse(e.updated ?? '')
      : Date.parse(
          e.start?.dateTime ??
            (e.start?.date ? new Date(`${e.start.date}T00:00:00Z`).toISOString() : ''),
        ) || 0;
  all.sort((a, b) => key(a) - key(b) || String(a.id).localeCompare(String(b.id)));
  const items = all.slice(cursor.p, cursor.p + maxResults);
  return cursor.p + maxResults < all.length
    ? { items, next: { ...cursor, p: cursor.p + maxResults } }
    : { items };
}

/**
 * The list items one stored event contributes, per the showDeleted × singleEvents matrix:
 * - single=false, deleted=false: live events and masters, plus cancelled exceptions of live
 *   series (minimal), so clients can hide those instances;
 * - single=false, deleted=true: everything, cancelled ones with their details;
 * - single=true, deleted=false: live one-offs, instances of live series and live exceptions;
 * - single=true, deleted=true: also cancelled one-offs and instances, never a master.
 * Incremental lists always include cancelled items.
 */
function itemsFor(ctx: EventContext, stored: StoredEvent, mode: ListMode): EventResource[] {
  const event = stored.resource;
  const cancelled = event.status === 'cancelled';
  const isMaster =
    Array.isArray(event.recurrence) && event.recurrence.length > 0 && !event.recurringEventId;
  if (mode.filter && !mode.filter(event)) return [];
  if (isMaster && mode.singleEvents) return expandSeries(ctx, stored, mode);
  if (cancelled) {
    const liveSeriesException =
      event.recurringEventId !== undefined &&
      event.recurringEventId !== null &&
      !mode.singleEvents &&
      ctx.calendar.store.get(event.recurringEventId)?.resource.status !== 'cancelled';
    if (!mode.showDeleted && !mode.incremental && !liveSeriesException) return [];
    if (mode.minimalDeleted || (!mode.showDeleted && liveSeriesException)) return [minimal(event)];
  }
  if (!inWindow(ctx, stored, mode, isMaster)) return [];
  return [event];
}

function expandSeries(ctx: EventContext, master: StoredEvent, mode: ListMode): EventResource[] {
  const cancelled = master.resource.status === 'cancelled';
  if (cancelled && !mode.showDeleted && !mode.incremental) return [];
  const recurrence = ctx.calendar.store.recurrenceOf(master);
  if (!recurrence) return [];
  const duration = master.endMs - master.startMs;
  const from = Math.max(
    master.startMs,
    mode.min === undefined ? master.startMs : mode.min - duration,
  );
  const to = mode.max ?? Math.max(mode.now, master.startMs) + EXPANSION_HORIZON_MS;
  const exceptions = ctx.calendar.store.exceptions.get(master.resource.id as string);
  const out: EventResource[] = [];
  for (const occurrence of recurrence.between(from, to)) {
    if (mode.min !== undefined && occurrence.startMs + duration <= mode.min && duration > 0)
      continue;
    const id = `${master.resource.id}_${occurrence.suffix}`;
    if (exceptions?.has(id)) continue;
    const instance = instanceOf(master, occurrence);
    out.push(
      cancelled
        ? mode.minimalDeleted
          ? minimal({ ...instance, status: 'cancelled' })
          : { ...instance, status: 'cancelled' }
        : instance,
    );
  }
  return out;
}

function inWindow(
  ctx: EventContext,
  stored: StoredEvent,
  mode: ListMode,
  isMaster: boolean,
): boolean {
  if (mode.min === undefined && mode.max === undefined) return true;
  if (isMaster) {
    const recurrence = ctx.calendar.store.recurrenceOf(stored);
    const duration = stored.endMs - stored.startMs;
    const from = Math.max(
      stored.startMs,
      mode.min === undefined ? stored.startMs : mode.min - duration + 1,
    );
    const to = mode.max ?? Math.max(mode.now, stored.startMs) + EXPANSION_HORIZON_MS;
    return from < to && (recurrence?.between(from, to).length ?? 0) > 0;
  }
  // timeMin bounds the end (exclusive), timeMax bounds the start (exclusive).
  if (mode.max !== undefined && !(stored.startMs < mode.max)) return false;
  if (
    mode.min !== undefined &&
    !(stored.endMs > mode.min || (stored.endMs === stored.startMs && stored.startMs >= mode.min))
  )
    return false;
  return true;
}

function minimal(event: EventResource): EventResource {
  return {
    kind: 'calendar#event',
    etag: event.etag ?? null,
    id: event.id ?? null,
    status: 'cancelled',
    ...(event.recurringEventId
      ? { recurringEventId: event.recurringEventId, originalStartTime: event.originalStartTime }
      : {}),
  };
}

function buildFilter(
  q: URLSearchParams,
  updatedMin: number | undefined,
): ((e: EventResource) => boolean) | undefined {
  const text = q.get('q')?.toLowerCase();
  const iCalUID = q.get('iCalUID');
  const privateProps = q.getAll('privateExtendedProperty').map(splitProp);
  const sharedProps = q.getAll('sharedExtendedProperty').map(splitProp);
  // eventTypes repeats (eventTypes=default&eventTypes=focusTime); none given means every type.
  const types = q.getAll('eventTypes');
  for (const type of types)
    if (!(EVENT_TYPES as readonly string[]).includes(type))
      throw errors.invalid(`Invalid value for eventTypes: ${type}`, 'eventTypes');
  if (
    types.length === 0 &&
    !text &&
    iCalUID === null &&
    privateProps.length === 0 &&
    sharedProps.length === 0 &&
    updatedMin === undefined
  )
    return undefined;
  return (e) => {
    if (types.length > 0 && !types.includes(e.eventType ?? 'default')) return false;
    if (iCalUID !== null && e.iCalUID !== iCalUID) return false;
    if (updatedMin !== undefined && Date.parse(e.updated ?? '') < updatedMin) return false;
    if (privateProps.some(([k, v]) => e.extendedProperties?.private?.[k] !== v)) return false;
    if (sharedProps.some(([k, v]) => e.extendedProperties?.shared?.[k] !== v)) return false;
    if (text) {
      const haystack = [
        e.summary,
        e.description,
        e.location,
        e.organizer?.email,
        ...(e.attendees ?? []).flatMap((a) => [a.email, a.displayName]),
      ]
        .join('\n')
        .toLowerCase();
      if (!haystack.includes(text)) return false;
    }
    return true;
  };
}

/** The calling user's default reminders for this calendar (their calendar-list entry's). */
function defaultRemindersOf(ctx: EventContext): { method: string; minutes: number }[] {
  return (ctx.user.calendarList.get(ctx.calendar.id)?.defaultReminders ?? []).map((r) => ({
    ...r,
  }));
}

function splitProp(value: string): [string, string] {
  const eq = value.indexOf('=');
  if (eq < 0)
    throw errors.invalid(
      'Extended property filters must have the form name=value.',
      'privateExtendedProperty',
    );
  return [value.slice(0, eq), value.slice(eq + 1)];
}

function parseMaxResults(q: URLSearchParams): number {
  const raw = q.get('maxResults');
  if (raw === null) return DEFAULT_MAX_RESULTS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw errors.invalid(`Invalid value for maxResults: ${raw}`, 'maxResults');
  return Math.min(n, MAX_RESULTS_CAP);
}

/** RFC 3339 with a mandatory offset; Google rejects bare local times in query bounds. */
function parseTime(q: URLSearchParams, name: string): number | undefined {
  const raw = q.get(name);
  if (raw === null) return undefined;
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(raw) ||
    Number.isNaN(Date.parse(raw))
  ) {
    throw errors.badRequest(`Bad Request: invalid ${name}`, name);
  }
  return Date.parse(raw);
}

function queryFingerprint(q: URLSearchParams): string {
  const ignored = new Set([
    'pageToken',
    'maxResults',
    'alt',
    'fields',
    'prettyPrint',
    'key',
    'quotaUser',
    'userIp',
    'oauth_token',
  ]);
  const entries = [...q.entries()]
    .filter(([k]) => !ignored.has(k))
    .sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));
  return createHash('sha1').update(JSON.stringify(entries)).digest('base64url').slice(0, 12);
}
