// A Reset Account cut short by quitting the app, finished at the next start — through the
// services both shells assemble (createServices): the Google emulator over real HTTP with the
// real clients, the renderer's Dexie database, the reset's plan and the vault in a data
// folder. The first services are shut down while the reset waits out Google's failures, as
// the app quitting; new services on the same folder resume the reset as soon as a window
// lends its database, and no sync runs before the reset has finished.
import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calendar } from '@googleapis/calendar';
import { OAuth2Client } from 'google-auth-library';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { LocalStore } from '../../../src-preload/local-store';
import type { ResetReport } from '../../../src-preload/contract';
import { createServices, type Services } from '../../../src-main/services';
import { dispatch } from '../../../src-main/ipc/dispatch';
import { googleEndpoints } from '../../../src-main/google/endpoints';
import { dataFolderStores } from '../../../src-main/web/data-folder';
import type { SavedReset } from '../../../src-main/sync/reset';
import { openDatabase, type AlmanacDatabase } from '../../../src-renderer/db/database';
import { createDexieLocalStore } from '../../../src-renderer/db/local-store';
import { createEvent } from '../../../src-renderer/db/event-writes';
import { newDraft } from '../../../src-renderer/calendar/model/drafts';
import {
  startFakeGoogle,
  type FakeGoogle,
  type Notification,
  type RequestRecord,
} from '../../fake-google/index';

const EMAIL = 'ada@example.com';
const CLIENT = {
  clientId: 'resume-at-start.apps.googleusercontent.com',
  clientSecret: 'GOCSPX-resume-at-start',
};

let google: FakeGoogle;
let dataDir: string;
let db: AlmanacDatabase;
let store: LocalStore;

beforeEach(async () => {
  google = await startFakeGoogle();
  dataDir = mkdtempSync(join(tmpdir(), 'almanac-resume-'));
  db = openDatabase(`resume-at-start-${process.pid}-${Date.now()}`);
  await db.open();
  store = createDexieLocalStore(db);
  await admin('accounts', { email: EMAIL, name: 'Ada' });
  await admin('accounts', { email: 'bob@example.com', name: 'Bob' });
  await admin('clients', { ...CLIENT, type: 'desktop', publishing: 'production' });
  await admin('consent', { mode: 'approve', email: EMAIL });
});
afterEach(async () => {
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

/** What the app assembles at each start, on the same data folder and the same window database. */
function startApp(): Services {
  const { settingsBackend, ...stores } = dataFolderStores(dataDir);
  return createServices({
    appInfo: { name: 'Almanac', version: 'test', platform: process.platform, shell: 'web' },
    settingsBackend,
    openExternal: async () => true,
    // The emulator's approve mode redirects straight to the loopback listener.
    google: {
      ...stores,
      endpoints: googleEndpoints(google.url),
      openSignInPage: async (url) => (await fetch(url)).ok,
    },
    localStore: store,
    notify: () => undefined,
  });
}

/** Google's own UI: another client acting as the same user. */
async function googleEvents(): Promise<{ id: string; summary: string }[]> {
  const tokens = await admin<{ access_token: string }>('tokens', {
    email: EMAIL,
    clientId: 'other-client.apps.googleusercontent.com',
  });
  const auth = new OAuth2Client();
  auth.setCredentials({ access_token: tokens.access_token });
  const api = calendar({ version: 'v3', auth, rootUrl: `${google.url}/` });
  const items = (await api.events.list({ calendarId: EMAIL, maxResults: 2500 })).data.items ?? [];
  return items
    .filter((e) => e.status !== 'cancelled')
    .map((e) => ({ id: e.id ?? '', summary: e.summary ?? '' }));
}

const savedPlan = () =>
  (dataFolderStores(dataDir).reset.read() as SavedReset | undefined)?.plan ?? null;
const requests = () => admin<RequestRecord[]>('requests', undefined, 'GET');
const slot = (day: number) => ({
  start: { dateTime: `2030-06-0${day}T09:00:00Z` },
  end: { dateTime: `2030-06-0${day}T10:00:00Z` },
});

test('a reset stopped by quitting resumes when the next start gets a window, deletes each Google event once, and nothing syncs before it finished', async () => {
  const { ids } = await admin<{ ids: string[] }>('events', {
    calendarId: EMAIL,
    events: [
      { summary: 'Mine 1', ...slot(1) },
      {
        summary: 'Mine 2',
        attendees: [{ email: 'carol@example.org', responseStatus: 'needsAction' }],
        ...slot(2),
      },
      { summary: 'Mine 3', ...slot(3) },
      { summary: 'Mine 4', ...slot(4) },
      {
        summary: "Bob's",
        organizer: { email: 'bob@example.com' },
        attendees: [
          { email: 'bob@example.com', responseStatus: 'accepted' },
          { email: EMAIL, responseStatus: 'needsAction' },
        ],
        ...slot(5),
      },
    ],
  });
  const mine = ids.slice(0, 4);
  const first = startApp();
  await dispatch(first.handlers, 'google:save', { enabled: true, ...CLIENT });
  await dispatch(first.handlers, 'google:connect', null);
  first.sync.setStoreAvailable(true);
  await dispatch(first.handlers, 'sync:now', {});
  expect((await db.events.toArray()).map((e) => e.summary).sort()).toEqual([
    "Bob's",
    'Mine 1',
    'Mine 2',
    'Mine 3',
    'Mine 4',
  ]);

  // Two deletions go through; then Google fails and asks for two minutes’ patience.
  await admin('faults', {
    rules: [
      { match: { method: 'DELETE' }, delayMs: 1, times: 2 },
      { match: { method: 'DELETE' }, respond: { status: 503, retryAfter: 120 } },
    ],
  });
  await admin('requests', undefined, 'DELETE');
  const resetting = dispatch(first.handlers, 'google:reset', {
    existing: 'delete-google',
    next: 'all',
    notifyGuests: false,
  });
  await expect
    .poll(() => savedPlan()?.google.filter((t) => t.state === 'done').length, { timeout: 5_000 })
    .toBe(2);
  expect(first.sync.status().reset).toBe('running');
  first.shutdown(); // the app quits while the reset waits
  const stopped = (await resetting) as { ok: true; value: ResetReport };
  expect(stopped.value).toMatchObject({
    ok: false,
    message: expect.stringMatching(/resumes at the next start/),
  });
  const deletedBefore = (await requests())
    .filter((r) => r.method === 'DELETE' && r.status < 300)
    .map((r) => r.path);
  expect(deletedBefore).toHaveLength(2);
  expect(savedPlan()?.google.filter((t) => t.state === 'todo')).toHaveLength(2);
  const left = (await googleEvents()).map((e) => e.id);
  expect(left).toHaveLength(3);
  expect(left).toContain(ids[4]);

  // Between the two runs: Google recovers, and each side gets an event a sync would carry over.
  await admin('faults', undefined, 'DELETE');
  await admin('events', {
    calendarId: EMAIL,
    events: [{ summary: 'Made on Google meanwhile', ...slot(6) }],
  });
  await createEvent(db, {
    ...newDraft({
      start: '2030-06-07T09:00:00.000Z',
      end: '2030-06-07T10:00:00.000Z',
      allDay: false,
      timeZone: 'UTC',
      calendarId: EMAIL,
    }),
    summary: 'Made here meanwhile',
  });
  await admin('requests', undefined, 'DELETE');

  const second = startApp();
  expect(second.reset.pending).toBe(true);
  expect(second.sync.status().reset).toBe('waiting');
  expect(await requests()).toEqual([]); // nothing happens before a window lends its database
  second.sync.setStoreAvailable(true);
  await expect.poll(() => second.reset.pending, { timeout: 10_000 }).toBe(false);
  expect(second.sync.status().reset).toBeNull();

  const afterRestart = await requests();
  // Calendar calls: only the remaining deletions (no listing, no upload), then the sign-out.
  expect(
    afterRestart
      .filter((r) => r.path.startsWith('/calendar/'))
      .map((r) => `${r.method} ${r.batched ? 'in a batch' : ''}`),
  ).toEqual(['DELETE in a batch', 'DELETE in a batch']);
  expect(afterRestart.at(-1)?.path).toBe('/revoke');
  const deleted = [
    ...deletedBefore,
    ...afterRestart.filter((r) => r.method === 'DELETE' && r.status < 300).map((r) => r.path),
  ];
  expect(deleted.sort()).toEqual(
    mine.map((id) => `/calendar/v3/calendars/${EMAIL}/events/${id}`).sort(),
  );
  expect((await googleEvents()).map((e) => e.summary).sort()).toEqual([
    "Bob's",
    'Made on Google meanwhile',
  ]);
  expect(
    (await db.events.toArray()).map((e) => `${e.summary}${e.google ? '' : ' (local-only)'}`).sort(),
  ).toEqual([
    "Bob's (local-only)",
    'Made here meanwhile (local-only)',
    'Mine 1 (local-only)',
    'Mine 2 (local-only)',
    'Mine 3 (local-only)',
    'Mine 4 (local-only)',
  ]);
  expect(await admin<Notification[]>('notifications', undefined, 'GET')).toEqual([]);
  const log = (await db.syncLog.toArray()).map((l) => `${l.code}: ${l.message}`);
  expect(log.filter((l) => /^reset-/.test(l))).toEqual([
    expect.stringMatching(/^reset-started: /),
    expect.stringMatching(
      /^reset-resumed: Resuming the Reset Account that was cut short .*2 of 4 Google deletions were done/,
    ),
    expect.stringMatching(
      /^reset-finished: Reset Account finished: deleted 4 event\(s\) from Google Calendar/,
    ),
  ]);
  expect(JSON.parse(readFileSync(join(dataDir, 'reset.json'), 'utf8')).plan).toBeNull();
  expect((await second.google.status()).state).toBe('ready');

  // Signing in again synchronizes all existing events: each once on both sides.
  await dispatch(second.handlers, 'google:connect', null);
  await dispatch(second.handlers, 'sync:now', {});
  await dispatch(second.handlers, 'sync:now', {});
  const all = [
    "Bob's",
    'Made here meanwhile',
    'Made on Google meanwhile',
    'Mine 1',
    'Mine 2',
    'Mine 3',
    'Mine 4',
  ];
  expect((await googleEvents()).map((e) => e.summary).sort()).toEqual(all);
  expect(
    (await db.events.toArray())
      .filter((e) => e.status !== 'cancelled')
      .map((e) => e.summary)
      .sort(),
  ).toEqual(all);
  expect(await admin<Notification[]>('notifications', undefined, 'GET')).toEqual([]);
  second.shutdown();
});
