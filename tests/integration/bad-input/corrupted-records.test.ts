// Corrupted records in IndexedDB (a crash mid-write in an old version, a hand-edited profile,
// a bug elsewhere): events without a start, with a start that is not an object, with no
// instants, with a rule or a guest list of the wrong type. The views still draw the rest,
// the editor opens or says why not, sync goes on for every other event and nothing is lost.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { CalendarEvent } from '../../../src-preload/model/event';
import { loadOccurrences } from '../../../src-renderer/db/queries';
import { draftFromOccurrence } from '../../../src-renderer/calendar/model/drafts';
import { onGoogle, startSyncWorld, type SyncWorld } from '../sync/harness';

let w: SyncWorld;
beforeEach(async () => {
  w = await startSyncWorld();
  await w.engine.syncAll();
});
afterEach(() => w.close());

const june = { start: new Date('2030-06-01T00:00:00Z'), end: new Date('2030-07-01T00:00:00Z') };
const START = Date.parse('2030-06-10T09:00:00Z');

/** A record as sync would have stored it, then broken by `breakIt`. */
function corrupted(
  id: string,
  breakIt: (e: Record<string, unknown>) => void,
  linked = true,
): CalendarEvent {
  const record: Record<string, unknown> = {
    id,
    calendarId: w.email,
    kind: 'single',
    status: 'confirmed',
    summary: `Broken ${id}`,
    start: { dateTime: '2030-06-10T09:00:00Z', timeZone: 'UTC' },
    end: { dateTime: '2030-06-10T10:00:00Z', timeZone: 'UTC' },
    startMs: START,
    endMs: START + 3_600_000,
    localVersion: 1,
    updatedAt: '2030-01-01T00:00:00.000Z',
    ...(linked
      ? { google: { etag: '"1"', updated: '2030-01-01T00:00:00.000Z' }, base: {}, dirty: [] }
      : {}),
  };
  breakIt(record);
  return record as unknown as CalendarEvent;
}

const BROKEN: [string, (e: Record<string, unknown>) => void][] = [
  ['nostart01', (e) => delete e.start],
  ['nostartend', (e) => (delete e.start, delete e.end)],
  ['stringstart', (e) => (e.start = '2030-06-10')],
  ['numberend01', (e) => (e.end = 42)],
  ['nullstart01', (e) => (e.start = null)],
  ['emptystart', (e) => ((e.start = {}), (e.end = {}))],
  ['nanms00001', (e) => ((e.startMs = Number.NaN), (e.endMs = Number.NaN))],
  ['badrule001', (e) => ((e.kind = 'master'), (e.recurrence = 'RRULE:FREQ=DAILY'))],
  ['badguests1', (e) => (e.attendees = 'everyone')],
  ['numtitle01', (e) => (e.summary = 42)],
];

test('the views draw everything else, and the editor opens on what they draw', async () => {
  const good = await w.createLocal('Good one', '2030-06-10T11:00Z', '2030-06-10T12:00Z');
  await w.db.events.bulkPut(BROKEN.map(([id, breakIt]) => corrupted(id, breakIt)));
  const shown = await loadOccurrences(w.db, june);
  expect(shown.map((o) => o.event.id)).toContain(good);
  for (const occ of shown)
    expect(() => draftFromOccurrence(occ, 'UTC'), occ.event.id).not.toThrow();
});

test('sync goes on for every other event, heals a broken copy from Google, and parks a broken local change with a reason', async () => {
  // On Google: an event whose local copy got broken, and one edited on Google meanwhile.
  const { data } = await w.remote.events.insert({
    calendarId: w.email,
    requestBody: {
      summary: 'Healthy on Google',
      start: { dateTime: '2030-06-11T09:00:00Z' },
      end: { dateTime: '2030-06-11T10:00:00Z' },
    },
  });
  const healId = data.id as string;
  await w.engine.syncAll();
  const linked = (await w.local(healId))!;
  await w.db.events.put({ ...linked, start: 'garbage' as never, startMs: Number.NaN });
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: healId,
    requestBody: { location: 'Room 9' },
  });

  // Here: broken records, one of them a new event waiting in the outbox, and a good new event.
  await w.db.events.bulkPut(BROKEN.map(([id, breakIt]) => corrupted(id, breakIt)));
  await w.db.events.put(corrupted('brokennew1', (e) => delete e.start, false));
  await w.db.outbox.add({
    eventId: 'brokennew1',
    calendarId: w.email,
    op: 'insert',
    sendUpdates: 'none',
    createdAt: Date.now(),
  });
  const good = await w.createLocal('Good one', '2030-06-12T09:00Z', '2030-06-12T10:00Z');

  const report = await w.engine.syncAll();
  expect(report.error).toBeUndefined();
  // The good change reached Google, the Google change arrived and mended the broken copy.
  expect((await onGoogle(w, good)).summary).toBe('Good one');
  const healed = await w.local(healId);
  expect(healed?.location).toBe('Room 9');
  expect(healed?.start).toMatchObject({ dateTime: expect.any(String) });
  expect(Number.isFinite(healed?.startMs)).toBe(true);
  // The broken new event is not lost: still here, and its change is in the log with a reason.
  expect(await w.local('brokennew1')).toBeDefined();
  const log = await w.log();
  expect(
    log.some((l) => l.eventId === 'brokennew1' && l.level === 'error' && l.message.length > 10),
  ).toBe(true);
  expect(await w.db.outbox.count()).toBe(0);
  // Every broken record is still there, untouched, for the user (or a repair) to deal with.
  for (const [id] of BROKEN) expect(await w.local(id), id).toBeDefined();
  // And the next sync is quiet.
  const again = await w.engine.syncAll();
  expect(again.ok).toBe(true);
});

test('a full resync with broken records in the calendar neither stops nor deletes the broken records it cannot read', async () => {
  await w.db.events.bulkPut(BROKEN.map(([id, breakIt]) => corrupted(id, breakIt, false)));
  const good = await w.createLocal('Good one', '2030-06-12T09:00Z', '2030-06-12T10:00Z');
  await w.admin('sync-tokens/expire', { calendarId: w.email });
  await w.db.outbox.clear();
  const report = await w.engine.syncAll();
  expect(report.error).toBeUndefined();
  expect(await w.local(good)).toBeDefined();
  for (const [id] of BROKEN) expect(await w.local(id), id).toBeDefined();
});
