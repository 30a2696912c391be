// Calendar API v3 at its real paths: authentication (401), scopes (403), per-user quota,
// calendar access (404 for calendars not in the caller's list, 403 for read-only ones), and
// dispatch to calendarList, calendars, colors and events. Every failure leaves here in
// Google's error envelope.

import { ApiError, errors } from './api-error.js';
import { calendarColor, colorsResource } from './colors.js';
import { getEvent, listEvents, listInstances } from './event-reads.js';
import {
  deleteEvent,
  importEvent,
  insertEvent,
  moveEvent,
  patchEvent,
  updateEvent,
  type EventContext,
} from './event-writes.js';
import {
  emptyResponse,
  errorResponse,
  jsonResponse,
  parseJsonBody,
  type ApiRequest,
  type ApiResponse,
} from './http-io.js';
import { decodeToken, encodeToken } from './opaque-token.js';
import type { AccessToken, Account, Calendar, ListEntry, World } from './world.js';

export const CALENDAR_PREFIX = '/calendar/v3/';

const SCOPE = 'https://www.googleapis.com/auth/';
const READ_EVENTS = [
  'calendar',
  'calendar.readonly',
  'calendar.events',
  'calendar.events.readonly',
  'calendar.events.owned',
  'calendar.events.owned.readonly',
];
const WRITE_EVENTS = ['calendar', 'calendar.events', 'calendar.events.owned'];
const READ_LIST = [
  'calendar',
  'calendar.readonly',
  'calendar.calendarlist',
  'calendar.calendarlist.readonly',
];
const WRITE_LIST = ['calendar', 'calendar.calendarlist'];
const READ_CALENDARS = [
  'calendar',
  'calendar.readonly',
  'calendar.calendars',
  'calendar.calendars.readonly',
];

/** Handles one Calendar API call (on its own or as a batch part). */
export function handleCalendarCall(world: World, request: ApiRequest): ApiResponse {
  try {
    return route(world, request);
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error);
    throw error;
  }
}

/** The user behind a bearer token, or 401 for missing, unknown, expired or revoked tokens. */
export function authenticate(world: World, request: ApiRequest): AccessToken {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const token = match?.[1] ?? request.query.get('oauth_token') ?? request.query.get('access_token');
  const record = token ? world.accessTokens.get(token) : undefined;
  if (!record || record.revoked || record.expiresAt <= world.clock.now()) throw errors.authError();
  return record;
}

function route(world: World, request: ApiRequest): ApiResponse {
  const token = authenticate(world, request);
  const user = world.accounts.get(token.email);
  if (!user) throw errors.authError();
  const waitSeconds = world.quota.take(user.email);
  if (waitSeconds !== undefined) throw errors.rateLimit(world.quota.status, waitSeconds);

  const segments = request.path.slice(CALENDAR_PREFIX.length).split('/').map(safeDecode);
  const method = request.method;
  const need = (allowed: string[]): void => {
    if (!allowed.some((s) => token.scope.includes(SCOPE + s)))
      throw errors.insufficientPermissions();
  };

  if (segments[0] === 'colors' && segments.length === 1 && method === 'GET') {
    need(READ_CALENDARS);
    return jsonResponse(200, colorsResource(world.colors));
  }
  if (segments[0] === 'users' && segments[1] === 'me' && segments[2] === 'calendarList') {
    if (segments.length === 4 && method === 'PATCH') {
      need(WRITE_LIST);
      const entry = user.calendarList.get(resolveId(user, segments[3] as string));
      if (!entry || entry.deleted) throw errors.notFound();
      patchListEntry(world, user, entry, parseJsonBody(request));
      return jsonResponse(200, listEntryResource(world, entry));
    }
    need(READ_LIST);
    if (method !== 'GET')
      throw errors.badRequest(
        'Only reading the calendar list and patching its entries is emulated.',
      );
    if (segments.length === 3)
      return jsonResponse(200, listCalendarList(world, user, request.query));
    if (segments.length === 4) {
      const entry = user.calendarList.get(resolveId(user, segments[3] as string));
      if (!entry || entry.deleted) throw errors.notFound();
      return jsonResponse(200, listEntryResource(world, entry));
    }
  }
  if (segments[0] === 'calendars' && segments.length >= 2) {
    const calendar = resolveCalendar(world, user, segments[1] as string);
    if (segments.length === 2) {
      need(READ_CALENDARS);
      if (method !== 'GET') throw errors.badRequest('Only reading calendars is emulated.');
      return jsonResponse(200, calendarResource(calendar));
    }
    if (segments[2] === 'events')
      return routeEvents(world, request, user, calendar, segments.slice(3), need);
  }
  throw errors.notFound();
}

function routeEvents(
  world: World,
  request: ApiRequest,
  user: Account,
  calendar: Calendar,
  rest: string[],
  need: (allowed: string[]) => void,
): ApiResponse {
  const ctx: EventContext = {
    world,
    calendar,
    user,
    query: request.query,
    headers: request.headers,
    batched: request.batched,
  };
  const method = request.method;
  const write = (): void => {
    need(WRITE_EVENTS);
    const role = user.calendarList.get(calendar.id)?.accessRole;
    if (role !== 'owner' && role !== 'writer') throw errors.requiredAccessLevel();
  };
  const withEtag = (event: { etag?: string | null }): ApiResponse =>
    jsonResponse(200, event, event.etag ? { ETag: event.etag } : {});
  if (rest.length === 0) {
    if (method === 'GET') {
      need(READ_EVENTS);
      return jsonResponse(200, listEvents(ctx));
    }
    if (method === 'POST') {
      write();
      return withEtag(insertEvent(ctx, parseJsonBody(request)));
    }
  }
  if (rest.length === 1 && rest[0] === 'import' && method === 'POST') {
    write();
    return withEtag(importEvent(ctx, parseJsonBody(request)));
  }
  const eventId = rest[0] as string;
  if (rest.length === 1) {
    switch (method) {
      case 'GET': {
        need(READ_EVENTS);
        const event = getEvent(ctx, eventId);
        if (
          request.headers['if-none-match'] !== undefined &&
          request.headers['if-none-match'] === event.etag
        )
          return emptyResponse(304, { ETag: event.etag ?? '' });
        return withEtag(event);
      }
      case 'PATCH':
        write();
        return withEtag(patchEvent(ctx, eventId, parseJsonBody(request)));
      case 'PUT':
        write();
        return withEtag(updateEvent(ctx, eventId, parseJsonBody(request)));
      case 'DELETE':
        write();
        deleteEvent(ctx, eventId);
        return emptyResponse(204);
    }
  }
  if (rest.length === 2 && rest[1] === 'instances' && method === 'GET') {
    need(READ_EVENTS);
    return jsonResponse(200, listInstances(ctx, eventId));
  }
  if (rest.length === 2 && rest[1] === 'move' && method === 'POST') {
    write();
    const destinationId = request.query.get('destination');
    if (!destinationId) throw errors.required('Required parameter: destination', 'destination');
    const destination = resolveCalendar(world, user, destinationId);
    const role = user.calendarList.get(destination.id)?.accessRole;
    if (role !== 'owner' && role !== 'writer') throw errors.requiredAccessLevel();
    return withEtag(moveEvent(ctx, eventId, destination));
  }
  throw errors.notFound();
}

function resolveId(user: Account, raw: string): string {
  return raw === 'primary' ? user.email : raw;
}

/** A calendar the caller can see; others are 404, as Google hides what you cannot read. */
function resolveCalendar(world: World, user: Account, raw: string): Calendar {
  const id = resolveId(user, raw);
  const entry = user.calendarList.get(id);
  const calendar = world.calendars.get(id);
  if (!entry || entry.deleted || !calendar) throw errors.notFound();
  return calendar;
}

function calendarResource(calendar: Calendar): Record<string, unknown> {
  return {
    kind: 'calendar#calendar',
    etag: calendar.etag,
    id: calendar.id,
    summary: calendar.summary,
    ...(calendar.description ? { description: calendar.description } : {}),
    timeZone: calendar.timeZone,
    conferenceProperties: { allowedConferenceSolutionTypes: ['hangoutsMeet'] },
  };
}

function listEntryResource(world: World, entry: ListEntry): Record<string, unknown> {
  const calendar = world.calendars.get(entry.calendarId);
  const colors = calendarColor(world.colors, entry.colorId);
  return {
    kind: 'calendar#calendarListEntry',
    etag: entry.etag,
    id: entry.calendarId,
    summary: calendar?.summary ?? entry.calendarId,
    ...(calendar?.description ? { description: calendar.description } : {}),
    timeZone: calendar?.timeZone ?? 'UTC',
    colorId: entry.colorId,
    backgroundColor: colors.background,
    foregroundColor: colors.foreground,
    ...(entry.hidden ? { hidden: true } : {}),
    selected: entry.selected,
    accessRole: entry.accessRole,
    defaultReminders: entry.defaultReminders,
    ...(entry.primary
      ? {
          notificationSettings: {
            notifications: [
              'eventCreation',
              'eventChange',
              'eventCancellation',
              'eventResponse',
            ].map((type) => ({ type, method: 'email' })),
          },
          primary: true,
        }
      : {}),
    ...(entry.deleted ? { deleted: true } : {}),
    conferenceProperties: { allowedConferenceSolutionTypes: ['hangoutsMeet'] },
  };
}

/** calendarList.patch: the user's default reminders are the one part of an entry emulated. */
function patchListEntry(
  world: World,
  user: Account,
  entry: ListEntry,
  body: Record<string, unknown>,
): void {
  if (!('defaultReminders' in body)) return;
  const list = body.defaultReminders;
  if (!Array.isArray(list)) throw errors.invalid('Invalid value.', 'defaultReminders');
  if (list.length > 5)
    throw errors.invalid('The maximum number of default reminders is 5.', 'defaultReminders');
  const reminders = list.map((raw: unknown): ListEntry['defaultReminders'][number] => {
    const { method, minutes } = (raw ?? {}) as { method?: unknown; minutes?: unknown };
    if (method !== 'popup' && method !== 'email')
      throw errors.invalid('Invalid reminder method.', 'defaultReminders.method');
    if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 0 || minutes > 40320)
      throw errors.invalid('Invalid reminder minutes.', 'defaultReminders.minutes');
    return { method, minutes };
  });
  entry.defaultReminders = reminders;
  entry.seq = ++user.listHead;
  entry.etag = world.nextEtag();
}

const ROLE_RANK: Record<string, number> = { freeBusyReader: 0, reader: 1, writer: 2, owner: 3 };

function listCalendarList(
  world: World,
  user: Account,
  q: URLSearchParams,
): Record<string, unknown> {
  const rawMax = q.get('maxResults');
  const maxResults = rawMax === null ? 100 : Math.min(Number(rawMax), 250);
  if (!Number.isInteger(maxResults) || maxResults < 1)
    throw errors.invalid(`Invalid value for maxResults: ${rawMax}`, 'maxResults');
  const minRole = q.get('minAccessRole');
  if (minRole !== null && !(minRole in ROLE_RANK))
    throw errors.invalid(`Invalid value for minAccessRole: ${minRole}`, 'minAccessRole');
  let sinceSeq: number | undefined;
  const syncTokenText = q.get('syncToken');
  if (syncTokenText !== null) {
    if (minRole !== null || q.get('showDeleted') === 'false' || q.get('showHidden') === 'false')
      throw errors.syncTokenWithRestrictions();
    const token = decodeToken<{ k: string; u: string; s: number; e: number }>(syncTokenText);
    if (
      !token ||
      token.k !== 'list' ||
      token.u !== user.email ||
      token.e !== user.listEpoch ||
      token.s > user.listHead
    )
      throw errors.fullSyncRequired();
    sinceSeq = token.s;
  }
  const showDeleted = sinceSeq !== undefined || q.get('showDeleted') === 'true';
  const showHidden = sinceSeq !== undefined || q.get('showHidden') === 'true';
  const entries = [...user.calendarList.values()].filter(
    (e) =>
      (sinceSeq === undefined || e.seq > sinceSeq) &&
      (showDeleted || !e.deleted) &&
      (showHidden || !e.hidden) &&
      (minRole === null || (ROLE_RANK[e.accessRole] ?? 0) >= (ROLE_RANK[minRole] ?? 0)),
  );
  let offset = 0;
  const pageTokenText = q.get('pageToken');
  if (pageTokenText !== null) {
    const decoded = decodeToken<{ o: number; h: number }>(pageTokenText);
    if (!decoded) throw errors.invalid('Invalid page token.', 'pageToken');
    offset = decoded.o;
  }
  const items = entries.slice(offset, offset + maxResults).map((e) => listEntryResource(world, e));
  const more = offset + maxResults < entries.length;
  return {
    kind: 'calendar#calendarList',
    etag: `"l${user.listHead}"`,
    ...(more
      ? { nextPageToken: encodeToken({ o: offset + maxResults, h: user.listHead }) }
      : {
          nextSyncToken: encodeToken({
            k: 'list',
            u: user.email,
            s: user.listHead,
            e: user.listEpoch,
          }),
        }),
    items,
  };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
