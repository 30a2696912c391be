// The events of a few weeks around what the user is looking at, kept in memory so that
// "Next", "Previous" and switching views do not wait for IndexedDB (reading ~2,500 records
// costs Chromium 80–300 ms; filling them in memory, a few). Filled as the page opens, with the
// weeks its first view can show, and after a range is drawn with the margins around it, in
// idle time; a read of a range the
// window being filled will hold waits for it instead of reading the same records again.
// Dropped whenever the events, calendars or colours change in any tab, through
// the same `storagemutated` signal Dexie's live queries use. A range it holds can be answered
// synchronously (`heldEvents`), so a view can draw in the same task as the click; every
// answer carries the generation it is true for, so what is derived from it (occurrences) can
// be kept until the next write.
import Dexie from 'dexie';
import type { Calendar, CalendarEvent, EventPalette } from '../../src-preload/model/event';
import { LONG_EVENT_MS } from './database';
import type { AlmanacDatabase } from './database';

export interface EventSnapshot {
  calendars: Calendar[];
  /** Non-master records overlapping [from, to). */
  records: CalendarEvent[];
  /** Every series master (the caller filters by start). */
  masters: CalendarEvent[];
  /**
   * The exceptions of every live master starting before the end of the read, wherever they
   * are now (one moved far away still hides the instance it replaces).
   */
  exceptions: CalendarEvent[];
  /** Google's event colours, when sync has stored them. */
  palette: EventPalette | null;
}

const DAY_MS = 86_400_000;

/** How far around a drawn range the window reaches: the neighbouring months in any view. */
export const WINDOW_MARGIN_MS = 42 * DAY_MS;

/** Reads [from, to) from the window when it covers it, else from IndexedDB. */
export async function readEvents(
  db: AlmanacDatabase,
  from: number,
  to: number,
): Promise<EventSnapshot> {
  return (await readEventsAt(db, from, to)).snapshot;
}

/** What a read found, and the generation it is true for (null: a write landed meanwhile). */
export interface HeldAnswer {
  snapshot: EventSnapshot;
  generation: number | null;
}

/** As readEvents, with the generation of the answer. */
export async function readEventsAt(
  db: AlmanacDatabase,
  from: number,
  to: number,
): Promise<HeldAnswer> {
  const cache = windowOf(db);
  if (!covering(cache, from, to)) await fillingFor(db, from, to);
  const held = covering(cache, from, to);
  if (held) {
    // Still read the same index ranges (keys only, cheap), so a live query running this
    // re-runs when records enter or leave the range. Keys do not change when a record's
    // other fields do: a live query answered from here must also re-run on onWindowDropped.
    // (count() would subscribe too, but Chromium counts by walking every record.)
    await Promise.all([
      db.calendars.toCollection().primaryKeys(),
      db.palettes.toCollection().primaryKeys(),
      db.events
        .where('startMs')
        .between(from - LONG_EVENT_MS, to, true, false)
        .primaryKeys(),
      db.events
        .where('longStartMs')
        .below(from - LONG_EVENT_MS)
        .primaryKeys(),
      db.events.where('kind').equals('master').primaryKeys(),
      held.seriesIds.length > 0
        ? db.events.where('recurringEventId').anyOf(held.seriesIds).primaryKeys()
        : [],
    ]);
    const answer = heldEvents(db, from, to);
    if (answer) return answer;
  }
  const generation = cache.generation;
  const snapshot = await readFromDatabase(db, from, to);
  return { snapshot, generation: generation === cache.generation ? generation : null };
}

/**
 * [from, to) from memory, synchronously, when the window holds it and no write has landed
 * since it was read; null otherwise (then readEvents goes to the database).
 */
export function heldEvents(db: AlmanacDatabase, from: number, to: number): HeldAnswer | null {
  const held = covering(windowOf(db), from, to);
  if (!held) return null;
  return {
    generation: held.generation,
    snapshot: {
      calendars: held.calendars,
      masters: held.masters,
      exceptions: held.exceptions,
      palette: held.palette,
      records: held.records.filter((e) => e.endMs >= from && e.startMs < to),
    },
  };
}

/** The generation of what the database holds now: it moves on with every write. */
export function currentGeneration(db: AlmanacDatabase): number {
  return windowOf(db).generation;
}

/** Loads the window around [from, to) for the next navigation; cheap when it is already held. */
export async function prefetchAround(db: AlmanacDatabase, from: number, to: number): Promise<void> {
  const cache = windowOf(db);
  const wantFrom = from - WINDOW_MARGIN_MS;
  const wantTo = to + WINDOW_MARGIN_MS;
  // Refill once the drawn range gets within half a margin of the window's edge.
  const enough = (held: { from: number; to: number; generation: number } | null) =>
    held !== null &&
    held.generation === cache.generation &&
    held.from <= from - WINDOW_MARGIN_MS / 2 &&
    to + WINDOW_MARGIN_MS / 2 <= held.to;
  if (enough(cache.window)) return;
  if (cache.filling && enough(cache.filling)) return cache.filling.done;
  return fill(db, wantFrom, wantTo);
}

/**
 * Reads [from, to) into the window, in place of what it held. Records the window holds now
 * (read since the last write) are kept rather than read again: moving the window on by a
 * month reads the margin it gains, not the weeks it already had, so the neighbouring month
 * is in memory sooner after a range is drawn.
 */
function fill(db: AlmanacDatabase, from: number, to: number): Promise<void> {
  const cache = windowOf(db);
  const generation = cache.generation;
  const held = cache.window;
  const kept =
    held && held.generation === generation && held.from < to && from < held.to
      ? { from: Math.max(from, held.from), to: Math.min(to, held.to), records: held.records }
      : null;
  const filling: Filling = {
    from,
    to,
    generation,
    done: readFromDatabase(db, from, to, kept ?? undefined)
      .then((snapshot) => {
        // A write that landed while we read makes this snapshot stale: keep nothing.
        if (generation !== cache.generation) return;
        const records = kept
          ? unionById(
              kept.records.filter((e) => e.endMs >= from && e.startMs < to),
              snapshot.records,
            )
          : snapshot.records;
        cache.window = {
          ...snapshot,
          records,
          from,
          to,
          generation,
          seriesIds: liveSeriesIds(snapshot.masters, to),
        };
      })
      .finally(() => {
        if (cache.filling === filling) cache.filling = null;
      }),
  };
  cache.filling = filling;
  return filling.done;
}

/** `first`, then the records of `second` not in it (one read's records overlap the next's). */
function unionById(first: CalendarEvent[], second: CalendarEvent[]): CalendarEvent[] {
  const ids = new Set(first.map((e) => e.id));
  return [...first, ...second.filter((e) => !ids.has(e.id))];
}

/**
 * Starts filling the window as the page opens, with the weeks the first view can show of
 * `date` (YYYY-MM-DD; null: today): every view of a day lies within the six weeks of its
 * month's grid, and the agenda within four weeks of its week. Only those, so the first view
 * waits for as few records as it can; the margins around it are read once it is drawn, in
 * idle time (prefetchAround). A day of margin each side allows for the grid's zone being a
 * day off the date's, and the grid's six weeks starting up to six days before the 1st.
 */
export function readAheadFrom(db: AlmanacDatabase, date: string | null): void {
  const day = date === null ? Date.now() : Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(day)) return;
  const at = new Date(day);
  const first = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1);
  const from = first - 8 * DAY_MS;
  const to = Math.max(first + 44 * DAY_MS, day + 37 * DAY_MS);
  fill(db, from, to).catch((error: unknown) =>
    console.warn('[almanac] reading the first weeks ahead failed:', error),
  );
}

/**
 * Resolves once the window being filled now holds [from, to), or at once with false when no
 * fill under way will (then only the database can answer).
 */
export async function fillingFor(db: AlmanacDatabase, from: number, to: number): Promise<boolean> {
  const cache = windowOf(db);
  const filling = cache.filling;
  if (!filling || filling.generation !== cache.generation || from < filling.from || filling.to < to)
    return false;
  await filling.done.catch(() => undefined);
  return covering(cache, from, to) !== null;
}

/** Calls `listener` after each write that dropped the window; returns how to stop. */
export function onWindowDropped(db: AlmanacDatabase, listener: () => void): () => void {
  const { listeners } = windowOf(db);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

interface WindowState {
  generation: number;
  listeners: Set<() => void>;
  window: HeldWindow | null;
  /** The read under way that will become the window. */
  filling: Filling | null;
}

interface Filling {
  from: number;
  to: number;
  generation: number;
  done: Promise<void>;
}

type HeldWindow = EventSnapshot & {
  from: number;
  to: number;
  generation: number;
  /** The live series whose exceptions were read with it (a live query subscribes to them). */
  seriesIds: string[];
};

const windows = new WeakMap<AlmanacDatabase, WindowState>();

function windowOf(db: AlmanacDatabase): WindowState {
  let state = windows.get(db);
  if (!state) {
    const created: WindowState = {
      generation: 0,
      window: null,
      filling: null,
      listeners: new Set(),
    };
    const prefix = `idb://${db.name}/`;
    const ownTables = [`${prefix}events/`, `${prefix}calendars/`, `${prefix}palettes/`];
    Dexie.on('storagemutated', (parts) => {
      if (Object.keys(parts).some((key) => ownTables.some((table) => key.startsWith(table)))) {
        created.generation++;
        created.window = null;
        for (const listener of created.listeners) listener();
      }
    });
    windows.set(db, created);
    state = created;
  }
  return state;
}

/** The window, when it holds [from, to) and no write has landed since it was read. */
function covering(cache: WindowState, from: number, to: number): HeldWindow | null {
  const held = cache.window;
  if (!held || held.generation !== cache.generation || from < held.from || held.to < to)
    return null;
  return held;
}

/**
 * An event of at most a week overlapping the range starts at most a week before it, so
 * one index range finds it; the few longer ones have their own sparse index. The exceptions
 * are read by series, after the masters. With `skip`, the records overlapping only
 * [skip.from, skip.to) are not read (the caller holds them): the ranges each side of it are.
 */
async function readFromDatabase(
  db: AlmanacDatabase,
  from: number,
  to: number,
  skip?: { from: number; to: number },
): Promise<EventSnapshot> {
  const parts = skip
    ? [
        [from, skip.from],
        [skip.to, to],
      ].filter(([a, b]) => a! < b!)
    : [[from, to]];
  const [calendars, palette, masters, ...found] = await Promise.all([
    db.calendars.toArray(),
    db.palettes.get('event'),
    db.events.where('kind').equals('master').toArray(),
    ...parts.map(([a, b]) => recordsOverlapping(db, a!, b!)),
  ]);
  const records = found.length === 1 ? found[0]! : found.reduce(unionById, []);
  const seriesIds = liveSeriesIds(masters, to);
  const exceptions =
    seriesIds.length > 0
      ? await db.events.where('recurringEventId').anyOf(seriesIds).toArray()
      : [];
  return { calendars, records, masters, exceptions, palette: palette ?? null };
}

/** The non-master records overlapping [from, to). */
async function recordsOverlapping(
  db: AlmanacDatabase,
  from: number,
  to: number,
): Promise<CalendarEvent[]> {
  const [recent, long] = await Promise.all([
    db.events
      .where('startMs')
      .between(from - LONG_EVENT_MS, to, true, false)
      .toArray(),
    db.events
      .where('longStartMs')
      .below(from - LONG_EVENT_MS)
      .toArray(),
  ]);
  return [...recent, ...long].filter((e) => e.kind !== 'master' && e.endMs >= from);
}

/** The masters whose exceptions a read of [.., to) needs: live ones starting before `to`. */
function liveSeriesIds(masters: CalendarEvent[], to: number): string[] {
  return masters.filter((m) => m.startMs < to && m.status !== 'cancelled').map((m) => m.id);
}
