// Committing what sync decided to the local calendar. A change is decided against the record
// as it is at commit time, not as it was when the work started: the records are read, every
// change decides against its current record, and the result is written in one atomic commit
// carrying the version each decision read. When the user edited one of them meanwhile the
// store refuses the whole commit, and it is read, decided and committed again — so an edit
// made during a sync is never overwritten by it.
import type { CalendarEvent, EventFields } from '../../src-preload/model/event';
import {
  versionAfter,
  type EventRecord,
  type OutboxEntry,
  type LocalStore,
  type StoreCommit,
} from '../../src-preload/local-store';
import type { SyncLogEntry } from '../../src-preload/sync-log';
import { said, SaidError } from '../../src-preload/log-words';

/** One record's change, decided against the record as it is at commit time. */
export interface Change {
  id: string;
  apply(current: CalendarEvent | null): ChangeResult;
}

export interface ChangeResult {
  put?: EventRecord;
  remove?: boolean;
  log?: SyncLogEntry[];
  /** Changes the record still has to send, queued with it (a moved event's edits). */
  outboxAdd?: OutboxEntry[];
  conflicts?: number;
  /** Counts as pulled in the report. */
  counts?: boolean;
}

/** What a cycle counts as it commits. */
export interface Tally {
  pulled: number;
  conflicts: number;
}

/** Records the changes decide with besides their own, read with them (`use` gets them first). */
export interface AlsoRead {
  ids: string[];
  use(records: (CalendarEvent | null)[]): void;
}

/**
 * Applies `changes` in one atomic commit (with `extra` riding along), re-deciding them on
 * fresh reads while the store says a record moved on; answers how many records it created.
 */
export async function applyChanges(
  store: LocalStore,
  changes: Change[],
  extra: Omit<StoreCommit, 'put' | 'remove'>,
  tally: Tally,
  also?: AlsoRead,
): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const ids = [...changes.map((c) => c.id), ...(also?.ids ?? [])];
    const read = ids.length > 0 ? await store.events(ids) : [];
    also?.use(read.slice(changes.length));
    const currents = read.slice(0, changes.length);
    const commit: StoreCommit = {
      ...extra,
      put: [],
      remove: [],
      log: [...(extra.log ?? [])],
      outboxAdd: [...(extra.outboxAdd ?? [])],
    };
    let pulled = 0;
    let conflicts = 0;
    let inserted = 0;
    changes.forEach((change, i) => {
      const current = currents[i] ?? null;
      const result = change.apply(current);
      if (result.log) commit.log?.push(...result.log);
      if (result.outboxAdd) commit.outboxAdd?.push(...result.outboxAdd);
      conflicts += result.conflicts ?? 0;
      if (result.put) {
        commit.put?.push({
          // A copy: the planners build records up property by property, and V8 keeps such
          // objects larger than a fresh copy of them (about half a kilobyte a record while a
          // 2,500-event page waits for its commit, as the bench's live-heap figure shows).
          event: { ...result.put },
          expectVersion: current ? current.localVersion : null,
        });
        if (result.counts) pulled++;
        if (!current) inserted++;
      } else if (result.remove && current) {
        commit.remove?.push({ id: current.id, expectVersion: current.localVersion });
        if (result.counts) pulled++;
      }
    });
    const answer = await store.commit(commit);
    if (answer.ok) {
      tally.pulled += pulled;
      tally.conflicts += conflicts;
      return inserted;
    }
    if (attempt >= MAX_STALE_RETRIES)
      throw new SaidError(
        said('localKeptChanging', { events: answer.stale.slice(0, 3).join(', ') }),
      );
  }
}

/** Writes one record over the version it was decided on; answers it as stored, or null when that version moved on. */
export async function commitOne(
  store: LocalStore,
  event: EventRecord,
  expectVersion: number,
  log: SyncLogEntry[],
): Promise<CalendarEvent | null> {
  const result = await store.commit({ put: [{ event, expectVersion }], log });
  return result.ok ? { ...event, localVersion: versionAfter(expectVersion) } : null;
}

/**
 * The series as both sides last agreed on them (their linked masters' base), by id: an
 * exception never synced here is merged against the instance Google generated from it.
 */
export async function seriesBases(
  store: LocalStore,
  seriesIds: string[],
): Promise<Map<string, Partial<EventFields>>> {
  const ids = [...new Set(seriesIds)];
  return agreedSeries(ids, await store.events(ids));
}

/** The agreed versions (base) of the linked masters among `masters`, read for `ids`. */
export function agreedSeries(
  ids: string[],
  masters: (CalendarEvent | null)[],
): Map<string, Partial<EventFields>> {
  const bases = new Map<string, Partial<EventFields>>();
  masters.forEach((m, i) => {
    if (m?.google && m.base) bases.set(ids[i] as string, m.base);
  });
  return bases;
}

/** A commit goes stale this often in a row before the sync gives up on the calendar. */
export const MAX_STALE_RETRIES = 8;
