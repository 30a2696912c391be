// What sending an imported file up costs the local store. Google answers each events.import
// with an id of its own and the records are re-keyed to it; a pushed round's imports are
// re-keyed together, from one read of their records and series and in one commit, so the
// store's calls and the records they carry grow with what the sync sends. Re-keying them one
// by one, each after reading the whole calendar and its queue, made them grow with its square
// (a 10,000-event file ran for most of an hour). Counted as the bench counts them: the calls
// through the LocalStore the engine is given, and the records those calls read.
import { afterEach, expect, test } from 'vitest';
import { countingStore, type CountingStore } from './counting-store';
import { googleItems, startSyncWorld, type SyncWorld } from './harness';
import { applyImport, prepareImport } from '../../../src-renderer/ics/ics-import';

let w: SyncWorld | undefined;
afterEach(() => w?.close());

const SINGLES = 150;
const SERIES = 10;

/** A file of single events and weekly series, each series with a moved and a cancelled occurrence. */
function file(): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN'];
  const event = (uid: string, ...rest: string[]) =>
    lines.push('BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20300101T000000Z', ...rest, 'END:VEVENT');
  for (let i = 0; i < SINGLES; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    event(
      `single-${i}@example.com`,
      `DTSTART;TZID=Europe/Berlin:203003${day}T090000`,
      `DTEND;TZID=Europe/Berlin:203003${day}T100000`,
      `SUMMARY:Meeting ${i}`,
    );
  }
  for (let i = 0; i < SERIES; i++) {
    const uid = `series-${i}@example.com`;
    const hour = String(8 + i).padStart(2, '0');
    event(
      uid,
      `DTSTART;TZID=Europe/Berlin:20300304T${hour}0000`,
      `DTEND;TZID=Europe/Berlin:20300304T${hour}3000`,
      'RRULE:FREQ=WEEKLY;COUNT=8',
      `SUMMARY:Review ${i}`,
    );
    event(
      uid,
      `RECURRENCE-ID;TZID=Europe/Berlin:20300311T${hour}0000`,
      `DTSTART;TZID=Europe/Berlin:20300312T${hour}0000`,
      `DTEND;TZID=Europe/Berlin:20300312T${hour}3000`,
      `SUMMARY:Review ${i} (moved)`,
    );
    event(
      uid,
      `RECURRENCE-ID;TZID=Europe/Berlin:20300318T${hour}0000`,
      `DTSTART;TZID=Europe/Berlin:20300318T${hour}0000`,
      `DTEND;TZID=Europe/Berlin:20300318T${hour}3000`,
      'STATUS:CANCELLED',
      `SUMMARY:Review ${i}`,
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map((line) => `${line}\r\n`).join('');
}

test('a file sent up to Google costs the store calls and reads in proportion to what it holds, not its square', async () => {
  let counted: CountingStore | undefined;
  w = await startSyncWorld({ wrapStore: (store) => (counted = countingStore(store)).store });
  const count = counted!;
  await w.engine.syncAll();
  const prepared = await prepareImport(w.db, w.email, file(), { zone: 'Europe/Berlin' });
  expect(await applyImport(w.db, prepared)).toMatchObject({ added: SINGLES + SERIES });
  const records = await w.db.events.count();
  expect(records).toBe(SINGLES + 3 * SERIES);

  count.reset();
  await w.clearRequests();
  const report = await w.engine.syncAll();
  expect(report.ok).toBe(true);

  // Everything went up and every record here is Google's, under Google's id.
  expect(await w.db.outbox.count()).toBe(0);
  const onGoogle = (await googleItems(w)).filter((e) => e.status !== 'cancelled');
  const here = (await w.db.events.toArray()).filter((e) => e.status !== 'cancelled');
  expect(here).toHaveLength(SINGLES + 2 * SERIES);
  expect(new Set(here.map((e) => e.id))).toEqual(new Set(onGoogle.map((e) => e.id)));
  for (const record of here) expect(record.google?.etag).toBeTruthy();

  // The imports go up in one round, the occurrences then under their new ids: a few calls a
  // round, and each occurrence's own read of Google's copy (46 calls reading 1,510 records
  // when this was written). One by one, reading the calendar and its queue for each import,
  // it took 853 calls reading 62,335 records.
  expect(count.calls).toBeLessThanOrEqual(80);
  expect(count.recordsRead).toBeLessThanOrEqual(12 * records);
  // Google is asked for the exceptions of the series re-keyed in one batch, not one request each.
  const requests = await w.requests();
  const listings = requests.filter((r) => r.method === 'GET' && r.query.iCalUID !== undefined);
  expect(listings.filter((r) => r.batched)).toHaveLength(SERIES);
  expect(listings.filter((r) => !r.batched)).toEqual([]);
});
