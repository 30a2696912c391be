// Sync figures for `npm run bench` (issue 6), measured against the emulator in one run:
// initial sync of 10,000 events (1,000 series with an exception each) beside the raw floor
// (same pages fetched raw + JSON.parse + one bulkPut), list request count, requests for an
// incremental sync with nothing changed, pushing 1,000 new events at 50 ms latency beside one
// request per event, and heap growth for an initial sync of 100,000 events.
import 'fake-indexeddb/auto';
import { openDatabase } from '../../src-renderer/db/database';
import { googleItems, startSyncWorld, type SyncWorld } from '../integration/sync/harness';

export async function measureSync(options: { bigCount?: number } = {}): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  await initialAndIncremental(out);
  await pushThousand(out);
  await heapForBigSync(out, options.bigCount ?? 100_000);
  return out;
}

async function initialAndIncremental(out: Record<string, number>): Promise<void> {
  const w = await startSyncWorld({ email: 'bench@example.com' });
  try {
    const singles = 8_000;
    const series = 1_000;
    await seedSingles(w, singles, 'Single');
    const { ids: masters } = await w.admin<{ ids: string[] }>('events', {
      calendarId: w.email,
      events: Array.from({ length: series }, (_, i) => ({ summary: `Series ${i}`, recurrence: ['RRULE:FREQ=WEEKLY;COUNT=20'], start: { dateTime: `2030-01-${String(1 + (i % 28)).padStart(2, '0')}T09:00:00Z`, timeZone: 'UTC' }, end: { dateTime: `2030-01-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`, timeZone: 'UTC' } })),
    });
    // One moved instance per series, made the way Google makes exceptions: a patch of the instance.
    for (let i = 0; i < masters.length; i += 50) {
      await Promise.all(masters.slice(i, i + 50).map((id, j) => w.remote.events.patch({ calendarId: w.email, eventId: `${id}_2030${'01'}${String(1 + ((i + j) % 28)).padStart(2, '0')}T090000Z`, requestBody: { summary: 'Moved' } })));
    }
    const total = (await googleItems(w)).length;
    out.initialEvents = total;

    await w.clearRequests();
    const t0 = performance.now();
    const report = await w.engine.syncAll();
    out.initialSyncMs = Math.round(performance.now() - t0);
    if (!report.ok) throw new Error(`initial sync failed: ${report.error?.message}`);
    const requests = await w.requests();
    out.initialListRequests = requests.filter((r) => r.method === 'GET' && r.path.endsWith('/events')).length;
    out.initialListRequestBudget = Math.ceil(total / 2500) + 1;

    out.initialFloorMs = Math.round(await rawFloor(w));
    out.initialRatioToFloor = Number((out.initialSyncMs / out.initialFloorMs).toFixed(2));

    await w.clearRequests();
    await w.engine.syncAll();
    out.incrementalNoChangeRequests = (await w.requests()).filter((r) => !r.batched).length;
  } finally {
    await w.close();
  }
}

async function rawFloor(w: SyncWorld): Promise<number> {
  const tokens = await w.admin<{ access_token: string }>('tokens', { email: w.email, clientId: 'bench-floor' });
  const db = openDatabase(`bench-floor-${Date.now()}`);
  await db.open();
  const t0 = performance.now();
  const items: unknown[] = [];
  let pageToken: string | undefined;
  do {
    const url = new URL(`/calendar/v3/calendars/${encodeURIComponent(w.email)}/events`, w.url);
    url.searchParams.set('maxResults', '2500');
    if (pageToken) url.searchParams.set('pageToken', pageToken);
    const page = JSON.parse(await (await fetch(url, { headers: { Authorization: `Bearer ${tokens.access_token}` } })).text()) as { items?: unknown[]; nextPageToken?: string };
    items.push(...(page.items ?? []));
    pageToken = page.nextPageToken;
  } while (pageToken);
  await db.events.bulkPut(items as never[]);
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

async function pushThousand(out: Record<string, number>): Promise<void> {
  const w = await startSyncWorld({ email: 'push@example.com' });
  try {
    await w.engine.syncAll();
    for (let i = 0; i < 1_000; i++) await w.createLocal(`New ${i}`, `2030-04-01T${String(i % 20).padStart(2, '0')}:00Z`, `2030-04-01T${String(i % 20).padStart(2, '0')}:30Z`);
    await w.admin('latency', { ms: 50 });
    await w.clearRequests();
    const t0 = performance.now();
    const report = await w.engine.syncAll();
    out.push1000Seconds = Number(((performance.now() - t0) / 1000).toFixed(2));
    out.push1000Pushed = report.pushed;
    out.push1000HttpRequests = (await w.requests()).filter((r) => !r.batched).length;

    // The system in the brief: one request per event. Timed for 100 and scaled, to keep the bench short.
    const t1 = performance.now();
    for (let i = 0; i < 100; i++) await w.remote.events.insert({ calendarId: w.email, sendUpdates: 'none', requestBody: { summary: `One by one ${i}`, start: { dateTime: '2030-04-02T09:00:00Z' }, end: { dateTime: '2030-04-02T10:00:00Z' } } });
    out.onePerEvent1000SecondsEstimated = Number((((performance.now() - t1) / 1000) * 10).toFixed(2));
    out.onePerEvent1000HttpRequests = 1_000;
  } finally {
    await w.close();
  }
}

async function heapForBigSync(out: Record<string, number>, count: number): Promise<void> {
  const w = await startSyncWorld({ email: 'big@example.com' });
  try {
    for (let i = 0; i < count; i += 10_000) await seedSingles(w, Math.min(10_000, count - i), `Big ${i}`);
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 20);
    const t0 = performance.now();
    const report = await w.engine.syncAll();
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    out.bigEvents = count;
    out.bigSyncSeconds = Number(((performance.now() - t0) / 1000).toFixed(1));
    out.bigSyncOk = report.ok ? 1 : 0;
    // Includes fake-indexeddb's copy of the data, which in the app lives in the renderer: an upper bound.
    out.bigSyncPeakHeapGrowthMB = Math.round((peak - before) / 1_048_576);
  } finally {
    await w.close();
  }
}

async function seedSingles(w: SyncWorld, count: number, prefix: string): Promise<void> {
  const base = Date.UTC(2029, 0, 1);
  for (let i = 0; i < count; i += 5_000) {
    const n = Math.min(5_000, count - i);
    await w.admin('events', {
      calendarId: w.email,
      events: Array.from({ length: n }, (_, j) => ({ summary: `${prefix} ${i + j}`, location: 'Somewhere', start: { dateTime: new Date(base + (i + j) * 1_800_000).toISOString() }, end: { dateTime: new Date(base + (i + j) * 1_800_000 + 1_200_000).toISOString() } })),
    });
  }
}
