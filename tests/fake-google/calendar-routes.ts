// Calendar API v3 at its real paths: authentication (401), scopes (403), per-user quota,
// calendar access (404 for calendars not in the caller's list, 403 for read-only ones), and
// dispatch to colors, freeBusy, the calendar list, settings, calendars and events, with
// `fields` cutting every successful answer. A method the emulator does not implement is a
// 501 that says so. Every failure leaves here in Google's error envelope.

import { ApiError, errors } from './api-error.js';
import { compileFields, partialResponse } from './partial-response.js';
import { routeCalendarList } from './calendar-list.js';
import { resolveCalendar, routeCalendar } from './calendars.js';
import { colorsResource } from './colors.js';
import { queryFreeBusy } from './free-busy.js';
import { quickAddEvent } from './quick-add.js';
import { routeSettings } from './settings.js';
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
import { presentEvent, presentList, viewOf, type EventView } from './event-view.js';
import type { EventResource } from './event-store.js';
import {
  emptyResponse,
  errorResponse,
  jsonResponse,
  parseJsonBody,
  type ApiRequest,
  type ApiResponse,
} from './http-io.js';
import type { AccessToken, Account, Calendar, World } from './world.js';

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
const READ_CALENDARS = [
  'calendar',
  'calendar.readonly',
  'calendar.calendars',
  'calendar.calendars.readonly',
];
const WRITE_LIST = ['calendar', 'calendar.calendarlist'];
const WRITE_CALENDARS = ['calendar', 'calendar.calendars', 'calendar.app.created'];
const READ_SETTINGS = ['calendar', 'calendar.readonly', 'calendar.settings.readonly'];
const FREE_BUSY = [
  'calendar',
  'calendar.readonly',
  'calendar.freebusy',
  'calendar.events.freebusy',
];

/** Handles one Calendar API call (on its own or as a batch part). */
export function handleCalendarCall(world: World, request: ApiRequest): ApiResponse {
  try {
    const fields = request.query.get('fields');
    const selector = fields === null ? undefined : compileFields(fields);
    const response = route(world, request);
    return selector ? partialResponse(response, selector) : response;
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error);
    throw error;
  }
}

/** The user behind a bearer token, or 401 for missing, unknown, expired or revoked tokens. */
export function authenticate(world: World, request: ApiRequest): AccessToken {
  const record = presentedToken(world, request);
  if (!record || record.revoked || record.expiresAt <= world.clock.now()) throw errors.authError();
  return record;
}

/** The access token a call carries, valid or not: the request log names its account. */
export function presentedToken(world: World, request: ApiRequest): AccessToken | undefined {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const token = match?.[1] ?? request.query.get('oauth_token') ?? request.query.get('access_token');
  return token ? world.accessTokens.get(token) : undefined;
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
  const [first, second, third] = segments;

  if (first === 'colors' && segments.length === 1 && method === 'GET') {
    need(READ_CALENDARS);
    return jsonResponse(200, colorsResource(world.colors));
  }
  if (first === 'freeBusy' && segments.length === 1 && method === 'POST') {
    need(FREE_BUSY);
    return jsonResponse(200, queryFreeBusy(world, user, parseJsonBody(request)));
  }
  if (first === 'users' && second === 'me' && third === 'calendarList') {
    need(method === 'GET' ? READ_LIST : WRITE_LIST);
    if (segments[3] !== 'watch') return routeCalendarList(world, request, user, segments.slice(3));
  }
  if (first === 'users' && second === 'me' && third === 'settings') {
    need(READ_SETTINGS);
    if (segments[3] !== 'watch') return routeSettings(world, request, user, segments.slice(3));
  }
  if (first === 'calendars' && segments.length <= 2) {
    need(method === 'GET' ? READ_CALENDARS : WRITE_CALENDARS);
    return routeCalendar(world, request, user, second);
  }
  if (first === 'calendars' && third === 'events') {
    const calendar = resolveCalendar(world, user, second as string);
    return routeEvents(world, request, user, calendar, segments.slice(3), need);
  }
  throw errors.notImplemented(method, request.path);
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
  // Reads take the caller's timeZone; write answers read in the calendar's zone.
  const readView = (): EventView => viewOf(request.query, calendar.timeZone, true);
  const writeView = (zone = calendar.timeZone): EventView => viewOf(request.query, zone, false);
  const write = (): void => {
    need(WRITE_EVENTS);
    const role = user.calendarList.get(calendar.id)?.accessRole;
    if (role !== 'owner' && role !== 'writer') throw errors.requiredAccessLevel();
  };
  const withEtag = (event: EventResource, view: EventView): ApiResponse =>
    jsonResponse(200, presentEvent(event, view), event.etag ? { ETag: event.etag } : {});
  if (rest.length === 0) {
    if (method === 'GET') {
      need(READ_EVENTS);
      const view = readView();
      return jsonResponse(200, presentList(listEvents(ctx), view));
    }
    if (method === 'POST') {
      write();
      const view = writeView();
      return withEtag(insertEvent(ctx, parseJsonBody(request)), view);
    }
  }
  if (rest.length === 1 && rest[0] === 'quickAdd' && method === 'POST') {
    write();
    const view = writeView();
    return withEtag(quickAddEvent(ctx), view);
  }
  if (rest.length === 1 && rest[0] === 'import' && method === 'POST') {
    write();
    const view = writeView();
    return withEtag(importEvent(ctx, parseJsonBody(request)), view);
  }
  const eventId = rest[0] as string;
  if (rest.length === 1) {
    switch (method) {
      case 'GET': {
        need(READ_EVENTS);
        const view = readView();
        const event = getEvent(ctx, eventId);
        if (
          request.headers['if-none-match'] !== undefined &&
          request.headers['if-none-match'] === event.etag
        )
          return emptyResponse(304, { ETag: event.etag ?? '' });
        return withEtag(event, view);
      }
      case 'PATCH':
      case 'PUT': {
        write();
        const view = writeView();
        const rewrite = method === 'PATCH' ? patchEvent : updateEvent;
        return withEtag(rewrite(ctx, eventId, parseJsonBody(request)), view);
      }
      case 'DELETE':
        write();
        deleteEvent(ctx, eventId);
        return emptyResponse(204);
    }
  }
  if (rest.length === 2 && rest[1] === 'instances' && method === 'GET') {
    need(READ_EVENTS);
    const view = readView();
    return jsonResponse(200, presentList(listInstances(ctx, eventId), view));
  }
  if (rest.length === 2 && rest[1] === 'move' && method === 'POST') {
    write();
    const destinationId = request.query.get('destination');
    if (!destinationId) throw errors.required('Required parameter: destination', 'destination');
    const destination = resolveCalendar(world, user, destinationId);
    const role = user.calendarList.get(destination.id)?.accessRole;
    if (role !== 'owner' && role !== 'writer') throw errors.requiredAccessLevel();
    const view = writeView(destination.timeZone);
    return withEtag(moveEvent(ctx, eventId, destination), view);
  }
  throw errors.notImplemented(method, request.path);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
