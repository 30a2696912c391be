// The writes the editor and the grid make: create, update, move and delete, for plain
// events and for repeating ones in the three scopes (this / this and following / all),
// stored the way Google stores them so sync is a field-for-field mapping. Every operation
// validates first and runs in one Dexie transaction, so bad input or a failure half way
// leaves saved data as it was. Records in calendars linked to Google also get an outbox
// entry for the sync engine to push.
import type {
  Calendar,
  CalendarEvent,
  EventDateTime,
  EventFieldName,
  EventFields,
  ResponseStatus,
} from '../../src-preload/model/event';
import type { OutboxEntry, SendUpdates } from '../../src-preload/local-store';
import type { AlmanacDatabase } from '../db/database';
import { canWrite } from '../../src-preload/model/calendar-access';
import {
  EDITED_FIELDS,
  FIELDS,
  INHERITED_FIELDS,
  isEventField,
  sameField,
  sameValue,
} from '../../src-preload/model/fields';
import { originalStartOf } from '../../src-preload/model/instance-ids';
import type { DraftProblem, EditScope, EventDraft, Occurrence, RepeatRule } from './model';
import { draftFromOccurrence, repeatRuleForDraft, validateDraft } from './drafts';
import { lockedProblem, typeRules } from './event-types';
import {
  exceptionKey,
  recurrenceFromRepeatRule,
  seriesFloatsBetween,
  seriesInstances,
} from './recurrence';
import {
  floatingValue,
  formatLine,
  formatRuleParts,
  parseLine,
  ruleParts,
} from '../../src-preload/model/recurrence-lines';
import { instanceIdFor } from '../../src-preload/model/instance-ids';
import {
  DAY_MS,
  addDays,
  floatingFromWall,
  instantToFloating,
  isoDate,
  isValidZone,
  systemZone,
  wallToInstant,
} from '../../src-preload/model/zoned-time';
import { dateStamp, instantStamp } from '../../src-preload/model/instance-ids';
import { instantOf, eventZone, timedDateTime } from '../../src-preload/model/event-time';

export class DraftValidationError extends Error {
  problems: DraftProblem[];
  constructor(problems: DraftProblem[]) {
    super(problems.map((p) => p.message).join(' '));
    this.name = 'DraftValidationError';
    this.problems = problems;
  }
}

/**
 * How a change reaches Google: whether Google emails the guests about it (the user's answer
 * to "Send update emails to guests?"; nobody is emailed unless they said Send).
 */
export interface WriteOptions {
  sendUpdates?: SendUpdates;
}

/** Stores a new event (a series master when the draft repeats) and returns its id. */
export async function createEvent(
  db: AlmanacDatabase,
  draft: EventDraft,
  options: WriteOptions = {},
): Promise<string> {
  assertValid(validateDraft(draft));
  const id = newEventId();
  await db.transaction('rw', db.events, db.outbox, db.calendars, async () => {
    const calendar = await writableCalendar(db, draft.calendarId);
    const span = draftSpan(draft);
    const fields = { ...draftFields(draft), ...placeSpan(span, span.startFloat) };
    const record: CalendarEvent = {
      id,
      calendarId: calendar.id,
      kind: draft.repeat ? 'master' : 'single',
      status: 'confirmed',
      ...withoutEmpty(fields),
      summary: fields.summary,
      start: fields.start,
      end: fields.end,
      startMs: fields.startMs,
      endMs: fields.endMs,
      ...(draft.repeat ? { recurrence: recurrenceFromRepeatRule(draft.repeat, fields.start) } : {}),
      localVersion: 1,
      updatedAt: nowIso(),
    };
    if (draft.addMeet) record.conferenceData = meetCreateRequest();
    record.dirty = fieldNames(record);
    await db.events.add(record);
    await enqueue(db, calendar, id, 'insert', options.sendUpdates);
  });
  return id;
}

/** Saves the editor's draft for an occurrence; for a repeating event, in `scope`. */
export async function updateEvent(
  db: AlmanacDatabase,
  occ: Occurrence,
  draft: EventDraft,
  scope: EditScope,
  options: WriteOptions = {},
): Promise<void> {
  // The length limits are for what the user types: a long description or place that came
  // from Google as it is must not stop them from changing anything else about the event,
  // nor must a field its type keeps read-only (a Gmail event's empty title, say).
  const rules = typeRules(occ.event);
  assertValid(
    validateDraft(draft).filter(
      (p) =>
        !(p.field === 'description' && draft.description === (occ.event.description ?? '')) &&
        !(p.field === 'location' && draft.location === (occ.event.location ?? '')) &&
        !lockedProblem(rules, p),
    ),
  );
  await applyDraft(db, occ, draft, scope, options);
}

/** Drag to move or resize: new start/end in Occurrence format. Only the times are checked. */
export async function moveEvent(
  db: AlmanacDatabase,
  occ: Occurrence,
  change: { start: string; end: string; allDay: boolean },
  scope: EditScope,
  options: WriteOptions = {},
): Promise<void> {
  const base = draftFromOccurrence(
    occ,
    occ.event.start.timeZone ?? occ.master?.start.timeZone ?? systemZone(),
  );
  const draft: EventDraft = {
    ...base,
    allDay: change.allDay,
    ...wallFields(change, base.timeZone),
  };
  // A moved event keeps whatever title it has, even an empty one synced from Google.
  assertValid(
    validateDraft(draft).filter(
      (p) => p.field === 'start' || p.field === 'end' || p.field === 'timeZone',
    ),
  );
  await applyDraft(db, occ, draft, scope, options);
}

/** Deletes an occurrence; for a repeating event, in `scope`. */
export async function deleteEvent(
  db: AlmanacDatabase,
  occ: Occurrence,
  scope: EditScope,
  options: WriteOptions = {},
): Promise<void> {
  await db.transaction('rw', db.events, db.outbox, db.calendars, async () => {
    const stored = await db.events.get(occ.event.id);
    if (!stored) return; // already gone: deleting twice is not an error
    const calendar = await writableCalendar(db, stored.calendarId);
    const w = new Writer(db, calendar, options.sendUpdates);
    if (!isSeriesOccurrence(occ, stored)) return w.remove(stored);
    const master =
      stored.kind === 'master'
        ? stored
        : await db.events.get(stored.recurringEventId ?? occ.seriesId ?? '');
    if (!master) return w.remove(stored);
    const exceptions = await db.events.where('recurringEventId').equals(master.id).toArray();
    if (scope === 'this') return cancelInstance(w, master, occ, stored);
    const split = splitPoint(master, occ);
    if (scope === 'all' || split.before === 0) {
      for (const e of exceptions) await db.events.delete(e.id);
      return w.remove(master);
    }
    await w.patch(master, { recurrence: truncatedRecurrence(master, split) });
    for (const e of exceptions) if (isAtOrAfter(e, split)) await w.dropException(e);
  });
}

/**
 * A guest's answer ("Going?"): only their own attendee's responseStatus changes, and it goes
 * to Google as a change to `attendees` alone, with no emails (Google tells the organizer).
 * For a repeating event, "this" answers one occurrence (an exception of the series, as
 * Google keeps it) and "all" the series and every occurrence already kept on its own.
 */
export async function respondToEvent(
  db: AlmanacDatabase,
  occ: Occurrence,
  responseStatus: ResponseStatus,
  scope: Exclude<EditScope, 'following'> = 'all',
): Promise<void> {
  await db.transaction('rw', db.events, db.outbox, db.calendars, async () => {
    const stored = await db.events.get(occ.event.id);
    if (!stored || stored.status === 'cancelled')
      throw new Error('This event no longer exists; it may have been deleted elsewhere.');
    if (!stored.attendees?.some((a) => a.self))
      throw new Error('You are not on the guest list of this event.');
    const w = new Writer(db, await writableCalendar(db, stored.calendarId), 'none');
    const answered = (record: CalendarEvent) =>
      (record.attendees ?? []).map((a) => (a.self ? { ...a, responseStatus } : { ...a }));
    const master = isSeriesOccurrence(occ, stored)
      ? stored.kind === 'master'
        ? stored
        : await db.events.get(stored.recurringEventId ?? occ.seriesId ?? '')
      : undefined;
    if (!master || (scope === 'this' && stored.kind === 'exception'))
      return w.patch(stored, { attendees: answered(stored) });
    if (scope === 'this')
      return w.putException(
        master,
        occ.instanceId,
        occ.originalStart!,
        { ...occurrenceTimes(master, occ), attendees: answered(master) },
        'confirmed',
        ['attendees'],
      );
    await w.patch(master, { attendees: answered(master) });
    for (const e of await db.events.where('recurringEventId').equals(master.id).toArray()) {
      if (e.status !== 'cancelled' && e.attendees?.some((a) => a.self))
        await w.patch(e, { attendees: answered(e) });
    }
  });
}

/** The Meet (video) link of an event: hangoutLink or a video entry point; https only. */
export function meetLinkOf(
  event: Pick<CalendarEvent, 'hangoutLink' | 'conferenceData'>,
): string | undefined {
  const candidates: unknown[] = [event.hangoutLink];
  const points = (event.conferenceData as { entryPoints?: unknown } | undefined)?.entryPoints;
  if (Array.isArray(points)) {
    for (const p of points as { entryPointType?: unknown; uri?: unknown }[])
      if (p?.entryPointType === 'video') candidates.push(p.uri);
  }
  for (const c of candidates) {
    if (typeof c !== 'string') continue;
    try {
      if (new URL(c).protocol === 'https:') return c;
    } catch {
      // not a URL: ignored
    }
  }
  return undefined;
}

/** What asks Google to create a Meet conference for the event (needs conferenceDataVersion=1). */
function meetCreateRequest() {
  return {
    createRequest: {
      requestId: globalThis.crypto.randomUUID(),
      conferenceSolutionKey: { type: 'hangoutsMeet' },
    },
  };
}

// ---------------------------------------------------------------------------------------

/** A fresh Google-valid event id: the 32 hex digits of a UUID (hex is a subset of base32hex). */
export function newEventId(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, '');
}

function assertValid(problems: DraftProblem[]): void {
  if (problems.length > 0) throw new DraftValidationError(problems);
}

async function applyDraft(
  db: AlmanacDatabase,
  occ: Occurrence,
  draft: EventDraft,
  scope: EditScope,
  options: WriteOptions,
): Promise<void> {
  await db.transaction('rw', db.events, db.outbox, db.calendars, async () => {
    const stored = await db.events.get(occ.event.id);
    if (!stored || stored.status === 'cancelled')
      throw new Error('This event no longer exists; it may have been deleted elsewhere.');
    if (draft.calendarId !== stored.calendarId) {
      await moveToCalendar(db, stored, draft.calendarId);
      stored.calendarId = draft.calendarId;
    }
    const w = new Writer(db, await writableCalendar(db, stored.calendarId), options.sendUpdates);
    const baseline = draftFromOccurrence(occ, draft.timeZone);

    if (!isSeriesOccurrence(occ, stored)) return updatePlain(w, stored, draft);
    const master =
      stored.kind === 'master'
        ? stored
        : await db.events.get(stored.recurringEventId ?? occ.seriesId ?? '');
    if (!master) return updatePlain(w, stored, draft);
    if (scope === 'this') return updateInstance(w, master, occ, stored, draft);
    const exceptions = await db.events.where('recurringEventId').equals(master.id).toArray();
    const split = splitPoint(master, occ);
    // An occurrence past the series' end (an edit Google kept when the series was cut short)
    // has no following ones: "this and following" is this one, not a new, empty series.
    if (scope === 'following' && split.before > 0 && !hasOccurrenceFrom(master, split))
      return updateInstance(w, master, occ, stored, draft);
    if (scope === 'all' || split.before === 0)
      return updateAll(w, master, exceptions, occ, draft, baseline);
    return updateFollowing(w, master, exceptions, occ, draft, baseline, split);
  });
}

/** A plain event (or a series whose rule could not be read): the draft replaces its fields. */
async function updatePlain(w: Writer, stored: CalendarEvent, draft: EventDraft): Promise<void> {
  const span = draftSpan(draft);
  const fields: Partial<EventFields> = {
    ...draftFields(draft),
    ...placeSpan(span, span.startFloat),
  };
  // A rule Almanac cannot read is shown as no rule at all: saving without choosing one keeps it.
  const unreadable = stored.kind === 'single' && Boolean(stored.recurrence?.length);
  const keep = unreadable
    ? draft.repeat === null
    : sameRule(repeatRuleForDraft(stored, draft.timeZone), draft.repeat);
  if (!keep)
    fields.recurrence = draft.repeat
      ? recurrenceFromRepeatRule(draft.repeat, fields.start!)
      : undefined;
  if (stored.kind !== 'exception' && !(keep && unreadable))
    stored.kind = (keep ? stored.recurrence?.length : draft.repeat) ? 'master' : 'single';
  if (draft.addMeet && !meetLinkOf(stored)) fields.conferenceData = meetCreateRequest();
  await w.patch(stored, fields);
}

/** "This event": the instance becomes (or stays) an exception keyed by its original start. */
async function updateInstance(
  w: Writer,
  master: CalendarEvent,
  occ: Occurrence,
  stored: CalendarEvent,
  draft: EventDraft,
): Promise<void> {
  const span = draftSpan(draft);
  const fields: Partial<EventFields> = {
    ...draftFields(draft),
    ...placeSpan(span, span.startFloat),
  };
  // An instance has its series' conference unless it has one of its own.
  if (draft.addMeet && !meetLinkOf(stored) && !meetLinkOf(master))
    fields.conferenceData = meetCreateRequest();
  if (stored.kind === 'exception') return w.patch(stored, fields);
  await w.putException(master, occ.instanceId, occ.originalStart!, fields, 'confirmed');
}

/**
 * "All events": the master takes the changed fields, and a change of time moves every
 * occurrence by the same wall-clock delta. Exceptions that still carried the master's old
 * value of a changed field follow it; a time shift re-keys them to the shifted instances.
 */
async function updateAll(
  w: Writer,
  master: CalendarEvent,
  exceptions: CalendarEvent[],
  occ: Occurrence,
  draft: EventDraft,
  baseline: EventDraft,
): Promise<void> {
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
  await w.patch(master, fields);
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
async function updateFollowing(
  w: Writer,
  master: CalendarEvent,
  exceptions: CalendarEvent[],
  occ: Occurrence,
  draft: EventDraft,
  baseline: EventDraft,
  split: Split,
): Promise<void> {
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
  const newMaster: CalendarEvent = {
    ...carried,
    id: newId,
    calendarId: master.calendarId,
    kind: recurrence ? 'master' : 'single',
    status: 'confirmed',
    ...withoutEmpty(draftFields(draft)),
    summary: draft.summary.trim(),
    ...times,
    ...(recurrence ? { recurrence } : {}),
    localVersion: 1,
    updatedAt: nowIso(),
  };
  // The later part keeps the series' video call (Google copies conference data it is given).
  if (master.conferenceData) newMaster.conferenceData = structuredClone(master.conferenceData);
  else if (draft.addMeet) newMaster.conferenceData = meetCreateRequest();
  newMaster.dirty = fieldNames(newMaster);
  await w.insert(newMaster);
  await w.patch(master, { recurrence: truncatedRecurrence(master, split) });

  for (const e of exceptions) {
    if (!isAtOrAfter(e, split)) continue;
    if (e.id === occ.event.id || !recurrence) {
      await w.dropException(e);
      continue;
    }
    await rekeyException(w, e, newMaster, change, oldMaster);
  }
}

/** Deleting one instance: a cancelled exception, as Google records it. */
async function cancelInstance(
  w: Writer,
  master: CalendarEvent,
  occ: Occurrence,
  stored: CalendarEvent,
): Promise<void> {
  if (stored.kind === 'exception') {
    await w.patch(stored, { status: 'cancelled' }, 'delete');
    return;
  }
  await w.putException(
    master,
    occ.instanceId,
    occ.originalStart!,
    occurrenceTimes(master, occ),
    'cancelled',
  );
}

/** A generated occurrence's own start and end, in its series' zone. */
function occurrenceTimes(
  master: CalendarEvent,
  occ: Occurrence,
): Pick<EventFields, 'start' | 'end'> {
  return occ.allDay
    ? { start: { date: occ.start }, end: { date: occ.end } }
    : {
        start: timedDateTime(Date.parse(occ.start), eventZone(master.start)),
        end: timedDateTime(Date.parse(occ.end), eventZone(master.start)),
      };
}

// ---------------------------------------------------------------------------------------
// How a draft differs from the occurrence it was opened from.

interface Span {
  allDay: boolean;
  zone: string;
  /** Wall clock of the start (floating ms); all-day: UTC midnight of the first day. */
  startFloat: number;
  /** Timed: instant length; all-day: whole days. */
  durationMs: number;
}

interface Change {
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

function describeChange(master: CalendarEvent, draft: EventDraft, baseline: EventDraft): Change {
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

function draftSpan(draft: EventDraft): Span {
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
function placeSpan(
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

/** The draft's non-time fields as stored. */
function draftFields(draft: EventDraft): Partial<EventFields> & { summary: string } {
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

function wallFields(change: { start: string; end: string; allDay: boolean }, zone: string) {
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

// ---------------------------------------------------------------------------------------
// Series surgery.

interface Split {
  /** Exception key of the split instance's original start. */
  key: string;
  allDay: boolean;
  /** Instant (timed) or UTC-midnight date (all-day) of the original start. */
  ms: number;
  /** Wall clock of the original start in the series' zone. */
  floating: number;
  /** How many instances the series has before the split. */
  before: number;
}

function splitPoint(master: CalendarEvent, occ: Occurrence): Split {
  const original =
    occ.originalStart ?? (occ.allDay ? { date: occ.start } : { dateTime: occ.start });
  const allDay = Boolean(original.date);
  const zone = eventZone(master.start);
  const ms = instantOf(original);
  const floating = allDay ? ms : instantToFloating(ms, zone);
  const masterFloat = master.start.date
    ? floatingFromWall(master.start.date)
    : instantToFloating(instantOf(master.start), zone);
  let before: number;
  try {
    before =
      floating <= masterFloat ? 0 : seriesFloatsBetween(master, masterFloat, floating - 1).length;
  } catch {
    before = 0;
  }
  return { key: allDay ? `d${original.date}` : `t${ms}`, allDay, ms, floating, before };
}

/** Whether the series' rule has an occurrence at or after the split (looking ten years ahead). */
function hasOccurrenceFrom(master: CalendarEvent, split: Split): boolean {
  try {
    return seriesFloatsBetween(master, split.floating, split.floating + 3660 * DAY_MS).length > 0;
  } catch {
    return true;
  }
}

function isAtOrAfter(exception: CalendarEvent, split: Split): boolean {
  const key = exceptionKey(exception);
  if (!key) return false;
  const ms = key.startsWith('d') ? floatingFromWall(key.slice(1)) : Number(key.slice(1));
  return ms >= split.ms;
}

/** The master's lines ending just before the split: UNTIL replaces COUNT/UNTIL; later RDATE/EXDATE go. */
function truncatedRecurrence(master: CalendarEvent, split: Split): string[] {
  const until = split.allDay
    ? dateStamp(addDays(isoDate(split.ms), -1))
    : instantStamp(split.ms - 1000);
  return mapRecurrence(master, (line, floatOf) => {
    if (line.name === 'RRULE') {
      const parts = ruleParts(line.value);
      parts.delete('COUNT');
      parts.set('UNTIL', until);
      return { ...line, value: formatRuleParts(parts) };
    }
    if (line.name === 'RDATE' || line.name === 'EXDATE')
      return keepValues(line, (v) => floatOf(v) < split.floating);
    return line;
  });
}

/** The rest of the series from the split on: remaining COUNT, later RDATE/EXDATE shifted by `delta`. */
function continuedRecurrence(
  master: CalendarEvent,
  split: Split,
  delta: number,
  allDay: boolean,
  zone: string,
): string[] {
  return mapRecurrence(master, (line, floatOf) => {
    if (line.name === 'RRULE') {
      const parts = ruleParts(line.value);
      const count = Number(parts.get('COUNT'));
      if (parts.has('COUNT')) parts.set('COUNT', String(Math.max(1, count - split.before)));
      return {
        ...line,
        value: formatRuleParts(
          shiftUntil(shiftWeekdays(parts, split.floating, delta), floatOf, delta, allDay, zone),
        ),
      };
    }
    if (line.name === 'RDATE' || line.name === 'EXDATE') {
      const kept = keepValues(line, (v) => floatOf(v) >= split.floating);
      return kept && shiftValues(kept, floatOf, delta, allDay, zone);
    }
    return line;
  });
}

/** The master's lines with every occurrence moved by `delta` (wall clock). */
function shiftedRecurrence(
  master: CalendarEvent,
  fromFloat: number,
  delta: number,
  allDay: boolean,
  zone: string,
): string[] {
  return mapRecurrence(master, (line, floatOf) => {
    if (line.name === 'RRULE')
      return {
        ...line,
        value: formatRuleParts(
          shiftUntil(
            shiftWeekdays(ruleParts(line.value), fromFloat, delta),
            floatOf,
            delta,
            allDay,
            zone,
          ),
        ),
      };
    if (line.name === 'RDATE' || line.name === 'EXDATE')
      return shiftValues(line, floatOf, delta, allDay, zone);
    return line;
  });
}

/** UNTIL moves with the occurrences; left behind, the last ones would fall past it and vanish. */
function shiftUntil(
  parts: Map<string, string>,
  floatOf: (value: string) => number,
  delta: number,
  allDay: boolean,
  zone: string,
): Map<string, string> {
  const until = parts.get('UNTIL');
  const shifted = until && delta !== 0 ? floatOf(until) + delta : NaN;
  if (Number.isFinite(shifted))
    parts.set(
      'UNTIL',
      allDay ? dateStamp(isoDate(shifted)) : instantStamp(wallToInstant(shifted, zone)),
    );
  return parts;
}

type Line = ReturnType<typeof parseLine>;

function mapRecurrence(
  master: CalendarEvent,
  fn: (line: Line, floatOf: (value: string) => number) => Line | null,
): string[] {
  const zone = eventZone(master.start);
  const allDay = Boolean(master.start.date);
  const floatOf = (value: string, line: Line) =>
    floatingValue(value, line.params.get('TZID'), zone, allDay)?.floating ?? NaN;
  const out: string[] = [];
  for (const raw of master.recurrence ?? []) {
    const line = parseLine(raw);
    const mapped = fn(line, (v) => floatOf(v, line));
    if (mapped) out.push(formatLine(mapped));
  }
  return out;
}

function keepValues(line: Line, keep: (value: string) => boolean): Line | null {
  const values = line.value.split(',').filter(keep);
  return values.length > 0 ? { ...line, value: values.join(',') } : null;
}

/** Moves RDATE/EXDATE values by `delta`, rewritten in the series' own form (date, or UTC). */
function shiftValues(
  line: Line,
  floatOf: (value: string) => number,
  delta: number,
  allDay: boolean,
  zone: string,
): Line {
  if (delta === 0) return line;
  const values = line.value.split(',').map((v) => {
    const shifted = floatOf(v) + delta;
    return allDay ? dateStamp(isoDate(shifted)) : instantStamp(wallToInstant(shifted, zone));
  });
  const params = new Map(line.params);
  params.delete('TZID');
  if (allDay) params.set('VALUE', 'DATE');
  else params.delete('VALUE');
  return { ...line, params, value: values.join(',') };
}

/** BYDAY weekdays follow a shift across days, so "weekly on Monday" moved a day becomes Tuesday. */
function shiftWeekdays(
  parts: Map<string, string>,
  fromFloat: number,
  delta: number,
): Map<string, string> {
  const byDay = parts.get('BYDAY');
  const days = Math.floor((fromFloat + delta) / DAY_MS) - Math.floor(fromFloat / DAY_MS);
  const shift = ((days % 7) + 7) % 7;
  if (!byDay || shift === 0) return parts;
  const out = new Map(parts);
  out.set(
    'BYDAY',
    byDay
      .split(',')
      .map((d) => {
        const m = /^([+-]?\d*)(MO|TU|WE|TH|FR|SA|SU)$/.exec(d);
        if (!m) return d;
        return `${m[1]}${WEEK[(WEEK.indexOf(m[2] as (typeof WEEK)[number]) + shift) % 7]}`;
      })
      .join(','),
  );
  return out;
}

const WEEK = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/**
 * Moves an exception to `series` after a change: shifted original start and id, the
 * changed fields where it still had the old master's value, and (when it had not been
 * moved on its own) its times shifted too. `own` replaces its fields outright.
 */
async function rekeyException(
  w: Writer,
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
  if (!rekey || !original) return w.patch(exception, fields);

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

// ---------------------------------------------------------------------------------------
// Writing records and outbox entries.

class Writer {
  constructor(
    private readonly db: AlmanacDatabase,
    private readonly calendar: Calendar,
    private readonly sendUpdates: SendUpdates = 'none',
  ) {}

  private get linked(): boolean {
    return Boolean(this.calendar.account);
  }

  async insert(record: CalendarEvent): Promise<void> {
    await this.db.events.put(record);
    await this.enqueue(record.id, 'insert');
  }

  /** Sets changed fields (undefined clears), bumps the version and queues a patch. */
  async patch(
    record: CalendarEvent,
    fields: Partial<CalendarEvent>,
    op: OutboxEntry['op'] = 'patch',
  ): Promise<void> {
    const changed: EventFieldName[] = [];
    const target = record as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(fields)) {
      if (isEventField(key) ? sameField(key, target[key], value) : sameValue(target[key], value))
        continue;
      if (value === undefined) delete target[key];
      else target[key] = value;
      if (isEventField(key)) changed.push(key);
    }
    if (changed.length === 0 && !('startMs' in fields && fields.startMs !== record.startMs)) return;
    record.localVersion = (record.localVersion ?? 0) + 1;
    record.updatedAt = nowIso();
    record.dirty = [...new Set([...(record.dirty ?? []), ...changed])];
    await this.db.events.put(record);
    await this.enqueue(record.id, op, op === 'patch' ? changed : undefined);
  }

  /**
   * Creates or overwrites the exception `id` of `master`. `changed` names what differs from
   * the occurrence Google already has (a guest may send nothing but their answer); by default
   * every field is sent.
   */
  async putException(
    master: CalendarEvent,
    id: string,
    originalStart: EventDateTime,
    fields: Partial<CalendarEvent>,
    status: 'confirmed' | 'cancelled',
    changed?: EventFieldName[],
  ): Promise<void> {
    const existing = await this.db.events.get(id);
    const record: CalendarEvent = {
      ...carriedFields(master),
      ...(existing ?? {}),
      summary: master.summary,
      ...stripSeriesFields(fields),
      id,
      calendarId: master.calendarId,
      kind: 'exception',
      status,
      recurringEventId: master.id,
      originalStartTime: originalStart,
      start: (fields.start ?? existing?.start ?? master.start) as EventDateTime,
      end: (fields.end ?? existing?.end ?? master.end) as EventDateTime,
      startMs: fields.startMs ?? existing?.startMs ?? instantOf(fields.start ?? master.start),
      endMs: fields.endMs ?? existing?.endMs ?? instantOf(fields.end ?? master.end),
      localVersion: (existing?.localVersion ?? 0) + 1,
      updatedAt: nowIso(),
    };
    delete record.recurrence;
    record.dirty = [
      ...new Set([
        ...(existing?.dirty ?? []),
        ...(changed ??
          fieldNames(record).filter((f) => f !== 'recurringEventId' && f !== 'originalStartTime')),
      ]),
    ];
    await this.db.events.put(record);
    // On Google every instance already exists under its instance id: editing one is a
    // patch of that id, deleting one cancels it.
    await this.enqueue(
      id,
      status === 'cancelled' ? 'delete' : 'patch',
      status === 'cancelled' ? undefined : record.dirty,
    );
  }

  /**
   * Makes `id` its series' plain occurrence `at` again. A record Google knows is patched back
   * to the series' values; one it never had is written afresh, so that a change still queued
   * for that id (a delete) gives way to it rather than hiding the occurrence.
   */
  async resetOccurrence(
    series: CalendarEvent,
    id: string,
    at: {
      originalStart: EventDateTime;
      start: EventDateTime;
      end: EventDateTime;
      startMs: number;
      endMs: number;
    },
  ): Promise<void> {
    const fields: Partial<CalendarEvent> = {
      ...seriesValues(series),
      start: at.start,
      end: at.end,
      startMs: at.startMs,
      endMs: at.endMs,
    };
    const stored = await this.db.events.get(id);
    if (stored?.google) return this.patch(stored, { ...fields, status: 'confirmed' });
    if (stored) await this.db.events.delete(id);
    await this.putException(series, id, at.originalStart, fields, 'confirmed');
  }

  /**
   * Removes an exception the series no longer has. One Google knows stays as a cancelled
   * record (a live one becomes a tombstone whose delete goes up): its delete carries
   * If-Match and meets any edit made to it on Google meanwhile (which then survives), and a
   * cancelled one hides nothing the series still has. One Google never had simply goes.
   */
  async dropException(exception: CalendarEvent): Promise<void> {
    const stored = await this.db.events.get(exception.id);
    if (stored?.google) {
      if (stored.status !== 'cancelled')
        await this.patch(stored, { status: 'cancelled' }, 'delete');
      return;
    }
    await this.db.events.delete(exception.id);
  }

  /**
   * Deletes a record and, for a series, its exceptions. A record Google knows stays as a
   * cancelled tombstone so sync can tell a local delete from a record it never had.
   */
  async remove(record: CalendarEvent): Promise<void> {
    if (this.linked && record.google) await this.patch(record, { status: 'cancelled' }, 'delete');
    else {
      await this.db.events.delete(record.id);
      await this.enqueue(record.id, 'delete');
    }
  }

  private async enqueue(
    eventId: string,
    op: OutboxEntry['op'],
    fields?: EventFieldName[],
  ): Promise<void> {
    if (!this.linked) return;
    const entry: OutboxEntry = {
      eventId,
      calendarId: this.calendar.id,
      op,
      sendUpdates: this.sendUpdates,
      createdAt: Date.now(),
    };
    if (fields && fields.length > 0) entry.fields = fields;
    await this.db.outbox.add(entry);
  }
}

async function enqueue(
  db: AlmanacDatabase,
  calendar: Calendar,
  eventId: string,
  op: OutboxEntry['op'],
  sendUpdates: SendUpdates = 'none',
): Promise<void> {
  if (!calendar.account) return;
  await db.outbox.add({ eventId, calendarId: calendar.id, op, sendUpdates, createdAt: Date.now() });
}

async function writableCalendar(db: AlmanacDatabase, calendarId: string): Promise<Calendar> {
  const calendar = await db.calendars.get(calendarId);
  if (!calendar) throw new Error('That calendar no longer exists.');
  if (!canWrite(calendar)) throw new Error(`You can only view events in “${calendar.summary}”.`);
  return calendar;
}

/** Changing an event's calendar: only between calendars kept on this computer for now. */
async function moveToCalendar(
  db: AlmanacDatabase,
  stored: CalendarEvent,
  calendarId: string,
): Promise<void> {
  const from = await writableCalendar(db, stored.calendarId);
  const to = await writableCalendar(db, calendarId);
  if (from.account || to.account || stored.kind === 'exception')
    throw new Error('Moving this event to another calendar is not supported yet.');
  const exceptions = await db.events.where('recurringEventId').equals(stored.id).toArray();
  for (const e of exceptions) await db.events.update(e.id, { calendarId });
}

function isSeriesOccurrence(occ: Occurrence, stored: CalendarEvent): boolean {
  return Boolean(occ.seriesId) && (stored.kind === 'master' || stored.kind === 'exception');
}

function fieldNames(record: CalendarEvent): EventFieldName[] {
  return Object.keys(record).filter(
    (k) => isEventField(k) && (record as unknown as Record<string, unknown>)[k] !== undefined,
  ) as EventFieldName[];
}

/** What an occurrence changed on its own copies from its series. */
function carriedFields(master: CalendarEvent): Partial<CalendarEvent> {
  const out: Record<string, unknown> = {};
  for (const key of INHERITED_FIELDS)
    if (master[key] !== undefined) out[key] = structuredClone(master[key]);
  return out as Partial<CalendarEvent>;
}

/** The series' own values of the fields an occurrence may override, cleared where the series has none. */
function seriesValues(series: CalendarEvent): Partial<CalendarEvent> {
  const out: Record<string, unknown> = {};
  for (const key of INHERITED_FIELDS.filter((f) => FIELDS[f].writable))
    out[key] = series[key] === undefined ? undefined : structuredClone(series[key]);
  return out as Partial<CalendarEvent>;
}

function stripSeriesFields(fields: Partial<CalendarEvent>): Partial<CalendarEvent> {
  const {
    recurrence: _r,
    id: _i,
    kind: _k,
    localVersion: _l,
    updatedAt: _u,
    dirty: _d,
    ...rest
  } = fields;
  return rest;
}

function withoutEmpty<T extends object>(fields: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
      continue;
    (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

function sameRule(a: RepeatRule | null, b: RepeatRule | null): boolean {
  return sameValue(a, b);
}

function nowIso(): string {
  return new Date().toISOString();
}
