import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { prefetchAround, readEvents } from '../../../src-renderer/db/event-window';
import { loadOccurrences } from '../../../src-renderer/db/queries';
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
