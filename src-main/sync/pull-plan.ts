// The pull planner: pure decisions, no I/O. What one item of an events.list page does to the
// local record — insert it, overwrite an unchanged copy, merge field by field against the
// last agreed version (`base`) when both sides changed (three-way-merge.ts), delete, or keep
// a local edit that a delete on Google met — and the words the sync log gets for it.
import type { CalendarEvent, EventFields } from '../../src-preload/model/event';
import { logLine, type SyncLogEntry } from '../../src-preload/sync-log';
import type { EventRecord, OutboxEntry } from '../../src-preload/local-store';
import { READ_ONLY_FIELDS, changedFields, pickFields } from '../../src-preload/model/fields';
import { fieldsFromGoogle, recordFromGoogle, type GoogleEvent } from '../google/event-mapping';
import { said } from '../../src-preload/log-words';
import { hasLocalEdits, instanceBase, merge } from './three-way-merge';

export interface PullContext {
  calendarId: string;
  /** reader/freeBusyReader: Google always wins, local edits are not expected. */
  readOnly: boolean;
  /**
   * Event ids deleted here, the delete still queued (see `queuedDeletes`): Google's copy of
   * one whose record is gone does not come back.
   */
  deleting: ReadonlySet<string>;
  now: string;
  /**
   * Series as this computer and Google last agreed on them (their masters' base), by id:
   * what an exception never synced here is measured against (see `instanceBase`, three-way-merge.ts).
   */
  series?: ReadonlyMap<string, Partial<EventFields>>;
  /**
   * Series moved here out of this calendar whose move has not reached Google yet, by id: the
   * calendar each lives in now. An occurrence Google changed meanwhile goes with its series.
   */
  moving?: ReadonlyMap<string, string>;
  /**
   * Series Google lists live in this calendar on the page being planned: Google has their
   * occurrences here too, so what it lists of them is its word on each occurrence, whatever
   * a move of the series here still says.
   */
  seriesListed?: ReadonlySet<string>;
}

export type PullAction =
  | { type: 'none'; log: SyncLogEntry[] }
  | {
      type: 'put';
      event: EventRecord;
      log: SyncLogEntry[];
      conflicts: number;
    }
  | { type: 'remove'; id: string; log: SyncLogEntry[]; series: boolean };

/**
 * What one item of an events.list page does to the local copy. A record that lives in another
 * calendar here is that calendar's: moved away (here or on Google), this calendar's cancelled
 * copy says nothing about it; while its move out of this calendar is on its way, what Google
 * changed here merges into it where it now lives. A live copy of a record from elsewhere is
 * an event Google moved into this calendar: it comes here.
 */
export function planPull(
  local: CalendarEvent | null,
  remote: GoogleEvent,
  ctx: PullContext,
): PullAction {
  const action = planPlaced(local, remote, ctx);
  // A copy made by a move names its original whatever Google's version of it says: moved
  // home before the original's delete went up, it takes the original back, not a second event.
  return action.type === 'put' && local?.copiedFrom
    ? { ...action, event: { ...action.event, copiedFrom: local.copiedFrom } }
    : action;
}

/** planPull, the record in the calendar it lives in here. */
function planPlaced(
  local: CalendarEvent | null,
  remote: GoogleEvent,
  ctx: PullContext,
): PullAction {
  const seriesHome = !local && remote.recurringEventId && ctx.moving?.get(remote.recurringEventId);
  if (seriesHome) {
    // A new exception of a series on its way to another calendar: it goes there with it.
    const action = planItem(local, remote, ctx);
    return action.type === 'put'
      ? {
          ...action,
          event: { ...action.event, calendarId: seriesHome, movingFrom: ctx.calendarId },
        }
      : action;
  }
  if (!local || local.calendarId === ctx.calendarId) {
    // An occurrence listed beside its series arrived with it (the answers to the series' move
    // were lost): the move is done, and no change of the occurrence's own. Cancelled, it was
    // deleted on Google, not changed here.
    const arrived =
      local?.movingFrom &&
      remote.recurringEventId &&
      ctx.seriesListed?.has(remote.recurringEventId);
    const action = planItem(arrived ? withoutMove(local) : local, remote, ctx);
    // Google has it here already (the answer to the move was lost): the move is done.
    if (action.type !== 'put' || !local?.movingFrom || remote.status === 'cancelled') return action;
    const { movingFrom: _done, ...event } = action.event;
    return { ...action, event };
  }
  if (local.movingFrom === ctx.calendarId) {
    if (remote.status === 'cancelled' && local.status !== 'cancelled' && !ctx.readOnly)
      return unsettled(local, ctx);
    const action = planItem(local, remote, ctx);
    return action.type === 'put'
      ? {
          ...action,
          event: { ...action.event, calendarId: local.calendarId, movingFrom: local.movingFrom },
        }
      : action;
  }
  if (remote.status === 'cancelled') return none();
  return planItem(local, remote, ctx);
}

function planItem(local: CalendarEvent | null, remote: GoogleEvent, ctx: PullContext): PullAction {
  const id = remote.id as string;
  const cancelled = remote.status === 'cancelled';
  if (!local) {
    if (ctx.deleting.has(id)) return none(); // deleted here, the delete still on its way
    if (cancelled && !remote.recurringEventId) return none();
    // A cancelled instance is kept as a record so the view hides that occurrence.
    return fromRemote(remote, ctx);
  }

  const localEdits = !ctx.readOnly && hasLocalEdits(local);
  if (cancelled) {
    // Deleted on both sides: done. A cancelled instance stays as a record (it hides that occurrence).
    if (local.status === 'cancelled')
      return local.kind === 'exception' || remote.recurringEventId
        ? fromRemote(remote, ctx)
        : remove(local, []);
    if (localEdits) {
      // Edit against delete: the edit survives. The pending patch meets a 412 on push,
      // which restores the event on Google.
      return none(
        logLine(
          ctx,
          'warn',
          'kept-edit',
          id,
          said('keptDeletedOnGoogle', { summary: local.summary }),
          { deletedOnGoogle: true },
        ),
      );
    }
    if (local.kind === 'exception' || remote.recurringEventId) return fromRemote(remote, ctx);
    return {
      type: 'remove',
      id,
      log: [],
      series: local.kind === 'master',
    };
  }

  if (local.google && local.google.etag === remote.etag && (!ctx.readOnly || !hasLocalEdits(local)))
    return none();
  if (localEdits && local.status === 'cancelled' && editedOnGoogle(local, remote, ctx)) {
    // Deleted here (the delete still on its way), edited on Google: the edit survives and the
    // event comes back here; the queued delete then has nothing left to do.
    const action = fromRemote(remote, ctx);
    action.log.push(
      logLine(
        ctx,
        'warn',
        'kept-edit',
        id,
        said('keptDeletedHere', { summary: remote.summary ?? '' }),
        { deletedLocally: true },
      ),
    );
    return action;
  }
  if (!localEdits) {
    const overwritten =
      ctx.readOnly && hasLocalEdits(local)
        ? changedFields(local, fieldsFromGoogle(remote), local.dirty ?? [])
        : [];
    const action = fromRemote(remote, ctx);
    if (overwritten.length > 0 && action.type === 'put') {
      action.log.push(
        logLine(
          ctx,
          'warn',
          'read-only',
          id,
          said('readOnlyReplaced', { summary: local.summary }),
          { restore: pickFields(local, overwritten) },
        ),
      );
    }
    return action;
  }
  return merge(local, remote, ctx);
}

/** Whether Google's version differs from the last agreed one in more than being there. */
function editedOnGoogle(local: CalendarEvent, remote: GoogleEvent, ctx: PullContext): boolean {
  const base = local.base ?? instanceBase(local, ctx) ?? {};
  return changedFields(fieldsFromGoogle(remote), base).some(
    (f) => f !== 'status' && !READ_ONLY_FIELDS.has(f),
  );
}

/**
 * The events deleted here whose delete is still queued: a pull leaves Google's copy of them
 * out. Only a delete says so. A change queued for a record that is gone without one (an
 * occurrence changed here for the first time, then taken into a new series or dropped by a
 * change of the whole series) has nothing left to send, so Google's copy, which Google keeps,
 * must come here: left out, the sync token moves past it and the two sides never agree again.
 */
export function queuedDeletes(queued: readonly Pick<OutboxEntry, 'eventId' | 'op'>[]): Set<string> {
  return new Set(queued.filter((e) => e.op === 'delete').map((e) => e.eventId));
}

/**
 * After a full listing, what happens to the unedited copies Google no longer has: removed,
 * or — when that is more than half the calendar, more often a mistake on the other side than
 * a wish — kept until the user confirms.
 */
export function planVanished(
  vanished: number,
  total: number,
  confirmed: boolean,
): 'remove' | 'ask' {
  return vanished > total / 2 && vanished > 0 && !confirmed ? 'ask' : 'remove';
}

// ---------------------------------------------------------------------------------------

function fromRemote(remote: GoogleEvent, ctx: PullContext): PullAction {
  const { event, recurrenceProblem } = recordFromGoogle(remote, ctx.calendarId);
  const entries: SyncLogEntry[] = [];
  if (recurrenceProblem) {
    entries.push(
      logLine(
        ctx,
        'warn',
        'recurrence-unreadable',
        event.id,
        said('recurrenceUnreadable', { summary: event.summary, problem: recurrenceProblem }),
        { recurrence: event.recurrence },
      ),
    );
  }
  return {
    type: 'put',
    event,
    log: entries,
    conflicts: 0,
  };
}

/**
 * Gone from the calendar its move starts from: Google moved it already (the move's answer was
 * lost) or it was deleted there, which this listing cannot tell apart. It stays where it lives
 * here, and the move's push or the pull of its new calendar settles which, each with its own
 * line when something went wrong. An occurrence is settled with its series, and says nothing.
 */
function unsettled(local: CalendarEvent, ctx: PullContext): PullAction {
  if (local.kind === 'exception') return none();
  const summary = local.summary;
  return none(logLine(ctx, 'info', 'move-unsettled', local.id, said('moveUnsettled', { summary })));
}

function withoutMove(local: CalendarEvent): CalendarEvent {
  const { movingFrom: _done, ...rest } = local;
  return rest;
}

function remove(local: CalendarEvent, entries: SyncLogEntry[]): PullAction {
  return {
    type: 'remove',
    id: local.id,
    log: entries,
    series: local.kind === 'master',
  };
}

function none(...entries: SyncLogEntry[]): PullAction {
  return { type: 'none', log: entries };
}
