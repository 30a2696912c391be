// Importing the bench's 10,000-event file (1,000 weekly series, each with a moved and a
// cancelled occurrence) through the product's import (read, plan, write through the one
// writer of local changes, on fake-indexeddb): into a calendar kept only here, the median of
// three runs with the fastest and slowest beside a floor (one bulkPut of the same records);
// and into a Google calendar on the emulator at 50 ms latency, then the sync that sends it
// up with events.import: seconds and HTTP requests (batched parts counted apart). What the
// file holds is printed beside what was pushed, so the two can be reconciled: every event
// and series goes up with events.import, each moved occurrence is a patch of Google's
// instance after reading it, each cancelled one a delete of it; Google answers an import with
// an id of its own, and each series re-keyed to it first asks Google for the exceptions it
// may already have there (a listing by iCalUID, batched like the rest).
import 'fake-indexeddb/auto';
import type { CalendarEvent } from '../../src-preload/model/event';
import { writeIcs } from '../../src-preload/ics/ics-writer';
import type { IcsEvent } from '../../src-preload/ics/ics-calendar';
import { openDatabase } from '../../src-renderer/db/database';
import { applyImport, prepareImport } from '../../src-renderer/ics/ics-import';
import { calendar } from './ics-figures';

const RUNS = 3;
const ZONE = 'Europe/Berlin';

export async function measureIcsImport(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const file = writeIcs(calendar(10_000, 1_000), { name: 'Bench' }).text;

  const local: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const db = openDatabase(`bench-ics-import-${process.pid}-${run}`);
    await db.open();
    const t0 = performance.now();
    const prepared = await prepareImport(db, 'local', file, { zone: ZONE });
    Object.assign(out, fileCounts(prepared.plan.events));
    const done = await applyImport(db, prepared);
    local.push(performance.now() - t0);
    out.import_local_events_added = done.added;
    out.import_local_records = await db.events.count();
    const records = (await db.events.toArray()) as CalendarEvent[];
    await db.events.clear();
    const t1 = performance.now();
    await db.events.bulkPut(records);
    floor.push(performance.now() - t1);
    db.close();
  }
  report(out, 'import_10000_events_local', local);
  report(out, 'import_floor_bulkput', floor);
  out.import_local_ratio_to_floor = round(median(local) / median(floor));

  const { startSyncWorld } = await import('../integration/sync/harness');
  const w = await startSyncWorld({ email: 'import@example.com' });
  try {
    await w.engine.syncAll();
    const t0 = performance.now();
    await applyImport(w.db, await prepareImport(w.db, w.email, file, { zone: ZONE }));
    out.import_google_write_here_seconds = seconds(t0);
    await w.admin('latency', { ms: 50 });
    await w.clearRequests();
    const t1 = performance.now();
    const report = await w.engine.syncAll();
    out.import_google_sync_seconds = seconds(t1);
    out.import_google_pushed = report.pushed;
    out.import_google_parked = report.parked;
    const requests = await w.requests();
    out.import_google_http_requests = requests.filter((r) => !r.batched).length;
    const calls = requests.filter((r) => r.batched);
    out.import_google_events_import_calls = calls.filter((r) =>
      r.path.endsWith('/events/import'),
    ).length;
    const gets = calls.filter((r) => r.method === 'GET');
    const listings = gets.filter((r) => r.path.endsWith('/events'));
    out.import_google_instance_reads = gets.length - listings.length;
    out.import_google_exception_listings = listings.length;
    out.import_google_instance_patches = calls.filter((r) => r.method === 'PATCH').length;
    out.import_google_instance_deletes = calls.filter((r) => r.method === 'DELETE').length;
    out.import_google_outbox_left = await w.db.outbox.count();
  } finally {
    await w.close();
  }
  return out;
}

// ---------------------------------------------------------------------------------------

/** What the file brings: events (single and series), and the series' changed occurrences. */
function fileCounts(events: readonly IcsEvent[]): Record<string, number> {
  const exceptions = events.filter((e) => e.kind === 'exception');
  return {
    file_events: events.filter((e) => e.kind !== 'exception').length,
    file_series: events.filter((e) => e.kind === 'master').length,
    file_moved_occurrences: exceptions.filter((e) => e.status !== 'cancelled').length,
    file_cancelled_occurrences: exceptions.filter((e) => e.status === 'cancelled').length,
    file_records: events.length,
  };
}

function report(out: Record<string, number>, name: string, times: number[]): void {
  const sorted = [...times].sort((a, b) => a - b);
  out[`${name}_median_ms`] = round(median(sorted));
  out[`${name}_min_ms`] = round(sorted[0]!);
  out[`${name}_max_ms`] = round(sorted.at(-1)!);
}

function median(sorted: number[]): number {
  return [...sorted].sort((a, b) => a - b)[Math.floor(sorted.length / 2)]!;
}

function seconds(since: number): number {
  return Number(((performance.now() - since) / 1000).toFixed(2));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
