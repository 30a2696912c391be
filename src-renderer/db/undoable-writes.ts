// Undo for the person's changes. An undoable write runs in one transaction while the events
// table's hooks note each record it touches as it was before; undoing writes back, onto the
// newest records, only the fields that write changed, as a new local change through the one
// writer of local changes. So an undo works before the change went to Google (the outbox then
// coalesces it away) and after (it is a new change, mailing nobody), and whatever Google or
// another window changed meanwhile in other fields stays.
import Dexie from 'dexie';
import type { CalendarEvent } from '../../src-preload/model/event';
import { EVENT_FIELDS, FIELDS, changedFields } from '../../src-preload/model/fields';
import type { AlmanacDatabase } from './database';
import { LocalChanges, changeEvents } from './local-changes';
import { newEventId } from './event-writes';
import { copyOver, exceptionsOf } from './calendar-moves';

/** What one write changed, enough to take it back. */
export interface RecordedChange {
  /** Per record id: how it was before the write (null: the write created it), and after (null: gone). */
  records: Map<string, { before: CalendarEvent | null; after: CalendarEvent | null }>;
}

/** Runs `write` so that it can be undone; the change is empty when it wrote nothing. */
export async function recordChange(
  db: AlmanacDatabase,
  write: () => Promise<unknown>,
): Promise<RecordedChange> {
  const before = new Map<string, CalendarEvent | null>();
  let outer: unknown = null;
  const ours = (trans: unknown) => {
    for (let t = trans as { parent?: unknown } | undefined; t; t = t.parent as typeof t)
      if (t === outer) return true;
    return false;
  };
  const note = (id: unknown, record: CalendarEvent | null, trans: unknown) => {
    if (ours(trans) && typeof id === 'string' && !before.has(id))
      before.set(id, record && structuredClone(record));
  };
  const creating = function (id: unknown, _obj: unknown, trans: unknown) {
    note(id, null, trans);
  };
  const updating = function (_mods: unknown, id: unknown, obj: CalendarEvent, trans: unknown) {
    note(id, obj, trans);
  };
  const deleting = function (id: unknown, obj: CalendarEvent, trans: unknown) {
    note(id, obj, trans);
  };
  // Subscribed only while the write runs: a hook makes every bulk write read what it replaces.
  db.events.hook('creating', creating);
  db.events.hook('updating', updating);
  db.events.hook('deleting', deleting);
  try {
    return await changeEvents(db, async () => {
      outer = Dexie.currentTransaction;
      await write();
      const records: RecordedChange['records'] = new Map();
      for (const [id, was] of before) {
        const now = (await db.events.get(id)) ?? null;
        records.set(id, { before: was, after: now && structuredClone(now) });
      }
      return { records };
    });
  } finally {
    db.events.hook('creating').unsubscribe(creating);
    db.events.hook('updating').unsubscribe(updating);
    db.events.hook('deleting').unsubscribe(deleting);
  }
}

/** Whether the write changed anything. */
export function changedAnything(change: RecordedChange): boolean {
  return change.records.size > 0;
}

/**
 * Takes a recorded change back: each field the write changed gets its old value on the
 * newest record; a record it created goes; a record it removed comes back (one Google had
 * already deleted comes back as a new event, since Google keeps the old id as cancelled). A
 * series goes back as a whole: its exceptions move and come back with their master.
 */
export async function undoChange(db: AlmanacDatabase, change: RecordedChange): Promise<void> {
  await changeEvents(db, async () => {
    // Masters first: what becomes of a series decides for its exceptions.
    const entries = [...change.records].sort(([, a], [, b]) => rank(a) - rank(b));
    const withSeries = new Set<string>();
    for (const [id, { before, after }] of entries) {
      const series = (before ?? after)?.recurringEventId;
      if (series && withSeries.has(series)) continue;
      const now = await db.events.get(id);
      const calendarId = (before ?? after)?.calendarId;
      if (!calendarId) continue;
      const w = await LocalChanges.open(db, calendarId, 'none');
      if (!before) {
        if (!now || now.status === 'cancelled') continue;
        if (now.kind === 'master') {
          await w.removeWithSeries(await exceptionsOf(db, now));
          withSeries.add(id);
        }
        await w.remove(now);
        continue;
      }
      if (now && after) {
        // Moved to another calendar: it moves back (the move is one more change) — as a copy
        // once Google moved it, since Google takes no event back under the id it left there.
        if (before.calendarId !== after.calendarId && now.calendarId === after.calendarId) {
          const exceptions = await exceptionsOf(db, now);
          if (exceptions.length > 0) withSeries.add(id);
          if (after.movingFrom && now.google && !now.movingFrom) {
            const copyId = await copyOver(db, now, w, 'none', exceptions);
            const copy = await db.events.get(copyId);
            if (copy) await w.edit(copy, fieldsBack(before, after));
            continue;
          }
          await w.moveHere(now, exceptions);
        }
        await w.edit(now, fieldsBack(before, after));
        continue;
      }
      if (now) continue; // gone after the write, back since: someone else restored it
      // An occurrence Google changed on its own lives under its series' id; a new id would
      // not be one of the series' instances, so it comes back with its series or not at all.
      if (before.google && before.kind === 'exception') continue;
      const back = await w.insert(recreated(before));
      if (before.kind !== 'master' || back.id === before.id) continue;
      // A series back under a new id: the exceptions the write removed come back with it.
      withSeries.add(before.id);
      for (const { before: e } of change.records.values())
        if (e?.recurringEventId === before.id && e.originalStartTime)
          await w.putException(
            back,
            `${back.id}${e.id.slice(before.id.length)}`,
            e.originalStartTime,
            exceptionContent(e),
            e.status === 'cancelled' ? 'cancelled' : 'confirmed',
          );
    }
  });
}

// ---------------------------------------------------------------------------------------

/** The writable fields that differ between `before` and `after`, with their old values. */
function fieldsBack(before: CalendarEvent, after: CalendarEvent): Partial<CalendarEvent> {
  const writable = EVENT_FIELDS.filter((f) => FIELDS[f].writable);
  const out: Record<string, unknown> = {};
  for (const field of changedFields(before, after, writable))
    out[field] = before[field] === undefined ? undefined : structuredClone(before[field]);
  if ('start' in out || 'end' in out) {
    out.startMs = before.startMs;
    out.endMs = before.endMs;
  }
  return out as Partial<CalendarEvent>;
}

function rank(change: { before: CalendarEvent | null; after: CalendarEvent | null }): number {
  return (change.before ?? change.after)?.kind === 'master' ? 0 : 1;
}

/** An exception's own content, for a copy of it in a series under a new id. */
function exceptionContent(e: CalendarEvent): Partial<CalendarEvent> {
  const out: Record<string, unknown> = {};
  for (const field of EVENT_FIELDS)
    if (FIELDS[field].writable && e[field] !== undefined) out[field] = structuredClone(e[field]);
  return { ...(out as Partial<CalendarEvent>), startMs: e.startMs, endMs: e.endMs };
}

/** A removed record written afresh: under its own id when Google never had it, else as a new event. */
function recreated(before: CalendarEvent): Omit<CalendarEvent, 'localVersion' | 'dirty'> {
  const {
    google,
    base: _base,
    dirty: _dirty,
    localVersion: _version,
    iCalUID: _uid,
    ...fields
  } = before;
  return {
    ...fields,
    ...(google ? { id: newEventId() } : {}),
    status: 'confirmed',
    updatedAt: new Date().toISOString(),
  };
}
