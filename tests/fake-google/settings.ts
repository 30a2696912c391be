// users/me/settings: the preferences a person sets in Google Calendar's own UI (time zone,
// locale, first day of the week, 24-hour clock, hidden weekends, default event length…),
// read-only through the API: list (with sync tokens, like every Google list) and get. Tests
// change them through the admin API (POST /__admin/settings), as the person would in the UI.

import { IANAZone } from 'luxon';
import { errors } from './api-error.js';
import { jsonResponse, type ApiRequest, type ApiResponse } from './http-io.js';
import { decodeToken, encodeToken } from './opaque-token.js';
import type { Account, World } from './world.js';

/** Google's documented settings and their defaults (timezone is the account's own zone). */
export const SETTING_DEFAULTS: Readonly<Record<string, string>> = {
  autoAddHangouts: 'false',
  dateFieldOrder: 'MDY',
  defaultEventLength: '60',
  format24HourTime: 'false',
  hideInvitations: 'false',
  hideWeekends: 'false',
  locale: 'en',
  remindOnRespondedEventsOnly: 'false',
  showDeclinedEvents: 'true',
  timezone: 'Etc/GMT',
  useKeyboardShortcuts: 'true',
  weekStart: '0',
};

export interface Setting {
  value: string;
  etag: string;
  /** Settings change sequence of the last change. */
  seq: number;
}

/** GET users/me/settings[/{setting}], after authentication and scope checks. */
export function routeSettings(
  world: World,
  request: ApiRequest,
  user: Account,
  rest: string[],
): ApiResponse {
  if (request.method !== 'GET' || rest.length > 1)
    throw errors.notImplemented(request.method, request.path);
  const settings = settingsOf(world, user);
  if (rest.length === 1) {
    const setting = settings.get(rest[0] as string);
    if (!setting) throw errors.notFound();
    return jsonResponse(200, settingResource(rest[0] as string, setting));
  }
  const q = request.query;
  const rawMax = q.get('maxResults');
  const maxResults = rawMax === null ? 100 : Math.min(Number(rawMax), 250);
  if (!Number.isInteger(maxResults) || maxResults < 1)
    throw errors.invalid(`Invalid value for maxResults: ${rawMax}`, 'maxResults');
  let since = -1;
  const syncToken = q.get('syncToken');
  if (syncToken !== null) {
    const token = decodeToken<{ k: string; u: string; s: number }>(syncToken);
    if (!token || token.k !== 'settings' || token.u !== user.email || token.s > head(settings))
      throw errors.fullSyncRequired();
    since = token.s;
  }
  const changed = [...settings.entries()].filter(([, s]) => s.seq > since);
  let offset = 0;
  const pageToken = q.get('pageToken');
  if (pageToken !== null) {
    const decoded = decodeToken<{ k: string; o: number }>(pageToken);
    if (!decoded || decoded.k !== 'settings-page')
      throw errors.invalid('Invalid page token.', 'pageToken');
    offset = decoded.o;
  }
  const more = offset + maxResults < changed.length;
  return jsonResponse(200, {
    kind: 'calendar#settings',
    etag: `"s${head(settings)}"`,
    items: changed.slice(offset, offset + maxResults).map(([id, s]) => settingResource(id, s)),
    ...(more
      ? { nextPageToken: encodeToken({ k: 'settings-page', o: offset + maxResults }) }
      : { nextSyncToken: encodeToken({ k: 'settings', u: user.email, s: head(settings) }) }),
  });
}

/** Sets settings as the person would in Google Calendar's UI; unknown ids and bad values are refused. */
export function changeSettings(world: World, user: Account, values: Record<string, unknown>): void {
  const settings = settingsOf(world, user);
  for (const [id, value] of Object.entries(values)) {
    if (!Object.hasOwn(SETTING_DEFAULTS, id)) throw errors.invalid(`No setting ${id}.`, id);
    if (typeof value !== 'string') throw errors.invalid(`${id} takes a string value.`, id);
    if (id === 'timezone' && !IANAZone.isValidZone(value))
      throw errors.invalid(`Invalid time zone definition: ${value}`, id);
    if (id === 'timezone') user.timeZone = value;
    settings.set(id, { value, etag: world.nextEtag(), seq: head(settings) + 1 });
  }
}

/** The account's settings, made on first use from the defaults and the account's zone. */
export function settingsOf(world: World, user: Account): Map<string, Setting> {
  if (!user.settings) {
    user.settings = new Map(
      Object.entries({ ...SETTING_DEFAULTS, timezone: user.timeZone }).map(([id, value]) => [
        id,
        { value, etag: world.nextEtag(), seq: 0 },
      ]),
    );
  }
  return user.settings;
}

function head(settings: Map<string, Setting>): number {
  return Math.max(0, ...[...settings.values()].map((s) => s.seq));
}

function settingResource(id: string, setting: Setting): Record<string, unknown> {
  return { kind: 'calendar#setting', etag: setting.etag, id, value: setting.value };
}
