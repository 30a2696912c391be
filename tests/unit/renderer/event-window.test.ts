import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DBCore } from 'dexie';
import {
  fillingFor,
  onWindowDropped,
  prefetchAround,
  readAheadFrom,
  readEvents,
} from '../../../src-renderer/db/event-window';
import type { AlmanacDatabase } from '../../../src-renderer/db/database';
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

describe('reading ahead as the page opens', () => {
  const firstWeek = range('2026-03-09T00:00:00Z', '2026-03-16T00:00:00Z');
  // The month grid of March 2026 with Sunday first, in a zone a day ahead of the date given.
  const monthGrid = range('2026-02-28T10:00:00Z', '2026-04-11T10:00:00Z');

  it('holds every view of the day it opens on, and a read inside it waits for it instead of reading the records again', async () => {
    const db = freshDb();
    const reads = countRecordReads(db);
    await db.events.bulkAdd([
      timed('a', '2026-03-10T09:00', '2026-03-10T10:00', 'UTC'),
      timed('b', '2026-04-09T09:00', '2026-04-09T10:00', 'Pacific/Kiritimati'),
    ]);
    readAheadFrom(db, '2026-03-10');
    const [occurrences, filled] = await Promise.all([
      loadOccurrences(db, firstWeek),
      fillingFor(db, monthGrid.start.getTime(), monthGrid.end.getTime()),
    ]);
    expect(filled).toBe(true);
    expect(occurrences.map((o) => o.key)).toEqual(['a']);
    expect(heldOccurrences(db, monthGrid)?.map((o) => o.key)).toEqual(['a', 'b']);

    // As many record reads as the window's own read, on a database where nothing else asked.
    const alone = freshDb();
    const aloneReads = countRecordReads(alone);
    await alone.events.bulkAdd(await db.events.toArray());
    await prefetchAround(
      alone,
      Date.parse('2026-03-08T00:00:00Z'),
      Date.parse('2026-03-12T00:00:00Z'),
    );
    expect(reads()).toBe(aloneReads() + 1);
  });

  it('reads only the weeks the first view can show; the months around them wait for it to be drawn', async () => {
    const db = freshDb();
    const reads = countRecordReads(db);
    await db.events.bulkAdd([
      timed('a', '2026-03-10T09:00', '2026-03-10T10:00', 'UTC'),
      timed('late', '2026-03-31T09:00', '2026-03-31T10:00', 'UTC'),
      timed('may', '2026-05-06T09:00', '2026-05-06T10:00', 'UTC'),
    ]);
    readAheadFrom(db, '2026-03-31');
    expect(await fillingFor(db, monthGrid.start.getTime(), monthGrid.end.getTime())).toBe(true);
    expect(heldOccurrences(db, monthGrid)?.map((o) => o.key)).toEqual(['a', 'late']);
    // So are four weeks of agenda from the week of the day.
    const agenda = range('2026-03-29T00:00:00Z', '2026-04-26T00:00:00Z');
    expect(heldOccurrences(db, agenda)?.map((o) => o.key)).toEqual(['late']);
    // May is not read yet: a read of it goes to the database.
    const may = range('2026-05-04T00:00:00Z', '2026-05-11T00:00:00Z');
    expect(heldOccurrences(db, may)).toBeNull();
    const before = reads();
    await prefetchAround(db, monthGrid.start.getTime(), monthGrid.end.getTime());
    expect(reads()).toBeGreaterThan(before);
    expect(heldOccurrences(db, may)?.map((o) => o.key)).toEqual(['may']);
  });

  it('moves on by reading only the weeks it gains, and holds each record once', async () => {
    const db = freshDb();
    const asked = startRangesRead(db);
    await db.events.bulkAdd([
      timed('jan', '2026-01-20T09:00', '2026-01-20T10:00', 'UTC'),
      timed('a', '2026-03-10T09:00', '2026-03-10T10:00', 'UTC'),
      // Ten days long, across the edge of the weeks read first: read again with the margin.
      timed('long', '2026-04-08T09:00', '2026-04-18T10:00', 'UTC'),
      timed('may', '2026-05-06T09:00', '2026-05-06T10:00', 'UTC'),
    ]);
    readAheadFrom(db, '2026-03-10');
    await fillingFor(db, monthGrid.start.getTime(), monthGrid.end.getTime());
    const before = asked().length;
    await prefetchAround(db, monthGrid.start.getTime(), monthGrid.end.getTime());
    // Nothing inside the weeks already held was read again.
    const mid = Date.parse('2026-03-15T00:00:00Z');
    const margins = asked().slice(before);
    expect(margins.length).toBeGreaterThan(0);
    expect(margins.filter(([lower, upper]) => lower <= mid && mid < upper)).toEqual([]);
    // What it holds is what the database answers, each record once.
    const wide = range('2026-01-19T00:00:00Z', '2026-05-11T00:00:00Z');
    expect(heldOccurrences(db, wide)?.map((o) => o.key)).toEqual(['jan', 'a', 'long', 'may']);
    const direct = freshDb();
    await direct.events.bulkAdd(await db.events.toArray());
    expect((await loadOccurrences(direct, wide)).map((o) => o.key)).toEqual([
      'jan',
      'a',
      'long',
      'may',
    ]);
  });

  it('holds nothing older than a write that landed while it read', async () => {
    const db = freshDb();
    await db.events.add(timed('a', '2026-03-10T09:00', '2026-03-10T10:00', 'UTC'));
    readAheadFrom(db, '2026-03-10');
    const filled = fillingFor(db, firstWeek.start.getTime(), firstWeek.end.getTime());
    await db.events.update('a', { summary: 'changed meanwhile' });
    await filled;
    expect(heldOccurrences(db, firstWeek)).toBeNull();
    expect((await loadOccurrences(db, firstWeek)).map((o) => o.title)).toEqual([
      'changed meanwhile',
    ]);
  });
});

/** The startMs ranges of the event records read from now on, as [lower, upper]. */
function startRangesRead(db: AlmanacDatabase): () => [number, number][] {
  const ranges: [number, number][] = [];
  db.use({
    stack: 'dbcore',
    name: 'start-ranges-read',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          query(request) {
            const { index, range } = request.query;
            if (name === 'events' && request.values && index.name === 'startMs')
              ranges.push([range.lower as number, range.upper as number]);
            return table.query(request);
          },
        };
      },
    }),
  });
  return () => ranges;
}

/** Counts the reads of event records (not keys) the database serves from now on. */
function countRecordReads(db: AlmanacDatabase): () => number {
  let count = 0;
  db.use({
    stack: 'dbcore',
    name: 'count-record-reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          query(request) {
            if (name === 'events' && request.values) count += 1;
            return table.query(request);
          },
          getMany(request) {
            if (name === 'events') count += 1;
            return table.getMany(request);
          },
        };
      },
    }),
  });
  return () => count;
}
