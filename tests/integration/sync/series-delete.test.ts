// A series deleted here meets Google's edits of its occurrences. Google leaves a series'
// etag alone when one of its occurrences changes, so the delete asks what changed since the
// last pull: through the sync token, and once Google no longer takes that token, through
// what changed after the latest change the pulls read. An occurrence Google changed after
// the last pull keeps the series on both sides; one this computer already had goes with it.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { onGoogle, startSyncWorld, type SyncWorld } from './harness';
import { deleteEvent } from '../../../src-renderer/db/event-writes';
import { loadOccurrences } from '../../../src-renderer/db/queries';

let w: SyncWorld;
beforeEach(async () => {
  w = await startSyncWorld();
  await w.engine.syncAll();
});
afterEach(() => w.close());

/** A daily series of four on Google, Monday 4 March 2030 on, synced here. */
async function googleSeries(): Promise<string> {
  const { data } = await w.remote.events.insert({
    calendarId: w.email,
    requestBody: {
      summary: 'Run',
      start: { dateTime: '2030-03-04T07:00:00Z', timeZone: 'UTC' },
      end: { dateTime: '2030-03-04T08:00:00Z', timeZone: 'UTC' },
      recurrence: ['RRULE:FREQ=DAILY;COUNT=4'],
    },
  });
  await w.engine.syncAll();
  return data.id as string;
}

/** Deletes the whole series here, from its first occurrence, as the editor does. */
async function deleteSeriesHere(seriesId: string): Promise<void> {
  const all = await loadOccurrences(w.db, {
    start: new Date('2030-03-01T00:00:00Z'),
    end: new Date('2030-03-12T00:00:00Z'),
  });
  const first = all.find((o) => o.instanceId === `${seriesId}_20300304T070000Z`);
  if (!first) throw new Error('no first occurrence');
  await deleteEvent(w.db, first, 'all');
}

const renameOnGoogle = (eventId: string, summary: string) =>
  w.remote.events.patch({ calendarId: w.email, eventId, requestBody: { summary } });

test('with the sync token expired, the series deleted here whose occurrence Google renamed meanwhile is kept, on both sides, with a line in the log', async () => {
  const seriesId = await googleSeries();
  const third = `${seriesId}_20300306T070000Z`;
  await deleteSeriesHere(seriesId);
  await renameOnGoogle(third, 'Run (hills)');
  await w.admin('sync-tokens/expire', {});
  await w.engine.syncAll();
  await w.engine.syncAll();
  expect((await onGoogle(w, seriesId)).status).toBe('confirmed');
  expect((await onGoogle(w, third)).summary).toBe('Run (hills)');
  expect(await w.local(seriesId)).toMatchObject({ status: 'confirmed', summary: 'Run' });
  expect(await w.local(third)).toMatchObject({ status: 'confirmed', summary: 'Run (hills)' });
  expect((await w.log()).filter((l) => l.code === 'kept-edit').map((l) => l.eventId)).toEqual([
    seriesId,
  ]);
  expect(await w.db.outbox.count()).toBe(0);
});

test('with the sync token expired, the series deleted here goes when the occurrence Google renamed was already here', async () => {
  const seriesId = await googleSeries();
  await renameOnGoogle(`${seriesId}_20300306T070000Z`, 'Run (hills)');
  await w.engine.syncAll();
  await deleteSeriesHere(seriesId);
  await w.admin('sync-tokens/expire', {});
  await w.engine.syncAll();
  await w.engine.syncAll();
  expect((await onGoogle(w, seriesId)).status).toBe('cancelled');
  expect((await w.db.events.toArray()).filter((e) => e.status !== 'cancelled')).toEqual([]);
  expect((await w.log()).filter((l) => l.code === 'kept-edit')).toEqual([]);
  expect(await w.db.outbox.count()).toBe(0);
});
