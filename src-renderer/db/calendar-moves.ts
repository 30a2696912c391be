// Moving an event to another calendar, from the editor's Calendar field. Between two Google
// calendars of one account the record itself moves (same id) and Google moves it with
// events.move (LocalChanges.moveHere, src-main/sync/move-plan.ts). Between the calendar kept
// here and Google, between two Google accounts — or when Google never had the event in a
// form it can move — it is a
// create on one side and a delete on the other, written in one transaction, so the new copy
// exists before the old one goes. A repeating event moves as a whole series: its master and
// its exceptions (changed and cancelled occurrences) go together, as Google moves them.
import type { AgreedVersion, Calendar, CalendarEvent } from '../../src-preload/model/event';
import type { SendUpdates } from '../../src-preload/local-store';
import { moveRefusal } from '../../src-preload/model/calendar-access';
import {
  EVENT_FIELDS,
  FIELDS,
  READ_ONLY_FIELDS,
  changedFields,
} from '../../src-preload/model/fields';
import type { AlmanacDatabase } from './database';
import { LocalChanges, changeEvents } from './local-changes';
import { newEventId } from './event-writes';
import { refusalText } from '../i18n/refusal-words';
import { activeLocale } from '../i18n/active-locale';

/** How an event reaches another calendar, and which email its guests may get. */
export type MoveKind =
  /** events.move: Google moves it; guests may get an update. */
  | { type: 'move'; mail: 'update' }
  /** A new copy on Google, the old one deleted here: guests may get an invitation. */
  | { type: 'copy'; mail: 'invitation' }
  /** A new copy here, the one on Google deleted: guests may get a cancellation. */
  | { type: 'copy'; mail: 'cancellation' }
  /** A new copy in another Google account, the old one deleted in its own: guests may be invited again. */
  | { type: 'copy'; mail: 'reinvite' }
  /** Nothing on Google changes hands (Google never had it, or neither calendar is on Google). */
  | { type: 'copy' | 'move'; mail: null };

/** How `event` would go from `from` to `to`. */
export function moveKind(event: CalendarEvent, from: Calendar, to: Calendar): MoveKind {
  if (!event.google) return from.account ? { type: 'move', mail: null } : localCopy(to);
  if (from.account && from.account === to.account) return { type: 'move', mail: 'update' };
  // Google moves events only within one account; between two it is a new event in one and a
  // delete in the other, each written with its own account's sign-in.
  if (from.account && to.account) return { type: 'copy', mail: 'reinvite' };
  return { type: 'copy', mail: 'cancellation' };
}

/**
 * Moves the event `eventId` to the calendar `toCalendarId` (an occurrence of a series: the
 * whole series); `sendUpdates` is the guests' email for the side that changes on Google (see
 * MoveKind). Answers the event's id there (a series': its master's).
 */
export async function moveToCalendar(
  db: AlmanacDatabase,
  eventId: string,
  toCalendarId: string,
  sendUpdates: SendUpdates = 'none',
): Promise<string> {
  return changeEvents(db, async () => {
    const found = await db.events.get(eventId);
    const record = found?.recurringEventId ? await db.events.get(found.recurringEventId) : found;
    if (!record || record.status === 'cancelled')
      throw new Error(activeLocale().t('db.eventGone.short'));
    if (record.calendarId === toCalendarId) return record.id;
    const from = await db.calendars.get(record.calendarId);
    if (!from) throw new Error(activeLocale().t('changes.noCalendar'));
    const refused = moveRefusal(record, from);
    if (refused) throw new Error(refusalText(refused));
    const here = await LocalChanges.open(db, toCalendarId, sendUpdates);
    const exceptions = await exceptionsOf(db, record);
    const original = await originalWaitingIn(db, record, here.calendar);
    if (original) {
      // Back in the original's account: the original comes back where it was and, if that is
      // not the calendar chosen, Google moves it there (one event all along).
      const home =
        original.calendarId === toCalendarId
          ? here
          : await LocalChanges.open(db, original.calendarId, sendUpdates);
      await takeBack(db, record, original, home, sendUpdates, exceptions);
      if (original.calendarId !== toCalendarId)
        await here.moveHere(original, await exceptionsOf(db, original));
      return original.id;
    }
    // Back where it came from after its move went out, whose answer may have been lost: Google
    // may have moved it already, and takes no event back under its id in the calendar it
    // left. So it goes back as a copy, as undoing a move that reached Google does; the move
    // goes first and the original's delete after it, wherever Google has it.
    if (record.movingFrom === toCalendarId && (await here.wentOut(record.id, toCalendarId, 'move')))
      return copyOver(db, record, here, sendUpdates, exceptions);
    const kind = moveKind(record, from, here.calendar);
    if (kind.type === 'move') {
      await here.moveHere(record, exceptions);
      return record.id;
    }
    return copyOver(db, record, here, sendUpdates, exceptions);
  });
}

/** The exceptions of a series master (none for a plain event). */
export function exceptionsOf(db: AlmanacDatabase, record: CalendarEvent): Promise<CalendarEvent[]> {
  return record.kind === 'master'
    ? db.events.where('recurringEventId').equals(record.id).toArray()
    : Promise.resolve([]);
}

/**
 * Puts a new copy of `record` in `here`'s calendar and deletes the record where it is (in the
 * caller's transaction); answers the copy. A series goes with its `exceptions`, re-keyed to
 * the new series' id. Also how a move that reached Google is taken back: Google keeps the id
 * in the calendar it left, cancelled, and takes no event back under it.
 */
export async function copyOver(
  db: AlmanacDatabase,
  record: CalendarEvent,
  here: LocalChanges,
  sendUpdates: SendUpdates,
  exceptions: readonly CalendarEvent[] = [],
): Promise<string> {
  // The original's delete waits for Google: the copy remembers it, so a move back takes the
  // original back (its exceptions as the copy has them then) rather than leaving Google a
  // second event if that delete fails. A copy of a copy Google never had remembers the same
  // original: moved on through another calendar, it can still come home.
  const original = record.google ? record.id : record.copiedFrom;
  const link = original ? { copiedFrom: original } : {};
  const copy = await here.insert({ ...copyOf(record, here.calendar.id), ...link });
  await copyExceptions(here, copy, record, exceptions);
  if (record.google) keepAgreedVersions(record, exceptions);
  await removeSeries(db, record, sendUpdates, exceptions);
  return copy.id;
}

/**
 * `from`'s exceptions as the same exceptions of `to`, a series in `here`'s calendar. With
 * `agreed` (`to` is the series they were copied from, back), one Google has gets its agreed
 * version back, and only what differs from it is a change here.
 */
async function copyExceptions(
  here: LocalChanges,
  to: CalendarEvent,
  from: CalendarEvent,
  exceptions: readonly CalendarEvent[],
  agreed: Record<string, AgreedVersion> = {},
): Promise<void> {
  for (const exception of exceptions) {
    if (!exception.originalStartTime) continue;
    const key = exception.id.slice(from.id.length);
    const id = `${to.id}${key}`;
    const { id: _id, calendarId: _calendar, ...fields } = copyOf(exception, here.calendar.id);
    const status = exception.status === 'cancelled' ? 'cancelled' : 'confirmed';
    // A record Google's pull brought back meanwhile knows Google's newer version already.
    const version = (await here.read(id))?.google ? undefined : agreed[key];
    if (!version) {
      await here.putException(to, id, exception.originalStartTime, fields, status);
      continue;
    }
    const changed = changedFields({ ...fields, status }, version.base ?? {}).filter(
      (f) => FIELDS[f].writable && f !== 'recurringEventId' && f !== 'originalStartTime',
    );
    const synced = { ...fields, google: version.google, base: version.base };
    await here.putException(to, id, exception.originalStartTime, synced, status, changed);
  }
}

/**
 * Keeps on `series`, about to be deleted here for a copy of it, the agreed version of each
 * exception Google has (see CalendarEvent.agreedExceptions).
 */
function keepAgreedVersions(series: CalendarEvent, exceptions: readonly CalendarEvent[]): void {
  const agreed: Record<string, AgreedVersion> = {};
  for (const exception of exceptions)
    if (exception.google)
      agreed[exception.id.slice(series.id.length)] = {
        google: exception.google,
        ...(exception.base ? { base: exception.base } : {}),
      };
  if (Object.keys(agreed).length > 0) series.agreedExceptions = agreed;
}

/** Deletes `record` where it is; a series' delete takes its exceptions along, here and on Google. */
async function removeSeries(
  db: AlmanacDatabase,
  record: CalendarEvent,
  sendUpdates: SendUpdates,
  exceptions: readonly CalendarEvent[],
): Promise<void> {
  const source = await LocalChanges.open(db, record.calendarId, sendUpdates);
  if (exceptions.length > 0) await source.removeWithSeries([...exceptions]);
  await source.remove(record);
}

// ---------------------------------------------------------------------------------------

/**
 * The Google event `record` was copied from, when it is in `target` or another calendar of
 * its account and deleted here but its delete has not gone to Google yet (no call made): it
 * can simply come back.
 */
async function originalWaitingIn(
  db: AlmanacDatabase,
  record: CalendarEvent,
  target: Calendar,
): Promise<CalendarEvent | undefined> {
  if (!record.copiedFrom) return undefined;
  const original = await db.events.get(record.copiedFrom);
  if (!original || original.status !== 'cancelled') return undefined;
  const home =
    original.calendarId === target.id ? target : await db.calendars.get(original.calendarId);
  if (!home?.account || home.account !== target.account) return undefined;
  const queued = await db.outbox.where('eventId').equals(original.id).toArray();
  const unsent = queued.some((entry) => entry.op === 'delete' && !entry.sent);
  return unsent && queued.every((entry) => !entry.sent) ? original : undefined;
}

/**
 * A copy moved back where its original waits to be deleted: the original returns with the
 * copy's content (what was changed on the copy becomes a change to it, an occurrence changed
 * on a copied series an exception of the original) and the copy goes. Google then gets no
 * delete and no new event: one event, its id and its guests' answers kept.
 */
async function takeBack(
  db: AlmanacDatabase,
  copy: CalendarEvent,
  original: CalendarEvent,
  home: LocalChanges,
  sendUpdates: SendUpdates,
  exceptions: readonly CalendarEvent[],
): Promise<string> {
  const content: Record<string, unknown> = { status: 'confirmed' };
  for (const field of EVENT_FIELDS)
    if (FIELDS[field].writable && field !== 'status') content[field] = copy[field];
  content.startMs = copy.startMs;
  content.endMs = copy.endMs;
  const agreed = original.agreedExceptions;
  delete original.agreedExceptions;
  await home.edit(original, content as Partial<CalendarEvent>);
  await copyExceptions(home, original, copy, exceptions, agreed);
  await removeSeries(db, copy, sendUpdates, exceptions);
  return original.id;
}

function localCopy(to: Calendar): MoveKind {
  return to.account ? { type: 'copy', mail: 'invitation' } : { type: 'move', mail: null };
}

/** The event as a new one in `calendarId`: its content, without Google's bookkeeping of the old one. */
function copyOf(
  record: CalendarEvent,
  calendarId: string,
): Omit<CalendarEvent, 'localVersion' | 'dirty'> {
  const {
    google: _google,
    base: _base,
    dirty: _dirty,
    localVersion: _version,
    movingFrom: _moving,
    copiedFrom: _copied,
    agreedExceptions: _agreed,
    ...rest
  } = record;
  const copy: Record<string, unknown> = { ...structuredClone(rest) };
  // Google's own fields (organizer, iCalUID, …) describe the old event; the new one gets its own.
  for (const field of READ_ONLY_FIELDS) delete copy[field];
  return {
    ...(copy as Omit<CalendarEvent, 'localVersion' | 'dirty'>),
    id: newEventId(),
    calendarId,
    updatedAt: new Date().toISOString(),
  };
}
