// users/me/calendarList: the user's own view of the calendars they have — list (with sync
// tokens), get, and the writes a calendar app makes: insert (put a calendar one had back on
// the list), patch and update (colour, hidden, selected, default reminders, a name of one's
// own) and delete (take it off the list; the calendar itself stays). Each write moves the
// entry up the list's change log, so a calendar-list sync token reports it.

import { errors } from './api-error.js';
import { calendarColor } from './colors.js';
import {
  emptyResponse,
  jsonResponse,
  parseJsonBody,
  type ApiRequest,
  type ApiResponse,
} from './http-io.js';
import { decodeToken, encodeToken } from './opaque-token.js';
import type { Account, ListEntry, Reminder, World } from './world.js';

/** users/me/calendarList[/{calendarId}], after authentication and scope checks. */
export function routeCalendarList(
  world: World,
  request: ApiRequest,
  user: Account,
  rest: string[],
): ApiResponse {
  const method = request.method;
  if (rest.length === 0 && method === 'GET')
    return jsonResponse(200, listCalendarList(world, user, request.query));
  if (rest.length === 0 && method === 'POST') {
    const body = parseJsonBody(request);
    if (typeof body.id !== 'string' || body.id === '')
      throw errors.required('Missing calendar id.', 'id');
    const entry = user.calendarList.get(resolveListId(user, body.id));
    // Only a calendar this user can see (one they had on their list) can be put back on it.
    if (!entry || !world.calendars.has(entry.calendarId)) throw errors.notFound();
    entry.deleted = false;
    applyEntryChanges(world, entry, body, request.query, false);
    touch(world, user, entry);
    return jsonResponse(200, listEntryResource(world, entry));
  }
  if (rest.length !== 1) throw errors.notImplemented(method, request.path);
  const entry = user.calendarList.get(resolveListId(user, rest[0] as string));
  if (!entry || entry.deleted) throw errors.notFound();
  switch (method) {
    case 'GET':
      return jsonResponse(200, listEntryResource(world, entry));
    case 'PATCH':
    case 'PUT':
      applyEntryChanges(world, entry, parseJsonBody(request), request.query, method === 'PUT');
      touch(world, user, entry);
      return jsonResponse(200, listEntryResource(world, entry));
    case 'DELETE':
      if (entry.primary)
        throw errors.badRequest('The primary calendar cannot be removed from the list.');
      entry.deleted = true;
      touch(world, user, entry);
      return emptyResponse(204);
  }
  throw errors.notImplemented(method, request.path);
}

/** calendarList.list's and calendarList.get's representation of an entry. */
export function listEntryResource(world: World, entry: ListEntry): Record<string, unknown> {
  const calendar = world.calendars.get(entry.calendarId);
  const colors = calendarColor(world.colors, entry.colorId);
  return {
    kind: 'calendar#calendarListEntry',
    etag: entry.etag,
    id: entry.calendarId,
    summary: calendar?.summary ?? entry.calendarId,
    ...(entry.summaryOverride ? { summaryOverride: entry.summaryOverride } : {}),
    ...(calendar?.description ? { description: calendar.description } : {}),
    ...(calendar?.location ? { location: calendar.location } : {}),
    timeZone: calendar?.timeZone ?? 'UTC',
    colorId: entry.colorId,
    backgroundColor: entry.backgroundColor ?? colors.background,
    foregroundColor: entry.foregroundColor ?? colors.foreground,
    ...(entry.hidden ? { hidden: true } : {}),
    selected: entry.selected,
    accessRole: entry.accessRole,
    defaultReminders: entry.defaultReminders.map((r) => ({ ...r })),
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

/** `primary` names the user's own calendar wherever a calendar id goes. */
export function resolveListId(user: Account, raw: string): string {
  return raw === 'primary' ? user.email : raw;
}

// ---------------------------------------------------------------------------------------

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

/**
 * A patch (given fields change) or an update (PUT: what is left out goes back to its
 * default). RGB colours need colorRgbFormat=true, as on Google; the palette entry nearest
 * to them becomes the colorId.
 */
function applyEntryChanges(
  world: World,
  entry: ListEntry,
  body: Record<string, unknown>,
  query: URLSearchParams,
  replace: boolean,
): void {
  const rgb = query.get('colorRgbFormat') === 'true';
  if (!rgb && (body.backgroundColor !== undefined || body.foregroundColor !== undefined))
    throw errors.invalid(
      'Setting backgroundColor or foregroundColor requires colorRgbFormat=true.',
      'colorRgbFormat',
    );
  const next: ListEntry = { ...entry };
  if (replace) {
    next.hidden = false;
    next.selected = true;
    next.defaultReminders = [];
    delete next.summaryOverride;
    delete next.backgroundColor;
    delete next.foregroundColor;
  }
  if (body.colorId !== undefined && body.colorId !== null) {
    if (typeof body.colorId !== 'string' || !Object.hasOwn(world.colors.calendar, body.colorId))
      throw errors.invalid('Invalid color id.', 'colorId');
    next.colorId = body.colorId;
    delete next.backgroundColor;
    delete next.foregroundColor;
  }
  if (rgb && (body.backgroundColor !== undefined || body.foregroundColor !== undefined)) {
    const background = hexOf(body.backgroundColor, 'backgroundColor');
    const foreground = hexOf(body.foregroundColor, 'foregroundColor');
    if (background) {
      next.backgroundColor = background;
      next.colorId = nearestColorId(world, background);
    }
    if (foreground) next.foregroundColor = foreground;
  }
  for (const flag of ['hidden', 'selected'] as const) {
    const value = body[flag];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'boolean') throw errors.invalid(`Invalid value for ${flag}.`, flag);
    next[flag] = value;
  }
  if (body.summaryOverride !== undefined) {
    if (body.summaryOverride === null || body.summaryOverride === '') delete next.summaryOverride;
    else if (typeof body.summaryOverride !== 'string')
      throw errors.invalid('Invalid value for summaryOverride.', 'summaryOverride');
    else next.summaryOverride = body.summaryOverride;
  }
  if (body.defaultReminders !== undefined)
    next.defaultReminders = remindersOf(body.defaultReminders);
  for (const key of ['summaryOverride', 'backgroundColor', 'foregroundColor'] as const)
    if (next[key] === undefined) delete entry[key];
  Object.assign(entry, next);
}

function remindersOf(value: unknown): Reminder[] {
  if (value === null) return [];
  if (!Array.isArray(value)) throw errors.invalid('Invalid default reminders.', 'defaultReminders');
  if (value.length > 5)
    throw errors.invalid('The maximum number of default reminders is 5.', 'defaultReminders');
  return value.map((r: { method?: unknown; minutes?: unknown }) => {
    if (r?.method !== 'email' && r?.method !== 'popup')
      throw errors.invalid('Invalid reminder method.', 'defaultReminders.method');
    if (
      typeof r.minutes !== 'number' ||
      !Number.isInteger(r.minutes) ||
      r.minutes < 0 ||
      r.minutes > 40320
    )
      throw errors.invalid('Invalid reminder minutes.', 'defaultReminders.minutes');
    return { method: r.method, minutes: r.minutes };
  });
}

function hexOf(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !/^#[0-9a-f]{6}$/i.test(value))
    throw errors.invalid(`Invalid value for ${field}: use a colour like "#0088aa".`, field);
  return value.toLowerCase();
}

function nearestColorId(world: World, hex: string): string {
  const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const [r, g, b] = rgb(hex) as [number, number, number];
  let best = '1';
  let bestDistance = Infinity;
  for (const [id, color] of Object.entries(world.colors.calendar)) {
    const [r2, g2, b2] = rgb(color.background) as [number, number, number];
    const distance = (r - r2) ** 2 + (g - g2) ** 2 + (b - b2) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [id, distance];
  }
  return best;
}

function touch(world: World, user: Account, entry: ListEntry): void {
  entry.seq = ++user.listHead;
  entry.etag = world.nextEtag();
}
