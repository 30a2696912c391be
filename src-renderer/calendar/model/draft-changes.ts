// How an editor draft (or a drag) differs from the occurrence it was opened from, and the
// draft's times and fields as stored: the span of the event in its zone's wall clock, the
// shift of its start, whether its kind or rule changed, and its other fields. Pure.
import type { CalendarEvent, EventDateTime, EventFields } from '../../../src-preload/model/event';
import { EDITED_FIELDS, sameField, sameValue } from '../../../src-preload/model/fields';
import {
  DAY_MS,
  addDays,
  floatingFromWall,
  instantToFloating,
  isoDate,
  isValidZone,
  wallToInstant,
} from '../../../src-preload/model/zoned-time';
import { eventZone, instantOf, timedDateTime } from '../../../src-preload/model/event-time';
import type { EventDraft, RepeatRule } from './types';

export interface Span {
  allDay: boolean;
  zone: string;
  /** Wall clock of the start (floating ms); all-day: UTC midnight of the first day. */
  startFloat: number;
  /** Timed: instant length; all-day: whole days. */
  durationMs: number;
}

export interface Change {
  span: Span;
  zone: string;
  /** Wall-clock shift of the start, floating ms. */
  delta: number;
  masterStartFloat: number;
  timeChanged: boolean;
  kindChanged: boolean;
  ruleChanged: boolean;
  /** Changed non-time fields, with their new values. */
  fields: Partial<EventFields>;
}

export function describeChange(
  master: CalendarEvent,
  draft: EventDraft,
  baseline: EventDraft,
): Change {
  const span = draftSpan(draft);
  const baseSpan = draftSpan(baseline);
  const next = draftFields(draft);
  const before = draftFields(baseline);
  const fields: Partial<EventFields> = {};
  for (const key of EDITED_FIELDS)
    if (!sameField(key, next[key], before[key]))
      (fields as Record<string, unknown>)[key] = next[key];
  const masterZone = eventZone(master.start);
  const masterStartFloat = master.start.date
    ? floatingFromWall(master.start.date)
    : instantToFloating(instantOf(master.start), masterZone);
  const delta = span.startFloat - baseSpan.startFloat;
  const kindChanged = span.allDay !== baseSpan.allDay;
  const timeChanged =
    delta !== 0 ||
    kindChanged ||
    span.durationMs !== baseSpan.durationMs ||
    span.zone !== baseSpan.zone;
  return {
    span,
    zone: span.zone,
    delta,
    masterStartFloat,
    timeChanged,
    kindChanged,
    ruleChanged: !sameRule(draft.repeat, baseline.repeat),
    fields,
  };
}

export function draftSpan(draft: EventDraft): Span {
  const zone = isValidZone(draft.timeZone) ? draft.timeZone : 'UTC';
  if (draft.allDay) {
    const startFloat = floatingFromWall(draft.startDate);
    return {
      allDay: true,
      zone,
      startFloat,
      durationMs: floatingFromWall(draft.endDate) + DAY_MS - startFloat,
    };
  }
  const startFloat = floatingFromWall(draft.startDate, draft.startTime);
  const startMs = wallToInstant(startFloat, zone);
  const endMs = wallToInstant(floatingFromWall(draft.endDate, draft.endTime), zone);
  return { allDay: false, zone, startFloat, durationMs: endMs - startMs };
}

/** start/end/startMs/endMs for a span of the given shape starting at `startFloat`. */
export function placeSpan(
  span: Span,
  startFloat: number,
  zone = span.zone,
): { start: EventDateTime; end: EventDateTime; startMs: number; endMs: number } {
  if (span.allDay) {
    const day = Math.floor(startFloat / DAY_MS) * DAY_MS;
    const days = Math.max(1, Math.round(span.durationMs / DAY_MS));
    return {
      start: { date: isoDate(day) },
      end: { date: isoDate(day + days * DAY_MS) },
      startMs: day,
      endMs: day + days * DAY_MS,
    };
  }
  const startMs = wallToInstant(startFloat, zone);
  const endMs = startMs + span.durationMs;
  return { start: timedDateTime(startMs, zone), end: timedDateTime(endMs, zone), startMs, endMs };
}

/** The draft's fields as stored: its other fields, and its times placed in its zone. */
export function draftValues(draft: EventDraft) {
  const span = draftSpan(draft);
  return { ...draftFields(draft), ...placeSpan(span, span.startFloat) };
}

/** The draft's non-time fields as stored. */
export function draftFields(draft: EventDraft): Partial<EventFields> & { summary: string } {
  return {
    summary: draft.summary.trim(),
    location: draft.location,
    description: draft.description,
    attendees: draft.attendees.map((a) => ({ ...a, email: a.email.trim() })),
    reminders: draft.reminders.useDefault
      ? { useDefault: true }
      : { useDefault: false, overrides: draft.reminders.overrides ?? [] },
    transparency: draft.transparency,
    visibility: draft.visibility,
    colorId: draft.colorId,
  };
}

export function wallFields(change: { start: string; end: string; allDay: boolean }, zone: string) {
  if (change.allDay) {
    const startDate = change.start.slice(0, 10);
    const endExclusive = change.end.slice(0, 10);
    return { startDate, endDate: endExclusive > startDate ? addDays(endExclusive, -1) : startDate };
  }
  const s = instantToFloating(Date.parse(change.start), zone);
  const e = instantToFloating(Date.parse(change.end), zone);
  return {
    startDate: isoDate(s),
    startTime: new Date(s).toISOString().slice(11, 16),
    endDate: isoDate(e),
    endTime: new Date(e).toISOString().slice(11, 16),
  };
}

/** Whether two repeat rules are the same rule. */
export function sameRule(a: RepeatRule | null, b: RepeatRule | null): boolean {
  return sameValue(a, b);
}

/** The fields that have a value: empty text and lists left out (as a new event stores them). */
export function withoutEmpty<T extends object>(fields: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
      continue;
    (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
