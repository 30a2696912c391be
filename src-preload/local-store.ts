// The boundary between the sync engine in main and the local calendar in the renderer's
// IndexedDB. The renderer owns the database and implements LocalStore over Dexie; main calls
// it over the shell's transport (Electron's MessagePort, the browser shell's WebSocket), or
// directly in tests. The boundary is coarse — one read of what a calendar's sync needs, one
// read of a page's records or of the series a pushed round re-keys, one atomic commit per
// pulled page or pushed round — because every call crosses processes. It is deliberately
// dumb: it reads, and it commits only when every record written still has the version the
// engine read, so an edit the user makes during a sync is never overwritten by it. It
// numbers versions itself.
import { z } from 'zod';
import type { Result } from './contract';
import type { Calendar, CalendarEvent, EventFieldName, EventPalette } from './model/event';
import type { SyncLogEntry } from './sync-log';

export type SendUpdates = 'all' | 'externalOnly' | 'none';

/**
 * A local change not yet on Google. Coalesced per event when pushed. A `move` is queued in
 * the calendar Google has the event in; where it goes is the record's own calendarId (see
 * CalendarEvent.movingFrom), so a move taken back before it went up sends nothing.
 */
export interface OutboxEntry {
  seq?: number;
  eventId: string;
  calendarId: string;
  op: 'insert' | 'patch' | 'delete' | 'move';
  fields?: EventFieldName[];
  sendUpdates: SendUpdates;
  createdAt: number;
  /**
   * A push sent this change's write (insert, patch or move) to Google at least once; its
   * answer may have been lost.
   * Set before the call goes out.
   */
  sent?: boolean;
}

export interface SyncState {
  calendarId: string;
  syncToken?: string;
  /**
   * The latest `updated` stamp (Google's clock) among the changes the pulls read: what
   * changed on Google after it was not read here yet, which a series deleted here asks when
   * its sync token expired.
   */
  seenUpdated?: string;
  lastSyncAt?: string;
  lastError?: string;
}

/** An event as a writer hands it to the store, which numbers its version (see versionAfter). */
export type EventRecord = Omit<CalendarEvent, 'localVersion'> & { localVersion?: number };

/** What one calendar's sync starts from, read at once. */
export interface CalendarSnapshot {
  state: SyncState;
  /** The calendar's queued changes, oldest first. */
  outbox: OutboxEntry[];
  /**
   * The records those changes name, the series masters of the occurrences among them, and
   * the live occurrences Google brought of a series whose delete is queued (Google changed
   * that series after the delete: see seriesPulledSinceDelete).
   */
  events: CalendarEvent[];
}

/** Series as they are here, read at once (see LocalStore.series). */
export interface SeriesRecords {
  /** Each series' master and every record of its occurrences (ids `<series id>_…`). */
  events: CalendarEvent[];
  /** The queued changes naming any of them, oldest first. */
  outbox: OutboxEntry[];
}

export interface EventIndexEntry {
  id: string;
  localVersion: number;
  /** Whether Google has (or had) this event: it carries an etag. */
  linked: boolean;
  /** Whether it has local changes not yet on Google. */
  dirty: boolean;
  iCalUID?: string;
}

export interface StoreCommit {
  /** Creates or replaces events. expectVersion null: the id must not exist yet. */
  put?: { event: EventRecord; expectVersion: number | null }[];
  remove?: { id: string; expectVersion: number }[];
  /** Outbox entries (by seq) that reached Google or were given up. */
  outboxDone?: number[];
  /** Outbox entries (by seq) whose write is about to go to Google (see OutboxEntry.sent). */
  outboxSent?: number[];
  /** New outbox entries (a reset that uploads every existing event queues them). */
  outboxAdd?: OutboxEntry[];
  syncState?: SyncState[];
  calendars?: Calendar[];
  /** Google's event colours, replacing the stored ones. */
  eventPalette?: EventPalette;
  log?: SyncLogEntry[];
}

/** ok false: nothing was written; `stale` lists the ids whose version moved on. */
export type CommitResult = { ok: true } | { ok: false; stale: string[] };

export interface LocalStore {
  calendars(): Promise<Calendar[]>;
  /** What one calendar's sync starts from: its state, its queued changes and their records. */
  calendarSnapshot(calendarId: string): Promise<CalendarSnapshot>;
  /** Events by id, in the same order; null where there is none. */
  events(ids: string[]): Promise<(CalendarEvent | null)[]>;
  /** Every event of a calendar in brief, for full resyncs and resets. */
  eventIndex(calendarId: string): Promise<EventIndexEntry[]>;
  /**
   * Series by their masters' ids, with their occurrences and queued changes: what re-keying a
   * series needs, read by key, so its cost is the series' and not the calendar's.
   */
  series(ids: string[]): Promise<SeriesRecords>;
  commit(commit: StoreCommit): Promise<CommitResult>;
}

/** The version a record written over `expectVersion` (null: a new record) gets. */
export function versionAfter(expectVersion: number | null): number {
  return (expectVersion ?? 0) + 1;
}

/**
 * The boundary's calls and what each takes, checked where the renderer answers them (the
 * shapes only: the payloads come from main, and a page's commit carries 2,500 events).
 */
export const LOCAL_STORE_CALLS = {
  calendars: z.tuple([]),
  calendarSnapshot: z.tuple([z.string()]),
  events: z.tuple([z.array(z.string())]),
  eventIndex: z.tuple([z.string()]),
  series: z.tuple([z.array(z.string())]),
  commit: z.tuple([
    z.looseObject({
      put: z
        .array(
          z.object({
            event: z.looseObject({ id: z.string(), calendarId: z.string() }),
            expectVersion: z.number().nullable(),
          }),
        )
        .optional(),
      remove: z.array(z.object({ id: z.string(), expectVersion: z.number() })).optional(),
      outboxDone: z.array(z.number()).optional(),
      outboxSent: z.array(z.number()).optional(),
      outboxAdd: z.array(z.looseObject({ eventId: z.string(), calendarId: z.string() })).optional(),
      syncState: z.array(z.looseObject({ calendarId: z.string() })).optional(),
      calendars: z.array(z.looseObject({ id: z.string() })).optional(),
      eventPalette: z.looseObject({ colors: z.record(z.string(), z.unknown()) }).optional(),
      log: z.array(z.looseObject({ code: z.string(), message: z.string() })).optional(),
    }),
  ]),
} as const satisfies Record<keyof LocalStore, z.ZodType>;

export type LocalStoreMethod = keyof LocalStore;

export function isLocalStoreMethod(name: unknown): name is LocalStoreMethod {
  return typeof name === 'string' && Object.hasOwn(LOCAL_STORE_CALLS, name);
}

/** One call from main to the renderer's LocalStore, and its answer. */
export interface StoreCall<M extends LocalStoreMethod = LocalStoreMethod> {
  id: number;
  method: M;
  args: Parameters<LocalStore[M]>;
}
export type StoreAnswer = { id: number } & Result<unknown>;
