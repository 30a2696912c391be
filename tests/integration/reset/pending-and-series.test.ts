// Reset Account and what is half-way at the moment of the reset: changes made here that
// have not reached Google yet, and series with deleted occurrences. Each choice must keep
// its word on both sides — a delete made here is not undone by the reset, a deleted
// occurrence does not come back, and an edit is not silently dropped.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { deleteEvent } from '../../../src-renderer/db/event-writes';
import { loadOccurrences } from '../../../src-renderer/db/queries';
import { googleItems } from '../sync/harness';
import { startResetWorld, type ResetWorld } from './reset-world';

let w: ResetWorld;

beforeEach(async () => {
  w = await startResetWorld();
  await w.engine.syncAll();
});
afterEach(() => w.close());

const JULY = { start: new Date('2030-07-01T00:00:00Z'), end: new Date('2030-07-08T00:00:00Z') };
const shownHere = async (seriesId?: string) =>
  (await loadOccurrences(w.db, JULY))
    .filter((o) => !seriesId || o.seriesId === seriesId)
    .map((o) => o.start.slice(0, 10));
const instancesOnGoogle = async (seriesId: string) =>
  (
    (await w.remote.events.instances({ calendarId: w.email, eventId: seriesId })).data.items ?? []
  ).map((i) => i.start?.dateTime?.slice(0, 10));
const liveOnGoogle = async () =>
  (await googleItems(w))
    .filter((e) => e.status !== 'cancelled' && !e.recurringEventId)
    .map((e) => e.summary)
    .sort();

/** A daily series of five on Google, its Thursday deleted there, synced here. */
async function seriesWithDeletedThursday(): Promise<string> {
  const { data } = await w.remote.events.insert({
    calendarId: w.email,
    requestBody: {
      summary: 'Standup',
      recurrence: ['RRULE:FREQ=DAILY;COUNT=5'],
      start: { dateTime: '2030-07-01T09:00:00', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2030-07-01T09:15:00', timeZone: 'Europe/Berlin' },
    },
  });
  const id = data.id as string;
  await w.remote.events.delete({ calendarId: w.email, eventId: `${id}_20300704T070000Z` });
  await w.engine.syncAll();
  expect(await shownHere(id)).toEqual(['2030-07-01', '2030-07-02', '2030-07-03', '2030-07-05']);
  return id;
}

test('Delete from the current Google Calendar account keeps a series\' deleted occurrence deleted here; "all" brings the series back to Google without it', async () => {
  const id = await seriesWithDeletedThursday();
  await w.run('delete-google', 'all');
  expect(await liveOnGoogle()).toEqual([]);
  expect(await shownHere(id)).toEqual(['2030-07-01', '2030-07-02', '2030-07-03', '2030-07-05']);
  await w.engine.syncAll();
  await w.engine.syncAll();
  expect(await liveOnGoogle()).toEqual(['Standup']);
  expect(await instancesOnGoogle(id)).toEqual([
    '2030-07-01',
    '2030-07-02',
    '2030-07-03',
    '2030-07-05',
  ]);
  expect(await shownHere(id)).toEqual(['2030-07-01', '2030-07-02', '2030-07-03', '2030-07-05']);
  expect(await w.db.outbox.count()).toBe(0);
});

test('Synchronize all existing events uploads a series made here with the occurrence deleted here left out', async () => {
  const id = await w.createLocal(
    'Piano',
    '2030-07-01T16:00Z',
    '2030-07-01T17:00Z',
    (d) => (d.repeat = { freq: 'DAILY', interval: 1, end: { type: 'count', count: 5 } }),
  );
  // Neither the series nor the deleted occurrence has reached Google when the reset comes.
  const [tuesday] = (
    await loadOccurrences(w.db, {
      start: new Date('2030-07-02T00:00:00Z'),
      end: new Date('2030-07-03T00:00:00Z'),
    })
  ).filter((o) => o.seriesId === id);
  await deleteEvent(w.db, tuesday!, 'this');
  await w.run('keep', 'all');
  await w.engine.syncAll();
  await w.engine.syncAll();
  expect(await instancesOnGoogle(id)).toEqual([
    '2030-07-01',
    '2030-07-03',
    '2030-07-04',
    '2030-07-05',
  ]);
  expect(await shownHere(id)).toEqual(['2030-07-01', '2030-07-03', '2030-07-04', '2030-07-05']);
  expect(await w.db.outbox.count()).toBe(0);
});

test('Leave them untouched keeps the changes made here that had not reached Google: they go up after the reset, with either kind of next synchronization', async () => {
  for (const next of ['new', 'all'] as const) {
    const edited = await w.createLocal(`Edited ${next}`, '2030-07-02T08:00Z', '2030-07-02T09:00Z');
    const deleted = await w.createLocal(
      `Deleted ${next}`,
      '2030-07-03T08:00Z',
      '2030-07-03T09:00Z',
    );
    await w.engine.syncAll();
    await w.editLocal(edited, (d) => (d.location = 'Room 7'));
    await w.deleteLocal(deleted);
    await w.run('keep', next);
    await w.engine.syncAll();
    await w.engine.syncAll();
    expect((await googleItems(w)).find((e) => e.id === edited)?.location).toBe('Room 7');
    expect((await googleItems(w)).find((e) => e.id === deleted)).toBeUndefined();
    expect(await w.local(deleted)).toBeUndefined();
    expect(await w.db.outbox.count()).toBe(0);
  }
});

test('Delete from the current Google Calendar account also deletes from Google an event deleted here whose delete had not gone up yet', async () => {
  const id = await w.createLocal('Deleted here', '2030-07-03T08:00Z', '2030-07-03T09:00Z');
  await w.engine.syncAll();
  await w.deleteLocal(id);
  const report = await w.run('delete-google', 'new');
  expect(report.deletedOnGoogle).toBe(1);
  expect(await liveOnGoogle()).toEqual([]);
  expect(await w.local(id)).toBeUndefined();
});
