// The outbox planner: pure decisions, no I/O. How the local changes queued for one event
// coalesce into the one change that reaches Google, and which HTTP call that change becomes
// given the record as it stands now (an insert with our id, a patch of the changed fields
// under If-Match, a delete, or nothing left to send).
import type { CalendarEvent, EventFieldName } from '../../src-preload/model/event';
import type { OutboxEntry, SendUpdates } from '../../src-preload/local-store';
import { EVENT_FIELDS, READ_ONLY_FIELDS, sameField } from '../../src-preload/model/fields';
import { livesElsewhere, moveRequest, type MoveRequest } from './move-plan';
import {
  insertBody,
  needsConferenceVersion,
  patchBody,
  type GoogleEvent,
} from '../google/event-mapping';

export type PushKind = 'insert' | 'patch' | 'delete' | 'drop';

/** The outbox entries of one event, coalesced into the one change that reaches Google. */
export interface PushOp {
  eventId: string;
  calendarId: string;
  op: PushKind;
  fields: EventFieldName[];
  /** The user's latest explicit choice among the coalesced entries. */
  sendUpdates: SendUpdates;
  /** The outbox entries it stands for, done together. */
  seqs: number[];
  createdAt: number;
  /** A write of one of them went to Google before (its answer may have been lost). */
  sent: boolean;
}

/**
 * Coalesces the outbox per event, oldest first: insert+patch → insert; insert+delete →
 * nothing; patch+delete → delete; patches union their fields; delete then insert → a patch
 * of everything (the id is taken on Google, so the event is restored rather than re-created);
 * delete then patch → a patch (the record is back, e.g. an occurrence a series moved onto).
 * A move counts as a patch of nothing: whether the event moves is the record's to say.
 */
export function coalesceOutbox(entries: OutboxEntry[]): PushOp[] {
  const byEvent = new Map<string, PushOp>();
  const sorted = [...entries].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  for (const entry of sorted) {
    const key = `${entry.calendarId}\u0000${entry.eventId}`;
    const seqs = entry.seq === undefined ? [] : [entry.seq];
    const current = byEvent.get(key);
    if (!current) {
      byEvent.set(key, {
        eventId: entry.eventId,
        calendarId: entry.calendarId,
        op: entry.op === 'move' ? 'patch' : entry.op,
        fields: [...(entry.fields ?? [])],
        sendUpdates: entry.sendUpdates,
        seqs,
        createdAt: entry.createdAt,
        sent: entry.sent === true,
      });
      continue;
    }
    current.seqs.push(...seqs);
    if (entry.sent) current.sent = true;
    current.sendUpdates = entry.sendUpdates;
    current.op = combine(current.op, entry.op);
    if (current.op === 'patch')
      current.fields = union(
        current.fields,
        entry.op === 'insert' ? [...EVENT_FIELDS] : (entry.fields ?? []),
      );
    else if (current.op !== 'insert') current.fields = [];
  }
  return [...byEvent.values()];
}

/**
 * The change as the record now stands: a change to a record that is still deleted here (a
 * series change also touched its cancelled occurrences) is that delete, for the record did
 * not come back — and meets an edit on Google as a delete does, which the edit survives.
 */
export function asItStands(op: PushOp, local: CalendarEvent | null): PushOp {
  return op.op === 'patch' && local?.status === 'cancelled'
    ? { ...op, op: 'delete', fields: [] }
    : op;
}

/** One HTTP call for a coalesced change, or none. */
export type PushRequest =
  | { kind: 'none'; reason: 'nothing-to-send' | 'gone' | 'never-on-google' | 'elsewhere' }
  | MoveRequest
  | {
      kind: 'insert' | 'patch' | 'delete';
      eventId: string;
      method: 'POST' | 'PATCH' | 'DELETE';
      /** Relative to `/calendar/v3/calendars/{calendarId}/events`. */
      path: string;
      query: Record<string, string>;
      ifMatch?: string;
      body?: GoogleEvent;
      /** The fields the body carries (for the record's dirty bookkeeping). */
      fields: EventFieldName[];
    };

/**
 * Which call a change becomes, given the record as it is now. `sendUpdates` is the user's
 * choice for changes they made and 'none' for what the engine does on its own.
 */
export function planPushRequest(
  op: PushOp,
  local: CalendarEvent | null,
  sendUpdates: SendUpdates = op.sendUpdates,
): PushRequest {
  // A record moved here out of this calendar moves on Google (its changes go after it, to
  // its new calendar); one that lives in another calendar now has nothing left to do here.
  // (An exception has no move of its own: it goes with its series.)
  if (local?.movingFrom === op.calendarId && local.kind !== 'exception')
    return moveRequest(local, sendUpdates);
  if (livesElsewhere(local, op.calendarId)) return { kind: 'none', reason: 'elsewhere' };
  // Created and deleted before a sync: nothing to send — unless the record is linked, which
  // means the insert did reach Google (its answer was lost and a later sync linked it), or
  // its insert went out and is kept as a tombstone (Google may have it, unlinked here).
  const mayBeOnGoogle = Boolean(local?.google) || (op.sent && local?.status === 'cancelled');
  if (op.op === 'drop' && !mayBeOnGoogle) return { kind: 'none', reason: 'nothing-to-send' };
  if (op.op === 'delete' || op.op === 'drop') {
    if (local && !mayBeOnGoogle && local.kind !== 'exception')
      return { kind: 'none', reason: 'never-on-google' };
    // A sync brought the event back (Google changed it after the delete here): the edit won.
    if (op.op === 'delete' && local && local.status !== 'cancelled')
      return { kind: 'none', reason: 'nothing-to-send' };
    return {
      kind: 'delete',
      eventId: op.eventId,
      method: 'DELETE',
      path: `/${encodeURIComponent(op.eventId)}`,
      query: { sendUpdates },
      ifMatch: local?.google?.etag || undefined,
      fields: [],
    };
  }
  if (!local) return { kind: 'none', reason: 'gone' };

  if (!local.google) {
    const fields = EVENT_FIELDS.filter((f) => local[f] !== undefined && !READ_ONLY_FIELDS.has(f));
    // An instance already exists on Google as part of its series; editing it there is a
    // patch of the instance id (Google refuses such ids on insert).
    if (local.kind === 'exception')
      return patchOf(
        local,
        fields,
        sendUpdates,
        undefined,
        fields.filter((f) => f !== 'recurrence'),
      );
    const body = insertBody(local);
    // An event brought in from an iCalendar file keeps the UID it has elsewhere: it goes up
    // with events.import, which keeps the iCalUID and never emails anyone (a private copy of
    // an event that already exists somewhere), as Google's own .ics import does. Only the
    // iCalUID names it (Google: the id and the iCalUID "are not identical and only one of
    // them should be supplied"); Google answers with its own id, which the record takes.
    if (isImported(local)) {
      const { id: _ours, ...content } = body;
      return {
        kind: 'insert',
        eventId: local.id,
        method: 'POST',
        path: '/import',
        query: needsConferenceVersion(body) ? { conferenceDataVersion: '1' } : {},
        body: { ...content, iCalUID: local.iCalUID },
        fields,
      };
    }
    return {
      kind: 'insert',
      eventId: local.id,
      method: 'POST',
      path: '',
      query: queryFor(sendUpdates, body),
      body,
      fields,
    };
  }

  // Bringing back an event Google has cancelled: Google keeps the fields it had, but told us
  // only the id and status, so the base says nothing about them. The user-visible fields all
  // go up, cleared ones as null, or an old value would reappear with the event.
  const reviving = local.base?.status === 'cancelled' && local.status !== 'cancelled';
  const fields = union(op.fields, local.dirty ?? [], reviving ? REVIVED_FIELDS : []).filter(
    (f) =>
      !READ_ONLY_FIELDS.has(f) &&
      ((reviving && REVIVED_FIELDS.includes(f)) || !sameField(f, local[f], local.base?.[f])),
  );
  if (fields.length === 0) return { kind: 'none', reason: 'nothing-to-send' };
  return patchOf(local, fields, sendUpdates, local.google.etag);
}

/**
 * The write for an instance edited here for the first time when merging it with Google's
 * copy left nothing to change: it still goes up (summary and times, under If-Match), since
 * Google keeps an edited instance as a record of its own, as this computer now does.
 */
export function restateInstance(local: CalendarEvent, sendUpdates: SendUpdates): PushRequest {
  return patchOf(local, ['summary', 'start', 'end'], sendUpdates, local.google?.etag);
}

// ---------------------------------------------------------------------------------------

/** What a revived event states in full (see planPushRequest). */
const REVIVED_FIELDS: readonly EventFieldName[] = [
  'status',
  'summary',
  'description',
  'location',
  'start',
  'end',
  'attendees',
  'colorId',
  'transparency',
  'visibility',
];

function combine(a: PushKind, entryOp: OutboxEntry['op']): PushKind {
  const b = entryOp === 'move' ? 'patch' : entryOp;
  if (a === 'insert') return b === 'delete' ? 'drop' : 'insert';
  if (a === 'drop') return b === 'insert' ? 'insert' : b === 'delete' ? 'drop' : 'patch';
  // A change after a delete means the record came back (re-created, or a series moved onto
  // a deleted occurrence): its latest state is what Google must get.
  if (a === 'delete') return b === 'delete' ? 'delete' : 'patch';
  return b === 'delete' ? 'delete' : 'patch';
}

function union<T>(...lists: (readonly T[])[]): T[] {
  return [...new Set(lists.flat())];
}

/** A patch of `local`'s id sending `bodyFields` (by default `fields`, which it answers for). */
function patchOf(
  local: CalendarEvent,
  fields: EventFieldName[],
  sendUpdates: SendUpdates,
  ifMatch: string | undefined,
  bodyFields: readonly EventFieldName[] = fields,
): PushRequest {
  const body = patchBody(local, bodyFields);
  return {
    kind: 'patch',
    eventId: local.id,
    method: 'PATCH',
    path: `/${encodeURIComponent(local.id)}`,
    query: queryFor(sendUpdates, body),
    ...(ifMatch ? { ifMatch } : {}),
    body,
    fields,
  };
}

/** Whether Google emails guests, and — when the body carries conference data — that it may read it. */
/**
 * A record read from an iCalendar file: its iCalUID is the file's UID, not the one Google
 * gives the events it makes (`<id>@google.com`, which an event made here only gets from
 * Google).
 */
function isImported(local: CalendarEvent): boolean {
  return Boolean(local.iCalUID) && local.iCalUID !== `${local.id}@google.com`;
}

function queryFor(sendUpdates: SendUpdates, body: GoogleEvent): Record<string, string> {
  return needsConferenceVersion(body)
    ? { sendUpdates, conferenceDataVersion: '1' }
    : { sendUpdates };
}
