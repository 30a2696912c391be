// Tokens and the client secret never leave the main process: a whole session —
// save credentials, sign in, sync, an access token expiring, Test connection, the refresh
// token revoked — is driven through the same services and `dispatch` both shells use, with
// the renderer's Dexie database as the local store. Then everything the renderer could see
// (every bridge answer and notification), everything written to IndexedDB (events, log,
// sync state), every plain settings file, and everything printed to the console is searched
// for the secret, every access and refresh token the emulator issued, and the sign-in codes.
import 'fake-indexeddb/auto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { createServices } from '../../../src-main/services';
import { dispatch } from '../../../src-main/ipc/dispatch';
import { googleEndpoints } from '../../../src-main/google/endpoints';
import { dataFolderStores } from '../../../src-main/web/data-folder';
import { openDatabase } from '../../../src-renderer/db/database';
import { createDexieLocalStore } from '../../../src-renderer/db/local-store';
import { createEvent } from '../../../src-renderer/db/event-writes';
import { newDraft } from '../../../src-renderer/calendar/model/drafts';
import { startFakeGoogle, type FakeGoogle } from '../../fake-google/index';

const EMAIL = 'ada@example.com';
const CLIENT = {
  clientId: 'secret-check.apps.googleusercontent.com',
  clientSecret: 'GOCSPX-do-not-leak-4711',
};

let google: FakeGoogle;
let dataDir: string;
beforeAll(async () => {
  google = await startFakeGoogle();
  dataDir = mkdtempSync(join(tmpdir(), 'almanac-secrets-'));
});
afterAll(async () => {
  await google.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function admin(route: string, body: object): Promise<void> {
  const response = await fetch(`${google.url}/__admin/${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${route}: ${response.status}`);
}

test('no secret, token or code reaches the renderer, IndexedDB, settings files or the console', async () => {
  await admin('accounts', { email: EMAIL, name: 'Ada' });
  await admin('clients', { ...CLIENT, type: 'desktop', publishing: 'production' });
  await admin('consent', { mode: 'approve', email: EMAIL });

  const printed: unknown[] = [];
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const)
    vi.spyOn(console, level).mockImplementation(
      (...args) =>
        void printed.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : a))),
    );

  const db = openDatabase(`secrets-${process.pid}`);
  await db.open();
  const seen: unknown[] = [];
  const { settingsBackend, ...stores } = dataFolderStores(dataDir);
  const services = createServices({
    appInfo: { name: 'Almanac', version: 'test', platform: process.platform, shell: 'web' },
    settingsBackend,
    openExternal: async () => true,
    // The emulator's approve mode redirects straight to the loopback listener.
    google: {
      ...stores,
      endpoints: googleEndpoints(google.url),
      openSignInPage: async (url) => (await fetch(url)).ok,
    },
    localStore: createDexieLocalStore(db),
    notify: (name, payload) => void seen.push({ name, payload }),
  });
  const call = async (channel: string, payload: unknown = null) => {
    const answer = await dispatch(services.handlers, channel, payload);
    seen.push({ channel, answer });
    return answer;
  };

  expect(await call('google:save', { enabled: true, ...CLIENT })).toMatchObject({ ok: true });
  expect(await call('google:connect')).toMatchObject({ ok: true, value: { state: 'connected' } });
  await call('sync:now', {});
  await createEvent(db, {
    ...newDraft({
      start: '2030-06-10T09:00:00.000Z',
      end: '2030-06-10T10:00:00.000Z',
      allDay: false,
      timeZone: 'UTC',
      calendarId: EMAIL,
    }),
    summary: 'Secret-free',
  });
  await call('sync:now', {});
  // The access token runs out: the refresh happens in main and stays there.
  for (const token of google.world.accessTokens.values())
    token.expiresAt = google.world.clock.now();
  await call('sync:now', {});
  await call('google:test');
  await call('google:status');
  await call('sync:status');
  // Google revokes the grant: the failure is reported without the token that failed.
  await admin('refresh-tokens/revoke', { email: EMAIL });
  for (const token of google.world.accessTokens.values())
    token.expiresAt = google.world.clock.now();
  await call('sync:now', {});
  expect(await call('google:status')).toMatchObject({ ok: true, value: { state: 'reconnect' } });
  // The session really synced (the checks below are not vacuous).
  expect(
    [...google.world.calendars.get(EMAIL)!.store.events.values()].some(
      (e) => e.resource.summary === 'Secret-free',
    ),
  ).toBe(true);

  const secrets = [
    CLIENT.clientSecret,
    ...google.world.accessTokens.keys(),
    ...google.world.refreshTokens.keys(),
    ...google.world.codes.keys(),
  ];
  expect(secrets.length).toBeGreaterThan(3); // a secret, at least one of each token, a code

  const places: [string, string][] = [
    ['what the renderer saw (bridge answers and notifications)', JSON.stringify(seen)],
    ['IndexedDB', JSON.stringify(await Promise.all(db.tables.map((t) => t.toArray())))],
    ['the console', JSON.stringify(printed)],
  ];
  for (const file of readdirSync(dataDir)) {
    if (file === 'vault.json' || file === 'vault.key') continue;
    places.push([file, readFileSync(join(dataDir, file), 'utf8')]);
  }
  expect(existsSync(join(dataDir, 'google.json'))).toBe(true);
  for (const [where, text] of places) {
    for (const secret of secrets)
      expect(text.includes(secret), `${where} contains ${secret.slice(0, 8)}…`).toBe(false);
  }
  // The vault holds them, encrypted.
  const vault = readFileSync(join(dataDir, 'vault.json'), 'utf8');
  for (const secret of secrets) expect(vault.includes(secret)).toBe(false);
  db.close();
});
