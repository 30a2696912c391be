// The events of a few weeks around what the user is looking at, kept in memory so that
// "Next", "Previous" and switching views do not wait for IndexedDB (reading ~2,500 records
// costs Chromium 80–300 ms; filtering them in memory, a few). Filled after a range is drawn,
// in idle time; dropped whenever the events, calendars or colours change in any tab, through
// the same `storagemutated` signal Dexie's live queries use.
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
  /** Google's event colours, when sync has stored them. */
  palette: EventPalette | null;
}

/** How far around a drawn range the window reaches: the neighbouring months in any view. */
export const WINDOW_MARGIN_MS = 42 * 86_400_000;

/** Reads [from, to) from the window when it covers it, else from IndexedDB. */
export async function readEvents(
  db: AlmanacDatabase,
  from: number,
  to: number,
): Promise<EventSnapshot> {
  const cache = windowOf(db);
  const held = cache.window;
  if (held && held.generation === cache.generation && held.from <= from && to <= held.to) {
    // Still read the same index ranges (keys only, cheap), so a live query running this
    // stays subscribed to the changes that matter even when the answer comes from memory.
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
    ]);
    if (held.generation === cache.generation) {
      return {
        calendars: held.calendars,
        masters: held.masters,
        palette: held.palette,
        records: held.records.filter((e) => e.endMs >= from && e.startMs < to),
      };
    }
  }
  return readFromDatabase(db, from, to);
}

/** Loads the window around [from, to) for the next navigation; cheap when it is already held. */
export async function prefetchAround(db: AlmanacDatabase, from: number, to: number): Promise<void> {
  const cache = windowOf(db);
  const wantFrom = from - WINDOW_MARGIN_MS;
  const wantTo = to + WINDOW_MARGIN_MS;
  const held = cache.window;
  // Refill once the drawn range gets within half a margin of the window's edge.
  if (
    held &&
    held.generation === cache.generation &&
    held.from <= from - WINDOW_MARGIN_MS / 2 &&
    to + WINDOW_MARGIN_MS / 2 <= held.to
  )
    return;
  const generation = cache.generation;
  const snapshot = await readFromDatabase(db, wantFrom, wantTo);
  // A write that landed while we read makes this snapshot stale: keep nothing.
  if (generation === cache.generation)
    cache.window = { ...snapshot, from: wantFrom, to: wantTo, generation };
}

interface WindowState {
  generation: number;
  window: (EventSnapshot & { from: number; to: number; generation: number }) | null;
}

const windows = new WeakMap<AlmanacDatabase, WindowState>();

function windowOf(db: AlmanacDatabase): WindowState {
  let state = windows.get(db);
  if (!state) {
    const created: WindowState = { generation: 0, window: null };
    const prefix = `idb://${db.name}/`;
    const ownTables = [`${prefix}events/`, `${prefix}calendars/`, `${prefix}palettes/`];
    Dexie.on('storagemutated', (parts) => {
      if (Object.keys(parts).some((key) => ownTables.some((table) => key.startsWith(table)))) {
        created.generation++;
        created.window = null;
      }
    });
    windows.set(db, created);
    state = created;
  }
  return state;
}

/**
 * An event of at most a week overlapping the range starts at most a week before it, so
 * one index range finds it; the few longer ones have their own sparse index.
 */
async function readFromDatabase(
  db: AlmanacDatabase,
  from: number,
  to: number,
): Promise<EventSnapshot> {
  const [calendars, palette, recent, long, masters] = await Promise.all([
    db.calendars.toArray(),
    db.palettes.get('event'),
    db.events
      .where('startMs')
      .between(from - LONG_EVENT_MS, to, true, false)
      .toArray(),
    db.events
      .where('longStartMs')
      .below(from - LONG_EVENT_MS)
      .toArray(),
    db.events.where('kind').equals('master').toArray(),
  ]);
  const records = [...recent, ...long].filter((e) => e.kind !== 'master' && e.endMs >= from);
  return { calendars, records, masters, palette: palette ?? null };
}
