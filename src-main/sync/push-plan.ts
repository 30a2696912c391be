// The push planner: pure decisions, no I/O. A coalesced change (a PushJob) goes through
// calls to Google until it is finished; after each answer this decides the next step — send
// the write, fetch Google's copy first, finish (and how the local record settles), wait and
// retry, park it for good, or postpone it to the next sync — and, once Google's copy is
// known, how a delete or a change meets it. The executor (push.ts) only carries steps out.
import type { CalendarEvent, EventFields } from '../../src-preload/model/event';
import type { EventRecord, SendUpdates } from '../../src-preload/local-store';
import { INSTANCE_ID, seriesOf } from '../../src-preload/model/instance-ids';
import {
  EVENT_FIELDS,
  READ_ONLY_FIELDS,
  changedFields,
  pickFields,
  sameValue,
} from '../../src-preload/model/fields';
import { logLine, type SyncLogEntry } from '../../src-preload/sync-log';
import { classify, plainWords, type GoogleFailure, type Operation } from '../google/errors';
import { fieldsFromGoogle, type GoogleEvent } from '../google/event-mapping';
import type { Answer } from '../google/gateway';
import {
  asItStands,
  planPushRequest,
  restateInstance,
  type PushOp,
  type PushRequest,
} from './outbox-plan';
import { hasLocalEdits, merge } from './pull-plan';
import type { Settle } from './settle';

/** One coalesced change on its way to Google, as the push carries it through its calls. */
export interface PushJob {
  op: PushOp;
  /** The record as last read or written here (null: gone). */
  local: CalendarEvent | null;
  request: PushRequest;
  /** Whether the next call writes, or first reads Google's copy. */
  stage: 'send' | 'fetch';
  attempts: number;
  merges: number;
  sendUpdates: SendUpdates;
  /** A first occurrence edit: its series as agreed before this push wrote anything. */
  seriesBase?: Partial<EventFields>;
  /** A series delete: Google changed one of its occurrences since the last sync. */
  occurrencesChanged?: boolean;
}

export type PushStep =
  /** Send the job's call (`request`: a re-planned one instead). */
  | { type: 'send'; request?: PushRequest }
  /** Read Google's copy first (`merge`: after a 412, which counts toward MAX_MERGES). */
  | { type: 'fetch'; merge?: boolean; log?: SyncLogEntry }
  | { type: 'finish'; settle: Settle; pushed?: boolean; conflict?: boolean; log?: SyncLogEntry[] }
  | { type: 'retry'; afterMs: number | null; failure: GoogleFailure }
  | { type: 'park'; failure: GoogleFailure }
  | { type: 'postpone'; log: SyncLogEntry }
  | { type: 'auth'; failure: GoogleFailure }
  /** Google's copy is known: a delete or a change meets it (planDeleteMet, planChangeMet). */
  | { type: 'meet'; remote: GoogleEvent };

export interface Where {
  calendarId: string;
  now: string;
}

/** A 412 is merged at most this often in one push; then the change waits for the next sync. */
export const MAX_MERGES = 3;

/**
 * A job for a coalesced change and the record as it stands. `neverUpload`: a record here at
 * a "only new events" reset, which stays on this computer. A first edit of an occurrence (and
 * the delete of one whose record a series change dropped) reads Google's copy first: it may
 * have moved on from the series this computer copied it from, and only a merge against that
 * series tells the user's changes from the series' values — or, for a delete, whether
 * Google's copy carries an edit of its own, which survives.
 */
export function startJob(op: PushOp, local: CalendarEvent | null, neverUpload: boolean): PushJob {
  const asIs = asItStands(op, local);
  let request = planPushRequest(asIs, local, op.sendUpdates);
  if (request.kind !== 'none' && !local?.google && neverUpload)
    request = { kind: 'none', reason: 'never-on-google' };
  const readFirst =
    ((request.kind === 'patch' || request.kind === 'delete') && isFirstInstanceEdit(local)) ||
    (request.kind === 'delete' && !local && INSTANCE_ID.test(op.eventId));
  return {
    op: asIs,
    local,
    request,
    stage: readFirst ? 'fetch' : 'send',
    attempts: 0,
    merges: 0,
    sendUpdates: op.sendUpdates,
  };
}

/** The series a job's occurrence belongs to (from its record, or from its instance id). */
export function seriesOfJob(job: PushJob): string | null {
  return job.local?.recurringEventId ?? seriesOf(job.op.eventId);
}

/** A series deleted here that Google knows: Google may have changed an occurrence since. */
export function isSeriesDelete(job: PushJob): boolean {
  return job.request.kind === 'delete' && job.local?.kind === 'master' && Boolean(job.local.google);
}

/**
 * A series this push creates or writes. Its occurrences' changes wait for it: a patch may
 * restore a series Google deleted, and a change sent before it would meet 404 and be lost.
 */
export function writesSeries(job: PushJob): boolean {
  return (
    job.request.kind === 'insert' || (job.request.kind === 'patch' && job.local?.kind === 'master')
  );
}

/** The jobs that go in the next round: those not waiting for a series still being written. */
export function roundOf(active: PushJob[], writing: ReadonlySet<string>): PushJob[] {
  const ready = active.filter(
    (j) => !(j.local?.recurringEventId && writing.has(j.local.recurringEventId)),
  );
  return ready.length > 0 ? ready : active;
}

/** What one answer means for its job (the write's, or the read of Google's copy). */
export function planAnswer(job: PushJob, answer: Answer, where: Where): PushStep {
  const request = job.request as Exclude<PushRequest, { kind: 'none' }>;
  if (job.stage === 'fetch') {
    if (!('failure' in answer)) return { type: 'meet', remote: answer.remote };
    const outcome = classify(answer.failure, 'get');
    if (outcome.kind === 'retry')
      return { type: 'retry', afterMs: outcome.retryAfterMs, failure: answer.failure };
    if (outcome.kind === 'auth') return { type: 'auth', failure: answer.failure };
    const gone = answer.failure.status === 404 || answer.failure.status === 410;
    if (request.kind === 'delete' && gone)
      return { type: 'finish', settle: { type: 'drop-cancelled' } };
    return { type: 'park', failure: answer.failure };
  }

  if (!('failure' in answer)) {
    const settle: Settle =
      request.kind === 'delete' ? { type: 'deleted' } : { type: 'link', remote: answer.remote };
    return { type: 'finish', settle, pushed: true };
  }
  const outcome = classify(answer.failure, request.kind as Operation);
  switch (outcome.kind) {
    case 'retry':
      return { type: 'retry', afterMs: outcome.retryAfterMs, failure: answer.failure };
    case 'auth':
      return { type: 'auth', failure: answer.failure };
    case 'done':
      // A delete Google no longer has the event for is done; a 409 on insert means an
      // earlier attempt got there (its answer was lost): fetch to link.
      return request.kind === 'delete'
        ? { type: 'finish', settle: { type: 'deleted' }, pushed: true }
        : { type: 'fetch' };
    case 'merge':
      if (job.merges >= MAX_MERGES)
        return {
          type: 'postpone',
          log: logLine(
            where,
            'warn',
            'merge-postponed',
            job.op.eventId,
            'This event keeps changing on Google; the change will be sent on the next sync.',
          ),
        };
      return job.merges === 0
        ? {
            type: 'fetch',
            merge: true,
            log: logLine(
              where,
              'info',
              'merged',
              job.op.eventId,
              plainWords(answer.failure, `“${job.local?.summary ?? job.op.eventId}”`),
              { status: 412 },
            ),
          }
        : { type: 'fetch', merge: true };
    case 'full-sync':
    case 'park':
      return { type: 'park', failure: answer.failure };
  }
}

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
        `“${remote.summary ?? ''}”${job.occurrencesChanged ? ' had an occurrence' : ' was'} changed on Google after you deleted it here, so it was kept.`,
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
        ? 'had been deleted from Google Calendar; it was put back there from this computer'
        : 'was deleted on Google while you changed it here; it was restored with your changes';
    const line = logLine(where, 'warn', 'restored', job.op.eventId, `“${current.summary}” ${why}.`);
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
    pending: new Set(),
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

/** The sync-log line of a change Google refused for good, with what the change was. */
export function parkedLine(job: PushJob, failure: GoogleFailure, where: Where): SyncLogEntry {
  const outcome = classify(failure, 'patch');
  const why = outcome.kind === 'park' ? outcome.why : failure.message;
  const local = job.local;
  return logLine(
    where,
    'error',
    'parked',
    job.op.eventId,
    `${local?.summary ? `“${local.summary}”: ` : ''}${why}`,
    {
      status: failure.status,
      reason: failure.reason,
      op: job.op.op,
      sendUpdates: job.op.sendUpdates,
      change: local
        ? pickFields(local, job.request.kind !== 'none' ? job.request.fields : [])
        : null,
    },
  );
}

/** An exception this computer made that Google has never confirmed: Google has only its series' instance there. */
export function isFirstInstanceEdit(
  local: CalendarEvent | null,
): local is CalendarEvent & { recurringEventId: string } {
  return Boolean(local && local.kind === 'exception' && !local.google && local.recurringEventId);
}

// ---------------------------------------------------------------------------------------

function withoutLink(event: EventRecord): EventRecord {
  const { google: _google, base: _base, ...rest } = event;
  return rest;
}
