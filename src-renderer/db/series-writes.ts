// Changing a repeating event as a whole or from one occurrence on: "all events" moves the
// series and re-keys its exceptions to the shifted occurrences; "this and following" ends
// the series before the occurrence (UNTIL) and starts a new one from it, taking the later
// exceptions along. Exceptions keep what they changed on their own.
import type { CalendarEvent, EventDateTime, EventFields } from '../../src-preload/model/event';
import { sameValue } from '../../src-preload/model/fields';
import { instanceIdFor, originalStartOf } from '../../src-preload/model/instance-ids';
import { DAY_MS, floatingFromWall, instantToFloating } from '../../src-preload/model/zoned-time';
import { eventZone, instantOf, timedDateTime } from '../../src-preload/model/event-time';
import type { EventDraft, Occurrence } from '../calendar/model/types';
import { exceptionKey, seriesInstances } from '../calendar/model/series-expansion';
import { recurrenceFromRepeatRule } from '../calendar/model/repeat-rules';
import { meetCreateRequest, meetLinkOf } from '../calendar/model/conference';
import {
  describeChange,
  draftFields,
  draftSpan,
  placeSpan,
  withoutEmpty,
  type Change,
  type Span,
} from '../calendar/model/draft-changes';
import {
  continuedRecurrence,
  isAtOrAfter,
  shiftedRecurrence,
  truncatedRecurrence,
  type Split,
} from '../calendar/model/recurrence-rewrite';
import { LocalChanges, carriedFields } from './local-changes';
import { newEventId } from './event-writes';

/** A change to a series from one of its occurrences, as the editor made it. */
export interface SeriesEdit {
  w: LocalChanges;
  master: CalendarEvent;
  /** The series' exceptions here. */
  exceptions: CalendarEvent[];
  /** The occurrence the editor was opened on. */
  occ: Occurrence;
  draft: EventDraft;
  /** The draft as it was opened, before the person's changes. */
  baseline: EventDraft;
}

/**
 * "All events": the master takes the changed fields, and a change of time moves every
 * occurrence by the same wall-clock delta. Exceptions that still carried the master's old
 * value of a changed field follow it; a time shift re-keys them to the shifted instances.
 */
export async function updateAll(edit: SeriesEdit): Promise<void> {
  const { w, master, exceptions, occ, draft, baseline } = edit;
  const change = describeChange(master, draft, baseline);
  const oldMaster = { ...master };
  const fields: Partial<EventFields> = { ...change.fields };
  if (draft.addMeet && !meetLinkOf(master)) fields.conferenceData = meetCreateRequest();
  if (change.timeChanged)
    Object.assign(
      fields,
      placeSpan(change.span, change.masterStartFloat + change.delta, change.zone),
    );
  const start = (fields.start ?? master.start) as EventDateTime;
  // A new rule, or a rule that must change type (UNTIL is a date for all-day series), is
  // written afresh; an unchanged rule keeps its lines, shifted with the series.
  if (change.ruleChanged || change.kindChanged)
    fields.recurrence = draft.repeat ? recurrenceFromRepeatRule(draft.repeat, start) : undefined;
  else if (change.delta !== 0)
    fields.recurrence = shiftedRecurrence(
      master,
      change.masterStartFloat,
      change.delta,
      change.span.allDay,
      change.zone,
    );
  master.kind = fields.recurrence === undefined && 'recurrence' in fields ? 'single' : 'master';
  await w.edit(master, fields);
  if (master.kind === 'single') {
    for (const e of exceptions) await w.dropException(e);
    return;
  }
  // In the order of the shift (latest first when the series moves later), so no exception
  // lands on a record that has yet to move away.
  for (const e of inShiftOrder(exceptions, change.delta)) {
    if (e.id === occ.event.id && occ.event.kind === 'exception') {
      // The edited instance itself takes the draft as a whole.
      await rekeyException(w, e, master, change, oldMaster, draftFields(draft), draftSpan(draft));
    } else {
      await rekeyException(w, e, master, change, oldMaster);
    }
  }
}

/**
 * "This and following": the old master ends just before the instance (UNTIL), a new
 * master starts from it with the draft, and exceptions after the split move to the new
 * series (new ids, shifted original starts).
 */
export async function updateFollowing(edit: SeriesEdit, split: Split): Promise<void> {
  const { w, master, exceptions, occ, draft, baseline } = edit;
  const change = describeChange(master, draft, baseline);
  const oldMaster = { ...master };
  const span = change.span;
  const newId = newEventId();
  const times = placeSpan(span, span.startFloat, change.zone);
  let recurrence: string[] | undefined;
  if (!draft.repeat) recurrence = undefined;
  else if (change.ruleChanged || change.kindChanged)
    recurrence = recurrenceFromRepeatRule(draft.repeat, times.start);
  else recurrence = continuedRecurrence(master, split, change.delta, span.allDay, change.zone);

  // The later part is a series of its own: Google gives it its own iCalUID.
  const { iCalUID: _uid, ...carried } = carriedFields(master);
  const created: Omit<CalendarEvent, 'localVersion' | 'dirty'> = {
    ...carried,
    id: newId,
    calendarId: master.calendarId,
    kind: recurrence ? 'master' : 'single',
    status: 'confirmed',
    ...withoutEmpty(draftFields(draft)),
    summary: draft.summary.trim(),
    ...times,
    ...(recurrence ? { recurrence } : {}),
    updatedAt: new Date().toISOString(),
  };
  // The later part keeps the series' video call (Google copies conference data it is given).
  if (master.conferenceData) created.conferenceData = structuredClone(master.conferenceData);
  else if (draft.addMeet) created.conferenceData = meetCreateRequest();
  const newMaster = await w.insert(created);
  await w.edit(master, { recurrence: truncatedRecurrence(master, split) });

  for (const e of exceptions) {
    if (!isAtOrAfter(e, split)) continue;
    if (e.id === occ.event.id || !recurrence) {
      await w.dropException(e);
      continue;
    }
    await rekeyException(w, e, newMaster, change, oldMaster);
  }
}

/**
 * Moves an exception to `series` after a change: shifted original start and id, the
 * changed fields where it still had the old master's value, and (when it had not been
 * moved on its own) its times shifted too. `own` replaces its fields outright.
 */
async function rekeyException(
  w: LocalChanges,
  exception: CalendarEvent,
  series: CalendarEvent,
  change: Change,
  oldMaster: CalendarEvent,
  own?: Partial<EventFields>,
  ownSpan?: Span,
): Promise<void> {
  const fields: Partial<EventFields> = {};
  if (own) Object.assign(fields, own, placeSpan(ownSpan!, ownSpan!.startFloat));
  else {
    for (const [key, value] of Object.entries(change.fields)) {
      if (sameValue(exception[key as keyof EventFields], oldMaster[key as keyof EventFields]))
        (fields as Record<string, unknown>)[key] = value;
    }
  }
  const original = exception.originalStartTime;
  const rekey =
    series.id !== exception.recurringEventId || change.delta !== 0 || change.kindChanged;
  if (!rekey || !original) return w.edit(exception, fields);

  const oldZone = eventZone(oldMaster.start);
  const originalFloat = original.date
    ? floatingFromWall(original.date)
    : instantToFloating(instantOf(original), oldZone);
  const shiftedOriginal = placeSpan(change.span, originalFloat + change.delta, change.zone).start;
  const unmoved =
    exceptionKey({ ...exception, originalStartTime: exception.start }) === exceptionKey(exception);
  if (!own && unmoved && exception.status !== 'cancelled') {
    const span: Span = {
      ...change.span,
      durationMs: exception.endMs - exception.startMs || change.span.durationMs,
    };
    Object.assign(fields, placeSpan(span, originalFloat + change.delta, change.zone));
  }
  const id = instanceIdFor(series.id, shiftedOriginal);
  // An exception for a time the series no longer has (Google added it for the old time while
  // the series moved here) has no instance to become in `series`: Google would refuse it.
  // It stays as it is, where Google keeps it too.
  if (!isInstanceOf(series, id, shiftedOriginal)) return;
  const { id: _old, dirty: _dirty, google: _google, base: _base, ...rest } = exception;
  // The series may have moved onto the exception's old time (by whole periods): that id is
  // now one of its plain occurrences. Deleting it there would hide that occurrence (Google
  // keeps a cancelled instance), so it becomes the moved series' occurrence instead.
  const vacated =
    series.id === exception.recurringEventId ? occurrenceAt(series, exception.id) : null;
  if (vacated) await w.resetOccurrence(series, exception.id, vacated);
  else await w.dropException(exception);
  await w.putException(
    series,
    id,
    shiftedOriginal,
    { ...rest, ...fields, recurringEventId: series.id, originalStartTime: shiftedOriginal },
    exception.status === 'cancelled' ? 'cancelled' : 'confirmed',
  );
}

/** The generated occurrence `id` of a (timed) series, with its times as stored fields; null when the series has none. */
function occurrenceAt(
  series: CalendarEvent,
  id: string,
): {
  originalStart: EventDateTime;
  start: EventDateTime;
  end: EventDateTime;
  startMs: number;
  endMs: number;
} | null {
  const at = originalStartOf(id)?.instant;
  if (at === undefined || !series.recurrence) return null;
  try {
    const instance = seriesInstances(series, {
      start: new Date(at - DAY_MS),
      end: new Date(at + 2 * DAY_MS),
    }).find((i) => i.instanceId === id);
    if (!instance || instance.allDay) return null;
    const zone = eventZone(series.start);
    const startMs = Date.parse(instance.start);
    const endMs = Date.parse(instance.end);
    return {
      originalStart: instance.originalStart,
      start: timedDateTime(startMs, zone),
      end: timedDateTime(endMs, zone),
      startMs,
      endMs,
    };
  } catch {
    return null;
  }
}

/** Exceptions ordered so that re-keying them by `delta` writes each target after its old holder moved on. */
function inShiftOrder(exceptions: CalendarEvent[], delta: number): CalendarEvent[] {
  const at = (e: CalendarEvent) => instantOf(e.originalStartTime);
  return [...exceptions].sort((a, b) => (delta > 0 ? at(b) - at(a) : at(a) - at(b)));
}

/** Whether `id` (at `original`) is one of the series' generated instances; an unreadable rule is given the benefit of the doubt. */
function isInstanceOf(series: CalendarEvent, id: string, original: EventDateTime): boolean {
  const at = instantOf(original);
  if (!series.recurrence || !Number.isFinite(at)) return true;
  try {
    return seriesInstances(series, {
      start: new Date(at - 2 * DAY_MS),
      end: new Date(at + 2 * DAY_MS),
    }).some((i) => i.instanceId === id);
  } catch {
    return true;
  }
}
