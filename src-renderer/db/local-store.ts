// The LocalStore boundary on top of the Dexie database: what the sync engine in main reads
// and writes. A calendar's snapshot is one read transaction. A commit is one read-write transaction over every table it touches, and it
// first checks the version of every record it writes: if the user changed (or created, or
// removed) any of them since the engine read it, nothing at all is written and the stale
// ids go back, so the engine re-reads and re-plans instead of overwriting an edit.
import type { CalendarEvent } from '../../src-preload/model/event';
import {
  versionAfter,
  type CalendarSnapshot,
  type CommitResult,
  type EventIndexEntry,
  type LocalStore,
  type OutboxEntry,
  type SeriesRecords,
  type StoreCommit,
} from '../../src-preload/local-store';
import type { AlmanacDatabase } from './database';
import { seriesOf } from '../../src-preload/model/instance-ids';

export function createDexieLocalStore(db: AlmanacDatabase): LocalStore {
  return {
    calendars: () => db.calendars.toArray(),
    calendarSnapshot: (calendarId) => snapshotOf(db, calendarId),
    events: async (ids) => (await db.events.bulkGet(ids)).map((e) => e ?? null),
    // The calendar's keys first (an index read, no cursor), then its records in chunks, in
    // one read transaction: no cursor walk (fake-indexeddb's index cursor costs O(n) per
    // step, so walking a calendar was quadratic) and never the whole calendar in memory.
    eventIndex: (calendarId) =>
      db.transaction('r', db.events, async () => {
        const ids = await db.events.where('calendarId').equals(calendarId).primaryKeys();
        const index: EventIndexEntry[] = [];
        for (let i = 0; i < ids.length; i += INDEX_CHUNK) {
          for (const e of await db.events.bulkGet(ids.slice(i, i + INDEX_CHUNK))) {
            if (!e) continue;
            const entry: EventIndexEntry = {
              id: e.id,
              localVersion: e.localVersion,
              linked: Boolean(e.google?.etag),
              dirty: !e.google || Boolean(e.movingFrom) || (e.dirty?.length ?? 0) > 0,
            };
            if (e.iCalUID) entry.iCalUID = e.iCalUID;
            index.push(entry);
          }
        }
        return index;
      }),
    series: (ids) => seriesRecords(db, ids),
    commit: (commit) => commitAtomically(db, commit),
  };
}

const INDEX_CHUNK = 2_000;

/** One read transaction: the calendar's state, its queued changes and the records they name (see CalendarSnapshot). */
function snapshotOf(db: AlmanacDatabase, calendarId: string): Promise<CalendarSnapshot> {
  return db.transaction('r', [db.syncState, db.outbox, db.events], async () => {
    const state = (await db.syncState.get(calendarId)) ?? { calendarId };
    const outbox = await db.outbox.where('calendarId').equals(calendarId).sortBy('seq');
    const named = [...new Set(outbox.map((e) => e.eventId))];
    const records = (await db.events.bulkGet(named)).filter((e) => e !== undefined);
    const series = new Set<string>();
    for (const id of named) series.add(seriesOf(id) ?? '');
    for (const e of records) series.add(e.recurringEventId ?? '');
    for (const id of ['', ...named]) series.delete(id);
    const masters = (await db.events.bulkGet([...series])).filter((e) => e !== undefined);
    const deletedSeries = records.filter((e) => e.kind === 'master' && e.status === 'cancelled');
    const pulled = deletedSeries.length
      ? (
          await db.events
            .where('recurringEventId')
            .anyOf(deletedSeries.map((e) => e.id))
            .toArray()
        ).filter((e) => e.status !== 'cancelled' && e.google && !named.includes(e.id))
      : [];
    return { state, outbox, events: [...records, ...masters, ...pulled] };
  });
}

/**
 * One read transaction: each series' records and queued changes, one key range a table per
 * series (`<id>` up to `<id>_…`), so it costs what the series hold, never a calendar walk.
 */
function seriesRecords(db: AlmanacDatabase, ids: string[]): Promise<SeriesRecords> {
  return db.transaction('r', [db.events, db.outbox], async () => {
    const events: CalendarEvent[] = [];
    const outbox: OutboxEntry[] = [];
    for (const id of new Set(ids)) {
      const ofSeries = (other: string) => other === id || other.startsWith(`${id}_`);
      const range = [id, `${id}_\uffff`] as const;
      for (const e of await db.events
        .where(':id')
        .between(...range, true, true)
        .toArray())
        if (ofSeries(e.id)) events.push(e);
      for (const o of await db.outbox
        .where('eventId')
        .between(...range, true, true)
        .toArray())
        if (ofSeries(o.eventId)) outbox.push(o);
    }
    return { events, outbox: outbox.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0)) };
  });
}

async function commitAtomically(db: AlmanacDatabase, commit: StoreCommit): Promise<CommitResult> {
  return db.transaction(
    'rw',
    [db.events, db.outbox, db.syncState, db.calendars, db.syncLog, db.palettes],
    async () => {
      const puts = commit.put ?? [];
      const removes = commit.remove ?? [];
      const checked: { id: string; expect: number | null }[] = [
        ...puts.map((p) => ({ id: p.event.id, expect: p.expectVersion })),
        ...removes.map((r) => ({ id: r.id, expect: r.expectVersion })),
      ];
      if (checked.length > 0) {
        const current = await db.events.bulkGet(checked.map((c) => c.id));
        const stale = checked
          .filter((c, i) => !versionMatches(current[i], c.expect))
          .map((c) => c.id);
        if (stale.length > 0) return { ok: false as const, stale };
      }
      if (puts.length > 0)
        await db.events.bulkPut(
          puts.map((p) => ({ ...p.event, localVersion: versionAfter(p.expectVersion) })),
        );
      if (removes.length > 0) await db.events.bulkDelete(removes.map((r) => r.id));
      if (commit.outboxDone?.length) await db.outbox.bulkDelete(commit.outboxDone);
      if (commit.outboxSent?.length) await markSent(db, commit.outboxSent);
      if (commit.outboxAdd?.length) await db.outbox.bulkAdd(commit.outboxAdd);
      if (commit.syncState?.length) await db.syncState.bulkPut(commit.syncState);
      if (commit.calendars?.length) await db.calendars.bulkPut(commit.calendars);
      if (commit.eventPalette) await db.palettes.put({ ...commit.eventPalette, kind: 'event' });
      if (commit.log?.length) await db.syncLog.bulkAdd(commit.log);
      return { ok: true as const };
    },
  );
}

/**
 * Entries read by key and written back, not walked with a cursor: a push marks a whole
 * round's entries at once, and fake-indexeddb's cursor costs O(n) a step, so marking an
 * imported file's thousands of entries that way was quadratic.
 */
async function markSent(db: AlmanacDatabase, seqs: number[]): Promise<void> {
  const entries = (await db.outbox.bulkGet(seqs)).filter((e) => e !== undefined);
  await db.outbox.bulkPut(entries.map((e) => ({ ...e, sent: true })));
}

function versionMatches(current: CalendarEvent | undefined, expect: number | null): boolean {
  if (expect === null) return current === undefined;
  return current !== undefined && current.localVersion === expect;
}
