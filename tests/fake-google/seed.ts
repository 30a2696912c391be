// Seed data: accounts (with extra calendars), OAuth clients and events, from JSON (`--seed
// FILE`), from `startFakeGoogle({seed})` or from POST /__admin/seed. Events are written as the
// calendar's owner would write them through the API, but without quota, faults or emails, and
// with the special types Google makes itself allowed (birthdays from Contacts, Gmail's events).

import { errors } from './api-error.js';
import type { EventResource } from './event-store.js';
import {
  deleteEvent,
  importEvent,
  insertEvent,
  patchEvent,
  type EventContext,
} from './event-writes.js';
import { splitInstanceId } from './recurrence.js';
import type { AccessRole, OAuthClient, World } from './world.js';

export interface SeedAccount {
  email: string;
  name?: string;
  timeZone?: string;
  calendars?: SeedCalendar[];
}

export interface SeedCalendar {
  /** An existing calendar id shares that calendar; omitted, a new calendar is made. */
  id?: string;
  summary?: string;
  accessRole?: AccessRole;
  timeZone?: string;
}

export interface SeedClient {
  clientId: string;
  clientSecret: string;
  type: 'desktop' | 'web';
  redirectUris?: string[];
  publishing: 'testing' | 'production';
  testUsers?: string[];
  name?: string;
  verified?: boolean;
}

export type SeedEvent = EventResource & { calendarId: string };

export interface SeedData {
  accounts?: SeedAccount[];
  clients?: SeedClient[];
  events?: SeedEvent[];
}

export function applySeed(world: World, seed: SeedData): void {
  for (const account of seed.accounts ?? []) {
    world.addAccount(account.email, account.name, account.timeZone);
    for (const calendar of account.calendars ?? []) addCalendar(world, account.email, calendar);
  }
  for (const client of seed.clients ?? []) addClient(world, client);
  const byCalendar = new Map<string, SeedEvent[]>();
  for (const event of seed.events ?? []) {
    const list = byCalendar.get(event.calendarId) ?? [];
    list.push(event);
    byCalendar.set(event.calendarId, list);
  }
  for (const [calendarId, events] of byCalendar) seedEvents(world, calendarId, events);
}

/** Adds a calendar to an account's list: a new one, or an existing one shared with the user. */
export function addCalendar(world: World, email: string, spec: SeedCalendar): string {
  const account = world.accounts.get(email);
  if (!account)
    throw errors.badRequest(`No account ${email}; create it with POST /__admin/accounts first.`);
  let calendar = spec.id ? world.calendars.get(spec.id) : undefined;
  if (!calendar)
    calendar = world.createCalendar(
      spec.id ?? world.newCalendarId(),
      spec.summary ?? 'Calendar',
      spec.timeZone ?? account.timeZone,
    );
  world.addToList(account, calendar.id, spec.accessRole ?? 'owner');
  return calendar.id;
}

export function addClient(world: World, spec: SeedClient): OAuthClient {
  if (!spec.clientId || !spec.clientSecret)
    throw errors.badRequest('clientId and clientSecret are required.');
  if (spec.type !== 'desktop' && spec.type !== 'web')
    throw errors.badRequest('type must be "desktop" or "web".');
  if (spec.publishing !== 'testing' && spec.publishing !== 'production')
    throw errors.badRequest('publishing must be "testing" or "production".');
  const client: OAuthClient = {
    clientId: spec.clientId,
    clientSecret: spec.clientSecret,
    type: spec.type,
    redirectUris: spec.redirectUris ?? [],
    publishing: spec.publishing,
    testUsers: spec.testUsers ?? [],
    ...(spec.name ? { name: spec.name } : {}),
    ...(spec.verified ? { verified: true } : {}),
  };
  world.clients.set(client.clientId, client);
  return client;
}

/** Writes events straight into a calendar; returns their ids. */
export function seedEvents(world: World, calendarId: string, events: EventResource[]): string[] {
  const calendar = world.calendars.get(calendarId);
  if (!calendar) throw errors.badRequest(`No calendar ${calendarId}.`);
  const owner =
    [...world.accounts.values()].find(
      (a) => a.calendarList.get(calendarId)?.accessRole === 'owner',
    ) ?? world.accounts.get(calendarId);
  if (!owner) throw errors.badRequest(`Calendar ${calendarId} has no owner account.`);
  const ctx: EventContext = {
    world,
    calendar,
    user: owner,
    query: new URLSearchParams(),
    headers: {},
    byGoogle: true,
  };
  return events.map((input) => {
    const { calendarId: _ignored, ...body } = input as SeedEvent;
    const id = typeof body.id === 'string' ? body.id : undefined;
    if (id && splitInstanceId(id) && !calendar.store.get(id)) {
      if (body.status === 'cancelled') {
        deleteEvent(ctx, id);
        return id;
      }
      return patchEvent(ctx, id, body as Record<string, unknown>).id as string;
    }
    if (body.organizer?.email && body.organizer.email !== calendarId) {
      return importEvent(ctx, {
        iCalUID: `${id ?? 'seed'}${calendar.store.order.length}@google.com`,
        ...body,
      } as Record<string, unknown>).id as string;
    }
    return insertEvent(ctx, body as Record<string, unknown>).id as string;
  });
}
