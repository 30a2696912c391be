// calendars/{calendarId}: the calendar itself (its name, description, place and time zone),
// shared by everyone who has it on their list. get for readers; insert, patch, update and
// delete for its owner. A new calendar goes on its creator's list as theirs; a deleted one
// leaves every list. Changing the time zone re-writes how every answer for the calendar
// writes its times (event-view.ts) without touching a single event or etag, as on Google.

import { IANAZone } from 'luxon';
import { errors } from './api-error.js';
import {
  emptyResponse,
  jsonResponse,
  parseJsonBody,
  type ApiRequest,
  type ApiResponse,
} from './http-io.js';
import { resolveListId } from './calendar-list.js';
import type { Account, Calendar, World } from './world.js';

/** POST calendars and calendars/{id}, after authentication and scope checks. */
export function routeCalendar(
  world: World,
  request: ApiRequest,
  user: Account,
  rawId: string | undefined,
): ApiResponse {
  const method = request.method;
  if (rawId === undefined) {
    if (method !== 'POST') throw errors.notImplemented(method, request.path);
    const body = parseJsonBody(request);
    const summary = requiredSummary(body.summary);
    const calendar = world.createCalendar(
      world.newCalendarId(),
      summary,
      zoneOf(body.timeZone) ?? user.timeZone,
    );
    setText(calendar, body);
    world.addToList(user, calendar.id, 'owner');
    return jsonResponse(200, calendarResource(calendar));
  }
  const calendar = resolveCalendar(world, user, rawId);
  if (method === 'GET') return jsonResponse(200, calendarResource(calendar));
  if (user.calendarList.get(calendar.id)?.accessRole !== 'owner') throw errors.requiredOwner();
  switch (method) {
    case 'PATCH':
    case 'PUT': {
      const body = parseJsonBody(request);
      if (method === 'PUT') {
        calendar.summary = requiredSummary(body.summary);
        delete calendar.description;
        delete calendar.location;
      } else if (body.summary !== undefined) calendar.summary = requiredSummary(body.summary);
      setText(calendar, body);
      const zone = zoneOf(body.timeZone);
      if (zone) calendar.timeZone = zone;
      calendar.etag = world.nextEtag();
      calendar.updated = world.clock.iso();
      return jsonResponse(200, calendarResource(calendar));
    }
    case 'DELETE':
      if (world.accounts.has(calendar.id))
        throw errors.badRequest('A primary calendar cannot be deleted.');
      for (const account of world.accounts.values()) {
        const entry = account.calendarList.get(calendar.id);
        if (!entry || entry.deleted) continue;
        entry.deleted = true;
        entry.seq = ++account.listHead;
        entry.etag = world.nextEtag();
      }
      world.calendars.delete(calendar.id);
      return emptyResponse(204);
  }
  throw errors.notImplemented(method, request.path);
}

/** A calendar the caller can see; others are 404, as Google hides what you cannot read. */
export function resolveCalendar(world: World, user: Account, raw: string): Calendar {
  const id = resolveListId(user, raw);
  const entry = user.calendarList.get(id);
  const calendar = world.calendars.get(id);
  if (!entry || entry.deleted || !calendar) throw errors.notFound();
  return calendar;
}

// ---------------------------------------------------------------------------------------

function calendarResource(calendar: Calendar): Record<string, unknown> {
  return {
    kind: 'calendar#calendar',
    etag: calendar.etag,
    id: calendar.id,
    summary: calendar.summary,
    ...(calendar.description ? { description: calendar.description } : {}),
    ...(calendar.location ? { location: calendar.location } : {}),
    timeZone: calendar.timeZone,
    conferenceProperties: { allowedConferenceSolutionTypes: ['hangoutsMeet'] },
  };
}

function requiredSummary(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw errors.required('Missing title.', 'summary');
  return value;
}

function zoneOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !IANAZone.isValidZone(value))
    throw errors.invalid(`Invalid time zone definition: ${String(value)}`, 'timeZone');
  return value;
}

function setText(calendar: Calendar, body: Record<string, unknown>): void {
  for (const field of ['description', 'location'] as const) {
    const value = body[field];
    if (value === undefined) continue;
    if (value === null || value === '') delete calendar[field];
    else if (typeof value !== 'string') throw errors.invalid(`Invalid value for ${field}.`, field);
    else calendar[field] = value;
  }
}
