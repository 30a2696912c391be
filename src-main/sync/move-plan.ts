// Moving an event between two Google calendars of the account (events.move), in the push's
// terms: pure decisions, no I/O. The record here moves at once: it lives in its new calendar
// and carries `movingFrom`, the calendar Google still has it in, whose outbox holds the move.
// That calendar's push sends the move (under If-Match, so an edit on Google meanwhile is
// merged by the pull first); the record then settles, linked, in its new calendar, and what
// was changed in it meanwhile is queued there. Until then its other changes wait. A move
// Google refuses puts the event back where Google has it, with a line in the sync log.
import type { CalendarEvent } from '../../src-preload/model/event';
import type { SendUpdates } from '../../src-preload/local-store';
import { pickFields } from '../../src-preload/model/fields';
import { logLine, type SyncLogEntry } from '../../src-preload/sync-log';
import { said } from '../../src-preload/log-words';
import { classify, plainSaid, type GoogleFailure } from '../google/errors';
import type { Answer } from '../google/gateway';
import { localChangedFields } from './three-way-merge';
import { NEW_EVENT_FIELDS, type PushJob, type PushStep, type Where } from './push-plan';

/** The events.move call for a record moved here out of the calendar Google has it in. */
export interface MoveRequest {
  kind: 'move';
  eventId: string;
  method: 'POST';
  path: string;
  query: Record<string, string>;
  ifMatch?: string;
  body?: undefined;
  fields: [];
}

/**
 * Whether the record's changes queued in `calendarId` wait for a move: its own out of another
 * calendar, or its series' (`series`: the master of an exception). An exception goes with its
 * series, which Google moves whole: until then its changes wait wherever they are queued, and
 * then go to the series' new calendar. A series here that is no longer on its way (a pull
 * found the move done after its answers were lost) holds back nothing, whatever mark its
 * exceptions still carry.
 */
export function waitsForMove(
  local: CalendarEvent | null | undefined,
  calendarId: string,
  series?: CalendarEvent | null,
): boolean {
  if (local?.kind === 'exception') return Boolean(series ? series.movingFrom : local.movingFrom);
  return Boolean(local?.movingFrom && local.movingFrom !== calendarId);
}

/**
 * Whether a record lives in another calendar than `calendarId` without a move from it still
 * to send (moved back before the move went up, or moved as a copy): what is queued for it
 * here has nothing left to do here.
 */
export function livesElsewhere(local: CalendarEvent | null, calendarId: string): boolean {
  return Boolean(local && local.calendarId !== calendarId && local.movingFrom !== calendarId);
}

/**
 * The move of `local` from the calendar Google has it in to the one it lives in here. For a
 * series, this is the master's move: Google takes its exceptions along.
 */
export function moveRequest(local: CalendarEvent, sendUpdates: SendUpdates): MoveRequest {
  return {
    kind: 'move',
    eventId: local.id,
    method: 'POST',
    path: `/${encodeURIComponent(local.id)}/move`,
    query: { destination: local.calendarId, sendUpdates },
    ...(local.google?.etag ? { ifMatch: local.google.etag } : {}),
    fields: [],
  };
}

/**
 * What the answer to a move means: done (the record settles in its new calendar); wait and
 * retry; a 412 waits for the next sync (this sync's pull of the calendar merges Google's
 * edit into the record first); anything else Google refuses reads Google's copy, which the
 * record takes back.
 */
export function planMoveAnswer(job: PushJob, answer: Answer, where: Where): PushStep {
  const request = job.request as MoveRequest;
  const to = request.query.destination as string;
  if (!('failure' in answer))
    return {
      type: 'finish',
      settle: { type: 'moved', remote: answer.remote, to, sendUpdates: job.op.sendUpdates },
      pushed: true,
    };
  const outcome = classify(answer.failure, 'patch');
  if (outcome.kind === 'retry')
    return { type: 'retry', afterMs: outcome.retryAfterMs, failure: answer.failure };
  if (outcome.kind === 'auth') return { type: 'auth', failure: answer.failure };
  if (outcome.kind === 'merge') return { type: 'postpone', log: changedMeanwhileLine(job, where) };
  // Not there any more: perhaps an earlier try moved it and its answer was lost. The new
  // calendar is asked first.
  if (answer.failure.status === 404) return { type: 'fetch', refused: answer.failure, readIn: to };
  return { type: 'fetch', refused: answer.failure };
}

/**
 * Google's copy read after it refused a move: the record takes it back (in this calendar);
 * one Google no longer has here goes, its content kept in the log line for Restore (restored
 * instead when it was changed here; gone quietly when it was deleted here too).
 */
export function planMoveRefusalRead(
  job: PushJob,
  refused: GoogleFailure,
  answer: Answer,
  where: Where,
): PushStep {
  if (job.readIn) {
    // Read in the new calendar: there, it was moved after all; otherwise the old one says.
    if (!('failure' in answer) && answer.remote.status !== 'cancelled') {
      const { sendUpdates } = job.op;
      const to = job.readIn;
      return {
        type: 'finish',
        settle: { type: 'moved', remote: answer.remote, to, sendUpdates, found: true },
      };
    }
    if ('failure' in answer && classify(answer.failure, 'get').kind === 'retry')
      return { type: 'retry', afterMs: null, failure: answer.failure };
    return { type: 'fetch', refused };
  }
  if ('failure' in answer) {
    const outcome = classify(answer.failure, 'get');
    if (outcome.kind === 'retry')
      return { type: 'retry', afterMs: outcome.retryAfterMs, failure: answer.failure };
    if (outcome.kind === 'auth') return { type: 'auth', failure: answer.failure };
  }
  const remote = 'failure' in answer ? null : answer.remote;
  const gone = !remote || remote.status === 'cancelled';
  // Deleted here too, after its move went out: by the user, or by moving it back, which then
  // makes a copy (Google may have moved it already) that carries the event on. Both sides
  // deleted this one: its delete is no change to restore, and nothing was refused.
  if (gone && job.local?.status === 'cancelled')
    return { type: 'finish', settle: { type: 'deleted' } };
  // Deleted on Google while it was changed here (beyond the move): the change survives, as
  // it does when an edit meets a delete — the event is restored where Google had it, with
  // the changes made here, and can be moved again from there.
  if (gone && remote && job.local && localChangedFields(job.local).length > 0)
    return {
      type: 'finish',
      settle: { type: 'move-restored', remote },
      refused: true,
      log: [restoredLine(job, where)],
    };
  return {
    type: 'finish',
    settle: gone ? { type: 'drop-moving' } : { type: 'move-refused', remote },
    refused: true,
    log: [moveRefusedLine(job, refused, gone, where)],
  };
}

function restoredLine(job: PushJob, where: Where): SyncLogEntry {
  const title = { named: job.local?.summary ? 'yes' : 'no', summary: job.local?.summary ?? '' };
  return logLine(where, 'warn', 'restored', job.op.eventId, said('restoredMoved', title));
}

function changedMeanwhileLine(job: PushJob, where: Where): SyncLogEntry {
  return logLine(
    where,
    'info',
    'move-postponed',
    job.op.eventId,
    said('movePostponed', { summary: job.local?.summary ?? job.op.eventId }),
  );
}

function moveRefusedLine(
  job: PushJob,
  failure: GoogleFailure,
  gone: boolean,
  where: Where,
): SyncLogEntry {
  const local = job.local;
  const why = plainSaid(failure);
  const title = { named: local?.summary ? 'yes' : 'no', summary: local?.summary ?? '', why };
  return logLine(
    where,
    'error',
    'refused',
    job.op.eventId,
    gone ? said('moveRefusedGone', title) : said('moveRefused', title),
    {
      status: failure.status,
      reason: failure.reason,
      op: 'move',
      change: local ? pickFields(local, local.dirty ?? []) : null,
      newEvent: gone && local?.kind === 'single' ? pickFields(local, NEW_EVENT_FIELDS) : null,
    },
  );
}
