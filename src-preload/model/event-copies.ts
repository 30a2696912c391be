// The same event in two Google accounts — an invitation sent from the person's work account
// to their personal one sits in both — is one event to them, so the views show it once: the
// copy they hold most firmly (they organize it, else the one they accepted, tentatively
// accepted, have not answered, declined — in that order), then the one answered first. Both
// copies stay stored, synced and editable where Google allows; the views say where the other
// copies are and open them. Copies are told apart by Google's iCalUID, which every copy of
// an event carries, and an occurrence of a series by the instant the series gives it.
import type { Calendar, CalendarEvent, ResponseStatus } from './event';
import { guestAnswer, organizes } from './calendar-access';

/** One stored copy: the record and the calendar it is in. */
export interface EventCopy {
  event: Pick<CalendarEvent, 'iCalUID' | 'organizer' | 'attendees' | 'google'>;
  calendar: Pick<Calendar, 'id' | 'account'>;
}

/** How firmly the person holds a copy; the lowest is shown. */
export function copyStanding(copy: EventCopy): number {
  if (organizes(copy.event, copy.calendar)) return 0;
  return STANDING[guestAnswer(copy.event, copy.calendar) ?? 'needsAction'];
}

/**
 * The order copies are preferred in: standing, then the copy answered first. What is stored
 * of when a copy was answered is when Google last changed it (its `updated`); a copy not yet
 * on Google comes last. The calendar's id settles the rest, so the choice never flickers.
 */
export function compareCopies(a: EventCopy, b: EventCopy): number {
  return (
    copyStanding(a) - copyStanding(b) ||
    answeredAt(a).localeCompare(answeredAt(b)) ||
    a.calendar.id.localeCompare(b.calendar.id)
  );
}

/** What `oneCopyEach` decided: the items to show, and for each shown one the copies it hides. */
export interface ChosenCopies<T> {
  shown: T[];
  hidden: Map<T, T[]>;
}

/**
 * Of items that are the same occurrence (`at`, an instant) of one event in calendars of
 * different accounts, only the preferred copy is shown; copies in the same account as it
 * stay (Google shows those too). Items that are no account's copy (`copyOf` gives nothing:
 * a calendar kept here, an event without an iCalUID) are always shown. Order is kept.
 */
export function oneCopyEach<T>(
  items: readonly T[],
  copyOf: (item: T) => EventCopy | undefined,
  at: (item: T) => number,
): ChosenCopies<T> {
  // Most people have one account, or no event in two: nothing to compare, nothing computed.
  const accountsOf = new Map<string, Set<string>>();
  for (const item of items) {
    const copy = copyOf(item);
    const uid = copy?.event.iCalUID;
    const account = copy?.calendar.account;
    if (!uid || !account) continue;
    const accounts = accountsOf.get(uid);
    if (accounts) accounts.add(account.toLowerCase());
    else accountsOf.set(uid, new Set([account.toLowerCase()]));
  }
  const twins = [...accountsOf].filter(([, accounts]) => accounts.size > 1).map(([uid]) => uid);
  if (twins.length === 0) return { shown: [...items], hidden: new Map() };

  const shared = new Set(twins);
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const uid = copyOf(item)?.event.iCalUID;
    if (!uid || !shared.has(uid)) continue;
    const key = `${at(item)} ${uid}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const dropped = new Set<T>();
  const hidden = new Map<T, T[]>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const best = group.reduce((a, b) => (compareCopies(copyOf(b)!, copyOf(a)!) < 0 ? b : a));
    const account = copyOf(best)!.calendar.account!.toLowerCase();
    const others = group.filter((i) => copyOf(i)!.calendar.account!.toLowerCase() !== account);
    if (others.length === 0) continue;
    for (const other of others) dropped.add(other);
    hidden.set(best, others);
  }
  return { shown: items.filter((i) => !dropped.has(i)), hidden };
}

// ---------------------------------------------------------------------------------------

const STANDING: Record<ResponseStatus, number> = {
  accepted: 1,
  tentative: 2,
  needsAction: 3,
  declined: 4,
};

function answeredAt(copy: EventCopy): string {
  return copy.event.google?.updated ?? '\uffff';
}
