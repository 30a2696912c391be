// What the person changed in an open editor, and how that meets a newer record. The editor
// keeps the draft as it opened (the baseline); the person's changes are the fields where
// their draft differs from it. When the event changes underneath (a sync pulls in Google's
// edits, another window saves), the person's changes are laid onto a draft of the newer
// record field by field: what they touched wins, everything else follows the newer record.
// The times move as one field (a start from one version and an end from another could make
// an event that ends before it starts); guests merge one guest at a time, so a guest's own
// answer that arrived meanwhile survives the organizer adding someone else. Pure.
import type { Attendee } from '../../../src-preload/model/event';
import { sameValue } from '../../../src-preload/model/fields';
import type { EventDraft } from './types';

/** One thing the person can change in the editor; `time` is the start, end, all-day and zone together. */
export type DraftField =
  | 'time'
  | 'calendarId'
  | 'summary'
  | 'repeat'
  | 'location'
  | 'description'
  | 'attendees'
  | 'reminders'
  | 'transparency'
  | 'visibility'
  | 'colorId'
  | 'addMeet';

/** The fields of `draft` the person changed since `baseline`. */
export function changedDraftFields(baseline: EventDraft, draft: EventDraft): DraftField[] {
  return DRAFT_FIELDS.filter((field) => !sameDraftField(field, baseline, draft));
}

/**
 * The person's draft laid onto `newer` (a draft of the newest record): the fields they
 * changed since `baseline` keep their values, the rest take `newer`'s.
 */
export function mergeDraft(newer: EventDraft, baseline: EventDraft, draft: EventDraft): EventDraft {
  const merged: EventDraft = { ...newer };
  for (const field of changedDraftFields(baseline, draft)) {
    if (field === 'attendees') {
      merged.attendees = mergeAttendees(newer.attendees, baseline.attendees, draft.attendees);
      continue;
    }
    for (const key of KEYS[field]) assign(merged, key, draft[key]);
  }
  return merged;
}

/**
 * Which kind of email a change would make Google send to the guests, if any: an invitation
 * (a new event with guests, or guests added and nothing else they see changed), an update
 * (anything guests see: time, place, title, description, the guest list, the rule, a Meet
 * link), or nothing (reminders, colour, busy/free, visibility are the person's own).
 */
export function guestNotice(
  baseline: EventDraft | null,
  draft: EventDraft,
): 'invitation' | 'update' | null {
  if (!baseline) return draft.attendees.length > 0 ? 'invitation' : null;
  const seen = changedDraftFields(baseline, draft).filter((f) => GUEST_VISIBLE.has(f));
  if (seen.length === 0 || (draft.attendees.length === 0 && baseline.attendees.length === 0))
    return null;
  if (seen.length === 1 && seen[0] === 'attendees') {
    const before = new Set(baseline.attendees.map(emailKey));
    const added = draft.attendees.filter((a) => !before.has(emailKey(a)));
    const removed = baseline.attendees.length + added.length > draft.attendees.length;
    const answersOnly = added.length === 0 && !removed;
    if (answersOnly) return null;
    if (!removed) return 'invitation';
  }
  return 'update';
}

// ---------------------------------------------------------------------------------------

const DRAFT_FIELDS: DraftField[] = [
  'time',
  'calendarId',
  'summary',
  'repeat',
  'location',
  'description',
  'attendees',
  'reminders',
  'transparency',
  'visibility',
  'colorId',
  'addMeet',
];

const KEYS: Record<DraftField, (keyof EventDraft)[]> = {
  time: ['allDay', 'startDate', 'startTime', 'endDate', 'endTime', 'timeZone'],
  calendarId: ['calendarId'],
  summary: ['summary'],
  repeat: ['repeat'],
  location: ['location'],
  description: ['description'],
  attendees: ['attendees'],
  reminders: ['reminders'],
  transparency: ['transparency'],
  visibility: ['visibility'],
  colorId: ['colorId'],
  addMeet: ['addMeet'],
};

const GUEST_VISIBLE = new Set<DraftField>([
  'time',
  'summary',
  'repeat',
  'location',
  'description',
  'attendees',
  'addMeet',
]);

function sameDraftField(field: DraftField, a: EventDraft, b: EventDraft): boolean {
  if (field === 'time' && a.allDay && b.allDay)
    // An all-day event's hours are not shown; only its days count.
    return a.startDate === b.startDate && a.endDate === b.endDate && a.timeZone === b.timeZone;
  if (field === 'addMeet') return Boolean(a.addMeet) === Boolean(b.addMeet);
  if (field === 'attendees')
    return sameValue(a.attendees.map(comparableGuest), b.attendees.map(comparableGuest));
  return KEYS[field].every((key) => sameValue(a[key], b[key]));
}

/** A guest as the person edits them: a trailing space typed in an address is no change. */
function comparableGuest(a: Attendee): Attendee {
  return { ...a, email: a.email.trim() };
}

/**
 * The person's guest-list changes (added, removed, changed guests) applied to the newer
 * list; guests they did not touch come from the newer list as they are there.
 */
function mergeAttendees(newer: Attendee[], baseline: Attendee[], draft: Attendee[]): Attendee[] {
  const before = new Map(baseline.map((a) => [emailKey(a), a]));
  const mine = new Map(draft.map((a) => [emailKey(a), a]));
  const out: Attendee[] = [];
  for (const guest of newer) {
    const key = emailKey(guest);
    const old = before.get(key);
    const now = mine.get(key);
    if (old && !now) continue; // removed by the person
    out.push(old && now && !sameValue(old, now) ? now : guest);
  }
  const present = new Set(out.map(emailKey));
  for (const guest of draft)
    if (!before.has(emailKey(guest)) && !present.has(emailKey(guest))) out.push(guest);
  return out;
}

function emailKey(a: Attendee): string {
  return a.email.trim().toLowerCase();
}

function assign<K extends keyof EventDraft>(target: EventDraft, key: K, value: EventDraft[K]) {
  if (value === undefined) delete target[key];
  else target[key] = value;
}
