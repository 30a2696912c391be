// How a pushed change meets Google's copy, once the push has read it: a delete goes ahead
// under the fresh etag or gives way to an edit made there, and a change is merged with the
// copy (or restores an event deleted there) before what is left is sent. Pure decisions like
// the rest of the push planner (push-plan.ts), kept apart because they are the one part
// that weighs two versions of an event against each other.
import type { CalendarEvent, EventFields } from '../../src-preload/model/event';
import type { EventRecord, SendUpdates } from '../../src-preload/local-store';
import {
  EVENT_FIELDS,
  READ_ONLY_FIELDS,
  changedFields,
  sameValue,
} from '../../src-preload/model/fields';
import { logLine, type SyncLogEntry } from '../../src-preload/sync-log';
import { said } from '../../src-preload/log-words';
import { fieldsFromGoogle, type GoogleEvent } from '../google/event-mapping';
import { planPushRequest, restateInstance } from './outbox-plan';
import { hasLocalEdits, merge } from './three-way-merge';
import { isFirstInstanceEdit, type PushJob, type PushStep, type Where } from './push-plan';
import type { Settle } from './settle';

/**
 * Whether Google's copy of what is deleted here is unchanged there as far as this computer
 * can tell without asking about its series: it is what both sides last agreed on (its etag
 * moved for something this computer does not keep), or — when a write of this change went
 * out before and its answer was lost (say the app was killed) — exactly what this computer
 * last had. A change never sent cannot be on Google, so a copy that merely looks like it is
 * someone's edit there.
 */
export function isUnchangedCopy(job: PushJob, remote: GoogleEvent): boolean {
  const local = job.local;
  if (!local) return false;
  const theirs = fieldsFromGoogle(remote);
  const onlyStatus = (fields: readonly string[]) =>
    fields.every((f) => f === 'status' || READ_ONLY_FIELDS.has(f as never));
  if (local.google && local.base && onlyStatus(changedFields(theirs, local.base))) return true;
  return job.op.sent && onlyStatus(changedFields(local, theirs));
}

/**
 * A delete (or a created-then-deleted change) meets Google's copy. Deleted there too: done.
 * Unchanged there (`unchanged`: our own copy, or a plain occurrence of its series): the
 * delete goes ahead under the etag just read. Changed there: the edit survives and the event
 * comes back here — a series whole, with its occurrences read back too.
 */
export function planDeleteMet(
  job: PushJob,
  remote: GoogleEvent,
  unchanged: boolean,
  where: Where,
): PushStep {
  if (remote.status === 'cancelled')
    return { type: 'finish', settle: { type: 'both-deleted', remote } };
  if (unchanged && !job.occurrencesChanged && job.request.kind === 'delete' && remote.etag)
    return { type: 'send', request: { ...job.request, ifMatch: remote.etag } };
  return {
    type: 'finish',
    settle: { type: 'take-google', remote },
    conflict: true,
    log: [
      logLine(
        where,
        'warn',
        'kept-edit',
        job.op.eventId,
        said(job.occurrencesChanged ? 'keptOccurrenceDeletedHere' : 'keptDeletedHere', {
          summary: remote.summary ?? '',
        }),
        { deletedLocally: true },
      ),
    ],
  };
}

/**
 * What the record becomes when a change meets Google's copy: finished, or `record` stored
 * (over the version read) before what is left is sent — planned from `merged`, the record
 * linked to Google's copy, with `sendUpdates` when the engine now acts on its own.
 */
export type Meeting =
  | { type: 'finish'; settle: Settle }
  | {
      type: 'store';
      record: EventRecord;
      merged: EventRecord;
      log: SyncLogEntry[];
      conflicts: number;
      sendUpdates: SendUpdates;
    };

/**
 * A change (a patch, or an insert whose answer was lost) meets Google's copy. Deleted there
 * and not changed here: the copy goes. Deleted there and changed here: the edit survives, so
 * the event is restored on Google (as the engine's own doing, mailing nobody). Otherwise the
 * three-way merge; `series`: the occurrence's series as agreed, for a first occurrence edit.
 */
export function planChangeMet(
  job: PushJob,
  current: CalendarEvent | null,
  remote: GoogleEvent,
  series: ReadonlyMap<string, Partial<EventFields>> | undefined,
  where: Where,
): Meeting {
  if (!current) return { type: 'finish', settle: { type: 'keep' } };
  if (remote.status === 'cancelled') {
    if (!hasLocalEdits(current)) return { type: 'finish', settle: { type: 'drop-unedited' } };
    const theirs = fieldsFromGoogle(remote);
    const writable = EVENT_FIELDS.filter(
      (f) => !READ_ONLY_FIELDS.has(f) && (current[f] !== undefined || theirs[f] !== undefined),
    );
    const next: CalendarEvent = {
      ...current,
      status: current.status === 'cancelled' ? 'confirmed' : current.status,
      google: { etag: remote.etag ?? '', updated: remote.updated ?? '' },
      base: theirs,
    };
    next.dirty = writable.filter((f) => !sameValue(next[f], theirs[f]));
    // An upload that met its own id deleted on Google (an earlier upload removed there, or
    // Reset Account's "delete from Google" followed by "all existing events") puts it back.
    const why =
      job.op.op === 'insert'
        ? said('putBackOnGoogle', { summary: current.summary })
        : said('restoredWithChanges', { summary: current.summary });
    const line = logLine(where, 'warn', 'restored', job.op.eventId, why);
    return {
      type: 'store',
      record: next,
      merged: next,
      log: [line],
      conflicts: 1,
      sendUpdates: 'none',
    };
  }
  const merged = merge(current, remote, {
    ...where,
    readOnly: false,
    deleting: new Set(),
    ...(series ? { series } : {}),
  });
  // An occurrence edited here for the first time stays unlinked until Google accepts the
  // write: till then Google may hold no record of it (only its series' instance), and a
  // later merge must still measure it against the series.
  const record = isFirstInstanceEdit(current) ? withoutLink(merged.event) : merged.event;
  return {
    type: 'store',
    record,
    merged: merged.event,
    log: merged.log,
    conflicts: merged.conflicts,
    sendUpdates: job.sendUpdates,
  };
}

/**
 * After a merge was stored: what is left to send (`merged` is the record linked to Google's
 * copy). An occurrence edited here for the first time still goes up when nothing differs,
 * since Google keeps an edited occurrence as a record of its own, as this computer now does.
 */
export function planAfterMeeting(
  job: PushJob,
  merged: CalendarEvent,
  firstEdit: boolean,
  sendUpdates: SendUpdates,
): PushStep {
  let request = planPushRequest(
    { ...job.op, op: 'patch', fields: merged.dirty ?? [] },
    merged,
    sendUpdates,
  );
  if (request.kind === 'none' && firstEdit && merged.status !== 'cancelled')
    request = restateInstance(merged, sendUpdates);
  return request.kind === 'none'
    ? { type: 'finish', settle: { type: 'keep' } }
    : { type: 'send', request };
}

// ---------------------------------------------------------------------------------------

function withoutLink(event: EventRecord): EventRecord {
  const { google: _google, base: _base, ...rest } = event;
  return rest;
}
