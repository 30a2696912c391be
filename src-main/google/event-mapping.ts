// The translation between Google's Event resource and our EventFields. Field names are
// Google's, so this is mostly a careful copy: nulls become absent, the fields we do not edit
// (conferenceData, eventType and its properties, hangoutLink, organizer, creator) are kept
// verbatim, and what goes back to Google is only what we are allowed to write. Pure; no I/O.
import type { calendar_v3 } from '@googleapis/calendar';
import type {
  CalendarEvent,
  EventDateTime,
  EventFieldName,
  EventFields,
  EventKind,
} from '../../src-preload/model/event';
import { boundsOf, inOwnZone } from '../../src-preload/model/event-time';
import { EVENT_FIELDS, FIELDS, READ_ONLY_FIELDS, pickFields } from '../../src-preload/model/fields';
import { INSTANCE_ID } from '../../src-preload/model/instance-ids';
import type { EventRecord } from '../../src-preload/local-store';
import { recurrenceError } from '../../src-preload/model/recurrence-lines';

export type GoogleEvent = calendar_v3.Schema$Event;

/** Google's event → our fields. Unknown keys are dropped; they stay on Google untouched because we only ever patch. */
export function fieldsFromGoogle(item: GoogleEvent): EventFields {
  const out: Record<string, unknown> = {};
  const source = item as Record<string, unknown>;
  for (const field of EVENT_FIELDS) {
    const value = source[field];
    if (value !== null && value !== undefined)
      out[field] = field === 'conferenceData' ? value : withoutNulls(value);
  }
  out.status ??= 'confirmed';
  out.summary ??= '';
  // Default reminders with an empty override list (what clearing them leaves) are just default reminders.
  const reminders = out.reminders as EventFields['reminders'] | undefined;
  if (reminders?.useDefault && !reminders.overrides?.length) out.reminders = { useDefault: true };
  if (Array.isArray(out.attendees)) {
    out.attendees = (out.attendees as Record<string, unknown>[]).map((a) => ({
      ...a,
      responseStatus: a.responseStatus ?? 'needsAction',
    }));
  }
  // A cancelled item in an incremental list may carry only id/status: give start/end a
  // shape so the record type holds; nothing reads the times of a cancelled record.
  out.start ??= item.originalStartTime ? withoutNulls(item.originalStartTime) : {};
  out.end ??= out.start;
  // Google writes times in its calendar's zone; here they keep the event's own.
  for (const field of ['start', 'end', 'originalStartTime'] as const)
    if (out[field]) out[field] = inOwnZone(out[field] as EventDateTime);
  return out as EventFields;
}

/** What a record from Google looks like here, before any local edit. */
export function recordFromGoogle(
  item: GoogleEvent,
  calendarId: string,
): { event: EventRecord; recurrenceProblem: string | null } {
  const fields = fieldsFromGoogle(item);
  const recurrenceProblem = fields.recurrence
    ? recurrenceError(fields.recurrence, fields.start)
    : null;
  const kind: EventKind =
    fields.recurringEventId || INSTANCE_ID.test(item.id ?? '')
      ? 'exception'
      : fields.recurrence && !recurrenceProblem
        ? 'master'
        : 'single';
  const [startMs, endMs] = boundsOf(fields);
  const event: EventRecord = {
    ...fields,
    id: item.id as string,
    calendarId,
    kind,
    startMs,
    endMs,
    updatedAt: item.updated ?? new Date(0).toISOString(),
    google: { etag: item.etag ?? '', updated: item.updated ?? '' },
    base: pickFields(fields, EVENT_FIELDS),
    dirty: [],
  };
  return { event, recurrenceProblem };
}

/** The body of events.insert for a record we created: our id and every writable field. */
export function insertBody(event: CalendarEvent): GoogleEvent {
  const body: Record<string, unknown> = { id: event.id };
  for (const field of EVENT_FIELDS) {
    if (!FIELDS[field].writable && !FIELDS[field].atCreation) continue;
    const value = event[field];
    if (value !== undefined) body[field] = value;
  }
  // "default" is what Google assumes; naming it adds nothing and older servers refuse it.
  if (body.eventType === 'default') delete body.eventType;
  return body as GoogleEvent;
}

/**
 * The body of events.patch: only `fields`, cleared ones as null (Google's way to remove a
 * value), read-only ones left out. start and end travel together so an all-day/timed switch
 * never leaves Google with one of each.
 */
export function patchBody(
  event: Partial<EventFields>,
  fields: readonly EventFieldName[],
): GoogleEvent {
  const wanted = new Set(fields.filter((f) => !READ_ONLY_FIELDS.has(f)));
  if (wanted.has('start') || wanted.has('end')) {
    wanted.add('start');
    wanted.add('end');
  }
  const body: Record<string, unknown> = {};
  for (const field of EVENT_FIELDS) {
    if (!wanted.has(field)) continue;
    const value = event[field];
    body[field] = value === undefined ? null : value;
  }
  // An instance has no recurrence of its own; Google refuses one on it.
  if (event.recurringEventId) delete body.recurrence;
  // A patch merges nested objects: going back to the default reminders must clear the
  // overrides too, or Google keeps them and refuses both at once (400).
  const reminders = body.reminders as EventFields['reminders'] | null | undefined;
  if (reminders?.useDefault) body.reminders = { useDefault: true, overrides: [] };
  return body as GoogleEvent;
}

/** Whether a patch body needs conferenceDataVersion=1 for Google to read conferenceData. */
export function needsConferenceVersion(body: GoogleEvent): boolean {
  return body.conferenceData !== undefined && body.conferenceData !== null;
}

// ---------------------------------------------------------------------------------------

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      if (v !== null && v !== undefined) out[k] = withoutNulls(v);
    return out;
  }
  return value;
}
