// Moving an event to another calendar, from the editor's Calendar field. Between two Google
// calendars of one account the record itself moves (same id) and Google moves it with
// events.move (LocalChanges.moveHere, src-main/sync/move-plan.ts). Between the calendar kept
// here and Google, between two Google accounts — or when Google never had the event in a
// form it can move — it is a
// create on one side and a delete on the other, written in one transaction, so the new copy
// exists before the old one goes.
import type { Calendar, CalendarEvent } from '../../src-preload/model/event';
import type { SendUpdates } from '../../src-preload/local-store';
import { moveRefusal } from '../../src-preload/model/calendar-access';
import { READ_ONLY_FIELDS } from '../../src-preload/model/fields';
import type { AlmanacDatabase } from './database';
import { LocalChanges, changeEvents } from './local-changes';
import { newEventId } from './event-writes';

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
 * Moves the event `eventId` to the calendar `toCalendarId`; `sendUpdates` is the guests'
 * email for the side that changes on Google (see MoveKind). Answers the event's id there.
 */
export async function moveToCalendar(
  db: AlmanacDatabase,
  eventId: string,
  toCalendarId: string,
  sendUpdates: SendUpdates = 'none',
): Promise<string> {
  return changeEvents(db, async () => {
    const record = await db.events.get(eventId);
    if (!record || record.status === 'cancelled') throw new Error('That event no longer exists.');
    if (record.calendarId === toCalendarId) return record.id;
    const from = await db.calendars.get(record.calendarId);
    if (!from) throw new Error('That calendar no longer exists.');
    const refused = moveRefusal(record, from);
    if (refused) throw new Error(refused);
    const here = await LocalChanges.open(db, toCalendarId, sendUpdates);
    const kind = moveKind(record, from, here.calendar);
    if (kind.type === 'move') {
      await here.moveHere(record);
      return record.id;
    }
    return copyOver(db, record, here, sendUpdates);
  });
}

/**
 * Puts a new copy of `record` in `here`'s calendar and deletes the record where it is (in the
 * caller's transaction); answers the copy. Also how a move that reached Google is taken back:
 * Google keeps the id in the calendar it left, cancelled, and takes no event back under it.
 */
export async function copyOver(
  db: AlmanacDatabase,
  record: CalendarEvent,
  here: LocalChanges,
  sendUpdates: SendUpdates,
): Promise<string> {
  const copy = copyOf(record, here.calendar.id);
  await here.insert(copy);
  const source = await LocalChanges.open(db, record.calendarId, sendUpdates);
  await source.remove(record);
  return copy.id;
}

// ---------------------------------------------------------------------------------------

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
