// What a convergence run compares: the occurrences a person could click here, Google's
// events as another client lists them, and one projection of the fields users see, in a
// shape both sides share.
import type { calendar_v3 } from '@googleapis/calendar';
import type { CalendarEvent } from '../../src-preload/model/event';
import type { AlmanacDatabase } from '../../src-renderer/db/database';
import { expandSeries } from '../../src-renderer/calendar/model/series-expansion';
import { occurrenceOf } from '../../src-renderer/calendar/model/occurrence';
import type { Occurrence } from '../../src-renderer/calendar/model/types';
import { EMAIL, RANGE } from './convergence-world';

/** Every occurrence the user could click in RANGE, in a stable order. */
export async function localOccurrences(db: AlmanacDatabase): Promise<Occurrence[]> {
  const all = await db.events.toArray();
  const exceptionsOf = new Map<string, CalendarEvent[]>();
  for (const e of all)
    if (e.recurringEventId)
      exceptionsOf.set(e.recurringEventId, [...(exceptionsOf.get(e.recurringEventId) ?? []), e]);
  const out: Occurrence[] = [];
  for (const e of all) {
    if (e.status === 'cancelled') continue;
    if (e.kind === 'master')
      out.push(...expandSeries(e, exceptionsOf.get(e.id) ?? [], RANGE, '#000'));
    else if (
      e.kind === 'single' ||
      (e.kind === 'exception' && !all.some((m) => m.id === e.recurringEventId))
    )
      out.push(occurrenceOf(e, '#000'));
  }
  // Ids are random, so the order (which `pick` indexes) goes by what a replay reproduces:
  // twins (a move's copy beside the original Google kept) differ by calendar at least.
  return out.sort(
    (a, b) =>
      cmp(a.start, b.start) ||
      cmp(a.title, b.title) ||
      cmp(a.event.calendarId, b.event.calendarId) ||
      cmp(a.key, b.key),
  );
}

/** A Google event as the other client lists it, with the calendar it was listed in. */
export type GoogleItem = calendar_v3.Schema$Event & { calendarId: string };

/**
 * Google's live events (masters, singles and exceptions) of `calendars` as the other client
 * sees them.
 */
export async function googleItems(
  remote: calendar_v3.Calendar,
  showDeleted = false,
  calendars: readonly string[] = [EMAIL],
): Promise<GoogleItem[]> {
  const items: GoogleItem[] = [];
  for (const calendarId of calendars) {
    let pageToken: string | undefined;
    do {
      const page = (
        await remote.events.list({ calendarId, maxResults: 2500, showDeleted, pageToken })
      ).data;
      items.push(...(page.items ?? []).map((item) => ({ ...item, calendarId })));
      pageToken = page.nextPageToken ?? undefined;
    } while (pageToken);
  }
  return items.sort(
    (a, b) =>
      cmp(a.start?.dateTime ?? a.start?.date ?? '', b.start?.dateTime ?? b.start?.date ?? '') ||
      cmp(a.summary ?? '', b.summary ?? '') ||
      cmp(a.id ?? '', b.id ?? ''),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The fields users see, in one comparable shape for both sides. */
export interface Projection {
  id: string;
  calendarId: string;
  summary: string;
  location: string;
  description: string;
  start: string;
  end: string;
  recurrence: string[];
  status: string;
  attendees: string[];
  recurringEventId: string;
  originalStart: string;
}

type DateLike = { date?: string | null; dateTime?: string | null } | undefined | null;

function instant(d: DateLike): string {
  if (!d) return '';
  if (d.date) return d.date;
  return d.dateTime ? new Date(d.dateTime).toISOString() : '';
}

export function project(e: {
  id?: string | null;
  calendarId?: string;
  summary?: string | null;
  location?: string | null;
  description?: string | null;
  start?: DateLike;
  end?: DateLike;
  recurrence?: string[] | null;
  status?: string | null;
  attendees?: { email?: string | null }[] | null;
  recurringEventId?: string | null;
  originalStartTime?: DateLike;
}): Projection {
  const cancelled = e.status === 'cancelled';
  return {
    id: e.id ?? '',
    calendarId: e.calendarId ?? '',
    // A cancelled instance only hides its occurrence: what it said no longer matters.
    summary: cancelled ? '' : (e.summary ?? ''),
    location: cancelled ? '' : (e.location ?? ''),
    description: cancelled ? '' : (e.description ?? ''),
    start: cancelled ? '' : instant(e.start),
    end: cancelled ? '' : instant(e.end),
    recurrence: [...(e.recurrence ?? [])],
    status: e.status ?? 'confirmed',
    attendees: cancelled
      ? []
      : (e.attendees ?? []).map((a) => (a.email ?? '').toLowerCase()).sort(),
    recurringEventId: e.recurringEventId ?? '',
    originalStart: instant(e.originalStartTime),
  };
}
