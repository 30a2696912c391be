// The boundary between the sync engine in main and the local calendar in the renderer's
// IndexedDB: what the engine reads and the atomic commits it makes. The renderer implements
// it over Dexie; main calls it over the shell's transport (Electron's MessagePort, the
// browser shell's WebSocket), or directly in tests.
import type { Result } from './contract';
import type { Calendar, CalendarEvent, EventFieldName, EventPalette } from './model/event';
import type { SyncLogEntry } from './sync-log';

export type SendUpdates = 'all' | 'externalOnly' | 'none';

/** A local change not yet on Google. Coalesced per event when pushed. */
export interface OutboxEntry {
  seq?: number;
  eventId: string;
  calendarId: string;
  op: 'insert' | 'patch' | 'delete';
  fields?: EventFieldName[];
  sendUpdates: SendUpdates;
  createdAt: number;
}

export interface SyncState {
  calendarId: string;
  syncToken?: string;
  lastSyncAt?: string;
  lastError?: string;
}

// LocalStore: the local calendar as the sync engine in main sees it. The renderer owns the
// database (Dexie) and implements this; main calls it over the shell's transport. It is
// deliberately dumb: reads, and atomic commits whose every event write carries the version
// the engine read, so an edit the user makes during a sync is never overwritten by it.

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
  put?: { event: CalendarEvent; expectVersion: number | null }[];
  remove?: { id: string; expectVersion: number }[];
  /** Outbox entries (by seq) that reached Google or were given up. */
  outboxDone?: number[];
  syncState?: SyncState[];
  calendars?: Calendar[];
  removeCalendars?: string[];
  /** Google's event colours, replacing the stored ones. */
  eventPalette?: EventPalette;
  /** New outbox entries (a reset that uploads every existing event queues them). */
  outboxAdd?: OutboxEntry[];
  log?: SyncLogEntry[];
}

/** ok false: nothing was written; `stale` lists the ids whose version moved on. */
export type CommitResult = { ok: true } | { ok: false; stale: string[] };

export interface LocalStore {
  calendars(): Promise<Calendar[]>;
  syncState(calendarId: string): Promise<SyncState | null>;
  /** Events by id, in the same order; null where there is none. */
  events(ids: string[]): Promise<(CalendarEvent | null)[]>;
  /** Every event of a calendar in brief, for full resyncs and resets. */
  eventIndex(calendarId: string): Promise<EventIndexEntry[]>;
  /** The oldest outbox entries first. */
  outbox(limit: number): Promise<OutboxEntry[]>;
  commit(commit: StoreCommit): Promise<CommitResult>;
}

export const LOCAL_STORE_METHODS = [
  'calendars',
  'syncState',
  'events',
  'eventIndex',
  'outbox',
  'commit',
] as const satisfies readonly (keyof LocalStore)[];
export type LocalStoreMethod = (typeof LOCAL_STORE_METHODS)[number];

export function isLocalStoreMethod(name: unknown): name is LocalStoreMethod {
  return typeof name === 'string' && (LOCAL_STORE_METHODS as readonly string[]).includes(name);
}

/** One call from main to the renderer's LocalStore, and its answer. */
export interface StoreCall {
  id: number;
  method: LocalStoreMethod;
  args: unknown[];
}
export type StoreAnswer = { id: number } & Result<unknown>;
