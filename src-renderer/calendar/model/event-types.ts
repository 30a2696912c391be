// Google's special event types as the screens show them: the label a chip and the editor
// carry ("Birthday", "Focus time", "Out of office", "Working location: Home", "From Gmail"),
// and what the editor may change. Google refuses the rest for that type (its guides on event
// types and on focus time, out of office and working location), so those fields are
// read-only here, with the reason in plain words, and a drag on the grid cannot break them.
import type { CalendarEvent } from '../../../src-preload/model/event';
import { activeLocale } from '../../i18n/active-locale';
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
  const { t } = activeLocale();
  switch (event?.eventType) {
    case 'birthday':
      return birthdayRules(event);
    case 'fromGmail':
      return {
        label: t('type.gmail'),
        locked: new Set([...WHEN, 'summary', 'location', 'meet', 'description']),
        reason: t('type.gmail.reason'),
        wholeSeries: false,
      };
    case 'focusTime':
      return meetingFree(t('type.focus'), t('type.focus.reason'));
    case 'outOfOffice':
      return meetingFree(t('type.ooo'), t('type.ooo.reason'));
    case 'workingLocation':
      return {
        label: t('type.working', { place: workingPlace(event) }),
        // An all-day working location is exactly one day; a timed one may span several.
        locked: new Set([
          'allDay',
          'guests',
          'meet',
          'showAs',
          'visibility',
          ...(event.start?.date ? (['endDate'] as const) : []),
        ]),
        reason: t('type.working.reason'),
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
  const { t } = activeLocale();
  const props = event.workingLocationProperties;
  if (props?.type === 'homeOffice') return t('place.home');
  if (props?.type === 'officeLocation')
    return props.officeLocation?.label?.trim() || t('place.office');
  if (props?.type === 'customLocation')
    return props.customLocation?.label?.trim() || t('place.elsewhere');
  return t('place.notSet');
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
    reason: activeLocale().t('type.meetingFree.reason', { purpose }),
    wholeSeries: false,
  };
}

/**
 * Birthdays (and anniversaries and other dates from Google Contacts) are one all-day event a
 * year: Google lets their title, date, reminders and colour change. One that comes from
 * Google Contacts or from the user's Google Account keeps its name and date from there.
 */
function birthdayRules(event: TypedEvent): TypeRules {
  const { t } = activeLocale();
  const props = event.birthdayProperties;
  const kind = props?.type ?? 'birthday';
  const label =
    kind === 'anniversary'
      ? t('type.anniversary')
      : kind === 'custom'
        ? props?.customTypeName?.trim() || t('type.special')
        : kind === 'other'
          ? t('type.special')
          : t('type.birthday');
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
    return {
      label,
      locked: new Set([...fixed, 'summary', 'startDate']),
      reason: t('type.birthday.elsewhere', {
        what: label.toLocaleLowerCase(),
        source: kind === 'self' ? 'account' : 'contacts',
      }),
      wholeSeries: true,
    };
  }
  return {
    label,
    locked: new Set(fixed),
    reason: t('type.birthday.reason'),
    wholeSeries: true,
  };
}
