// Several Google accounts, for `npm run bench`: the services both shells assemble
// (createServices) with three accounts signed in through the emulator's consent flow, the
// vault in a data folder, and the renderer's Dexie store on fake-indexeddb in this process.
//
// - an idle sync of 3 accounts × 4 calendars: the HTTP requests it makes (the budget is
//   exactly one per calendar: each calendar's events.list with its sync token), and whose
//   token each went with (every calendar's request with its own account's);
// - the initial sync of 3 × 10,000 events, the accounts syncing side by side, beside one
//   account's 10,000 alone in the same run.
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLIENT = {
  clientId: 'almanac-bench-accounts.apps.googleusercontent.com',
  clientSecret: 'GOCSPX-bench-accounts',
};

export async function measureAccounts(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  await idleSync(out);
  await initialSync(out, 3, 'initialSync3x10000Ms');
  await initialSync(out, 1, 'initialSync1x10000Ms');
  out.initialRatioTo1Account = Number(
    ((out.initialSync3x10000Ms as number) / (out.initialSync1x10000Ms as number)).toFixed(2),
  );
  return out;
}

async function idleSync(out: Record<string, unknown>): Promise<void> {
  const app = await startApp(['one@example.com', 'two@example.com', 'three@example.com']);
  try {
    for (const email of app.emails)
      for (const n of [1, 2, 3])
        await app.admin('calendars', { email, summary: `${email} ${n}`, accessRole: 'owner' });
    // The start-up syncs read the calendar lists before these existed.
    await app.syncNow({ refreshCalendars: true });
    // Every calendar of every account synced (only the primary ones are ticked at first).
    await app.db.calendars.toCollection().modify({ syncEnabled: true });
    await app.syncNow();
    await app.syncNow();
    await app.admin('requests', undefined, 'DELETE');
    await app.syncNow();
    const requests = await app.admin<{ path: string; user?: string; batched: boolean }[]>(
      'requests',
      undefined,
      'GET',
    );
    const synced = (await app.db.calendars.toArray()).filter((c) => c.account && c.syncEnabled);
    out.idleCalendars = synced.length;
    out.idleRequests = requests.filter((r) => !r.batched).length;
    out.idleRequestsPerCalendar = Number((requests.length / synced.length).toFixed(2));
    out.idleRequestsWithAnotherAccountsToken = requests.filter((r) => {
      const owner = synced.find((c) =>
        decodeURIComponent(r.path).includes(`/calendars/${c.id}/`),
      )?.account;
      return owner !== undefined && owner !== r.user;
    }).length;
  } finally {
    await app.close();
  }
}

async function initialSync(
  out: Record<string, unknown>,
  accounts: number,
  key: string,
): Promise<void> {
  const emails = Array.from({ length: accounts }, (_, i) => `initial${i}@example.com`);
  const app = await startApp(emails, { storeLater: true });
  try {
    for (const email of emails) await seedSingles(app, email, 10_000);
    const t0 = performance.now();
    await app.lendStore(accounts * 10_000);
    out[key] = Math.round(performance.now() - t0);
  } finally {
    await app.close();
  }
}

interface BenchApp {
  emails: string[];
  db: import('../../src-renderer/db/database').AlmanacDatabase;
  admin<T = unknown>(route: string, body?: unknown, method?: string): Promise<T>;
  syncNow(options?: { refreshCalendars?: boolean }): Promise<void>;
  /** A window lends its store: every account's start-up sync; resolves when `events` arrived and none runs. */
  lendStore(events: number): Promise<void>;
  close(): Promise<void>;
}

/** The services with `emails` signed in, one after the other, through the consent flow. */
async function startApp(
  emails: string[],
  options: { storeLater?: boolean } = {},
): Promise<BenchApp> {
  const { startFakeGoogle } = await import('../fake-google/index.js');
  const { createServices } = await import('../../src-main/services');
  const { dispatch } = await import('../../src-main/ipc/dispatch');
  const { googleEndpoints } = await import('../../src-main/google/endpoints');
  const { dataFolderStores } = await import('../../src-main/web/data-folder');
  const { openDatabase } = await import('../../src-renderer/db/database');
  const { createDexieLocalStore } = await import('../../src-renderer/db/local-store');

  const google = await startFakeGoogle({ port: 0, quotaPerUserPerMinute: 1_000_000_000 });
  const admin = async <T = unknown>(route: string, body?: unknown, method = 'POST') => {
    const response = await fetch(`${google.url}/__admin/${route}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`admin ${route}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  const dataDir = mkdtempSync(join(tmpdir(), 'almanac-bench-accounts-'));
  const db = openDatabase(`bench-accounts-${process.pid}-${Date.now()}`);
  await db.open();
  const { settingsBackend, ...stores } = dataFolderStores(dataDir);
  const services = createServices({
    appInfo: { name: 'Almanac', version: 'bench', platform: process.platform, shell: 'web' },
    settingsBackend,
    openExternal: async () => true,
    google: {
      ...stores,
      endpoints: googleEndpoints(google.url),
      openSignInPage: async (url) => (await fetch(url)).ok,
    },
    localStore: createDexieLocalStore(db),
    notify: () => undefined,
  });
  const call = async (channel: string, payload: unknown) => {
    const result = await dispatch(services.handlers, channel as never, payload as never);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  await admin('clients', { ...CLIENT, type: 'desktop', publishing: 'production' });
  await call('google:save', { enabled: true, ...CLIENT });
  if (!options.storeLater) services.sync.setStoreAvailable(true);
  for (const email of emails) {
    await admin('accounts', { email, name: email });
    await admin('consent', { mode: 'approve', email });
    await call('google:connect', null);
  }
  return {
    emails,
    db,
    admin,
    syncNow: async (options = {}) => void (await call('sync:now', options)),
    lendStore: async (events) => {
      services.sync.setStoreAvailable(true);
      const deadline = Date.now() + 600_000;
      while ((await db.events.count()) < events || services.sync.status().running) {
        if (Date.now() > deadline) throw new Error('the initial sync did not finish in 10 minutes');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: async () => {
      services.shutdown();
      db.close();
      await google.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function seedSingles(app: BenchApp, calendarId: string, count: number): Promise<void> {
  const base = Date.UTC(2029, 0, 1);
  for (let i = 0; i < count; i += 5_000) {
    const n = Math.min(5_000, count - i);
    await app.admin('events', {
      calendarId,
      events: Array.from({ length: n }, (_, j) => ({
        summary: `Single ${i + j}`,
        location: 'Somewhere',
        start: { dateTime: new Date(base + (i + j) * 1_800_000).toISOString() },
        end: { dateTime: new Date(base + (i + j) * 1_800_000 + 1_200_000).toISOString() },
      })),
    });
  }
}
