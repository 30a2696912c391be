// POST freeBusy: when the calendars asked about are busy between timeMin and timeMax. Busy
// is every live event that blocks time (not "transparent", not declined by the calendar's
// own attendee), series expanded and exceptions overlaid exactly as events.list with
// singleEvents does; overlapping periods merge and are cut to the window. Times are written
// in the body's timeZone (UTC when absent). A calendar the caller cannot see answers
// notFound in its own `errors`, and calendars past calendarExpansionMax (at most 50)
// answer tooManyCalendarsRequested, while the rest of the answer stands.

import { IANAZone } from 'luxon';
import { errors } from './api-error.js';
import { listEvents } from './event-reads.js';
import type { EventResource } from './event-store.js';
import { resolveListId } from './calendar-list.js';
import { formatDateTime, instantOf } from './recurrence.js';
import type { Account, World } from './world.js';

export const MAX_CALENDAR_EXPANSION = 50;

export function queryFreeBusy(
  world: World,
  user: Account,
  body: Record<string, unknown>,
): Record<string, unknown> {
  const timeMin = instant(body.timeMin, 'timeMin');
  const timeMax = instant(body.timeMax, 'timeMax');
  if (timeMax <= timeMin) throw errors.timeRangeEmpty();
  const zone = body.timeZone ?? 'UTC';
  if (typeof zone !== 'string' || !IANAZone.isValidZone(zone))
    throw errors.invalid(`Invalid time zone definition: ${String(zone)}`, 'timeZone');
  const expansion = body.calendarExpansionMax ?? MAX_CALENDAR_EXPANSION;
  if (
    typeof expansion !== 'number' ||
    !Number.isInteger(expansion) ||
    expansion < 1 ||
    expansion > MAX_CALENDAR_EXPANSION
  )
    throw errors.invalid(
      `calendarExpansionMax must be between 1 and ${MAX_CALENDAR_EXPANSION}.`,
      'calendarExpansionMax',
    );
  if (!Array.isArray(body.items)) throw errors.required('Missing items.', 'items');

  const calendars: Record<string, unknown> = {};
  body.items.forEach((item: { id?: unknown }, index) => {
    const id = typeof item?.id === 'string' ? item.id : '';
    if (index >= expansion) {
      calendars[id] = {
        errors: [{ domain: 'global', reason: 'tooManyCalendarsRequested' }],
        busy: [],
      };
      return;
    }
    const calendar = world.calendars.get(resolveListId(user, id));
    const entry = calendar ? user.calendarList.get(calendar.id) : undefined;
    if (!calendar || !entry || entry.deleted) {
      calendars[id] = { errors: [{ domain: 'global', reason: 'notFound' }], busy: [] };
      return;
    }
    const periods = busyPeriods(world, user, calendar.id, timeMin, timeMax).map(([s, e]) => ({
      start: formatDateTime(s, zone),
      end: formatDateTime(e, zone),
    }));
    calendars[id] = { busy: periods };
  });
  return {
    kind: 'calendar#freeBusy',
    timeMin: new Date(timeMin).toISOString(),
    timeMax: new Date(timeMax).toISOString(),
    calendars,
  };
}

// ---------------------------------------------------------------------------------------

function busyPeriods(
  world: World,
  user: Account,
  calendarId: string,
  timeMin: number,
  timeMax: number,
): [number, number][] {
  const calendar = world.calendars.get(calendarId);
  if (!calendar) return [];
  const query = new URLSearchParams({
    singleEvents: 'true',
    timeMin: new Date(timeMin).toISOString(),
    timeMax: new Date(timeMax).toISOString(),
    maxResults: '2500',
  });
  const spans: [number, number][] = [];
  for (;;) {
    const page = listEvents({ world, calendar, user, query, headers: {} }) as {
      items: EventResource[];
      nextPageToken?: string;
    };
    for (const event of page.items) {
      if (!blocksTime(event, calendarId)) continue;
      const start = Math.max(timeMin, instantOf(event.start ?? undefined, calendar.timeZone));
      const end = Math.min(timeMax, instantOf(event.end ?? undefined, calendar.timeZone));
      if (end > start) spans.push([start, end]);
    }
    if (!page.nextPageToken) break;
    query.set('pageToken', page.nextPageToken);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

function blocksTime(event: EventResource, calendarId: string): boolean {
  if (event.status === 'cancelled' || event.transparency === 'transparent') return false;
  const own = event.attendees?.find((a) => a.self === true || a.email === calendarId);
  return own?.responseStatus !== 'declined';
}

function instant(value: unknown, name: string): number {
  if (value === undefined || value === null) throw errors.required(`Missing ${name}.`, name);
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(value) ||
    Number.isNaN(Date.parse(value))
  )
    throw errors.invalid(`Invalid ${name}: an RFC 3339 date-time with an offset is needed.`, name);
  return Date.parse(value);
}
