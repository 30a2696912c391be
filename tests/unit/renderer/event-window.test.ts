import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { onWindowDropped, prefetchAround, readEvents } from '../../../src-renderer/db/event-window';
import {
  heldOccurrences,
  loadOccurrences,
  loadSharedOccurrences,
} from '../../../src-renderer/db/queries';
import { createDexieLocalStore } from '../../../src-renderer/db/local-store';
import { freshDb, range, timed } from './fixtures';

const ms = (iso: string) => Date.parse(iso);

describe('the in-memory event window', () => {
  it('answers a range inside it exactly as the database would', async () => {
    const db = freshDb();
    await db.events.bulkAdd([
      timed('a', '2026-03-02T09:00', '2026-03-02T10:00', 'UTC'),
      timed('b', '2026-03-20T09:00', '2026-03-20T10:00', 'UTC'),
      timed('c', '2026-05-20T09:00', '2026-05-20T10:00', 'UTC'),
    ]);
    const from = ms('2026-03-01T00:00:00Z');
    const to = ms('2026-03-08T00:00:00Z');
    const direct = await readEvents(db, from, to);
    await prefetchAround(db, from, to);
    const cached = await readEvents(db, from, to);
    expect(cached.records.map((e) => e.id)).toEqual(direct.records.map((e) => e.id));
    expect(cached.records.map((e) => e.id)).toEqual(['a']);
    // The window reaches the neighbouring weeks without another read of their records.
    expect(
      (await readEvents(db, ms('2026-03-16T00:00:00Z'), ms('2026-03-23T00:00:00Z'))).records.map(
        (e) => e.id,
      ),
    ).toEqual(['b']);
  });

  it('forgets everything when an event is written, so new and changed events always show', async () => {
    const db = freshDb();
    await db.events.add(timed('a', '2026-03-02T09:00', '2026-03-02T10:00', 'UTC'));
    const week = range('2026-03-01T00:00:00Z', '2026-03-08T00:00:00Z');
    await prefetchAround(db, week.start.getTime(), week.end.getTime());
    await db.events.add(timed('added', '2026-03-03T09:00', '2026-03-03T10:00', 'UTC'));
    await db.events.update('a', { summary: 'renamed' });
    const occurrences = await loadOccurrences(db, week);
    expect(occurrences.map((o) => o.title).sort()).toEqual(['added', 'renamed']);
  });
});

describe('answering a range from memory', () => {
  const march = range('2026-03-02T00:00:00Z', '2026-03-09T00:00:00Z');
  const april = range('2026-04-06T00:00:00Z', '2026-04-13T00:00:00Z');

  it('answers nothing before the window is read, then exactly what the database answers, as one shared array', async () => {
    const db = freshDb();
    await db.events.bulkAdd([
      timed('plain', '2026-03-03T09:00', '2026-03-03T10:00', 'Europe/Berlin'),
      timed('weekly', '2026-02-02T12:00', '2026-02-02T13:00', 'Europe/Berlin', {
        recurrence: ['RRULE:FREQ=WEEKLY'],
      }),
      // Moved far out of the range: the instance it replaces is still not drawn.
      timed('weekly_20260302T110000Z', '2026-06-01T12:00', '2026-06-01T13:00', 'Europe/Berlin', {
        recurringEventId: 'weekly',
        originalStartTime: { dateTime: '2026-03-02T11:00:00Z' },
      }),
    ]);
    expect(heldOccurrences(db, march)).toBeNull();
    const fromDatabase = await loadOccurrences(db, march);
    expect(fromDatabase.map((o) => o.key)).toEqual(['plain']);

    await prefetchAround(db, march.start.getTime(), march.end.getTime());
    const held = heldOccurrences(db, march);
    expect(held?.map((o) => o.key)).toEqual(['plain']);
    // The live query's answer for an unchanged range is the very array memory gave.
    expect(await loadSharedOccurrences(db, march)).toBe(held);
    // The neighbouring weeks come from the same read.
    expect(heldOccurrences(db, april)?.map((o) => o.key)).toEqual(['weekly_20260406T100000Z']);
  });

  it('forgets the window on a pull, so the range on screen and its read-ahead neighbour show the change', async () => {
    const db = freshDb();
    const store = createDexieLocalStore(db);
    await db.events.bulkAdd([
      timed('here', '2026-03-03T09:00', '2026-03-03T10:00', 'UTC'),
      timed('next', '2026-04-07T09:00', '2026-04-07T10:00', 'UTC'),
    ]);
    await prefetchAround(db, march.start.getTime(), march.end.getTime());
    const before = heldOccurrences(db, march);
    expect(heldOccurrences(db, april)?.map((o) => o.title)).toEqual(['next']);
    let dropped = 0;
    const stop = onWindowDropped(db, () => (dropped += 1));

    // A pulled page: one commit renaming both.
    const renamed = (await db.events.bulkGet(['here', 'next'])).map((e) => ({
      event: { ...e!, summary: `${e!.summary} (renamed on Google)`, localVersion: 2 },
      expectVersion: 1,
    }));
    expect(await store.commit({ put: renamed })).toEqual({ ok: true });
    stop();
    expect(dropped).toBe(1);
    expect(heldOccurrences(db, march)).toBeNull();
    expect(heldOccurrences(db, april)).toBeNull();
    const after = await loadSharedOccurrences(db, march);
    expect(after).not.toBe(before);
    expect(after.map((o) => o.title)).toEqual(['here (renamed on Google)']);

    await prefetchAround(db, march.start.getTime(), march.end.getTime());
    expect(heldOccurrences(db, april)?.map((o) => o.title)).toEqual(['next (renamed on Google)']);
  });

  it('never answers from a read that a write overtook', async () => {
    const db = freshDb();
    await db.events.add(timed('a', '2026-03-03T09:00', '2026-03-03T10:00', 'UTC'));
    const reading = prefetchAround(db, march.start.getTime(), march.end.getTime());
    await db.events.update('a', { summary: 'changed meanwhile' });
    await reading;
    expect(heldOccurrences(db, march)).toBeNull();
    expect((await loadOccurrences(db, march)).map((o) => o.title)).toEqual(['changed meanwhile']);
  });
});
