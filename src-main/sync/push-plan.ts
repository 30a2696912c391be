// The push planner: pure decisions, no I/O. A coalesced change (a PushJob) goes through
// calls to Google until it is finished; after each answer this decides the next step — send
// the write, fetch Google's copy first, finish (and how the local record settles), wait and
// retry, park it for good, or postpone it to the next sync — and, once Google's copy is
// known, how a delete or a change meets it (push-meeting.ts). The executor (push.ts) only
// carries steps out.
import type { CalendarEvent, EventFields } from '../../src-preload/model/event';
import type { SendUpdates } from '../../src-preload/local-store';
import { INSTANCE_ID, seriesOf } from '../../src-preload/model/instance-ids';
import { pickFields } from '../../src-preload/model/fields';
import { logLine, type SyncLogEntry } from '../../src-preload/sync-log';
import { said } from '../../src-preload/log-words';
import {
  classify,
  plainSaid,
  reasonSaid,
  type GoogleFailure,
  type Operation,
} from '../google/errors';
import type { GoogleEvent } from '../google/event-mapping';
import { eventsPath, type Answer, type GatewayCall } from '../google/gateway';
import { asItStands, planPushRequest, type PushOp, type PushRequest } from './outbox-plan';
import type { Settle } from './settle';
import { planMoveAnswer, planMoveRefusalRead } from './move-plan';

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
  /** Google refused this change for good; its copy is read so the record can take it back. */
  refused?: GoogleFailure;
  /** The calendar the next read goes to when not this one (where a move may have arrived). */
  readIn?: string;
}

export type PushStep =
  /** Send the job's call (`request`: a re-planned one instead). */
  | { type: 'send'; request?: PushRequest }
  /** Read Google's copy first (`merge`: after a 412, which counts toward MAX_MERGES). */
  | {
      type: 'fetch';
      merge?: boolean;
      log?: SyncLogEntry;
      refused?: GoogleFailure;
      readIn?: string;
    }
  | {
      type: 'finish';
      settle: Settle;
      pushed?: boolean;
      conflict?: boolean;
      /** Google refused the change; the record went back to Google's version. */
      refused?: boolean;
      log?: SyncLogEntry[];
    }
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
  // So does the delete of an event whose insert went out unanswered: whether Google has it,
  // and unchanged since, only its copy tells.
  const readFirst =
    ((request.kind === 'patch' || request.kind === 'delete') && isFirstInstanceEdit(local)) ||
    (request.kind === 'delete' && !local && INSTANCE_ID.test(op.eventId)) ||
    (request.kind === 'delete' && local !== null && !local.google && local.kind !== 'exception');
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

/**
 * Series deleted here of which a pull brought an occurrence Google changed after the delete (a
 * live occurrence of a deleted series, in Google's version): Google changed the series since.
 * A read of the changes since the last pull no longer shows it when that pull was in this
 * sync (the calendar a move went into is read right after the move).
 */
export function seriesPulledSinceDelete(
  seriesIds: readonly string[],
  records: ReadonlyMap<string, CalendarEvent>,
): Set<string> {
  const deleted = new Set(seriesIds);
  const pulled = new Set<string>();
  for (const record of records.values())
    if (
      record.recurringEventId &&
      deleted.has(record.recurringEventId) &&
      record.status !== 'cancelled' &&
      record.google
    )
      pulled.add(record.recurringEventId);
  return pulled;
}

/** A series deleted here that Google may hold: Google may have changed an occurrence since. */
export function isSeriesDelete(job: PushJob): boolean {
  // Unlinked too: a series whose insert went out unanswered is deleted only if Google may
  // hold it, and then its occurrences may have been changed there as well.
  return job.request.kind === 'delete' && job.local?.kind === 'master';
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
    if (job.refused && request.kind === 'move')
      return planMoveRefusalRead(job, job.refused, answer, where);
    if (job.refused) return planRefusalRead(job, job.refused, answer, where);
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
  if (request.kind === 'move') return planMoveAnswer(job, answer, where);

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
          log: logLine(where, 'warn', 'merge-postponed', job.op.eventId, said('mergePostponed')),
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
              plainSaid(answer.failure, job.local?.summary ?? job.op.eventId),
              { status: 412 },
            ),
          }
        : { type: 'fetch', merge: true };
    case 'full-sync':
    case 'park':
      return takesGoogleBack(job, answer.failure)
        ? { type: 'fetch', refused: answer.failure }
        : { type: 'park', failure: answer.failure };
  }
}

/**
 * One round of calls (writes, or fetches for a merge), in the jobs' order. Working-location
 * writes go alone: Google takes them only outside a batch.
 */
export function callsOf(jobs: PushJob[], calendarId: string): GatewayCall[] {
  return jobs.map((job) => {
    if (job.stage === 'fetch')
      return { method: 'GET', path: eventsPath(job.readIn ?? calendarId, job.op.eventId) };
    const r = job.request as Exclude<PushRequest, { kind: 'none' }>;
    const query = new URLSearchParams(r.query).toString();
    const call: GatewayCall = {
      method: r.method,
      path: `${eventsPath(calendarId)}${r.path}${query ? `?${query}` : ''}`,
      alone: r.method !== 'DELETE' && job.local?.eventType === 'workingLocation',
    };
    if (r.ifMatch) call.headers = { 'If-Match': r.ifMatch };
    if (r.body) call.body = r.body;
    return call;
  });
}

/**
 * Whether a change Google refused for good goes back to Google's version here: a change to
 * (or the delete of) an event Google has, refused as forbidden or malformed — something the
 * interface could not foresee. Kept here instead, the event would show a time or a title
 * nobody else sees, with nothing left to sync; an event Google never had stays here, parked.
 */
export function takesGoogleBack(job: PushJob, failure: GoogleFailure): boolean {
  return (
    (job.request.kind === 'patch' || job.request.kind === 'delete') &&
    Boolean(job.local?.google) &&
    (failure.status === 403 || failure.status === 400)
  );
}

/**
 * Google's copy of a refused change was read: the record takes it, and the refused values go
 * to the sync log (with what a new event needs, when the refused version can be one). A read
 * that fails waits like any read, or parks the change as before.
 */
export function planRefusalRead(
  job: PushJob,
  refused: GoogleFailure,
  answer: Answer,
  where: Where,
): PushStep {
  if ('failure' in answer) {
    const outcome = classify(answer.failure, 'get');
    if (outcome.kind === 'retry')
      return { type: 'retry', afterMs: outcome.retryAfterMs, failure: answer.failure };
    if (outcome.kind === 'auth') return { type: 'auth', failure: answer.failure };
    return { type: 'park', failure: refused };
  }
  return {
    type: 'finish',
    settle: { type: 'take-google', remote: answer.remote },
    refused: true,
    log: [refusedLine(job, refused, where)],
  };
}

/** The sync-log line of a change Google refused, with the values it refused. */
export function refusedLine(job: PushJob, failure: GoogleFailure, where: Where): SyncLogEntry {
  const outcome = classify(failure, 'patch');
  const why = outcome.kind === 'park' ? reasonSaid(failure) : (failure.said ?? failure.message);
  const local = job.local;
  const fields = job.request.kind === 'patch' ? job.request.fields : [];
  // A changed time, title or place of a plain event can live on as an event of the user's
  // own; a refused delete, or a series, cannot.
  const restorable = job.op.op !== 'delete' && local?.kind === 'single';
  return logLine(
    where,
    'error',
    'refused',
    job.op.eventId,
    said('refused', { named: local?.summary ? 'yes' : 'no', summary: local?.summary ?? '', why }),
    {
      status: failure.status,
      reason: failure.reason,
      op: job.op.op,
      change: local ? pickFields(local, fields) : null,
      newEvent: restorable && local ? pickFields(local, NEW_EVENT_FIELDS) : null,
    },
  );
}

/** What a refused version keeps when it is restored as a new event: its own content, no guests. */
export const NEW_EVENT_FIELDS = [
  'summary',
  'description',
  'location',
  'start',
  'end',
  'colorId',
  'transparency',
  'visibility',
  'reminders',
] as const;

/** The sync-log line of a change Google refused for good, with what the change was. */
export function parkedLine(job: PushJob, failure: GoogleFailure, where: Where): SyncLogEntry {
  const outcome = classify(failure, 'patch');
  const why = outcome.kind === 'park' ? reasonSaid(failure) : (failure.said ?? failure.message);
  const local = job.local;
  return logLine(
    where,
    'error',
    'parked',
    job.op.eventId,
    said('parked', { named: local?.summary ? 'yes' : 'no', summary: local?.summary ?? '', why }),
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
