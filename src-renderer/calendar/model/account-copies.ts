// The grid's, the agenda's and the reminders' occurrences with an event kept in two Google
// accounts drawn once (the rule is oneCopyEach, in the shared model): the copy shown carries
// the others, for the quick look to name and open.
import type { Calendar } from '../../../src-preload/model/event';
import { oneCopyEach } from '../../../src-preload/model/event-copies';
import { instantOf } from '../../../src-preload/model/event-time';
import { copyOccurrence } from './occurrence';
import type { Occurrence } from './types';

/** `occurrences` with one copy of each event the accounts share; order kept. */
export function oneOccurrenceEach(
  occurrences: Occurrence[],
  calendarById: ReadonlyMap<string, Calendar>,
): Occurrence[] {
  if (!severalAccounts(calendarById)) return occurrences;
  const { shown, hidden } = oneCopyEach(
    occurrences,
    (o) => {
      const calendar = calendarById.get(o.event.calendarId);
      return calendar?.account ? { event: o.event, calendar } : undefined;
    },
    occurrenceInstant,
  );
  if (hidden.size === 0) return occurrences;
  return shown.map((o) => {
    const others = hidden.get(o);
    return others ? copyOccurrence(o, { copies: others }) : o;
  });
}

/**
 * The look moved to another copy: that copy, carrying the one it came from and the rest,
 * so the person can go back.
 */
export function switchedCopy(from: Occurrence, to: Occurrence): Occurrence {
  const back = copyOccurrence(from);
  delete back.copies;
  const rest = (from.copies ?? []).filter((c) => c.key !== to.key);
  return copyOccurrence(to, { copies: [back, ...rest] });
}

// ---------------------------------------------------------------------------------------

/** The instant the series gives an occurrence (its own start when it has not moved). */
function occurrenceInstant(o: Occurrence): number {
  return o.originalStart ? instantOf(o.originalStart) : o.startMs;
}

function severalAccounts(calendarById: ReadonlyMap<string, Calendar>): boolean {
  let first: string | undefined;
  for (const calendar of calendarById.values()) {
    const account = calendar.account?.toLowerCase();
    if (!account) continue;
    if (first === undefined) first = account;
    else if (account !== first) return true;
  }
  return false;
}
