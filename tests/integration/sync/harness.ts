// Set-up for the sync engine's integration tests: the Google emulator over real HTTP, the
// renderer's Dexie database on fake-indexeddb behind the Dexie LocalStore, the real
// OAuth2Client (holding only a refresh token, as GoogleAccount hands it over), the engine,
// and a second real Google client acting as "Google's own UI" to change things on Google.
import 'fake-indexeddb/auto';
import { calendar, type calendar_v3 } from '@googleapis/calendar';
import { OAuth2Client } from 'google-auth-library';
import type { CalendarEvent } from '../../../src-preload/model/event';
import type { LocalStore, SendUpdates } from '../../../src-preload/local-store';
import type { SyncLogEntry } from '../../../src-preload/sync-log';
import { startFakeGoogle, type FakeGoogle, type FaultRule } from '../../fake-google/index.js';
import { openDatabase, type AlmanacDatabase } from '../../../src-renderer/db/database';
import { createDexieLocalStore } from '../../../src-renderer/db/local-store';
import { createEvent, deleteEvent, updateEvent } from '../../../src-renderer/db/event-writes';
import { draftFromOccurrence, newDraft } from '../../../src-renderer/calendar/model/drafts';
import { occurrenceOf } from '../../../src-renderer/calendar/model/occurrence';
import type { EditScope, EventDraft } from '../../../src-renderer/calendar/model/types';
import { googleEndpoints } from '../../../src-main/google/endpoints';
import { SyncEngine, type SyncEngineDeps } from '../../../src-main/sync/sync-engine';

export const CLIENT = {
  clientId: 'almanac-sync-test.apps.googleusercontent.com',
  clientSecret: 'GOCSPX-sync-test',
};

export interface Notification {
  to: string;
  kind: 'invitation' | 'update' | 'cancellation';
  calendarId: string;
  eventId: string;
}

export interface RequestRecord {
  method: string;
  path: string;
  status: number;
  batched: boolean;
  query: Record<string, string | string[]>;
}

export interface SyncWorld {
  google: FakeGoogle;
  url: string;
  email: string;
  db: AlmanacDatabase;
  engine: SyncEngine;
  /** "Google's own UI": the real client, acting as the same user from elsewhere. */
  remote: calendar_v3.Calendar;
  /** Delays the engine asked to wait (the wait itself is skipped). */
  sleeps: number[];
  /** The raw bodies of the batch requests the engine sent (observed, not altered). */
  batchBodies: string[];
  authFailures: unknown[];
  admin<T = unknown>(route: string, body?: unknown, method?: string): Promise<T>;
  notifications(): Promise<Notification[]>;
  requests(): Promise<RequestRecord[]>;
  clearRequests(): Promise<void>;
  faults(rules: FaultRule[]): Promise<void>;
  /** Local operations, through the renderer's own event operations. */
  createLocal(
    summary: string,
    start: string,
    end: string,
    change?: (d: EventDraft) => void,
    sendUpdates?: SendUpdates,
  ): Promise<string>;
  editLocal(
    id: string,
    change: (d: EventDraft) => void,
    sendUpdates?: SendUpdates,
    scope?: EditScope,
  ): Promise<void>;
  deleteLocal(id: string, sendUpdates?: SendUpdates, scope?: EditScope): Promise<void>;
  local(id: string): Promise<CalendarEvent | undefined>;
  log(): Promise<SyncLogEntry[]>;
  close(): Promise<void>;
}

let dbCounter = 0;

export async function startSyncWorld(
  options: {
    email?: string;
    latencyMs?: number;
    engine?: Partial<SyncEngineDeps>;
    /** Stands between the engine and the store (a test counting the engine's calls). */
    wrapStore?: (store: LocalStore) => LocalStore;
  } = {},
): Promise<SyncWorld> {
  const email = options.email ?? 'alice@example.com';
  const google = await startFakeGoogle({
    quotaPerUserPerMinute: 1_000_000,
    ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}),
  });
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
  await admin('accounts', { email, name: 'Alice' });
  await admin('clients', { ...CLIENT, type: 'desktop', publishing: 'production' });
  const endpoints = googleEndpoints(url);
  const oauth = (): OAuth2Client =>
    new OAuth2Client({
      clientId: CLIENT.clientId,
      clientSecret: CLIENT.clientSecret,
      endpoints: {
        oauth2AuthBaseUrl: endpoints.authUrl,
        oauth2TokenUrl: endpoints.tokenUrl,
        oauth2RevokeUrl: endpoints.revokeUrl,
        tokenInfoUrl: endpoints.tokenInfoUrl,
      },
    });

  const engineTokens = await admin<{ refresh_token: string }>('tokens', {
    email,
    clientId: CLIENT.clientId,
  });
  const engineClient = oauth();
  engineClient.setCredentials({ refresh_token: engineTokens.refresh_token });
  const uiTokens = await admin<{ access_token: string; refresh_token: string; expires_in: number }>(
    'tokens',
    { email, clientId: CLIENT.clientId },
  );
  const uiAuth = oauth();
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

  const db = openDatabase(`sync-test-${process.pid}-${++dbCounter}`);
  await db.open();
  const sleeps: number[] = [];
  const batchBodies: string[] = [];
  const authFailures: unknown[] = [];
  const engine = new SyncEngine({
    store: (options.wrapStore ?? ((store) => store))(createDexieLocalStore(db)),
    account: {
      authorizedClient: async () => engineClient,
      reportAuthFailure: async (e) => authFailures.push(e),
    },
    endpoints,
    accountEmail: email,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    backoff: { baseMs: 10, maxMs: 80, random: () => 0.5 },
    fetch: (input, init) => {
      if (String(input).includes('/batch/')) batchBodies.push(String(init?.body ?? ''));
      return fetch(input, init);
    },
    ...options.engine,
  });

  const withSendUpdates = async (
    sendUpdates: SendUpdates | undefined,
    write: () => Promise<void>,
  ): Promise<void> => {
    const before = (await db.outbox.orderBy('seq').last())?.seq ?? 0;
    await write();
    if (sendUpdates) await db.outbox.where('seq').above(before).modify({ sendUpdates });
  };
  const occurrence = async (id: string) => {
    const event = await db.events.get(id);
    if (!event) throw new Error(`no local event ${id}`);
    const master = event.recurringEventId ? await db.events.get(event.recurringEventId) : undefined;
    return occurrenceOf(event, '#000', master);
  };

  return {
    google,
    url,
    email,
    db,
    engine,
    remote,
    sleeps,
    batchBodies,
    authFailures,
    admin,
    notifications: () => admin<Notification[]>('notifications', undefined, 'GET'),
    requests: () => admin<RequestRecord[]>('requests', undefined, 'GET'),
    clearRequests: () => admin('requests', undefined, 'DELETE'),
    faults: (rules) => admin('faults', { rules }),
    async createLocal(summary, start, end, change, sendUpdates) {
      let id = '';
      await withSendUpdates(sendUpdates, async () => {
        const draft = {
          ...newDraft({
            start,
            end,
            allDay: !start.includes('T'),
            timeZone: 'Europe/Berlin',
            calendarId: email,
          }),
          summary,
        };
        change?.(draft);
        id = await createEvent(db, draft);
      });
      return id;
    },
    async editLocal(id, change, sendUpdates, scope = 'all') {
      const occ = await occurrence(id);
      const draft = draftFromOccurrence(occ, 'Europe/Berlin');
      change(draft);
      await withSendUpdates(sendUpdates, () => updateEvent(db, occ, draft, scope));
    },
    async deleteLocal(id, sendUpdates, scope = 'all') {
      const occ = await occurrence(id);
      await withSendUpdates(sendUpdates, () => deleteEvent(db, occ, scope));
    },
    local: (id) => db.events.get(id),
    log: () => db.syncLog.toArray(),
    async close() {
      db.close();
      await google.close();
    },
  };
}

/**
 * The world of the move tests: a second Google calendar of the account (Work), synced like
 * the primary one, with what those tests read of Google.
 */
export interface MoveWorld extends SyncWorld {
  work: string;
  /** Google's copy of an event in `calendarId` (cancelled when it left), or null. */
  onGoogleIn(calendarId: string, id: string): Promise<calendar_v3.Schema$Event | null>;
  /** The events.move calls Google received since the request log was last cleared. */
  moveCalls(): Promise<RequestRecord[]>;
}

export async function moveWorld(): Promise<MoveWorld> {
  const w = await startSyncWorld();
  const work = (await w.admin<{ id: string }>('calendars', { email: w.email, summary: 'Work' })).id;
  await w.engine.syncAll();
  await w.db.calendars.update(work, { syncEnabled: true });
  await w.engine.syncAll();
  return {
    ...w,
    work,
    async onGoogleIn(calendarId, id) {
      try {
        return (await w.remote.events.get({ calendarId, eventId: id })).data;
      } catch {
        return null;
      }
    },
    moveCalls: async () =>
      (await w.requests()).filter((r) => r.method === 'POST' && r.path.endsWith('/move')),
  };
}

/** A live (not cancelled) event on Google, read through the real API. */
export async function onGoogle(world: SyncWorld, id: string): Promise<calendar_v3.Schema$Event> {
  return (await world.remote.events.get({ calendarId: world.email, eventId: id })).data;
}

export async function googleItems(world: SyncWorld): Promise<calendar_v3.Schema$Event[]> {
  const items: calendar_v3.Schema$Event[] = [];
  let pageToken: string | undefined;
  do {
    const page = (
      await world.remote.events.list({ calendarId: world.email, maxResults: 2500, pageToken })
    ).data;
    items.push(...(page.items ?? []));
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return items;
}
