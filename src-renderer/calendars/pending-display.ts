// Ticks in the sidebar this page made and IndexedDB has not read back yet. The grid applies
// them at once, in the task of the click, instead of after the write and the live query's
// read (two round trips to IndexedDB, longer than the redraw itself); each is forgotten as
// soon as the stored choice agrees, or when its write failed.
import type { AlmanacDatabase } from '../db/database';

/** Calendar id → hidden, as ticked here and not yet stored. */
export type PendingDisplay = ReadonlyMap<string, boolean>;

/** Notes a tick before its write, so the grid can show it at once. */
export function notePendingDisplay(db: AlmanacDatabase, calendarId: string, hidden: boolean) {
  update(db, (choices) => choices.set(calendarId, hidden));
}

/** Forgets ticks: those the stored choices now agree with, or every one (a failed write). */
export function settlePendingDisplay(
  db: AlmanacDatabase,
  storedHidden?: (calendarId: string) => boolean,
): void {
  const pending = stateOf(db).choices;
  if (pending.size === 0) return;
  if (storedHidden && [...pending].every(([id, hidden]) => storedHidden(id) !== hidden)) return;
  update(db, (choices) => {
    for (const [id, hidden] of pending)
      if (!storedHidden || storedHidden(id) === hidden) choices.delete(id);
  });
}

/** The ticks pending now (a new map after every change, for useSyncExternalStore). */
export function pendingDisplay(db: AlmanacDatabase): PendingDisplay {
  return stateOf(db).choices;
}

/** Calls `listener` after every change to the pending ticks; returns how to stop. */
export function watchPendingDisplay(db: AlmanacDatabase, listener: () => void): () => void {
  const { listeners } = stateOf(db);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

interface State {
  choices: PendingDisplay;
  listeners: Set<() => void>;
}

const states = new WeakMap<AlmanacDatabase, State>();

function stateOf(db: AlmanacDatabase): State {
  let state = states.get(db);
  if (!state) states.set(db, (state = { choices: new Map(), listeners: new Set() }));
  return state;
}

function update(db: AlmanacDatabase, change: (choices: Map<string, boolean>) => void): void {
  const state = stateOf(db);
  const choices = new Map(state.choices);
  change(choices);
  state.choices = choices;
  for (const listener of state.listeners) listener();
}
