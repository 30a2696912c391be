// How an event reads in an answer. Google keeps an instant (and the event's own `timeZone`)
// and writes every `dateTime` it answers with in one zone: the request's `timeZone`
// parameter where the method takes one, else the calendar's zone. So an event inserted as
// 09:00Z on a Europe/Brussels calendar comes back as 10:00+01:00, and the same event read
// with timeZone=UTC says 09:00Z again; `start.timeZone` stays whatever the event has.
// `maxAttendees` cuts a longer guest list down to the participant (the calendar's own
// attendee) with `attendeesOmitted: true`. Every read and write answer goes through here,
// also inside a batch, so no client can come to rely on getting its own strings back.

import { IANAZone } from 'luxon';
import { errors } from './api-error.js';
import type { EventResource } from './event-store.js';
import { formatDateTime, instantOf, type EventDateTime } from './recurrence.js';

export interface EventView {
  /** The zone every dateTime of the answer is written in. */
  zone: string;
  /** Guest lists longer than this shrink to the participant. */
  maxAttendees?: number;
}

/**
 * The view an answer uses: `timeZone` from the query for the methods that take it (get,
 * list, instances), the calendar's zone otherwise; `maxAttendees` when given.
 */
export function viewOf(
  query: URLSearchParams,
  calendarZone: string,
  takesTimeZone: boolean,
): EventView {
  const asked = takesTimeZone ? query.get('timeZone') : null;
  if (asked !== null && !IANAZone.isValidZone(asked))
    throw errors.invalid(`Invalid time zone definition: ${asked}`, 'timeZone');
  const view: EventView = { zone: asked ?? calendarZone };
  const max = query.get('maxAttendees');
  if (max !== null) {
    const n = Number(max);
    if (!Number.isInteger(n) || n < 1)
      throw errors.invalid(`Invalid value for maxAttendees: ${max}`, 'maxAttendees');
    view.maxAttendees = n;
  }
  return view;
}

/** A copy of a stored event as the answer shows it; the stored resource is never touched. */
export function presentEvent(event: EventResource, view: EventView): EventResource {
  const out: EventResource = { ...event };
  for (const key of ['start', 'end', 'originalStartTime'] as const) {
    const value = event[key];
    if (typeof value?.dateTime === 'string') out[key] = rendered(value, view.zone);
  }
  const attendees = event.attendees ?? [];
  if (view.maxAttendees !== undefined && attendees.length > view.maxAttendees) {
    const participant = attendees.filter((a) => a.self === true);
    if (participant.length > 0) out.attendees = participant;
    else delete out.attendees;
    out.attendeesOmitted = true;
  }
  return out;
}

/** A list answer (events.list, events.instances) with each item shown through the view. */
export function presentList(
  list: Record<string, unknown> & { items?: EventResource[] },
  view: EventView,
): Record<string, unknown> {
  return { ...list, items: (list.items ?? []).map((item) => presentEvent(item, view)) };
}

/**
 * Whether two start/end values name the same time as Google keeps it: the same date, or the
 * same instant in the same zone. How an offset is written is not a difference.
 */
export function sameEventTime(
  a: EventDateTime | null | undefined,
  b: EventDateTime | null | undefined,
): boolean {
  if (!a || !b) return !a === !b;
  if (typeof a.date === 'string' || typeof b.date === 'string')
    return a.date === b.date && (a.timeZone ?? null) === (b.timeZone ?? null);
  return (
    (a.timeZone ?? null) === (b.timeZone ?? null) && instantOf(a, 'UTC') === instantOf(b, 'UTC')
  );
}

function rendered(value: EventDateTime, zone: string): EventDateTime {
  const at = instantOf(value, zone);
  // A value that names no instant (only raw admin writes make one) is shown as stored.
  return Number.isFinite(at) ? { ...value, dateTime: formatDateTime(at, zone) } : value;
}
