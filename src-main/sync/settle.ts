// How the local record settles once its change is finished: linked to the version Google
// took, removed after a delete Google confirmed, replaced by Google's version when a delete
// here met an edit there, or left as it is. Decided against the record as it is at commit
// time, which may have moved on since the call was planned.
import type { CalendarEvent } from '../../src-preload/model/event';
import type { EventRecord, OutboxEntry, SendUpdates } from '../../src-preload/local-store';
import { changeToSend, outboxEntry } from '../../src-preload/model/local-changes';
import {
  EVENT_FIELDS,
  READ_ONLY_FIELDS,
  changedFields,
  sameField,
} from '../../src-preload/model/fields';
import { fieldsFromGoogle, recordFromGoogle, type GoogleEvent } from '../google/event-mapping';
import { hasLocalEdits, localChangedFields } from './three-way-merge';

/** What becomes of the local record once its change is finished. */
export type Settle =
  /** Nothing to write; only the outbox entries go. */
  | { type: 'keep' }
  /** No call was needed: dirty marks that equal the base go, so the record counts as in step. */
  | { type: 'clean' }
  /** Google took the write: the record links to Google's version. */
  | { type: 'link'; remote: GoogleEvent }
  /**
   * Google moved the event to the calendar `to` (events.move); `found`: read there after the
   * move's answer was lost, so Google's copy may hold edits made there since the move.
   */
  | { type: 'moved'; remote: GoogleEvent; to: string; sendUpdates: SendUpdates; found?: boolean }
  /** An exception of a series Google moved to `to`: it follows (`remote`: Google's copy there, if any). */
  | { type: 'series-moved'; remote: GoogleEvent | null; to: string; sendUpdates: SendUpdates }
  /** An exception of a series whose move Google refused: back in `to`, where Google has the series. */
  | { type: 'series-back'; to: string }
  /**
   * A move Google refused of an event it still has where the move started: the record goes
   * back there, linked to Google's copy, and what was changed here since goes there too (only
   * the move was refused, not the edits).
   */
  | { type: 'move-refused'; remote: GoogleEvent }
  /** A move Google refused of an event it no longer has where the move started: the record goes. */
  | { type: 'drop-moving' }
  /**
   * A move of an event Google deleted where the move started, changed here meanwhile: the
   * record goes back there and is restored on Google with its changes (`remote`: the deleted copy).
   */
  | { type: 'move-restored'; remote: GoogleEvent }
  /** Google confirmed the delete (or had it already). */
  | { type: 'deleted' }
  /** An occurrence Google no longer has: nothing to delete, nothing for a cancelled record to hide. */
  | { type: 'drop-cancelled' }
  /** Deleted on both sides: a cancelled occurrence keeps Google's cancelled copy. */
  | { type: 'both-deleted'; remote: GoogleEvent }
  /**
   * Google's version comes back (a delete here met an edit there, or one of its occurrences);
   * `onlyIfGone`: not over a record here; `unlessEdited`: not over changes made here.
   */
  | { type: 'take-google'; remote: GoogleEvent; onlyIfGone?: boolean; unlessEdited?: boolean }
  /** Deleted on Google and not changed here: the copy goes. */
  | { type: 'drop-unedited' }
  /** Refused for good: an occurrence Google says its series does not have would show forever. */
  | { type: 'parked'; status: number | null };

/**
 * The record once its change settled, given the record as it is now (it may have moved on
 * since the call was planned): what to put or remove.
 */
export function settled(
  settle: Settle,
  current: CalendarEvent | null,
  calendarId: string,
): { put?: EventRecord; remove?: boolean; outboxAdd?: OutboxEntry[] } {
  switch (settle.type) {
    case 'keep':
      return {};
    case 'clean':
      return clean(current);
    case 'link':
      return current ? { put: linkAfterWrite(current, settle.remote, calendarId) } : {};
    case 'moved':
      return settleMoved(current, settle, Date.now());
    case 'series-moved':
      return followSeries(current, { ...settle, moved: true }, Date.now());
    case 'series-back':
      return followSeries(
        current,
        { remote: null, to: settle.to, sendUpdates: 'none' },
        Date.now(),
      );
    case 'move-refused':
      return current ? backFromRefusedMove(current, settle.remote, calendarId, Date.now()) : {};
    case 'drop-moving':
      return current ? { remove: true } : {};
    case 'move-restored':
      return current ? restoredAfterMove(current, settle.remote, calendarId, Date.now()) : {};
    case 'deleted':
      return deleted(current);
    case 'drop-cancelled':
      return current?.status === 'cancelled' ? { remove: true } : {};
    case 'both-deleted':
      // A cancelled occurrence stays, linked to Google's record now (no later pull lists it
      // again if Google's delete came first) — also one whose record here a series change
      // dropped while its delete waited: it still hides that occurrence of its series.
      return (
        current
          ? current.status === 'cancelled' && current.kind === 'exception'
          : Boolean(settle.remote.recurringEventId)
      )
        ? { put: fromGoogle(settle.remote, calendarId) }
        : deleted(current);
    case 'take-google':
      if (settle.onlyIfGone && current) return {};
      if (settle.unlessEdited && current && hasLocalEdits(current)) return {};
      return { put: fromGoogle(settle.remote, calendarId) };
    case 'drop-unedited':
      return current && !hasLocalEdits(current) ? { remove: true } : {};
    case 'parked':
      return settle.status === 404 && current?.kind === 'exception' && !current.google
        ? { remove: true }
        : {};
  }
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
  onlyChangedHere = false,
): EventRecord {
  const linked = recordFromGoogle(remote, calendarId).event;
  const theirs = fieldsFromGoogle(remote);
  // Fields where the record still differs from Google: edits made while the call was out —
  // for a move, only those changed here since the agreed version: a move found done after
  // its answer was lost may meet an edit made on Google since, which is Google's to keep.
  const stillDifferent = new Set(
    changedFields(current, theirs).filter(
      (f) =>
        !READ_ONLY_FIELDS.has(f) &&
        (!onlyChangedHere || !current.base || !sameField(f, current[f], current.base[f])),
    ),
  );
  const event: EventRecord = {
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
  // A copy Google took still names its original: moved back home before the original's
  // delete went up, it takes the original back rather than leave Google a second event.
  if (current.copiedFrom) event.copiedFrom = current.copiedFrom;
  return event;
}

/**
 * The record once Google moved it to `to`: linked to Google's version there, with the changes
 * made here and not yet on Google queued in that calendar. Moved on again meanwhile, it keeps
 * its new place and the next move goes from `to`; deleted meanwhile, the delete goes there.
 */
export function settleMoved(
  current: CalendarEvent | null,
  moved: Extract<Settle, { type: 'moved' }>,
  now: number,
): { put?: EventRecord; outboxAdd?: OutboxEntry[] } {
  if (!current) return {};
  const { remote, to, sendUpdates } = moved;
  // A move found done may meet an edit made on Google since. Where the user changed the
  // event here too (or deleted it), the record keeps the version both sides last agreed on:
  // its change goes up under that version's etag, meets Google's edit, and is merged with it
  // or gives way to it, with its line in the log, as any change meeting an edit on Google
  // does. Linked to Google's version, the change here would overwrite that edit unseen.
  const linked =
    moved.found && changedOnBothSides(current, remote)
      ? inAgreedVersion(current, to)
      : linkAfterWrite(current, remote, to, true);
  const outboxAdd: OutboxEntry[] = [];
  if (current.calendarId !== to && current.status !== 'cancelled') {
    linked.calendarId = current.calendarId;
    linked.movingFrom = to;
    outboxAdd.push(outboxEntry({ id: current.id, calendarId: to }, 'move', sendUpdates, now));
  }
  const rest = changeToSend(linked, now);
  if (rest) outboxAdd.push({ ...rest, calendarId: to, sendUpdates });
  return { put: linked, outboxAdd };
}

/** Whether Google's copy changed since the agreed version, and the record here did too. */
function changedOnBothSides(current: CalendarEvent, remote: GoogleEvent): boolean {
  if (!current.google || !current.base || localChangedFields(current).length === 0) return false;
  return changedFields(fieldsFromGoogle(remote), current.base).some(
    (f) => f !== 'status' && !READ_ONLY_FIELDS.has(f),
  );
}

/** The record in `to`, still linked to the version both sides last agreed on. */
function inAgreedVersion(current: CalendarEvent, to: string): EventRecord {
  const { movingFrom: _done, ...record } = current;
  return { ...record, calendarId: to };
}

/** A refused move's record, back where Google has it, its edits since queued there. */
function backFromRefusedMove(
  current: CalendarEvent,
  remote: GoogleEvent,
  calendarId: string,
  now: number,
): { put: EventRecord; outboxAdd: OutboxEntry[] } {
  const record = linkAfterWrite(current, remote, calendarId, true);
  delete record.movingFrom;
  const rest = changeToSend(record, now);
  return { put: record, outboxAdd: rest ? [{ ...rest, calendarId }] : [] };
}

/**
 * A moved record whose origin copy Google deleted while it was changed here, back in that
 * calendar (`calendarId`) and linked to the deleted copy: every field that differs from it
 * (its status among them) goes up as a patch, which brings the event back on Google.
 */
function restoredAfterMove(
  current: CalendarEvent,
  remote: GoogleEvent,
  calendarId: string,
  now: number,
): { put: EventRecord; outboxAdd: OutboxEntry[] } {
  const theirs = fieldsFromGoogle(remote);
  const record: EventRecord = {
    ...current,
    calendarId,
    status: 'confirmed',
    google: { etag: remote.etag ?? '', updated: remote.updated ?? '' },
    base: theirs,
  };
  delete record.movingFrom;
  record.dirty = EVENT_FIELDS.filter(
    (f) =>
      !READ_ONLY_FIELDS.has(f) &&
      (record[f] !== undefined || theirs[f] !== undefined) &&
      !sameField(f, record[f], theirs[f]),
  );
  const rest = changeToSend(record, now);
  return { put: record, outboxAdd: rest ? [{ ...rest, calendarId }] : [] };
}

/**
 * An exception once its series moved to `to` on Google, or went back there (the move
 * refused): it lives there, and what it still has to send is queued there — the changes that
 * waited for the series are done where they were queued. Unchanged here, it links to
 * Google's copy there (`remote`). Changed here, it keeps the version it was changed from:
 * Google's copy may hold an edit made there while the series was on its way, so its change
 * goes up as any other does (under If-Match, or reading Google's copy first for an
 * occurrence's first edit) and meets that edit in a three-way merge. Moved on again meanwhile
 * with its series, it waits for that move.
 */
export function followSeries(
  current: CalendarEvent | null,
  series: { remote: GoogleEvent | null; to: string; sendUpdates: SendUpdates; moved?: boolean },
  now: number,
): { put?: EventRecord; outboxAdd?: OutboxEntry[] } {
  if (!current) return {};
  const { remote, to, sendUpdates } = series;
  // Only an occurrence unchanged here takes Google's copy as agreed, so a series move found
  // done after its answer was lost needs no `found` care here (unlike settleMoved): an edit
  // Google got after the move is taken (nothing changed here), or the change here goes up
  // under the older version it was made from, which that edit moved Google's etag on from,
  // and meets it in the three-way merge, a field changed on both sides logged as a conflict.
  const changedHere = !current.google || localChangedFields(current).length > 0;
  const record: EventRecord =
    remote && !changedHere
      ? linkAfterWrite(current, remote, to, true)
      : { ...current, calendarId: to };
  delete record.movingFrom;
  if (series.moved && current.calendarId !== to) {
    // Its series was moved on again here meanwhile: it goes with that move, from `to`.
    record.calendarId = current.calendarId;
    record.movingFrom = to;
  }
  const rest = changeToSend(record, now);
  return { put: record, outboxAdd: rest ? [{ ...rest, calendarId: to, sendUpdates }] : [] };
}

/** Google's version of an event as a record here. */
export function fromGoogle(remote: GoogleEvent, calendarId: string): EventRecord {
  return recordFromGoogle(remote, calendarId).event;
}

// ---------------------------------------------------------------------------------------

/**
 * The local record once Google confirmed a delete: a tombstone goes; a cancelled instance
 * stays (it hides that occurrence of its series) with nothing left to send.
 */
function deleted(current: CalendarEvent | null): { put?: EventRecord; remove?: boolean } {
  if (!current || current.status !== 'cancelled') return {};
  if (current.kind === 'exception') return { put: { ...current, dirty: [] } };
  return { remove: true };
}

/**
 * The local record once its change turned out to need no call: fields marked dirty that
 * equal the base as Google means them (an event saved unchanged from the editor, with
 * defaults filled in) are no longer dirty, so it counts as in step again — also for a later
 * full resync, which only removes unedited copies.
 */
function clean(current: CalendarEvent | null): { put?: EventRecord } {
  if (!current?.google || !current.dirty?.length) return {};
  const still = localChangedFields(current);
  return still.length < current.dirty.length ? { put: { ...current, dirty: still } } : {};
}
