// The admin API under /__admin/: how tests, the demo and benchmarks set the emulator up and
// look inside it. Plain JSON in and out; errors as {error: message} with status 400/404.
// It is not part of Google's surface, so it is neither delayed, faulted, counted nor logged.
//
//   POST   /__admin/reset                   empty everything
//   POST   /__admin/accounts                {email, name?, timeZone?} → account + primary calendar
//   POST   /__admin/calendars               {email, summary, accessRole?, id?, timeZone?} → {id}
//   POST   /__admin/clients                 {clientId, clientSecret, type, redirectUris?, publishing, testUsers?, name?, verified?}
//   POST   /__admin/tokens                  {email, clientId, scope?} → {access_token, refresh_token, expires_in, ...}
//   POST   /__admin/consent                 {mode: "page"|"approve"|"deny", email?}
//   GET    /__admin/notifications           [{to, kind, calendarId, eventId, at}]   (DELETE clears)
//   POST   /__admin/faults                  {rules: FaultRule[]}   (adds rules);  DELETE removes all
//   POST   /__admin/latency                 {ms}
//   POST   /__admin/sync-tokens/expire      {calendarId?}
//   POST   /__admin/refresh-tokens/revoke   {email}
//   POST   /__admin/clock                   {advanceMs} → {now}
//   GET    /__admin/requests                [{method, path, query, status, batched, at}]   (DELETE clears)
// Beyond the issue's list:
//   POST   /__admin/quota                   {perUserPerMinute?, status?: 403|429}
//   POST   /__admin/events                  {calendarId, events: Event[]} → {ids}  (no quota, no emails)
//   POST   /__admin/seed                    SeedData
//   POST   /__admin/colors                  {event?, calendar?: {colorId: {background, foreground?}}} → colors.get's body
//   POST   /__admin/settings                {email, settings: {id: value}}  (as set in Google Calendar's UI)

import { ApiError } from './api-error.js';
import type { ColorDefinition } from './colors.js';
import { colorsResource } from './colors.js';
import { activateRules, type FaultRule } from './faults.js';
import { jsonResponse, type ApiRequest, type ApiResponse } from './http-io.js';
import { DEFAULT_SCOPE, issueTokens, revokeRefreshToken } from './oauth-routes.js';
import {
  addCalendar,
  addClient,
  applySeed,
  seedEvents,
  type SeedClient,
  type SeedData,
} from './seed.js';
import { changeSettings } from './settings.js';
import type { AccessRole, World } from './world.js';

export const ADMIN_PREFIX = '/__admin/';

export function handleAdmin(world: World, request: ApiRequest): ApiResponse {
  try {
    return route(world, request);
  } catch (error) {
    if (error instanceof ApiError) return jsonResponse(error.status, { error: error.message });
    if (error instanceof AdminError) return jsonResponse(error.status, { error: error.message });
    throw error;
  }
}

class AdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function route(world: World, request: ApiRequest): ApiResponse {
  const name = request.path.slice(ADMIN_PREFIX.length).replace(/\/$/, '');
  const key = `${request.method} ${name}`;
  const body = (): Record<string, unknown> => {
    if (request.body.trim() === '') return {};
    try {
      return JSON.parse(request.body) as Record<string, unknown>;
    } catch {
      throw new AdminError(400, 'The body must be JSON.');
    }
  };
  switch (key) {
    case 'POST reset':
      world.reset();
      return ok();
    case 'POST accounts': {
      const b = body();
      const email = requireString(b, 'email');
      const account = world.addAccount(
        email,
        optionalString(b, 'name'),
        optionalString(b, 'timeZone') ?? 'UTC',
      );
      return jsonResponse(200, {
        email: account.email,
        name: account.name,
        calendarId: account.email,
      });
    }
    case 'POST calendars': {
      const b = body();
      const accessRole = (optionalString(b, 'accessRole') ?? 'owner') as AccessRole;
      if (!['freeBusyReader', 'reader', 'writer', 'owner'].includes(accessRole))
        throw new AdminError(400, 'accessRole must be freeBusyReader, reader, writer or owner.');
      const id = addCalendar(world, requireString(b, 'email'), {
        summary: optionalString(b, 'summary') ?? 'Calendar',
        accessRole,
        ...(optionalString(b, 'id') ? { id: optionalString(b, 'id') } : {}),
        ...(optionalString(b, 'timeZone') ? { timeZone: optionalString(b, 'timeZone') } : {}),
      });
      return jsonResponse(200, { id });
    }
    case 'POST clients': {
      const client = addClient(world, body() as unknown as SeedClient);
      return jsonResponse(200, client);
    }
    case 'POST tokens': {
      const b = body();
      const email = requireString(b, 'email');
      if (!world.accounts.has(email)) throw new AdminError(404, `No account ${email}.`);
      const clientId = requireString(b, 'clientId');
      // An unregistered client id stands for "some other Google client" the test acts as.
      const client =
        world.clients.get(clientId) ??
        addClient(world, {
          clientId,
          clientSecret: `secret-${clientId}`,
          type: 'desktop',
          publishing: 'production',
        });
      const scope =
        typeof b.scope === 'string'
          ? b.scope.split(/\s+/).filter(Boolean)
          : Array.isArray(b.scope)
            ? (b.scope as string[])
            : DEFAULT_SCOPE;
      return jsonResponse(200, issueTokens(world, client, email, scope));
    }
    case 'POST consent': {
      const b = body();
      const mode = b.mode;
      if (mode !== 'page' && mode !== 'approve' && mode !== 'deny')
        throw new AdminError(400, 'mode must be "page", "approve" or "deny".');
      const email = optionalString(b, 'email');
      world.consent = email ? { mode, email } : { mode };
      return ok();
    }
    case 'GET notifications':
      return jsonResponse(200, world.notifications);
    case 'DELETE notifications':
      world.notifications = [];
      return ok();
    case 'POST faults': {
      const rules = body().rules;
      if (!Array.isArray(rules)) throw new AdminError(400, 'rules must be an array.');
      for (const rule of rules as FaultRule[]) {
        if (typeof rule !== 'object' || rule === null || typeof rule.match !== 'object')
          throw new AdminError(400, 'Each rule needs a match object.');
        if (!rule.respond && !rule.drop && rule.delayMs === undefined)
          throw new AdminError(400, 'Each rule needs respond, drop or delayMs.');
      }
      world.faults.push(...activateRules(rules as FaultRule[]));
      return ok();
    }
    case 'DELETE faults':
      world.faults = [];
      return ok();
    case 'POST latency': {
      const ms = body().ms;
      if (typeof ms !== 'number' || ms < 0)
        throw new AdminError(400, 'ms must be a non-negative number.');
      world.latencyMs = ms;
      return ok();
    }
    case 'POST sync-tokens/expire': {
      const calendarId = optionalString(body(), 'calendarId');
      if (calendarId) {
        const calendar = world.calendars.get(calendarId);
        if (!calendar) throw new AdminError(404, `No calendar ${calendarId}.`);
        calendar.store.epoch += 1;
      } else {
        for (const calendar of world.calendars.values()) calendar.store.epoch += 1;
        for (const account of world.accounts.values()) account.listEpoch += 1;
      }
      return ok();
    }
    case 'POST refresh-tokens/revoke': {
      const email = requireString(body(), 'email');
      let revoked = 0;
      for (const record of world.refreshTokens.values()) {
        if (record.email === email && !record.revoked) {
          revokeRefreshToken(world, record);
          revoked += 1;
        }
      }
      return jsonResponse(200, { revoked });
    }
    case 'POST clock': {
      const advanceMs = body().advanceMs;
      if (typeof advanceMs !== 'number' || advanceMs < 0)
        throw new AdminError(400, 'advanceMs must be a non-negative number.');
      world.clock.advance(advanceMs);
      return jsonResponse(200, { now: world.clock.iso() });
    }
    case 'GET requests':
      return jsonResponse(200, world.requests);
    case 'DELETE requests':
      world.requests = [];
      return ok();
    case 'POST quota': {
      const b = body();
      if (b.perUserPerMinute !== undefined) {
        if (typeof b.perUserPerMinute !== 'number' || b.perUserPerMinute < 1)
          throw new AdminError(400, 'perUserPerMinute must be a positive number.');
        world.quota.perUserPerMinute = b.perUserPerMinute;
      }
      if (b.status !== undefined) {
        if (b.status !== 403 && b.status !== 429)
          throw new AdminError(400, 'status must be 403 or 429.');
        world.quota.status = b.status;
      }
      return ok();
    }
    case 'POST events': {
      const b = body();
      const events = b.events;
      if (!Array.isArray(events)) throw new AdminError(400, 'events must be an array.');
      return jsonResponse(200, { ids: seedEvents(world, requireString(b, 'calendarId'), events) });
    }
    case 'POST seed':
      applySeed(world, body() as SeedData);
      return ok();
    case 'POST settings': {
      const b = body();
      const account = world.accounts.get(requireString(b, 'email'));
      if (!account) throw new AdminError(404, `No account ${String(b.email)}.`);
      if (typeof b.settings !== 'object' || b.settings === null)
        throw new AdminError(400, 'settings must map setting ids to values.');
      changeSettings(world, account, b.settings as Record<string, unknown>);
      return ok();
    }
    case 'POST colors': {
      // Google has changed its palettes before (2012): replaced entries take effect at once,
      // for colors.get, for calendar-list colours and for which colorIds events may carry.
      const b = body();
      for (const which of ['event', 'calendar'] as const) {
        const given = b[which];
        if (given === undefined) continue;
        if (typeof given !== 'object' || given === null || Array.isArray(given))
          throw new AdminError(400, `${which} must map colour ids to {background, foreground}.`);
        for (const [colorId, value] of Object.entries(
          given as Record<string, Partial<ColorDefinition>>,
        )) {
          if (
            !/^\d+$/.test(colorId) ||
            !HEX.test(value?.background ?? '') ||
            (value.foreground !== undefined && !HEX.test(value.foreground))
          ) {
            throw new AdminError(
              400,
              `${which}.${colorId} needs a background (and optionally a foreground) like "#a4bdfc".`,
            );
          }
          world.colors[which][colorId] = {
            background: value.background as string,
            foreground: value.foreground ?? '#1d1d1d',
          };
        }
      }
      world.colors.updated = world.clock.iso();
      return jsonResponse(200, colorsResource(world.colors));
    }
  }
  throw new AdminError(404, `No admin route ${key}.`);
}

const HEX = /^#[0-9a-f]{6}$/i;

function ok(): ApiResponse {
  return jsonResponse(200, { ok: true });
}

function requireString(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== 'string' || value === '') throw new AdminError(400, `${key} is required.`);
  return value;
}

function optionalString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
