// The world one convergence run plays in: the Google emulator (started once, reset per run),
// a fresh Dexie database on fake-indexeddb behind the Dexie LocalStore, the sync engine with
// zero backoff, and a second real Google client acting as "Google's own UI". Local edits go
// through the renderer's own event operations, Google-side edits through the real API, and
// faults through the emulator's admin API, so every run exercises the code users run.
import 'fake-indexeddb/auto';
import { calendar, type calendar_v3 } from '@googleapis/calendar';
import { OAuth2Client } from 'google-auth-library';
import type { CalendarEvent } from '../../src-preload/model/event';
import type { LocalStore, SendUpdates, StoreCommit } from '../../src-preload/local-store';
import type { FakeGoogle, FaultRule } from '../fake-google/index.js';
import { openDatabase, type AlmanacDatabase } from '../../src-renderer/db/database';
import { createDexieLocalStore } from '../../src-renderer/db/local-store';
import { createLocalCalendar } from '../../src-renderer/db/calendar-writes';
import { googleEndpoints, type GoogleEndpoints } from '../../src-main/google/endpoints';
import { SyncEngine, type SyncReport } from '../../src-main/sync/sync-engine';
import { expandSeries } from '../../src-renderer/calendar/model/series-expansion';
import { occurrenceOf } from '../../src-renderer/calendar/model/occurrence';
import type { Occurrence } from '../../src-renderer/calendar/model/types';

export const EMAIL = 'alice@example.com';
/** The user's zone: where this computer creates and edits events. */
export const ZONE = 'Europe/Berlin';
/**
 * The calendar's zone on Google, which every answer writes its times in: the user's own,
 * or one an ocean away, or one with a half-hour offset. A run may also move it (remoteZone).
 */
export const CALENDAR_ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'UTC'] as const;
const CLIENT = {
  clientId: 'almanac-property.apps.googleusercontent.com',
  clientSecret: 'GOCSPX-property',
};
/** "Google's own UI" is another OAuth client, so expiring the app's tokens leaves it signed in. */
const UI_CLIENT = {
  clientId: 'google-calendar-web.apps.googleusercontent.com',
  clientSecret: 'secret-google-calendar-web.apps.googleusercontent.com',
};
/** The window every command's events fall in (and a margin for moves and series). */
export const RANGE = {
  start: new Date('2030-02-20T00:00:00Z'),
  end: new Date('2030-04-30T00:00:00Z'),
};

export interface RunWorld {
  db: AlmanacDatabase;
  /** A second Google calendar of the account, synced: events move to it and back. */
  work: string;
  /** A calendar kept only on this computer: events move to it from Google and back. */
  mine: string;
  /** Local commits that wrote events or the outbox (the sync log and sync state aside). */
  commits: StoreCommit[];
  /**
   * One sync, with the Calendar API calls it made (`METHOD path`, batch parts each) and the
   * number of commits of events or the outbox it made here.
   */
  watchedSync(): Promise<{ report: SyncReport; calls: string[]; commits: number }>;
  engine: SyncEngine;
  remote: calendar_v3.Calendar;
  /** Arms a "crash": the next commit that acknowledges pushed outbox entries throws instead. */
  armCrashBeforeAck(): void;
  /** Every access token the app holds is now past its hour (the refresh token stays good). */
  expireAccessTokens(): void;
  /** Drops the engine object and builds a new one from what is stored (an app restart). */
  restart(): void;
  admin<T = unknown>(route: string, body?: unknown, method?: string): Promise<T>;
  faults(rules: FaultRule[]): Promise<void>;
  /** Runs `work` with the injected faults suspended, so they only ever hit the engine. */
  withoutFaults<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

let dbCounter = 0;

export async function startRun(google: FakeGoogle, calendarZone: string = ZONE): Promise<RunWorld> {
  const url = google.url;
  const admin = async <T>(route: string, body?: unknown, method = 'POST'): Promise<T> => {
    const response = await fetch(`${url}/__admin/${route}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`admin ${route}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  await admin('reset');
  await admin('accounts', { email: EMAIL, name: 'Alice', timeZone: calendarZone });
  await admin('clients', { ...CLIENT, type: 'desktop', publishing: 'production' });
  await admin('quota', { perUserPerMinute: 1_000_000 });
  const work = (await admin<{ id: string }>('calendars', { email: EMAIL, summary: 'Work' })).id;
  const endpoints = googleEndpoints(url);
  const engineTokens = await admin<{ refresh_token: string }>('tokens', {
    email: EMAIL,
    clientId: CLIENT.clientId,
  });
  const uiTokens = await admin<{ access_token: string; refresh_token: string; expires_in: number }>(
    'tokens',
    { email: EMAIL, clientId: UI_CLIENT.clientId },
  );
  const uiAuth = oauthClient(endpoints, UI_CLIENT);
  uiAuth.setCredentials({
    access_token: uiTokens.access_token,
    refresh_token: uiTokens.refresh_token,
    expiry_date: Date.now() + uiTokens.expires_in * 1000,
  });
  const remote = calendar({
    version: 'v3',
    auth: uiAuth,
    rootUrl: endpoints.apiRoot,
    retry: false,
  });

  const db = openDatabase(`property-${process.pid}-${++dbCounter}`);
  await db.open();
  const mine = await createLocalCalendar(db, {
    summary: 'Personal',
    color: '#33aa55',
    timeZone: ZONE,
    defaultReminders: [],
  });
  const dexie = createDexieLocalStore(db);
  let crashArmed = false;
  const commits: StoreCommit[] = [];
  const store: LocalStore = {
    ...dexie,
    async commit(commit: StoreCommit) {
      if (writesRecords(commit)) commits.push(commit);
      if (crashArmed && (commit.outboxDone?.length ?? 0) > 0) {
        crashArmed = false;
        throw new Error('the app was killed before it recorded what Google acknowledged');
      }
      return dexie.commit(commit);
    },
  };
  // Each "process" gets its own OAuth client holding only the stored refresh token, as
  // GoogleAccount hands it over after a restart.
  const newEngine = (): SyncEngine => {
    const client = oauthClient(endpoints);
    client.setCredentials({ refresh_token: engineTokens.refresh_token });
    return new SyncEngine({
      store,
      account: { authorizedClient: async () => client, reportAuthFailure: async () => undefined },
      endpoints,
      accountEmail: EMAIL,
      sleep: async () => {},
      backoff: { baseMs: 0, maxMs: 0, random: () => 0 },
    });
  };

  const world: RunWorld = {
    db,
    work,
    mine,
    commits,
    async watchedSync() {
      const before = google.world.requests.length;
      commits.length = 0;
      const report = await world.engine.syncAll();
      const calls = google.world.requests
        .slice(before)
        .filter((r) => r.path.startsWith('/calendar/') || r.path.startsWith('/batch/'))
        .map((r) => `${r.method} ${r.path}`);
      return { report, calls, commits: commits.length };
    },
    engine: newEngine(),
    remote,
    armCrashBeforeAck: () => {
      crashArmed = true;
    },
    expireAccessTokens() {
      for (const token of google.world.accessTokens.values())
        if (token.clientId === CLIENT.clientId) token.expiresAt = google.world.clock.now();
    },
    restart() {
      crashArmed = false;
      world.engine = newEngine();
    },
    admin,
    faults: (rules) => admin('faults', { rules }),
    async withoutFaults(work) {
      const saved = google.world.faults;
      google.world.faults = [];
      try {
        return await work();
      } finally {
        google.world.faults = saved;
      }
    },
    async close() {
      db.close();
      await db.delete();
    },
  };
  return world;
}

/** A commit that writes events or the outbox (the sync log and sync state aside). */
function writesRecords(commit: StoreCommit): boolean {
  return [commit.put, commit.remove, commit.outboxAdd, commit.outboxDone].some(
    (list) => (list?.length ?? 0) > 0,
  );
}

function oauthClient(endpoints: GoogleEndpoints, client = CLIENT): OAuth2Client {
  return new OAuth2Client({
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    endpoints: {
      oauth2AuthBaseUrl: endpoints.authUrl,
      oauth2TokenUrl: endpoints.tokenUrl,
      oauth2RevokeUrl: endpoints.revokeUrl,
      tokenInfoUrl: endpoints.tokenInfoUrl,
    },
  });
}

/** Every occurrence the user could click in RANGE, in a stable order. */
export async function localOccurrences(db: AlmanacDatabase): Promise<Occurrence[]> {
  const all = await db.events.toArray();
  const exceptionsOf = new Map<string, CalendarEvent[]>();
  for (const e of all)
    if (e.recurringEventId)
      exceptionsOf.set(e.recurringEventId, [...(exceptionsOf.get(e.recurringEventId) ?? []), e]);
  const out: Occurrence[] = [];
  for (const e of all) {
    if (e.status === 'cancelled') continue;
    if (e.kind === 'master')
      out.push(...expandSeries(e, exceptionsOf.get(e.id) ?? [], RANGE, '#000'));
    else if (
      e.kind === 'single' ||
      (e.kind === 'exception' && !all.some((m) => m.id === e.recurringEventId))
    )
      out.push(occurrenceOf(e, '#000'));
  }
  // Ids are random, so the order (which `pick` indexes) goes by what a replay reproduces.
  return out.sort((a, b) => cmp(a.start, b.start) || cmp(a.title, b.title) || cmp(a.key, b.key));
}

/** A Google event as the other client lists it, with the calendar it was listed in. */
export type GoogleItem = calendar_v3.Schema$Event & { calendarId: string };

/**
 * Google's live events (masters, singles and exceptions) of `calendars` as the other client
 * sees them.
 */
export async function googleItems(
  remote: calendar_v3.Calendar,
  showDeleted = false,
  calendars: readonly string[] = [EMAIL],
): Promise<GoogleItem[]> {
  const items: GoogleItem[] = [];
  for (const calendarId of calendars) {
    let pageToken: string | undefined;
    do {
      const page = (
        await remote.events.list({ calendarId, maxResults: 2500, showDeleted, pageToken })
      ).data;
      items.push(...(page.items ?? []).map((item) => ({ ...item, calendarId })));
      pageToken = page.nextPageToken ?? undefined;
    } while (pageToken);
  }
  return items.sort(
    (a, b) =>
      cmp(a.start?.dateTime ?? a.start?.date ?? '', b.start?.dateTime ?? b.start?.date ?? '') ||
      cmp(a.summary ?? '', b.summary ?? '') ||
      cmp(a.id ?? '', b.id ?? ''),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The fields users see, in one comparable shape for both sides. */
export interface Projection {
  id: string;
  calendarId: string;
  summary: string;
  location: string;
  description: string;
  start: string;
  end: string;
  recurrence: string[];
  status: string;
  attendees: string[];
  recurringEventId: string;
  originalStart: string;
}

type DateLike = { date?: string | null; dateTime?: string | null } | undefined | null;

function instant(d: DateLike): string {
  if (!d) return '';
  if (d.date) return d.date;
  return d.dateTime ? new Date(d.dateTime).toISOString() : '';
}

export function project(e: {
  id?: string | null;
  calendarId?: string;
  summary?: string | null;
  location?: string | null;
  description?: string | null;
  start?: DateLike;
  end?: DateLike;
  recurrence?: string[] | null;
  status?: string | null;
  attendees?: { email?: string | null }[] | null;
  recurringEventId?: string | null;
  originalStartTime?: DateLike;
}): Projection {
  const cancelled = e.status === 'cancelled';
  return {
    id: e.id ?? '',
    calendarId: e.calendarId ?? '',
    // A cancelled instance only hides its occurrence: what it said no longer matters.
    summary: cancelled ? '' : (e.summary ?? ''),
    location: cancelled ? '' : (e.location ?? ''),
    description: cancelled ? '' : (e.description ?? ''),
    start: cancelled ? '' : instant(e.start),
    end: cancelled ? '' : instant(e.end),
    recurrence: [...(e.recurrence ?? [])],
    status: e.status ?? 'confirmed',
    attendees: cancelled
      ? []
      : (e.attendees ?? []).map((a) => (a.email ?? '').toLowerCase()).sort(),
    recurringEventId: e.recurringEventId ?? '',
    originalStart: instant(e.originalStartTime),
  };
}

export type { SendUpdates };
