// Two Google accounts through the services both shells assemble (createServices): the
// emulator over real HTTP with the real clients, the vault in a data folder, the renderer's
// Dexie database. Ada and Bob each start with one event on Google; every test gets a fresh
// world with the integration switched on and a window lending its database. The emulator's
// request log names whose access token came with each call.
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { GoogleStatus, SyncStatus } from '../../../src-preload/contract';
import { createServices, type Services } from '../../../src-main/services';
import { dispatch } from '../../../src-main/ipc/dispatch';
import { googleEndpoints } from '../../../src-main/google/endpoints';
import { dataFolderStores } from '../../../src-main/web/data-folder';
import { openDatabase, type AlmanacDatabase } from '../../../src-renderer/db/database';
import { createDexieLocalStore } from '../../../src-renderer/db/local-store';
import { newDraft } from '../../../src-renderer/calendar/model/drafts';
import { startFakeGoogle, type FakeGoogle, type RequestRecord } from '../../fake-google/index';

export const ADA = 'ada@example.com';
export const BOB = 'bob@example.org';
const CLIENT = {
  clientId: 'two-accounts.apps.googleusercontent.com',
  clientSecret: 'GOCSPX-two-accounts',
};

export interface TwoAccounts {
  google: FakeGoogle;
  dataDir: string;
  db: AlmanacDatabase;
  app: Services;
  admin<T = unknown>(route: string, body?: unknown, method?: string): Promise<T>;
  /** Calls an IPC channel as the window would; throws on a refusal. */
  call(channel: string, payload: unknown): Promise<unknown>;
  /** Signs in as `email` through the consent flow (the emulator approves for that address). */
  connect(email: string, reconnect?: boolean): Promise<GoogleStatus>;
  syncNow(): Promise<SyncStatus>;
  requests(): Promise<RequestRecord[]>;
  /** Live events here, as `calendar: title`, sorted. */
  local(): Promise<string[]>;
  /** The titles of the live events in `email`'s primary calendar on Google, sorted. */
  onGoogle(email: string): Promise<string[]>;
}

/** Registers the world's set-up and tear-down; its fields are fresh in each test. */
export function twoAccounts(): TwoAccounts {
  const w = {} as TwoAccounts;
  beforeEach(async () => {
    w.google = await startFakeGoogle();
    w.dataDir = mkdtempSync(join(tmpdir(), 'almanac-two-accounts-'));
    w.db = openDatabase(`two-accounts-${process.pid}-${Date.now()}`);
    await w.db.open();
    await w.admin('accounts', { email: ADA, name: 'Ada' });
    await w.admin('accounts', { email: BOB, name: 'Bob' });
    await w.admin('clients', { ...CLIENT, type: 'desktop', publishing: 'production' });
    await w.admin('events', { calendarId: ADA, events: [{ summary: 'Ada work', ...slot(1) }] });
    await w.admin('events', { calendarId: BOB, events: [{ summary: 'Bob home', ...slot(2) }] });
    w.app = startApp(w);
    await w.call('google:save', { enabled: true, ...CLIENT });
    w.app.sync.setStoreAvailable(true);
  });
  afterEach(async () => {
    w.app.shutdown();
    w.db.close();
    await w.google.close();
    rmSync(w.dataDir, { recursive: true, force: true });
  });

  w.admin = async <T>(route: string, body?: unknown, method = 'POST'): Promise<T> => {
    const response = await fetch(`${w.google.url}/__admin/${route}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`admin ${route}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  w.call = async (channel, payload) => {
    const result = await dispatch(w.app.handlers, channel as never, payload as never);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  w.connect = async (email, reconnect = false) => {
    await w.admin('consent', { mode: 'approve', email });
    return (await w.call('google:connect', reconnect ? { account: email } : null)) as GoogleStatus;
  };
  w.syncNow = async () => (await w.call('sync:now', {})) as SyncStatus;
  w.requests = () => w.admin<RequestRecord[]>('requests', undefined, 'GET');
  w.local = async () =>
    (await w.db.events.toArray())
      .filter((e) => e.status !== 'cancelled')
      .map((e) => `${e.calendarId}: ${e.summary}`)
      .sort();
  w.onGoogle = async (email) => {
    const tokens = await w.admin<{ access_token: string }>('tokens', {
      email,
      clientId: 'google-web-ui.apps.googleusercontent.com',
    });
    const response = await fetch(
      `${w.google.url}/calendar/v3/calendars/${encodeURIComponent(email)}/events`,
      { headers: { Authorization: `Bearer ${tokens.access_token}` } },
    );
    const body = (await response.json()) as { items: { summary: string; status: string }[] };
    return body.items
      .filter((e) => e.status !== 'cancelled')
      .map((e) => e.summary)
      .sort();
  };
  return w;
}

/** An hour on a day of June 2030, as Google takes it. */
export function slot(day: number) {
  return {
    start: { dateTime: `2030-06-0${day}T09:00:00Z` },
    end: { dateTime: `2030-06-0${day}T10:00:00Z` },
  };
}

/** A new event's draft at noon on a day of June 2030, in `calendarId`. */
export function draft(day: number, calendarId: string) {
  return newDraft({
    start: `2030-06-0${day}T12:00:00.000Z`,
    end: `2030-06-0${day}T13:00:00.000Z`,
    allDay: false,
    timeZone: 'UTC',
    calendarId,
  });
}

function startApp(w: TwoAccounts): Services {
  const { settingsBackend, ...stores } = dataFolderStores(w.dataDir);
  return createServices({
    appInfo: { name: 'Almanac', version: 'test', platform: process.platform, shell: 'web' },
    settingsBackend,
    openExternal: async () => true,
    google: {
      ...stores,
      endpoints: googleEndpoints(w.google.url),
      openSignInPage: async (url) => (await fetch(url)).ok,
    },
    localStore: createDexieLocalStore(w.db),
    notify: () => undefined,
  });
}
