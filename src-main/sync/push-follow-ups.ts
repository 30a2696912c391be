// What follows a change the push finished, beyond its own record. After a move between two
// Google calendars of the account (move-plan.ts decides the answer) the exceptions of a
// series follow their master — Google moved them with it, or kept them where it keeps the
// series. After an import Google answered under an id of its own, the record (a series with
// its exceptions) is re-keyed to it. Either way the changes that waited go up in the same
// sync, to the calendar and under the ids the events have now.
import type { CalendarEvent } from '../../src-preload/model/event';
import type { CalendarSnapshot, OutboxEntry } from '../../src-preload/local-store';
import { seriesOf } from '../../src-preload/model/instance-ids';
import type { SyncLogEntry } from '../../src-preload/sync-log';
import type { GoogleEvent } from '../google/event-mapping';
import type { CalendarRun } from './calendar-run';
import { heldForICalUID, insertsToCheck, type ImportAnswered } from './adoption';
import { pullCalendar } from './pull';
import { exceptionsOf } from './google-series';
import { waitsForMove } from './move-plan';
import type { PushJob } from './push-plan';
import type { Settle } from './settle';

/** What a round finished: the records to settle, the outbox entries done, its log lines. */
export interface Finished {
  id: string;
  seqs: number[];
  settle: Settle;
  log: SyncLogEntry[];
}

/**
 * The changes of occurrences that wait for their series' move (or their own, see
 * waitsForMove), by event id: their outbox entries, done when the occurrence follows its
 * series (which queues what it still has to send where the series ends up).
 */
export function waitingForMoves(
  ops: { eventId: string; seqs: number[] }[],
  records: ReadonlyMap<string, CalendarEvent>,
  calendarId: string,
): { ready: Set<string>; waiting: Map<string, number[]> } {
  const ready = new Set<string>();
  const waiting = new Map<string, number[]>();
  for (const op of ops) {
    const local = records.get(op.eventId);
    const series = records.get(local?.recurringEventId ?? seriesOf(op.eventId) ?? '');
    if (!waitsForMove(local, calendarId, series)) ready.add(op.eventId);
    else if (local?.kind === 'exception') waiting.set(op.eventId, op.seqs);
  }
  return { ready, waiting };
}

/**
 * The exceptions of a series whose move finished (`settle`: its master's). Moved, each lives
 * in the new calendar, linked to Google's copy there; refused, each goes back where Google
 * keeps the series — or goes with it when Google no longer has the series. What it still has
 * to send is queued where it lives, and the changes it had waiting in this calendar
 * (`waiting`) are done.
 */
export async function exceptionsFollow(
  run: CalendarRun,
  job: PushJob,
  settle: Settle,
  waiting: ReadonlyMap<string, number[]>,
): Promise<Finished[]> {
  const master = job.local;
  if (job.request.kind !== 'move' || master?.kind !== 'master') return [];
  const livesIn = settle.type === 'moved' ? settle.to : master.calendarId;
  const prefix = `${master.id}_`;
  const ids = new Set((await run.store.eventIndex(livesIn)).map((e) => e.id));
  for (const id of waiting.keys()) ids.add(id);
  const local = [...ids].filter((id) => id.startsWith(prefix));
  if (local.length === 0) return [];
  const theirs = new Map<string, GoogleEvent>();
  if (settle.type === 'moved')
    for (const e of await exceptionsOf(run.google, settle.to, settle.remote))
      theirs.set(e.id as string, e);
  const follow = (id: string): Settle => {
    if (settle.type === 'moved') {
      const { to, sendUpdates } = settle;
      return { type: 'series-moved', remote: theirs.get(id) ?? null, to, sendUpdates };
    }
    return settle.type === 'drop-moving' ? settle : { type: 'series-back', to: run.cal.id };
  };
  return local.map((id) => ({ id, seqs: waiting.get(id) ?? [], settle: follow(id), log: [] }));
}

/**
 * The exceptions of a series whose write Google just took, when that write changed which
 * occurrences it has: read and taken here, except those changed here, whose changes go up.
 * A series brought back on Google (Google had deleted it; the changes made here restored it)
 * comes back without the occurrences Google's delete cancelled, and a full listing made
 * while it was deleted did not list them. A series given a new time or rule keeps on Google
 * the exceptions of times it no longer has, shown where they were: among them one whose
 * first write went out unanswered, which this computer re-keyed or dropped as never on Google.
 */
export async function exceptionsAfterSeriesWrite(
  run: CalendarRun,
  job: PushJob,
  settle: Settle,
): Promise<Finished[]> {
  const master = job.local;
  if (settle.type !== 'link' || master?.kind !== 'master' || job.request.kind !== 'patch')
    return [];
  const revived = master.base?.status === 'cancelled';
  const regridded = job.request.fields.some((f) => f === 'start' || f === 'recurrence');
  if (!revived && !regridded) return [];
  return (await exceptionsOf(run.google, run.cal.id, settle.remote)).map((remote) => ({
    id: remote.id as string,
    seqs: [],
    settle: { type: 'take-google', remote, unlessEdited: true },
    log: [],
  }));
}

/**
 * What the import a job sent needs re-keyed (rekeyToGoogle, with the rest of its round's):
 * Google took it under an id of its own (`settle`, the job's link). Null when the job is
 * not such an import.
 */
export function importAnswered(job: PushJob, settle: Settle): ImportAnswered | null {
  if (settle.type !== 'link' || !settle.remote.id || settle.remote.id === job.op.eventId)
    return null;
  return { remote: settle.remote, localId: job.op.eventId };
}

/**
 * The changes that waited for a move (or a re-keying) go to the event's calendar now, in this
 * sync, rather than on the next one when that calendar's turn came first. A calendar a move
 * went into is then read too: it may have been read earlier in this cycle, and what the move
 * wrote there must be known here before anything else happens to it (a delete of the moved
 * series checks what Google changed there since the last read, and would take the move's own
 * writes for someone else's edits).
 */
export async function pushAfterMoves(
  run: CalendarRun,
  moved: ReadonlyMap<string, Set<string>>,
  push: (run: CalendarRun, entries: OutboxEntry[], snapshot: CalendarSnapshot) => Promise<void>,
): Promise<void> {
  if (moved.size === 0) return;
  const calendars = await run.store.calendars();
  for (const [to, ids] of moved) {
    const cal = calendars.find((c) => c.id === to && c.account === run.cal.account);
    if (!cal?.syncEnabled) continue;
    const there = { ...run, cal };
    const snapshot = await run.store.calendarSnapshot(to);
    await push(
      there,
      snapshot.outbox.filter((e) => ids.has(e.eventId)),
      snapshot,
    );
    if (to === run.cal.id) continue;
    const after = await run.store.calendarSnapshot(to);
    if (!after.state.syncToken) continue; // never read yet: its own turn reads it whole
    const records = new Map(after.events.map((e) => [e.id, e]));
    const held = heldForICalUID(
      after.outbox,
      insertsToCheck(after.outbox).map((id) => records.get(id) ?? null),
    );
    await pullCalendar(there, after.state, after.outbox, held.twins, {});
  }
}
