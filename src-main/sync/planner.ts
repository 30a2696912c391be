// The sync planner: pure decisions, no I/O. For a pull, what one item from Google does to
// the local record (insert, update with a three-way merge against `base`, delete, keep the
// local edit, resolve a conflict field by field). For a push, how the outbox coalesces per
// event and which HTTP call each coalesced change becomes. The engine only carries these
// decisions out, so every rule here is unit-testable without a server or a database.
import type { CalendarEvent, EventFieldName, EventFields } from '../../src-preload/model/event';
import type { OutboxEntry, SendUpdates } from '../../src-preload/local-store';
import { logLine, type SyncLogEntry } from '../../src-preload/sync-log';
import {
  EVENT_FIELDS,
  READ_ONLY_FIELDS,
  changedFields,
  pickFields,
  sameField,
} from '../../src-preload/model/fields';
import {
  fieldsFromGoogle,
  generatedInstance,
  insertBody,
  needsConferenceVersion,
  patchBody,
  recordFromGoogle,
  type GoogleEvent,
} from '../google/event-mapping';

// ---------------------------------------------------------------------------------------
// Pull

export interface PullContext {
  calendarId: string;
  /** reader/freeBusyReader: Google always wins, local edits are not expected. */
  readOnly: boolean;
  /** Event ids with outbox entries still waiting (a local delete may have removed the record). */
  pending: ReadonlySet<string>;
  now: string;
  /**
   * Series as this computer and Google last agreed on them (their masters' base), by id:
   * what an exception never synced here is measured against (see `instanceBase`).
   */
  series?: ReadonlyMap<string, Partial<EventFields>>;
}

export type PullAction =
  | { type: 'none'; log: SyncLogEntry[] }
  | {
      type: 'put';
      event: CalendarEvent;
      expectVersion: number | null;
      log: SyncLogEntry[];
      conflicts: number;
    }
  | { type: 'remove'; id: string; expectVersion: number; log: SyncLogEntry[]; series: boolean };

/** What one item of an events.list page does to the local copy. */
export function planPull(
  local: CalendarEvent | null,
  remote: GoogleEvent,
  ctx: PullContext,
): PullAction {
  const id = remote.id as string;
  const cancelled = remote.status === 'cancelled';
  if (!local) {
    if (ctx.pending.has(id)) return none(); // deleted here, the delete still on its way
    if (cancelled && !remote.recurringEventId) return none();
    // A cancelled instance is kept as a record so the view hides that occurrence.
    return fromRemote(remote, ctx, null);
  }

  const localEdits = !ctx.readOnly && hasLocalEdits(local);
  if (cancelled) {
    // Deleted on both sides: done. A cancelled instance stays as a record (it hides that occurrence).
    if (local.status === 'cancelled')
      return local.kind === 'exception' || remote.recurringEventId
        ? fromRemote(remote, ctx, local)
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
          `“${local.summary}” was deleted on Google, but you changed it here, so it was kept.`,
          { deletedOnGoogle: true },
        ),
      );
    }
    if (local.kind === 'exception' || remote.recurringEventId)
      return fromRemote(remote, ctx, local);
    return {
      type: 'remove',
      id,
      expectVersion: local.localVersion,
      log: [],
      series: local.kind === 'master',
    };
  }

  if (local.google && local.google.etag === remote.etag && (!ctx.readOnly || !hasLocalEdits(local)))
    return none();
  if (localEdits && local.status === 'cancelled' && editedOnGoogle(local, remote, ctx)) {
    // Deleted here (the delete still on its way), edited on Google: the edit survives and the
    // event comes back here; the queued delete then has nothing left to do.
    const action = fromRemote(remote, ctx, local);
    action.log.push(
      logLine(
        ctx,
        'warn',
        'kept-edit',
        id,
        `“${remote.summary ?? ''}” was changed on Google after you deleted it here, so it was kept.`,
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
    const action = fromRemote(remote, ctx, local);
    if (overwritten.length > 0 && action.type === 'put') {
      action.log.push(
        logLine(
          ctx,
          'warn',
          'read-only',
          id,
          `“${local.summary}” is on a calendar you can only read; Google's version replaced the local change.`,
          { restore: pickFields(local, overwritten) },
        ),
      );
    }
    return action;
  }
  return merge(local, remote, ctx);
}

/**
 * The three-way merge (DESIGN.md §3): a field changed on one side takes that side's value;
 * changed on both, the newer change wins and the loser goes to the log with enough to put
 * it back. The result's base is Google's version; `dirty` lists what still has to go up.
 */
export function merge(
  local: CalendarEvent,
  remote: GoogleEvent,
  ctx: PullContext,
): PullAction & { type: 'put' } {
  const theirs = fieldsFromGoogle(remote);
  const inherited = instanceBase(local, ctx);
  const base = local.base ?? inherited ?? {};
  const mine = new Set(localChangedFields(local, inherited));
  const localNewer = Date.parse(local.updatedAt) > Date.parse(remote.updated ?? '');
  const merged: Record<string, unknown> = {};
  const entries: SyncLogEntry[] = [];
  let conflicts = 0;
  for (const field of EVENT_FIELDS) {
    const remoteChanged = !sameField(field, theirs[field], base[field]);
    const localChanged = mine.has(field) && !READ_ONLY_FIELDS.has(field);
    let value: unknown = theirs[field];
    if (localChanged && !remoteChanged) value = local[field];
    else if (localChanged && remoteChanged && !sameField(field, local[field], theirs[field])) {
      conflicts++;
      value = localNewer ? local[field] : theirs[field];
      const lost = localNewer ? theirs[field] : local[field];
      entries.push(
        logLine(
          ctx,
          'warn',
          'conflict',
          local.id,
          `“${local.summary || theirs.summary}”: ${field} was changed here and on Google; kept the newer change (${localNewer ? 'this computer' : 'Google'}).`,
          {
            field,
            kept: localNewer ? 'local' : 'google',
            lost,
            restore: { [field]: lost },
          },
        ),
      );
    }
    if (value !== undefined) merged[field] = value;
  }
  const fields = merged as unknown as EventFields;
  const linked = recordFromGoogle(remote, ctx.calendarId, 0).event;
  const dirty = changedFields(fields, theirs).filter((f) => !READ_ONLY_FIELDS.has(f));
  const event: CalendarEvent = {
    ...linked,
    ...fields,
    kind:
      local.kind === 'master' || linked.kind === 'master'
        ? fields.recurrence
          ? 'master'
          : 'single'
        : linked.kind,
    startMs: dirty.includes('start') || dirty.includes('end') ? local.startMs : linked.startMs,
    endMs: dirty.includes('start') || dirty.includes('end') ? local.endMs : linked.endMs,
    localVersion: local.localVersion + 1,
    updatedAt: localNewer ? local.updatedAt : (remote.updated ?? ctx.now),
    dirty,
  };
  // A field the merge left empty (cleared here) must not keep Google's value from `linked`.
  for (const field of EVENT_FIELDS)
    if (merged[field] === undefined) delete (event as unknown as Record<string, unknown>)[field];
  return { type: 'put', event, expectVersion: local.localVersion, log: entries, conflicts };
}

/** Whether Google's version differs from the last agreed one in more than being there. */
function editedOnGoogle(local: CalendarEvent, remote: GoogleEvent, ctx: PullContext): boolean {
  const base = local.base ?? instanceBase(local, ctx) ?? {};
  return changedFields(fieldsFromGoogle(remote), base).some(
    (f) => f !== 'status' && !READ_ONLY_FIELDS.has(f),
  );
}

/**
 * Fields the user changed since base: the dirty list, minus any that are back to base. A
 * record never synced has no base of its own; everything it holds counts, unless a base is
 * given (an exception's generated instance).
 */
export function localChangedFields(
  local: CalendarEvent,
  base: Partial<EventFields> | undefined = local.google ? local.base : undefined,
): EventFieldName[] {
  const dirty = local.dirty ?? [];
  const candidates =
    dirty.length > 0 || local.google ? dirty : EVENT_FIELDS.filter((f) => local[f] !== undefined);
  if (!base) return candidates;
  return candidates.filter((f) => !sameField(f, local[f], base[f]));
}

/**
 * The base of an exception never synced here: the instance Google generated from its series
 * as both sides last agreed on it. Google's instance has every field of the series without
 * anyone changing it on Google, and the local exception was copied from the same series, so
 * a field equal to the series' value is a change on neither side. Undefined for any other
 * record, or when the series was never agreed on either.
 */
export function instanceBase(
  local: CalendarEvent,
  ctx: Pick<PullContext, 'series'>,
): Partial<EventFields> | undefined {
  if (
    local.google ||
    local.kind !== 'exception' ||
    !local.recurringEventId ||
    !local.originalStartTime
  )
    return undefined;
  const series = ctx.series?.get(local.recurringEventId);
  return series
    ? generatedInstance(series, local.recurringEventId, local.originalStartTime)
    : undefined;
}

export function hasLocalEdits(local: CalendarEvent): boolean {
  return !local.google || localChangedFields(local).length > 0;
}

// ---------------------------------------------------------------------------------------
// Push

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
}

/**
 * Coalesces the outbox per event, oldest first: insert+patch → insert; insert+delete →
 * nothing; patch+delete → delete; patches union their fields; delete then insert → a patch
 * of everything (the id is taken on Google, so the event is restored rather than re-created);
 * delete then patch → a patch (the record is back, e.g. an occurrence a series moved onto).
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
        op: entry.op,
        fields: [...(entry.fields ?? [])],
        sendUpdates: entry.sendUpdates,
        seqs,
        createdAt: entry.createdAt,
      });
      continue;
    }
    current.seqs.push(...seqs);
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
  | { kind: 'none'; reason: 'nothing-to-send' | 'gone' | 'never-on-google' }
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
  const query: Record<string, string> = { sendUpdates };
  // Created and deleted before a sync: nothing to send — unless the record is linked, which
  // means the insert did reach Google (its answer was lost and a later sync linked it).
  if (op.op === 'drop' && !local?.google) return { kind: 'none', reason: 'nothing-to-send' };
  if (op.op === 'delete' || op.op === 'drop') {
    if (local && !local.google && local.kind !== 'exception')
      return { kind: 'none', reason: 'never-on-google' };
    // A sync brought the event back (Google changed it after the delete here): the edit won.
    if (op.op === 'delete' && local && local.status !== 'cancelled')
      return { kind: 'none', reason: 'nothing-to-send' };
    return {
      kind: 'delete',
      eventId: op.eventId,
      method: 'DELETE',
      path: `/${encodeURIComponent(op.eventId)}`,
      query,
      ifMatch: local?.google?.etag || undefined,
      fields: [],
    };
  }
  if (!local) return { kind: 'none', reason: 'gone' };

  if (!local.google) {
    const fields = EVENT_FIELDS.filter((f) => local[f] !== undefined && !READ_ONLY_FIELDS.has(f));
    if (local.kind === 'exception') {
      // An instance already exists on Google as part of its series; editing it there is a
      // patch of the instance id (Google refuses such ids on insert).
      const body = patchBody(
        local,
        fields.filter((f) => f !== 'recurrence'),
      );
      return withConference(
        {
          kind: 'patch',
          eventId: local.id,
          method: 'PATCH',
          path: `/${encodeURIComponent(local.id)}`,
          query,
          body,
          fields,
        },
        body,
      );
    }
    const body = insertBody(local);
    return withConference(
      { kind: 'insert', eventId: local.id, method: 'POST', path: '', query, body, fields },
      body,
    );
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
  const body = patchBody(local, fields);
  return withConference(
    {
      kind: 'patch',
      eventId: local.id,
      method: 'PATCH',
      path: `/${encodeURIComponent(local.id)}`,
      query,
      ifMatch: local.google.etag,
      body,
      fields,
    },
    body,
  );
}

/**
 * The write for an instance edited here for the first time when merging it with Google's
 * copy left nothing to change: it still goes up (summary and times, under If-Match), since
 * Google keeps an edited instance as a record of its own, as this computer now does.
 */
export function restateInstance(local: CalendarEvent, sendUpdates: SendUpdates): PushRequest {
  const fields: EventFieldName[] = ['summary', 'start', 'end'];
  const body = patchBody(local, fields);
  return {
    kind: 'patch',
    eventId: local.id,
    method: 'PATCH',
    path: `/${encodeURIComponent(local.id)}`,
    query: { sendUpdates },
    ifMatch: local.google?.etag || undefined,
    body,
    fields,
  };
}

/**
 * The record after Google accepted a write: linked to the new etag, base = Google's
 * version, and dirty = whatever the user changed meanwhile (the record may have moved on
 * since the call was planned; those edits have their own outbox entries).
 */
export function linkAfterWrite(
  current: CalendarEvent,
  remote: GoogleEvent,
  calendarId: string,
): CalendarEvent {
  const linked = recordFromGoogle(remote, calendarId, current.localVersion + 1).event;
  const theirs = fieldsFromGoogle(remote);
  // Fields where the record still differs from Google: edits made while the call was out.
  const stillDifferent = new Set(
    changedFields(current, theirs).filter((f) => !READ_ONLY_FIELDS.has(f)),
  );
  const event: CalendarEvent = {
    ...linked,
    kind: current.kind,
    startMs: current.startMs,
    endMs: current.endMs,
    updatedAt: current.updatedAt,
  };
  for (const f of EVENT_FIELDS) {
    if (stillDifferent.has(f)) (event as unknown as Record<string, unknown>)[f] = current[f];
  }
  event.dirty = [...stillDifferent];
  return event;
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

function combine(a: PushKind, b: OutboxEntry['op']): PushKind {
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

function withConference(
  request: PushRequest & { query: Record<string, string> },
  body: GoogleEvent,
): PushRequest {
  if (needsConferenceVersion(body)) request.query.conferenceDataVersion = '1';
  return request;
}

function fromRemote(
  remote: GoogleEvent,
  ctx: PullContext,
  local: CalendarEvent | null,
): PullAction {
  const { event, recurrenceProblem } = recordFromGoogle(
    remote,
    ctx.calendarId,
    local ? local.localVersion + 1 : 1,
  );
  const entries: SyncLogEntry[] = [];
  if (recurrenceProblem) {
    entries.push(
      logLine(
        ctx,
        'warn',
        'recurrence-unreadable',
        event.id,
        `“${event.summary}” repeats in a way Almanac cannot read (${recurrenceProblem}); it is shown once and kept unchanged.`,
        { recurrence: event.recurrence },
      ),
    );
  }
  return {
    type: 'put',
    event,
    expectVersion: local ? local.localVersion : null,
    log: entries,
    conflicts: 0,
  };
}

function remove(local: CalendarEvent, entries: SyncLogEntry[]): PullAction {
  return {
    type: 'remove',
    id: local.id,
    expectVersion: local.localVersion,
    log: entries,
    series: local.kind === 'master',
  };
}

function none(...entries: SyncLogEntry[]): PullAction {
  return { type: 'none', log: entries };
}
