// The writes the editor and the grid make: create, update, move and delete, for plain
// events and for repeating ones in the three scopes (this / this and following / all), and
// a guest's answer, stored the way Google stores them so sync is a field-for-field mapping.
// Every write validates first and runs in one transaction through LocalChanges, the one
// writer of local changes, so bad input or a failure half way leaves saved data as it was.
// Changing a whole series or its following part is series-writes.ts.
import type { CalendarEvent, EventFields, ResponseStatus } from '../../src-preload/model/event';
import type { SendUpdates } from '../../src-preload/local-store';
import { systemZone } from '../../src-preload/model/zoned-time';
import { timedDateTime, eventZone } from '../../src-preload/model/event-time';
import type { AlmanacDatabase } from './database';
import type { DraftProblem, EditScope, EventDraft, Occurrence } from '../calendar/model/types';
import { draftFromOccurrence, repeatRuleForDraft, validateDraft } from '../calendar/model/drafts';
import { lockedProblem, typeRules } from '../calendar/model/event-types';
import { recurrenceFromRepeatRule } from '../calendar/model/repeat-rules';
import { meetCreateRequest, meetLinkOf } from '../calendar/model/conference';
import { activeLocale } from '../i18n/active-locale';
import { draftValues, sameRule, wallFields, withoutEmpty } from '../calendar/model/draft-changes';
import {
  hasOccurrenceFrom,
  isAtOrAfter,
  splitPoint,
  truncatedRecurrence,
} from '../calendar/model/recurrence-rewrite';
import { LocalChanges, carriedFields, changeEvents } from './local-changes';
import { EVENT_FIELDS, sameField } from '../../src-preload/model/fields';
import { currentOccurrence } from './current-occurrence';
import { changedDraftFields, mergeDraft } from '../calendar/model/draft-merge';
import { updateAll, updateFollowing } from './series-writes';

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
  await changeEvents(db, async () => {
    const w = await LocalChanges.open(db, draft.calendarId, options.sendUpdates);
    const fields = draftValues(draft);
    const record: Omit<CalendarEvent, 'localVersion' | 'dirty'> = {
      id,
      calendarId: w.calendar.id,
      kind: draft.repeat ? 'master' : 'single',
      status: 'confirmed',
      ...withoutEmpty(fields),
      summary: fields.summary,
      start: fields.start,
      end: fields.end,
      startMs: fields.startMs,
      endMs: fields.endMs,
      ...(draft.repeat ? { recurrence: recurrenceFromRepeatRule(draft.repeat, fields.start) } : {}),
      updatedAt: new Date().toISOString(),
    };
    if (draft.addMeet) record.conferenceData = meetCreateRequest();
    await w.insert(record);
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

/**
 * Saves what the person changed in an editor opened on `occ` when the event looked like
 * `baseline`: only the fields where `draft` differs from it, laid onto the newest record (a
 * sync or another window may have changed it meanwhile). False when nothing changed.
 */
export async function saveEdits(
  db: AlmanacDatabase,
  occ: Occurrence,
  baseline: EventDraft,
  draft: EventDraft,
  scope: EditScope,
  options: WriteOptions = {},
): Promise<boolean> {
  if (changedDraftFields(baseline, draft).length === 0) return false;
  const newest = await currentOccurrence(db, occ);
  if (!newest) throw new EventGoneError();
  const merged = mergeDraft(draftFromOccurrence(newest, draft.timeZone), baseline, draft);
  await updateEvent(db, newest, merged, scope, options);
  return true;
}

/** The event a change was meant for is gone (deleted here, by sync, or in another window). */
export class EventGoneError extends Error {
  constructor() {
    super(activeLocale().t('db.eventGone'));
    this.name = 'EventGoneError';
  }
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
  await changeEvents(db, async () => {
    const stored = await db.events.get(occ.event.id);
    if (!stored) return; // already gone: deleting twice is not an error
    const w = await LocalChanges.open(db, stored.calendarId, options.sendUpdates);
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
      await w.removeWithSeries(exceptions);
      return w.remove(master);
    }
    await w.edit(master, { recurrence: truncatedRecurrence(master, split) });
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
  await changeEvents(db, async () => {
    const stored = await db.events.get(occ.event.id);
    if (!stored || stored.status === 'cancelled') throw new Error(activeLocale().t('db.eventGone'));
    if (!stored.attendees?.some((a) => a.self)) throw new Error(activeLocale().t('db.notGuest'));
    const w = await LocalChanges.open(db, stored.calendarId, 'none');
    const answered = (record: CalendarEvent) =>
      (record.attendees ?? []).map((a) => (a.self ? { ...a, responseStatus } : { ...a }));
    const master = isSeriesOccurrence(occ, stored)
      ? stored.kind === 'master'
        ? stored
        : await db.events.get(stored.recurringEventId ?? occ.seriesId ?? '')
      : undefined;
    if (!master || (scope === 'this' && stored.kind === 'exception'))
      return w.edit(stored, { attendees: answered(stored) });
    if (scope === 'this')
      return w.putException(
        master,
        occ.instanceId,
        occ.originalStart!,
        { ...occurrenceTimes(master, occ), attendees: answered(master) },
        'confirmed',
        ['attendees'],
      );
    await w.edit(master, { attendees: answered(master) });
    for (const e of await db.events.where('recurringEventId').equals(master.id).toArray()) {
      if (e.status !== 'cancelled' && e.attendees?.some((a) => a.self))
        await w.edit(e, { attendees: answered(e) });
    }
  });
}

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
  await changeEvents(db, async () => {
    const stored = await db.events.get(occ.event.id);
    if (!stored || stored.status === 'cancelled') throw new EventGoneError();
    const w = await LocalChanges.open(db, stored.calendarId, options.sendUpdates);
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
      return updateAll({ w, master, exceptions, occ, draft, baseline });
    return updateFollowing({ w, master, exceptions, occ, draft, baseline }, split);
  });
}

/** A plain event (or a series whose rule could not be read): the draft replaces its fields. */
async function updatePlain(
  w: LocalChanges,
  stored: CalendarEvent,
  draft: EventDraft,
): Promise<void> {
  const fields: Partial<EventFields> = draftValues(draft);
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
  await w.edit(stored, fields);
}

/** "This event": the instance becomes (or stays) an exception keyed by its original start. */
async function updateInstance(
  w: LocalChanges,
  master: CalendarEvent,
  occ: Occurrence,
  stored: CalendarEvent,
  draft: EventDraft,
): Promise<void> {
  const fields: Partial<EventFields> = draftValues(draft);
  // An instance has its series' conference unless it has one of its own.
  if (draft.addMeet && !meetLinkOf(stored) && !meetLinkOf(master))
    fields.conferenceData = meetCreateRequest();
  if (stored.kind === 'exception') return w.edit(stored, fields);
  // The change is what differs from the occurrence as its series makes it, the last version
  // both sides agreed on; the rest stays the series' own. Google may change the series before
  // this edit goes up (a sync that could not send it, a move whose answer was lost): the merge
  // then measures the occurrence against the series as agreed by then, where a value copied
  // from the series before would count as a change made here and undo Google's on Google.
  const plain: Partial<EventFields> = {
    ...carriedFields(master),
    summary: master.summary,
    ...occurrenceTimes(master, occ),
  };
  const changed = EVENT_FIELDS.filter((f) => f in fields && !sameField(f, fields[f], plain[f]));
  await w.putException(master, occ.instanceId, occ.originalStart!, fields, 'confirmed', changed);
}

/** Deleting one instance: a cancelled exception, as Google records it. */
async function cancelInstance(
  w: LocalChanges,
  master: CalendarEvent,
  occ: Occurrence,
  stored: CalendarEvent,
): Promise<void> {
  if (stored.kind === 'exception') {
    await w.edit(stored, { status: 'cancelled' }, 'delete');
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

function isSeriesOccurrence(occ: Occurrence, stored: CalendarEvent): boolean {
  return Boolean(occ.seriesId) && (stored.kind === 'master' || stored.kind === 'exception');
}
