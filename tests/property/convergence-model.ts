// The convergence suite's model: what the user did and what happened to each account, kept
// as the commands run, for the invariants to judge the end state by.
import type { EventDraft, Occurrence } from '../../src-renderer/calendar/model/types';
import type { TextField } from './convergence-commands';
import { project, type RunWorld } from './convergence-world';

export interface TrackedEdit {
  id: string;
  /** A text field, or `start` for a move (its value the new start instant, ISO). */
  field: TextField | 'start';
  value: string;
  at: number;
  /** Where the user made it: in this app, or in Google's own UI. */
  side: 'here' | 'google';
  /** For an edit of one instance (on Google): its series, whose later changes here may re-key it. */
  series?: string;
  /** The Google account it was made in (on Google). */
  account?: string;
}

export interface Model {
  /** Edits of a plain event or a whole series, on either side, and of one occurrence on Google. */
  edits: TrackedEdit[];
  /**
   * Later commands that replace a tracked edit: `${id}|${field}` (`start` for a move) or
   * `${id}|*` (deleted / split), and `${seriesId}|instances` (a change of the series here).
   */
  replaced: Map<string, number[]>;
  /** Series roots the user chose to email guests about (on this computer). */
  mailAllowed: Set<string>;
  /**
   * When each account synced to the end and had its sync token expired (by account), and
   * when each series was deleted here (all or following, or by a move that copied it off
   * its Google account).
   */
  syncs: Map<string, number[]>;
  /** The events whose changes still waited in the outbox after the sync of command `i`. */
  queuedAfterSync: Map<number, Set<string>>;
  tokenExpiries: Map<string, number[]>;
  /** Accounts a fault, a crash or an expired token hit: only those may fail a sync. */
  faulted: Set<string>;
  seriesDeletes: Map<string, number[]>;
  /** A series "this and following" split off here → the series it came from (it may look just like it). */
  splitFrom: Map<string, string>;
  /**
   * A copy a move made (to this computer or the other account) → the event it was copied
   * from, when, and the last sync log line then (`logged`). Google may keep that original
   * beside the copy (changed there meanwhile), which a later line says.
   */
  copiedFrom: Map<string, { from: string; at: number; logged: number }>;
  /**
   * Events (by id, a series by its own) whose last change on that side was their delete as a
   * whole: by the user here, or on Google. One in both was deleted by both, neither changing
   * it after its own delete, and stays deleted.
   */
  deletedLast: { here: Set<string>; google: Set<string> };
  /** Events (by series root) the user moved here, and on Google: only those can conflict in time. */
  movedHere: Set<string>;
  movedThere: Set<string>;
  /**
   * An insert's answer was lost (killed before the acknowledgement, or the response dropped
   * after Google applied it): the record has no agreed version to merge against when the
   * retry meets 409, so a move on either side then counts as a change on both (known
   * limitation).
   */
  insertAnswerLost: boolean;
  /** The editor open on a snapshot: its occurrence and its draft as it opened. */
  editor: { occ: Occurrence; baseline: EventDraft } | null;
}

export const root = (id: string) => id.split('_')[0] as string;

export function replace(
  model: Model,
  id: string,
  what: TrackedEdit['field'] | '*' | 'instances',
  at: number,
): void {
  const key = `${id}|${what}`;
  model.replaced.set(key, [...(model.replaced.get(key) ?? []), at]);
}

export function newModel(): Model {
  return {
    edits: [],
    replaced: new Map(),
    mailAllowed: new Set(),
    syncs: new Map(),
    queuedAfterSync: new Map(),
    tokenExpiries: new Map(),
    faulted: new Set(),
    seriesDeletes: new Map(),
    splitFrom: new Map(),
    copiedFrom: new Map(),
    deletedLast: { here: new Set(), google: new Set() },
    movedHere: new Set(),
    movedThere: new Set(),
    insertAnswerLost: false,
    editor: null,
  };
}

/** Appends `at` to the list `key` holds in `map`. */
export function note<K>(map: Map<K, number[]>, key: K, at: number): void {
  map.set(key, [...(map.get(key) ?? []), at]);
}

/** A tracked field's value as the model records it: a start as its instant, text as is. */
export function shown(field: TrackedEdit['field'], value: unknown): unknown {
  return field === 'start' ? project({ start: value as { dateTime?: string } }).start : value;
}

const BASE_DAY = Date.UTC(2030, 2, 4); // Monday 4 March 2030
export const iso = (ms: number) => new Date(ms).toISOString();
export const slot = (day: number, hour: number) => BASE_DAY + day * 86_400_000 + hour * 3_600_000;
/** The value command `i` writes into a text field: S, L or D with its number. */
export const textOf = (i: number) => (f: TextField) =>
  `${f === 'summary' ? 'S' : f === 'location' ? 'L' : 'D'}${i}`;

/**
 * Whether a move puts the event back where both sides last agreed it was: no change to sync,
 * on either side. An occurrence edited here that Google never confirmed as a record of its
 * own was last agreed on as its series' plain occurrence, at its original start. (When the
 * write of an edit here reached Google but its answer was lost, a move on Google back to
 * that agreed time looks to the engine like no move at all: the edit here wins, as it must
 * when the write never reached Google. Known limitation; see three-way-merge.ts `instanceBase`.)
 */
export async function backToSynced(w: RunWorld, id: string, start: string): Promise<boolean> {
  const record = await w.db.events.get(id);
  const unconfirmed = record?.kind === 'exception' && !record.google;
  const synced = record?.base?.start ?? (unconfirmed ? record?.originalStartTime : undefined);
  return Boolean(synced) && shown('start', synced) === start;
}
