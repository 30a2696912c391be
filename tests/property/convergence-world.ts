// The world one convergence run plays in: the Google emulator (started once, reset per run)
// with two Google accounts, a fresh Dexie database on fake-indexeddb behind the Dexie
// LocalStore, one sync engine per account over that one database (as SyncService keeps one
// AccountSync per account) with zero backoff, and for each account a second real Google
// client acting as "Google's own UI". Local edits go through the renderer's own event
// operations, Google-side edits through the real API, and faults through the emulator's
// admin API, scoped to one account, so every run exercises the code users run.
import 'fake-indexeddb/auto';
import { calendar, type calendar_v3 } from '@googleapis/calendar';
import { OAuth2Client } from 'google-auth-library';
import type { LocalStore, SendUpdates, StoreCommit } from '../../src-preload/local-store';
import type { FakeGoogle, FaultRule } from '../fake-google/index.js';
import { openDatabase, type AlmanacDatabase } from '../../src-renderer/db/database';
import { createDexieLocalStore } from '../../src-renderer/db/local-store';
import { createLocalCalendar } from '../../src-renderer/db/calendar-writes';
import { googleEndpoints, type GoogleEndpoints } from '../../src-main/google/endpoints';
import { SyncEngine, type SyncReport } from '../../src-main/sync/sync-engine';

/** The two Google accounts: the first has a second calendar (Work), the other its primary only. */
export const ACCOUNTS = ['alice@example.com', 'bob@example.org'] as const;
export const EMAIL = ACCOUNTS[0];
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

/** One Google account of the run: its engine, its calendars, and Google's UI signed in as it. */
export interface AccountWorld {
  email: string;
  /** Its Google calendars, all synced: its primary (and the first account's Work). */
  calendars: string[];
  engine: SyncEngine;
  remote: calendar_v3.Calendar;
  /**
   * One sync of this account, with the Calendar API calls it made (`METHOD path`, batch parts
   * each) and the number of commits of events or the outbox it made here.
   */
  watchedSync(): Promise<{ report: SyncReport; calls: string[]; commits: number }>;
  /** Arms a "crash": this account's next commit that acknowledges pushed outbox entries throws. */
  armCrashBeforeAck(): void;
  /** Every access token the app holds for this account is now past its hour (the refresh token stays good). */
  expireAccessTokens(): void;
}

/** The run's world; its engine, remote and the rest without an account are the first account's. */
export interface RunWorld extends AccountWorld {
  db: AlmanacDatabase;
  accounts: AccountWorld[];
  /** The first account's second Google calendar, synced: events move to it and back. */
  work: string;
  /** A calendar kept only on this computer: events move to it from Google and back. */
  mine: string;
  /** Drops every engine object and builds new ones from what is stored (an app restart). */
  restart(): void;
  admin<T = unknown>(route: string, body?: unknown, method?: string): Promise<T>;
  faults(rules: FaultRule[]): Promise<void>;
  /** Runs `work` with the injected faults suspended, so they only ever hit the engines. */
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
  for (const [i, email] of ACCOUNTS.entries())
    await admin('accounts', { email, name: i === 0 ? 'Alice' : 'Bob', timeZone: calendarZone });
  await admin('clients', { ...CLIENT, type: 'desktop', publishing: 'production' });
  await admin('quota', { perUserPerMinute: 1_000_000 });
  const work = (await admin<{ id: string }>('calendars', { email: EMAIL, summary: 'Work' })).id;
  const endpoints = googleEndpoints(url);

  const db = openDatabase(`property-${process.pid}-${++dbCounter}`);
  await db.open();
  const mine = await createLocalCalendar(db, {
    summary: 'Personal',
    color: '#33aa55',
    timeZone: ZONE,
    defaultReminders: [],
  });
  const dexie = createDexieLocalStore(db);
  const accounts: (AccountWorld & { restart(): void })[] = [];
  for (const email of ACCOUNTS) {
    const calendars = email === EMAIL ? [email, work] : [email];
    accounts.push(await startAccount(google, admin, endpoints, dexie, email, calendars));
  }
  const first = accounts[0]!;

  const world: RunWorld = {
    db,
    accounts,
    work,
    mine,
    email: first.email,
    calendars: first.calendars,
    get engine() {
      return first.engine;
    },
    set engine(engine) {
      first.engine = engine;
    },
    remote: first.remote,
    watchedSync: () => first.watchedSync(),
    armCrashBeforeAck: () => first.armCrashBeforeAck(),
    expireAccessTokens: () => first.expireAccessTokens(),
    restart() {
      for (const account of accounts) account.restart();
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

/** One account: its tokens, Google's UI signed in as it, and its engine over the shared store. */
async function startAccount(
  google: FakeGoogle,
  admin: RunWorld['admin'],
  endpoints: GoogleEndpoints,
  dexie: LocalStore,
  email: string,
  calendars: string[],
): Promise<AccountWorld & { restart(): void }> {
  const engineTokens = await admin<{ refresh_token: string }>('tokens', {
    email,
    clientId: CLIENT.clientId,
  });
  const uiTokens = await admin<{ access_token: string; refresh_token: string; expires_in: number }>(
    'tokens',
    { email, clientId: UI_CLIENT.clientId },
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

  // Each account's engine writes through its own view of the one store, so a crash armed for
  // one account hits only that account's commits.
  let crashArmed = false;
  let commits = 0;
  const store: LocalStore = {
    ...dexie,
    async commit(commit: StoreCommit) {
      if (writesRecords(commit)) commits++;
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
      accountEmail: email,
      sleep: async () => {},
      backoff: { baseMs: 0, maxMs: 0, random: () => 0 },
    });
  };
  const account = {
    email,
    calendars,
    engine: newEngine(),
    remote,
    async watchedSync() {
      const before = google.world.requests.length;
      commits = 0;
      const report = await account.engine.syncAll();
      const calls = google.world.requests
        .slice(before)
        .filter((r) => r.user === email)
        .filter((r) => r.path.startsWith('/calendar/') || r.path.startsWith('/batch/'))
        .map((r) => `${r.method} ${r.path}`);
      return { report, calls, commits };
    },
    armCrashBeforeAck() {
      crashArmed = true;
    },
    expireAccessTokens() {
      for (const token of google.world.accessTokens.values())
        if (token.clientId === CLIENT.clientId && token.email === email)
          token.expiresAt = google.world.clock.now();
    },
    restart() {
      crashArmed = false;
      account.engine = newEngine();
    },
  };
  return account;
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

export { googleItems, localOccurrences, project } from './convergence-projection';
export type { GoogleItem, Projection } from './convergence-projection';
export type { SendUpdates };
