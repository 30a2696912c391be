// Turning a stored record into the Occurrence a view draws, and the range test every
// query shares. All-day records index their dates as UTC midnight, so without knowing the
// viewer's zone they are matched against the range widened by the extreme zone offsets.
import type { CalendarEvent } from '../../../src-preload/model/event';
import type { Occurrence } from './types';
import { visibleText } from '../../visible-text';

export type Range = { start: Date; end: Date };

/** The occurrence of a plain event or an exception (`master` given for exceptions). */
export function occurrenceOf(
  event: CalendarEvent,
  color: string,
  master?: CalendarEvent,
): Occurrence {
  const allDay = Boolean(event.start.date);
  const occurrence: Occurrence = {
    key: event.id,
    event,
    instanceId: event.id,
    title: occurrenceTitle(event),
    allDay,
    start: allDay ? event.start.date! : new Date(event.startMs).toISOString(),
    end: allDay ? (event.end.date ?? event.start.date!) : new Date(event.endMs).toISOString(),
    startMs: event.startMs,
    endMs: event.endMs,
    color,
  };
  if (master) {
    occurrence.master = master;
    occurrence.seriesId = master.id;
    if (event.originalStartTime) occurrence.originalStart = event.originalStartTime;
  } else if (event.recurringEventId) {
    occurrence.seriesId = event.recurringEventId;
    if (event.originalStartTime) occurrence.originalStart = event.originalStartTime;
  }
  return occurrence;
}

/**
 * A plain copy of an occurrence with some fields replaced. Generated instances keep their
 * strings behind getters (written only when read), which object spread would drop; every
 * copy goes through here.
 */
export function copyOccurrence(occ: Occurrence, changes: Partial<Occurrence> = {}): Occurrence {
  const copy: Occurrence = {
    key: occ.key,
    event: occ.event,
    instanceId: occ.instanceId,
    title: occ.title,
    allDay: occ.allDay,
    start: occ.start,
    end: occ.end,
    startMs: occ.startMs,
    endMs: occ.endMs,
    color: occ.color,
  };
  if (occ.seriesId !== undefined) copy.seriesId = occ.seriesId;
  if (occ.master !== undefined) copy.master = occ.master;
  if (occ.originalStart !== undefined) copy.originalStart = occ.originalStart;
  if (occ.copies !== undefined) copy.copies = occ.copies;
  return Object.assign(copy, changes);
}

/**
 * Start order, by number (thousands are sorted per range): earlier first, an all-day day
 * before the timed events of that UTC day, then by record id for a stable order.
 */
export function byStartMs(a: Occurrence, b: Occurrence): number {
  return (
    a.startMs - b.startMs ||
    Number(b.allDay) - Number(a.allDay) ||
    (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0)
  );
}

/** What the grid shows as the title; Google shows untitled events the same way. */
export function occurrenceTitle(event: CalendarEvent): string {
  return event.summary?.trim() ? visibleText(event.summary) : '(No title)';
}

/** Whether a record overlaps the range, for any viewer's zone in the all-day case. */
export function overlapsRange(event: CalendarEvent, range: Range): boolean {
  const from = range.start.getTime();
  const to = range.end.getTime();
  if (event.start.date)
    return event.startMs - 14 * HOUR_MS < to && event.endMs + 12 * HOUR_MS > from;
  if (event.endMs <= event.startMs) return event.startMs >= from && event.startMs < to;
  return event.startMs < to && event.endMs > from;
}

const HOUR_MS = 3_600_000;
