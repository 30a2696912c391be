// The event's fields and what each one means to sync: whether this computer may write it,
// whether it is set only when the event is created, whether an occurrence copies it from its
// series, what Google assumes when it is absent, and how two of its values compare. Every
// rule that depends on a field reads it from this one table, in both processes, so "this
// field changed" means the same thing to the editor, the outbox and the sync engine.
import type { EventFieldName, EventFields } from './event';
import { sameDateTime } from './event-time';

export interface FieldRule {
  /** Sent to Google in a patch. Google sets the others itself, or only on creation. */
  writable: boolean;
  /** Not writable, but an insert carries it: an event's type and its properties. */
  atCreation: boolean;
  /** An occurrence changed on its own starts from its series' value. */
  inherited: boolean;
  /** One of the fields the event editor edits besides the times. */
  edited: boolean;
  /** What Google assumes when the field is absent; absent and this value are the same. */
  default?: unknown;
  /** `time`: the same instant (or day) in the same zone; `value`: the same value, empty or not. */
  compare: 'value' | 'time';
}

const own = { writable: true, atCreation: false, inherited: false, edited: false } as const;
const googles = { writable: false, atCreation: false, inherited: false, edited: false } as const;
const typed = { writable: false, atCreation: true, inherited: true, edited: false } as const;
const value = { compare: 'value' } as const;

/** Every field both sides know, in Google's order. */
export const FIELDS: Readonly<Record<EventFieldName, FieldRule>> = {
  status: { ...own, ...value, default: 'confirmed' },
  summary: { ...own, ...value, inherited: true, edited: true },
  description: { ...own, ...value, inherited: true, edited: true },
  location: { ...own, ...value, inherited: true, edited: true },
  colorId: { ...own, ...value, inherited: true, edited: true },
  creator: { ...googles, ...value, inherited: true },
  organizer: { ...googles, ...value, inherited: true },
  start: { ...own, compare: 'time' },
  end: { ...own, compare: 'time' },
  recurrence: { ...own, ...value },
  recurringEventId: { ...googles, ...value },
  originalStartTime: { ...googles, compare: 'time' },
  transparency: { ...own, ...value, inherited: true, edited: true, default: 'opaque' },
  visibility: { ...own, ...value, inherited: true, edited: true, default: 'default' },
  iCalUID: { ...googles, ...value, inherited: true },
  attendees: { ...own, ...value, inherited: true, edited: true },
  hangoutLink: { ...googles, ...value },
  conferenceData: { ...own, ...value },
  guestsCanModify: { ...own, ...value, inherited: true, default: false },
  reminders: { ...own, ...value, inherited: true, edited: true },
  eventType: { ...typed, ...value },
  workingLocationProperties: { ...typed, ...value },
  outOfOfficeProperties: { ...typed, ...value },
  focusTimeProperties: { ...typed, ...value },
  birthdayProperties: { ...typed, ...value },
};

/** Every field of EventFields, in Google's order. */
export const EVENT_FIELDS = Object.keys(FIELDS) as readonly EventFieldName[];

/**
 * Fields Google sets itself or only on creation; never in a patch. Sending them would at
 * best be ignored and at worst (organizer, eventType, birthdayProperties) be refused or
 * corrupt the event.
 */
export const READ_ONLY_FIELDS: ReadonlySet<EventFieldName> = new Set(
  EVENT_FIELDS.filter((f) => !FIELDS[f].writable),
);

/** What an occurrence changed on its own copies from its series. */
export const INHERITED_FIELDS = EVENT_FIELDS.filter((f) => FIELDS[f].inherited);

/** The fields the event editor edits besides the times. */
export const EDITED_FIELDS = EVENT_FIELDS.filter((f) => FIELDS[f].edited);

export function isEventField(name: string): name is EventFieldName {
  return Object.hasOwn(FIELDS, name);
}

/**
 * Whether two values of one field mean the same to Google: absent equals Google's default
 * (visibility "default", transparency "opaque", status "confirmed"), an empty text or list
 * equals no value, and two times are equal when they name the same day, or the same instant
 * in the same zone (see sameDateTime). Keeps no-op edits out of the outbox and out of
 * patches, which matters most for guests, whom Google refuses any change to organizer-only
 * fields.
 */
export function sameField(field: EventFieldName, a: unknown, b: unknown): boolean {
  const rule = FIELDS[field];
  if (rule.compare === 'time') return sameDateTime(a as never, b as never);
  if (rule.default !== undefined) return sameValue(a ?? rule.default, b ?? rule.default);
  return sameValue(a, b);
}

/**
 * Deep equality blind to key order, where undefined, null, '' and [] all mean "no value"
 * at any depth (a cleared description and one never set are the same description).
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  if (typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key of new Set([...Object.keys(x), ...Object.keys(y)]))
    if (!sameValue(x[key], y[key])) return false;
  return true;
}

/** The fields whose values differ between two versions. */
export function changedFields(
  a: Partial<EventFields>,
  b: Partial<EventFields>,
  among: readonly EventFieldName[] = EVENT_FIELDS,
): EventFieldName[] {
  return among.filter((f) => !sameField(f, a[f], b[f]));
}

/** The named fields of `source` that have a value. */
export function pickFields(
  source: Partial<EventFields>,
  fields: readonly EventFieldName[],
): Partial<EventFields> {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (source[f] !== undefined) out[f] = source[f];
  return out as Partial<EventFields>;
}

// ---------------------------------------------------------------------------------------

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}
