// Sync figures for `npm run bench`, measured against the emulator in one run.
//
// The real architecture is measured: the engine runs in this (main) process and reaches
// the renderer's IndexedDB in Debian's Chromium through the browser shell's WebSocket
// (`shell.localStore`), while the emulator runs in a child process, so this process's heap
// holds the engine, the shell and the Google client and nothing else. Keys starting with
// `chromium` are those figures. The same initial sync into the Dexie store on
// fake-indexeddb in this process (the integration tests' set-up) is measured beside it under
// keys starting with `fakeIdb`.
//
// - initial sync of 10,000 events (8,000 singles, 1,000 weekly series with one moved
//   instance each) beside the floor measured in the same run: the same pages fetched raw +
//   JSON.parse + one bulkPut into the same `events` table; list requests against the budget
//   ⌈N/2500⌉+1; HTTP requests for an incremental sync with nothing changed.
// - pushing 1,000 new local events at 50 ms latency, beside one request per event.
// - the initial sync of 100,000 events into Chromium beside its own floor (the same pages
//   fetched raw and bulk-put page by page), medians of five runs alternating with the floor.
// - main-process heap growth during an initial sync of 100,000 events into Chromium: live
//   (after a full GC, read at every page's commit; the budget's figure), the peak as sampled
//   without forcing collection, and what is retained after the sync.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { OAuth2Client } from 'google-auth-library';
import type { CalendarEvent } from '../../src-preload/model/event';
import type { LocalStore } from '../../src-preload/local-store';
import { googleEndpoints } from '../../src-main/google/endpoints';
import { SyncEngine } from '../../src-main/sync/sync-engine';
import { startWebShell, type WebShell } from '../../src-main/web/web-shell';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import type { RequestRecord } from '../integration/sync/harness';
import { countingStore } from '../integration/sync/counting-store';
import { againstFloor, progress, type AgainstFloor } from './stats';

/** Runs of the 100,000-event initial sync (and of its floor), each a minute or more here. */
const BIG_REPS = Number(process.env.ALMANAC_BENCH_BIG_REPS ?? 5);

const CLIENT = {
  clientId: 'almanac-bench.apps.googleusercontent.com',
  clientSecret: 'GOCSPX-bench',
};

// Child mode: this file started as the emulator's own process (see startEmulatorProcess).
if (process.env.ALMANAC_BENCH_EMULATOR === '1') {
  const { startFakeGoogle } = await import('../fake-google/index.js');
  const google = await startFakeGoogle({ port: 0, quotaPerUserPerMinute: 1_000_000_000 });
  process.stdout.write(`${JSON.stringify({ url: google.url })}\n`);
}

export async function measureSync(
  options: { bigCount?: number } = {},
): Promise<Record<string, unknown>> {
  const out: Record<string, number> = {};
  let bigSync: AgainstFloor | undefined;
  const emulator = await startEmulatorProcess();
  const shell = await startWebShell({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'almanac-bench-sync-')),
    rendererDir: resolve('dist/renderer'),
    version: 'bench',
    googleUrl: emulator.url,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    progress('sync: 10,000 events into Chromium, then an incremental sync');
    await chromiumInitialAndIncremental(out, emulator, shell, browser);
    progress('sync: 100,000 events into Chromium beside the floor');
    bigSync = await chromiumBigHeap(out, emulator, shell, browser, options.bigCount ?? 100_000);
  } finally {
    await browser.close();
    await shell.close();
    emulator.close();
  }
  progress('sync: 10,000 events into fake-indexeddb');
  await fakeIdbInitial(out);
  progress('sync: 1,000 local events pushed');
  await pushThousand(out);
  // The 100,000-event initial sync beside its floor: medians of BIG_REPS runs, min and max.
  return { ...out, bigInitialSyncMs: bigSync };
}

// ---- the real architecture: engine here, IndexedDB in Chromium -------------------------

async function chromiumInitialAndIncremental(
  out: Record<string, number>,
  emu: Emulator,
  shell: WebShell,
  browser: Browser,
): Promise<void> {
  const email = 'bench@example.com';
  const { refreshToken, accessToken } = await addAccount(emu, email);
  const total = await seedTenThousand(emu, email, accessToken);
  out.initialEvents = total;
  out.initialListRequestBudget = Math.ceil(total / 2500) + 1;

  const { context } = await openApp(browser, shell);
  try {
    const counted = countingStore(shell.localStore);
    const engine = engineFor(counted.store, emu, email, refreshToken);
    await emu.admin('requests', undefined, 'DELETE');
    const t0 = performance.now();
    const report = await engine.syncAll();
    out.chromiumInitialSyncMs = Math.round(performance.now() - t0);
    const initialRoundTrips = counted.reset();
    if (!report.ok) throw new Error(`initial sync failed: ${report.error?.message}`);
    if (report.pulled !== total)
      throw new Error(`initial sync pulled ${report.pulled} of ${total}`);
    const requests = await emu.admin<RequestRecord[]>('requests', undefined, 'GET');
    out.initialListRequests = requests.filter(
      (r) => r.method === 'GET' && r.path.endsWith('/events'),
    ).length;
    // Main ↔ renderer store calls: the whole initial sync spread over its pages (the cycle's
    // fixed calls included), and an incremental sync with nothing changed.
    out.storeRoundTripsPerInitialPage = ratio(initialRoundTrips, out.initialListRequests);
    out.storeRoundTripsInitialSync = initialRoundTrips;

    await emu.admin('requests', undefined, 'DELETE');
    await engine.syncAll();
    out.storeRoundTripsPerIdleSync = counted.reset();
    // Read before the incremental-page account below adds its own sign-in and syncs.
    out.incrementalNoChangeRequests = (
      await emu.admin<RequestRecord[]>('requests', undefined, 'GET')
    ).filter((r) => !r.batched).length;

    // One incremental page: 2,500 events new on Google since the last sync (in an account of
    // its own, so the floor below reads the same calendar the initial sync did).
    const pageEmail = 'page@example.com';
    const pageAccount = await addAccount(emu, pageEmail);
    const pageEngine = engineFor(counted.store, emu, pageEmail, pageAccount.refreshToken);
    await pageEngine.syncAll();
    await seedSingles(emu, pageEmail, 2_500, 'Page');
    counted.reset();
    const paged = await pageEngine.syncAll();
    if (!paged.ok || paged.pulled !== 2_500)
      throw new Error(`incremental page: ${paged.error?.message ?? `pulled ${paged.pulled}`}`);
    out.storeRoundTripsPer2500EventPage = counted.reset();
  } finally {
    await context.close();
  }

  // The floor, in a fresh page (an empty database, as the sync had): the same pages fetched
  // raw here (where the network is), their text handed to the page as it came, JSON.parse'd
  // there, given the indexed fields (see floorRecord) and written with one bulkPut.
  const floor = await openApp(browser, shell);
  try {
    const t0 = performance.now();
    const pages = await rawPages(emu, email, accessToken);
    await floor.page.evaluate(
      async ({ texts, calendarId }) => {
        const records: unknown[] = [];
        for (const text of texts) {
          for (const item of (JSON.parse(text) as { items?: Record<string, unknown>[] }).items ??
            []) {
            const start = item.start as { dateTime?: string; date?: string } | undefined;
            const end = item.end as { dateTime?: string; date?: string } | undefined;
            const kind = item.recurrence
              ? 'master'
              : item.recurringEventId
                ? 'exception'
                : 'single';
            records.push({
              ...item,
              calendarId,
              kind,
              startMs: Date.parse(start?.dateTime ?? start?.date ?? ''),
              endMs: Date.parse(end?.dateTime ?? end?.date ?? ''),
            });
          }
        }
        await (
          window as unknown as {
            __almanac: { db: { events: { bulkPut(r: unknown[]): Promise<unknown> } } };
          }
        ).__almanac.db.events.bulkPut(records);
      },
      { texts: pages, calendarId: email },
    );
    out.chromiumInitialFloorMs = Math.round(performance.now() - t0);
    out.chromiumInitialRatioToFloor = ratio(out.chromiumInitialSyncMs, out.chromiumInitialFloorMs);
  } finally {
    await floor.context.close();
  }
}

async function chromiumBigHeap(
  out: Record<string, number>,
  emu: Emulator,
  shell: WebShell,
  browser: Browser,
  count: number,
): Promise<AgainstFloor> {
  const email = 'big@example.com';
  const { refreshToken, accessToken } = await addAccount(emu, email);
  await seedSingles(emu, email, count, 'Big');
  out.bigEvents = count;
  const gc = exposeGc();

  // The sync, timed, each run into a fresh page (an empty database), alternating with its
  // floor so that both feel the same load: the same pages fetched raw here, each handed to
  // the page as text, JSON.parse'd there, given the indexed fields and bulk-put, one page
  // after the other as the sync does. On the first run this process's heap is sampled every
  // 20 ms as it is, uncollected garbage included (V8 lets garbage pile up in old space
  // before a major GC).
  const syncRuns: number[] = [];
  const floorRuns: number[] = [];
  for (let rep = 0; rep < BIG_REPS; rep++) {
    progress(`sync: 100,000 events, run ${rep + 1} of ${BIG_REPS}`);
    const { context } = await openApp(browser, shell);
    try {
      const engine = engineFor(shell.localStore, emu, email, refreshToken);
      gc();
      const before = process.memoryUsage().heapUsed;
      let peak = before;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }, 20);
      const t0 = performance.now();
      const report = await engine.syncAll();
      syncRuns.push(performance.now() - t0);
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      if (!(report.ok && report.pulled === count)) out.bigSyncOk = 0;
      if (rep === 0) {
        out.chromiumBigSyncMainHeapPeakUncollectedMB = Math.round((peak - before) / 1_048_576);
        gc();
        out.chromiumBigSyncMainHeapRetainedMB = Math.round(
          (process.memoryUsage().heapUsed - before) / 1_048_576,
        );
      }
    } finally {
      await context.close();
    }
    const floor = await openApp(browser, shell);
    try {
      const t0 = performance.now();
      await floorPageByPage(floor.page, emu, email, accessToken);
      floorRuns.push(performance.now() - t0);
    } finally {
      await floor.context.close();
    }
  }
  out.bigSyncOk ??= 1;

  progress('sync: 100,000 events, the live heap');
  // Second sync of the same 100,000 into a fresh page: what the engine holds live. Before
  // each commit (the page's items, its planned records and the commit all alive) a full GC
  // runs and the heap is read. Not timed: the forced collections slow it down.
  {
    const { context } = await openApp(browser, shell);
    try {
      let livePeak = 0;
      const real = shell.localStore;
      const store: LocalStore = {
        calendars: () => real.calendars(),
        calendarSnapshot: (calendarId) => real.calendarSnapshot(calendarId),
        events: (ids) => real.events(ids),
        eventIndex: (calendarId) => real.eventIndex(calendarId),
        series: (ids) => real.series(ids),
        commit: (commit) => {
          gc();
          livePeak = Math.max(livePeak, process.memoryUsage().heapUsed);
          return real.commit(commit);
        },
      };
      const engine = engineFor(store, emu, email, refreshToken);
      gc();
      const before = process.memoryUsage().heapUsed;
      const report = await engine.syncAll();
      if (!report.ok || report.pulled !== count) out.bigSyncOk = 0;
      // The budget's figure (≤ 150 MB for 100,000 events).
      out.chromiumBigSyncMainHeapLiveGrowthMB = Math.round((livePeak - before) / 1_048_576);
    } finally {
      await context.close();
    }
  }
  return againstFloor(syncRuns, floorRuns);
}

/** A fresh browser context (its own, empty IndexedDB) with the app open and lending its store. */
async function openApp(
  browser: Browser,
  shell: WebShell,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    timezoneId: 'UTC',
  });
  const page = await context.newPage();
  await page.goto(shell.url);
  await page.waitForFunction(() =>
    Boolean((window as unknown as { __almanac?: unknown }).__almanac),
  );
  for (let tries = 0; ; tries++) {
    try {
      await shell.localStore.calendars();
      return { context, page };
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

function engineFor(
  store: LocalStore,
  emu: Emulator,
  email: string,
  refreshToken: string,
): SyncEngine {
  const endpoints = googleEndpoints(emu.url);
  const client = new OAuth2Client({
    ...CLIENT,
    endpoints: {
      oauth2AuthBaseUrl: endpoints.authUrl,
      oauth2TokenUrl: endpoints.tokenUrl,
      oauth2RevokeUrl: endpoints.revokeUrl,
      tokenInfoUrl: endpoints.tokenInfoUrl,
    },
  });
  client.setCredentials({ refresh_token: refreshToken });
  return new SyncEngine({
    store,
    account: { authorizedClient: async () => client, reportAuthFailure: async () => undefined },
    endpoints,
    accountEmail: email,
  });
}

// ---- the integration tests' set-up: Dexie on fake-indexeddb in this process ------------

async function fakeIdbInitial(out: Record<string, number>): Promise<void> {
  const { startSyncWorld } = await import('../integration/sync/harness');
  const { openDatabase } = await import('../../src-renderer/db/database');
  const w = await startSyncWorld({ email: 'fake@example.com' });
  try {
    const { accessToken } = await tokensFor(w, w.email);
    const total = await seedTenThousand(w, w.email, accessToken);
    const t0 = performance.now();
    const report = await w.engine.syncAll();
    out.fakeIdbInitialSyncMs = Math.round(performance.now() - t0);
    if (!report.ok || report.pulled !== total)
      throw new Error(
        `fake-indexeddb initial sync: ${report.error?.message ?? `pulled ${report.pulled} of ${total}`}`,
      );

    const db = openDatabase(`bench-floor-${Date.now()}`);
    await db.open();
    const t1 = performance.now();
    await db.events.bulkPut((await rawRecords(w, w.email, accessToken)) as CalendarEvent[]);
    out.fakeIdbInitialFloorMs = Math.round(performance.now() - t1);
    out.fakeIdbInitialRatioToFloor = ratio(out.fakeIdbInitialSyncMs, out.fakeIdbInitialFloorMs);
    db.close();
  } finally {
    await w.close();
  }
}

async function pushThousand(out: Record<string, number>): Promise<void> {
  const { startSyncWorld } = await import('../integration/sync/harness');
  const w = await startSyncWorld({ email: 'push@example.com' });
  try {
    await w.engine.syncAll();
    for (let i = 0; i < 1_000; i++)
      await w.createLocal(
        `New ${i}`,
        `2030-04-01T${String(i % 20).padStart(2, '0')}:00Z`,
        `2030-04-01T${String(i % 20).padStart(2, '0')}:30Z`,
      );
    await w.admin('latency', { ms: 50 });
    await w.clearRequests();
    const t0 = performance.now();
    const report = await w.engine.syncAll();
    out.push1000Seconds = Number(((performance.now() - t0) / 1000).toFixed(2));
    out.push1000Pushed = report.pushed;
    out.push1000HttpRequests = (await w.requests()).filter((r) => !r.batched).length;

    // The system in the brief: one request per event, the same 1,000 at the same latency.
    await w.clearRequests();
    const t1 = performance.now();
    for (let i = 0; i < 1_000; i++)
      await w.remote.events.insert({
        calendarId: w.email,
        sendUpdates: 'none',
        requestBody: {
          summary: `One by one ${i}`,
          start: { dateTime: '2030-04-02T09:00:00Z' },
          end: { dateTime: '2030-04-02T10:00:00Z' },
        },
      });
    out.onePerEvent1000Seconds = Number(((performance.now() - t1) / 1000).toFixed(2));
    out.onePerEvent1000HttpRequests = (await w.requests()).filter((r) => !r.batched).length;
  } finally {
    await w.close();
  }
}

// ---- the floor ---------------------------------------------------------------------------

/** Every page of the full listing, as the text the emulator sent. */
async function rawPages(
  emu: Pick<Emulator, 'url'>,
  calendarId: string,
  accessToken: string,
): Promise<string[]> {
  const pages: string[] = [];
  let pageToken: string | undefined;
  do {
    const url = new URL(`/calendar/v3/calendars/${encodeURIComponent(calendarId)}/events`, emu.url);
    url.searchParams.set('maxResults', '2500');
    if (pageToken) url.searchParams.set('pageToken', pageToken);
    const text = await (
      await fetch(url, { headers: { Authorization: `Bearer ${accessToken}` } })
    ).text();
    pages.push(text);
    // The page token without parsing the page (whoever uses the text parses it once).
    pageToken = /"nextPageToken"\s*:\s*"([^"]+)"/.exec(text)?.[1];
  } while (pageToken);
  return pages;
}

/**
 * The big sync's floor in the page: each page of the full listing fetched raw here, its
 * text handed to the page, JSON.parse'd there, given the indexed fields (see floorRecord)
 * and bulk-put, one page after the other.
 */
async function floorPageByPage(
  page: Page,
  emu: Pick<Emulator, 'url'>,
  calendarId: string,
  accessToken: string,
): Promise<void> {
  let pageToken: string | undefined;
  do {
    const url = new URL(`/calendar/v3/calendars/${encodeURIComponent(calendarId)}/events`, emu.url);
    url.searchParams.set('maxResults', '2500');
    if (pageToken) url.searchParams.set('pageToken', pageToken);
    const text = await (
      await fetch(url, { headers: { Authorization: `Bearer ${accessToken}` } })
    ).text();
    pageToken = /"nextPageToken"\s*:\s*"([^"]+)"/.exec(text)?.[1];
    await page.evaluate(
      async ({ text, calendarId }) => {
        const items = (JSON.parse(text) as { items?: Record<string, unknown>[] }).items ?? [];
        const records = items.map((item) => {
          const start = item.start as { dateTime?: string; date?: string } | undefined;
          const end = item.end as { dateTime?: string; date?: string } | undefined;
          return {
            ...item,
            calendarId,
            kind: item.recurrence ? 'master' : item.recurringEventId ? 'exception' : 'single',
            startMs: Date.parse(start?.dateTime ?? start?.date ?? ''),
            endMs: Date.parse(end?.dateTime ?? end?.date ?? ''),
          };
        });
        await (
          window as unknown as {
            __almanac: { db: { events: { bulkPut(r: unknown[]): Promise<unknown> } } };
          }
        ).__almanac.db.events.bulkPut(records);
      },
      { text, calendarId },
    );
  } while (pageToken);
}

/**
 * The floor's work in this process (fake-indexeddb): every page fetched raw, JSON.parse'd,
 * and each raw item given the fields the `events` table indexes (id, calendarId, kind,
 * startMs, endMs, recurringEventId; longStartMs is derived by the database on both
 * sides). Without them IndexedDB would skip most index maintenance, the largest part of the
 * write, and the floor would not be doing the same writing as the sync it is compared with.
 * The Chromium floor does the same in the page.
 */
async function rawRecords(
  emu: Pick<Emulator, 'url'>,
  calendarId: string,
  accessToken: string,
): Promise<unknown[]> {
  const records: unknown[] = [];
  for (const text of await rawPages(emu, calendarId, accessToken)) {
    for (const item of (JSON.parse(text) as { items?: RawItem[] }).items ?? [])
      records.push(floorRecord(item, calendarId));
  }
  return records;
}

interface RawItem {
  id: string;
  recurrence?: string[];
  recurringEventId?: string;
  start?: { dateTime?: string; date?: string };
  end?: { dateTime?: string; date?: string };
}

function floorRecord(item: RawItem, calendarId: string): unknown {
  const startMs = Date.parse(item.start?.dateTime ?? item.start?.date ?? '');
  const endMs = Date.parse(item.end?.dateTime ?? item.end?.date ?? '');
  return {
    ...item,
    calendarId,
    kind: item.recurrence ? 'master' : item.recurringEventId ? 'exception' : 'single',
    startMs,
    endMs,
  };
}

// ---- the emulator --------------------------------------------------------------------------

interface Emulator {
  url: string;
  admin<T = unknown>(route: string, body?: unknown, method?: string): Promise<T>;
  close(): void;
}

/** The emulator in its own process, so its data and request log are not in this process's heap. */
async function startEmulatorProcess(): Promise<Emulator> {
  const child: ChildProcess = spawn(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url)],
    {
      env: { ...process.env, ALMANAC_BENCH_EMULATOR: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolveUrl, reject) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const line = text.split('\n').find((l) => l.startsWith('{"url"'));
      if (line) resolveUrl((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`emulator exited (${code})`)));
  });
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
  await admin('clients', { ...CLIENT, type: 'desktop', publishing: 'production' });
  return { url, admin, close: () => void child.kill() };
}

async function addAccount(
  emu: Emulator,
  email: string,
): Promise<{ refreshToken: string; accessToken: string }> {
  await emu.admin('accounts', { email, name: 'Bench' });
  return tokensFor(emu, email);
}

async function tokensFor(
  emu: Pick<Emulator, 'admin'>,
  email: string,
): Promise<{ refreshToken: string; accessToken: string }> {
  const tokens = await emu.admin<{ access_token: string; refresh_token: string }>('tokens', {
    email,
    clientId: CLIENT.clientId,
  });
  return { refreshToken: tokens.refresh_token, accessToken: tokens.access_token };
}

/** 8,000 single events and 1,000 weekly series with one moved instance each (an exception, made the way Google makes them: a patch of the instance). */
async function seedTenThousand(
  emu: Pick<Emulator, 'admin' | 'url'>,
  calendarId: string,
  accessToken: string,
): Promise<number> {
  await seedSingles(emu, calendarId, 8_000, 'Single');
  const day = (i: number) => String(1 + (i % 28)).padStart(2, '0');
  const { ids: masters } = await emu.admin<{ ids: string[] }>('events', {
    calendarId,
    events: Array.from({ length: 1_000 }, (_, i) => ({
      summary: `Series ${i}`,
      recurrence: ['RRULE:FREQ=WEEKLY;COUNT=20'],
      start: { dateTime: `2030-01-${day(i)}T09:00:00Z`, timeZone: 'UTC' },
      end: { dateTime: `2030-01-${day(i)}T10:00:00Z`, timeZone: 'UTC' },
    })),
  });
  for (let i = 0; i < masters.length; i += 50) {
    await Promise.all(
      masters.slice(i, i + 50).map(async (id, j) => {
        const url = `${emu.url}/calendar/v3/calendars/${encodeURIComponent(calendarId)}/events/${id}_203001${day(i + j)}T090000Z`;
        const response = await fetch(url, {
          method: 'PATCH',
          headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ summary: 'Moved' }),
        });
        if (!response.ok)
          throw new Error(`patch instance: ${response.status} ${await response.text()}`);
      }),
    );
  }
  return (await rawRecords(emu, calendarId, accessToken)).length;
}

async function seedSingles(
  emu: Pick<Emulator, 'admin'>,
  calendarId: string,
  count: number,
  prefix: string,
): Promise<void> {
  const base = Date.UTC(2029, 0, 1);
  for (let i = 0; i < count; i += 5_000) {
    const n = Math.min(5_000, count - i);
    await emu.admin('events', {
      calendarId,
      events: Array.from({ length: n }, (_, j) => ({
        summary: `${prefix} ${i + j}`,
        location: 'Somewhere',
        start: { dateTime: new Date(base + (i + j) * 1_800_000).toISOString() },
        end: { dateTime: new Date(base + (i + j) * 1_800_000 + 1_200_000).toISOString() },
      })),
    });
  }
}

// ---- helpers ---------------------------------------------------------------------------------

/** The store with every call counted: each is one round trip between main and the renderer. */
/** `gc()` without asking whoever runs the bench for --expose-gc. */
function exposeGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function ratio(a: number, b: number): number {
  return Number((a / b).toFixed(2));
}
