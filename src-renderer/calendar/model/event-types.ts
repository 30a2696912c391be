// Google's special event types as the screens show them: the label a chip and the editor
// carry ("Birthday", "Focus time", "Out of office", "Working location: Home", "From Gmail"),
// and what the editor may change. Google refuses the rest for that type (its guides on event
// types and on focus time, out of office and working location), so those fields are
// read-only here, with the reason in plain words, and a drag on the grid cannot break them.
import type { CalendarEvent } from '../../../src-preload/model/event';
import type { DraftProblem } from './types';

/** The editor's fields that a type can make read-only (reminders and colour never are). */
export type LockableField =
  | 'summary'
  | 'startDate'
  | 'endDate'
  | 'times'
  | 'allDay'
  | 'timeZone'
  | 'repeat'
  | 'location'
  | 'meet'
  | 'description'
  | 'guests'
  | 'showAs'
  | 'visibility';

export interface TypeRules {
  /** What the chip and the editor call the event; null for an ordinary event. */
  label: string | null;
  /** The editor fields Google does not let change for this event. */
  locked: ReadonlySet<LockableField>;
  /** Why those are read-only, in plain words; null when nothing is. */
  reason: string | null;
  /** A repeating event Google keeps as one (a birthday): changes apply to the whole series, unasked. */
  wholeSeries: boolean;
}

type TypedEvent = Pick<
  CalendarEvent,
  'eventType' | 'birthdayProperties' | 'workingLocationProperties'
> & { start?: CalendarEvent['start'] };

/** The label and the editing rules of an event's type; an ordinary event's rules lock nothing. */
export function typeRules(event: TypedEvent | undefined): TypeRules {
  switch (event?.eventType) {
    case 'birthday':
      return birthdayRules(event);
    case 'fromGmail':
      return {
        label: 'From Gmail',
        locked: new Set([...WHEN, 'summary', 'location', 'meet', 'description']),
        reason:
          'Gmail added this event from an email. Google lets you change only its guests, reminders, colour, busy/free and visibility.',
        wholeSeries: false,
      };
    case 'focusTime':
      return meetingFree('Focus time', 'Focus time keeps meetings away');
    case 'outOfOffice':
      return meetingFree('Out of office', 'Out of office declines meetings for you');
    case 'workingLocation':
      return {
        label: `Working location: ${workingPlace(event)}`,
        // An all-day working location is exactly one day; a timed one may span several.
        locked: new Set([
          'allDay',
          'guests',
          'meet',
          'showAs',
          'visibility',
          ...(event.start?.date ? (['endDate'] as const) : []),
        ]),
        reason:
          'A working location tells others where you work: Google does not let it have guests or a video call, it is visible to everyone and leaves you free, and all day it covers exactly one day.',
        wholeSeries: false,
      };
    default:
      return ORDINARY;
  }
}

/** Whether a draft problem is about a field the type keeps read-only: Google's value, not the user's to fix. */
export function lockedProblem(rules: TypeRules, problem: DraftProblem): boolean {
  const field = LOCK_OF_PROBLEM[problem.field];
  return field !== undefined && rules.locked.has(field);
}

/** Where a working-location event says the user works, as Google Calendar names it. */
export function workingPlace(event: TypedEvent): string {
  const props = event.workingLocationProperties;
  if (props?.type === 'homeOffice') return 'Home';
  if (props?.type === 'officeLocation') return props.officeLocation?.label?.trim() || 'Office';
  if (props?.type === 'customLocation') return props.customLocation?.label?.trim() || 'Elsewhere';
  return 'Not set';
}

// ---------------------------------------------------------------------------------------

const ORDINARY: TypeRules = { label: null, locked: new Set(), reason: null, wholeSeries: false };
const WHEN: LockableField[] = ['startDate', 'endDate', 'times', 'allDay', 'timeZone', 'repeat'];

/** The field each kind of draft problem points at (reminders are never locked). */
const LOCK_OF_PROBLEM: Partial<Record<DraftProblem['field'], LockableField>> = {
  summary: 'summary',
  start: 'startDate',
  end: 'endDate',
  timeZone: 'timeZone',
  repeat: 'repeat',
  guests: 'guests',
  description: 'description',
  location: 'location',
};

/** Focus time and out of office: timed, busy, and without guests or a video call. */
function meetingFree(label: string, purpose: string): TypeRules {
  return {
    label,
    locked: new Set(['allDay', 'guests', 'meet', 'showAs']),
    reason: `${purpose}: Google does not let it have guests or a video call, it always shows you as busy, and it cannot last all day.`,
    wholeSeries: false,
  };
}

/**
 * Birthdays (and anniversaries and other dates from Google Contacts) are one all-day event a
 * year: Google lets their title, date, reminders and colour change. One that comes from
 * Google Contacts or from the user's Google Account keeps its name and date from there.
 */
function birthdayRules(event: TypedEvent): TypeRules {
  const props = event.birthdayProperties;
  const kind = props?.type ?? 'birthday';
  const label =
    kind === 'anniversary'
      ? 'Anniversary'
      : kind === 'custom'
        ? props?.customTypeName?.trim() || 'Special date'
        : kind === 'other'
          ? 'Special date'
          : 'Birthday';
  const fixed: LockableField[] = [
    'endDate',
    'times',
    'allDay',
    'timeZone',
    'repeat',
    'location',
    'meet',
    'description',
    'guests',
    'showAs',
    'visibility',
  ];
  const elsewhere = Boolean(props?.contact) || kind !== 'birthday';
  if (elsewhere) {
    const source = kind === 'self' ? 'your Google Account' : 'Google Contacts';
    return {
      label,
      locked: new Set([...fixed, 'summary', 'startDate']),
      reason: `This ${label.toLowerCase()} comes from ${source}: its name and date are changed there. Here you can change its reminders and colour.`,
      wholeSeries: true,
    };
  }
  return {
    label,
    locked: new Set(fixed),
    reason:
      'Google keeps a birthday as one all-day event every year: only its title, date, reminders and colour can change.',
    wholeSeries: true,
  };
}
