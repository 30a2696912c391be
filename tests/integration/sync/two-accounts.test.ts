// Two Google accounts side by side, through the services both shells assemble
// (createServices): the emulator over real HTTP with the real clients, the vault in a data
// folder, the renderer's Dexie database. Each account signs in through the consent flow on
// its own; the emulator's request log names whose access token came with every call, so the
// test sees that one account's token never reaches the other's requests. Then edits and
// faults in one account while the other syncs on.
import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { LocalStore } from '../../../src-preload/local-store';
import type { GoogleStatus, SyncStatus } from '../../../src-preload/contract';
import { createServices, type Services } from '../../../src-main/services';
import { dispatch } from '../../../src-main/ipc/dispatch';
import { googleEndpoints } from '../../../src-main/google/endpoints';
import { dataFolderStores } from '../../../src-main/web/data-folder';
import { openDatabase, type AlmanacDatabase } from '../../../src-renderer/db/database';
import { createDexieLocalStore } from '../../../src-renderer/db/local-store';
import { createEvent } from '../../../src-renderer/db/event-writes';
import { newDraft } from '../../../src-renderer/calendar/model/drafts';
import { startFakeGoogle, type FakeGoogle, type RequestRecord } from '../../fake-google/index';

const ADA = 'ada@example.com';
const BOB = 'bob@example.org';
const CLIENT = {
  clientId: 'two-accounts.apps.googleusercontent.com',
  clientSecret: 'GOCSPX-two-accounts',
};

let google: FakeGoogle;
let dataDir: string;
let db: AlmanacDatabase;
let store: LocalStore;
let app: Services;

beforeEach(async () => {
  google = await startFakeGoogle();
  dataDir = mkdtempSync(join(tmpdir(), 'almanac-two-accounts-'));
  db = openDatabase(`two-accounts-${process.pid}-${Date.now()}`);
  await db.open();
  store = createDexieLocalStore(db);
  await admin('accounts', { email: ADA, name: 'Ada' });
  await admin('accounts', { email: BOB, name: 'Bob' });
  await admin('clients', { ...CLIENT, type: 'desktop', publishing: 'production' });
  await admin('events', { calendarId: ADA, events: [{ summary: 'Ada work', ...slot(1) }] });
  await admin('events', { calendarId: BOB, events: [{ summary: 'Bob home', ...slot(2) }] });
  app = startApp();
  await dispatch(app.handlers, 'google:save', { enabled: true, ...CLIENT });
  app.sync.setStoreAvailable(true);
});
afterEach(async () => {
  app.shutdown();
  db.close();
  await google.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function admin<T = unknown>(route: string, body?: unknown, method = 'POST'): Promise<T> {
  const response = await fetch(`${google.url}/__admin/${route}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`admin ${route}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

function startApp(): Services {
  const { settingsBackend, ...stores } = dataFolderStores(dataDir);
  return createServices({
    appInfo: { name: 'Almanac', version: 'test', platform: process.platform, shell: 'web' },
    settingsBackend,
    openExternal: async () => true,
    google: {
      ...stores,
      endpoints: googleEndpoints(google.url),
      openSignInPage: async (url) => (await fetch(url)).ok,
    },
    localStore: store,
    notify: () => undefined,
  });
}

function slot(day: number) {
  return {
    start: { dateTime: `2030-06-0${day}T09:00:00Z` },
    end: { dateTime: `2030-06-0${day}T10:00:00Z` },
  };
}

/** Signs in as `email` through the consent flow (the emulator approves for that address). */
async function connect(email: string, reconnect = false): Promise<GoogleStatus> {
  await admin('consent', { mode: 'approve', email });
  const result = await dispatch(app.handlers, 'google:connect', reconnect ? { account: email } : null);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value as GoogleStatus;
}

async function syncNow(): Promise<SyncStatus> {
  const result = await dispatch(app.handlers, 'sync:now', {});
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value as SyncStatus;
}

const requests = () => admin<RequestRecord[]>('requests', undefined, 'GET');
const summaries = async () =>
  (await db.events.toArray())
    .filter((e) => e.status !== 'cancelled')
    .map((e) => `${e.calendarId}: ${e.summary}`)
    .sort();

async function googleSummaries(email: string): Promise<string[]> {
  const tokens = await admin<{ access_token: string }>('tokens', {
    email,
    clientId: 'google-web-ui.apps.googleusercontent.com',
  });
  const response = await fetch(
    `${google.url}/calendar/v3/calendars/${encodeURIComponent(email)}/events`,
    { headers: { Authorization: `Bearer ${tokens.access_token}` } },
  );
  const body = (await response.json()) as { items: { summary: string; status: string }[] };
  return body.items
    .filter((e) => e.status !== 'cancelled')
    .map((e) => e.summary)
    .sort();
}

describe('two accounts side by side', () => {
  test('each account signs in on its own, gets its own vault entry, and both sets of events arrive', async () => {
    expect((await connect(ADA)).accounts.map((a) => a.email)).toEqual([ADA]);
    const status = await connect(BOB);
    expect(status).toMatchObject({
      state: 'connected',
      account: ADA,
      accounts: [
        { email: ADA, state: 'connected' },
        { email: BOB, state: 'connected' },
      ],
    });
    const vault = JSON.parse(readFileSync(join(dataDir, 'vault.json'), 'utf8'));
    expect(Object.keys(vault).sort()).toEqual([
      'clientSecret',
      `refreshToken:${ADA}`,
      `refreshToken:${BOB}`,
    ]);
    expect(vault[`refreshToken:${ADA}`]).not.toBe(vault[`refreshToken:${BOB}`]);

    await syncNow();
    expect(await summaries()).toEqual([`${ADA}: Ada work`, `${BOB}: Bob home`]);
    const calendars = await db.calendars.toArray();
    expect(calendars.find((c) => c.id === ADA)?.account).toBe(ADA);
    expect(calendars.find((c) => c.id === BOB)?.account).toBe(BOB);
  });

  test("one account's token never reaches the other account's requests", async () => {
    await connect(ADA);
    await connect(BOB);
    await admin('requests', undefined, 'DELETE');
    await createEvent(db, { ...draft(3, ADA), summary: 'Ada new' });
    await createEvent(db, { ...draft(4, BOB), summary: 'Bob new' });
    await syncNow();
    await syncNow();
    const calls = (await requests()).filter((r) => r.path.startsWith('/calendar/'));
    const touching = (email: string) =>
      calls.filter((r) => decodeURIComponent(r.path).includes(`/calendars/${email}/`));
    expect(touching(ADA).length).toBeGreaterThan(0);
    expect(touching(BOB).length).toBeGreaterThan(0);
    expect(new Set(touching(ADA).map((r) => r.user))).toEqual(new Set([ADA]));
    expect(new Set(touching(BOB).map((r) => r.user))).toEqual(new Set([BOB]));
    // Every call was made with one of the two, and each listed its own calendars.
    expect(calls.every((r) => r.user === ADA || r.user === BOB)).toBe(true);
    expect(await googleSummaries(ADA)).toEqual(['Ada new', 'Ada work']);
    expect(await googleSummaries(BOB)).toEqual(['Bob home', 'Bob new']);
  });

  test("Google failing for one account never stops the other, whose cycle runs beside it", async () => {
    await connect(ADA);
    await connect(BOB);
    await syncNow();
    // Bob's calendar answers 503 (Bob's cycle backs off and retries); Ada edits meanwhile.
    await admin('faults', {
      rules: [{ match: { path: `/calendar/v3/calendars/${BOB}/` }, respond: { status: 503 } }],
    });
    await admin('events', { calendarId: ADA, events: [{ summary: 'Ada on Google', ...slot(5) }] });
    await createEvent(db, { ...draft(6, ADA), summary: 'Ada here' });
    await createEvent(db, { ...draft(7, BOB), summary: 'Bob here' });
    const both = syncNow();
    // Ada's cycle finishes while Bob's still waits to try Google again.
    await expect.poll(summaries, { timeout: 10_000 }).toContain(`${ADA}: Ada on Google`);
    await expect.poll(() => googleSummaries(ADA)).toEqual(['Ada here', 'Ada on Google', 'Ada work']);
    expect(app.sync.status()).toMatchObject({ running: true, retry: { reason: 'unavailable' } });
    expect((await db.outbox.toArray()).map((e) => e.calendarId)).toEqual([BOB]);
    // Google answers Bob again: his change goes up in the same cycle.
    await admin('faults', undefined, 'DELETE');
    expect((await both).lastResult?.ok).toBe(true);
    expect(await googleSummaries(BOB)).toEqual(['Bob here', 'Bob home']);
    expect(await db.outbox.count()).toBe(0);
  });

  test('a dead sign-in asks only that account to reconnect; the other keeps syncing', async () => {
    await connect(ADA);
    await connect(BOB);
    await syncNow();
    await admin('refresh-tokens/revoke', { email: BOB });
    await admin('clock', { advanceMs: 2 * 3_600_000 }); // every access token expired
    await admin('events', { calendarId: ADA, events: [{ summary: 'Ada later', ...slot(8) }] });
    const status = await syncNow();
    expect(status.lastResult?.error?.message).toMatch(new RegExp(`^${BOB}: `));
    expect(await summaries()).toContain(`${ADA}: Ada later`);
    const google = (await dispatch(app.handlers, 'google:status', null)) as {
      ok: true;
      value: GoogleStatus;
    };
    expect(google.value.state).toBe('connected');
    expect(google.value.accounts).toMatchObject([
      { email: ADA, state: 'connected' },
      { email: BOB, state: 'reconnect', problem: { code: 'invalid_grant' } },
    ]);
    // Ada's next sync runs as before; Bob's calendars make no calls until he reconnects.
    await admin('requests', undefined, 'DELETE');
    await syncNow();
    expect((await requests()).some((r) => r.user === BOB)).toBe(false);
    expect((await requests()).some((r) => r.user === ADA)).toBe(true);
    expect((await connect(BOB, true)).accounts.map((a) => a.state)).toEqual([
      'connected',
      'connected',
    ]);
    await admin('events', { calendarId: BOB, events: [{ summary: 'Bob later', ...slot(9) }] });
    await syncNow();
    expect(await summaries()).toContain(`${BOB}: Bob later`);
  });

  test('disconnecting one account revokes and wipes only its grant', async () => {
    await connect(ADA);
    await connect(BOB);
    await syncNow();
    await admin('requests', undefined, 'DELETE');
    const result = await dispatch(app.handlers, 'google:disconnect', { account: BOB });
    expect(result.ok && (result.value as GoogleStatus).accounts.map((a) => a.email)).toEqual([
      ADA,
    ]);
    expect((await requests()).map((r) => r.path)).toEqual(['/revoke']);
    const vault = JSON.parse(readFileSync(join(dataDir, 'vault.json'), 'utf8'));
    expect(Object.keys(vault).sort()).toEqual(['clientSecret', `refreshToken:${ADA}`]);
    await admin('events', { calendarId: ADA, events: [{ summary: 'Ada after', ...slot(9) }] });
    expect((await syncNow()).lastResult).toMatchObject({ ok: true });
    expect(await summaries()).toContain(`${ADA}: Ada after`);
  });
});

function draft(day: number, calendarId: string) {
  return newDraft({
    start: `2030-06-0${day}T12:00:00.000Z`,
    end: `2030-06-0${day}T13:00:00.000Z`,
    allDay: false,
    timeZone: 'UTC',
    calendarId,
  });
}
