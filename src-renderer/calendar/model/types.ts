// The renderer's working vocabulary between the stored records (contract.ts) and the
// screen: occurrences (what a view draws), drafts (what the editor edits) and the scope
// of an edit to a repeating event.
import type {
  Attendee,
  CalendarEvent,
  EventDateTime,
  Reminders,
} from '../../../src-preload/model/event';

/** One thing drawn on the grid or agenda: a plain event, an exception, or a generated instance. */
export interface Occurrence {
  /** Unique among the occurrences of one range; stable across renders. */
  key: string;
  /** The stored record it comes from: the event itself, the exception, or the series master. */
  event: CalendarEvent;
  /** The Google id of this occurrence: `event.id`, or `<masterId>_<stamp>` for a generated instance. */
  instanceId: string;
  /** The series master's id, when the occurrence belongs to a series. */
  seriesId?: string;
  /** The series master itself, when it was loaded (so an exception's editor can show the series' repeat rule). */
  master?: CalendarEvent;
  /** The start the series' rule gives this instance (Google's originalStartTime). */
  originalStart?: EventDateTime;
  title: string;
  allDay: boolean;
  /** Timed: ISO instants ending in Z. All-day: YYYY-MM-DD, end exclusive (as Google stores it). */
  start: string;
  end: string;
  /** The same as instants: timed, the start and end; all-day, UTC midnight of the dates. */
  startMs: number;
  endMs: number;
  color: string;
  /**
   * The same occurrence in the person's other Google accounts, not drawn (account-copies.ts):
   * the look says where they are and opens them.
   */
  copies?: Occurrence[];
}

export type EditScope = 'this' | 'following' | 'all';

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

/**
 * The day a monthly rule picks. `nth` counts from the end when negative (-1 = last).
 * monthDays: BYMONTHDAY=15; nthWeekday: BYDAY=1FR (the first Friday); nthOfDays:
 * BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 (the last weekday).
 */
export type MonthDay =
  | { type: 'monthDays'; days: number[] }
  | { type: 'nthWeekday'; nth: number; weekday: Weekday }
  | { type: 'nthOfDays'; nth: number; days: Weekday[] };

/** The editor's view of a recurrence rule: the subset of RFC 5545 the editor can express. */
export interface RepeatRule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval: number;
  /** WEEKLY only: the weekdays it repeats on. */
  byDay?: Weekday[];
  /** MONTHLY only: the day of the month; absent, the start's own day (a plain FREQ=MONTHLY). */
  monthDay?: MonthDay;
  end: { type: 'never' } | { type: 'count'; count: number } | { type: 'until'; date: string };
}

/** What the event editor edits: wall-clock fields in one time zone. */
export interface EventDraft {
  calendarId: string;
  summary: string;
  allDay: boolean;
  /** YYYY-MM-DD */
  startDate: string;
  /** HH:mm, ignored when allDay */
  startTime: string;
  /** YYYY-MM-DD; for all-day events the last day shown (inclusive), stored exclusive */
  endDate: string;
  endTime: string;
  /** IANA zone the wall times are in */
  timeZone: string;
  repeat: RepeatRule | null;
  location: string;
  /** HTML allowed; always shown sanitized */
  description: string;
  attendees: Attendee[];
  reminders: Reminders;
  transparency: 'opaque' | 'transparent';
  visibility: 'default' | 'public' | 'private' | 'confidential';
  colorId?: string;
  /** "Add Google Meet video conferencing": ask Google to create a Meet link on save. */
  addMeet?: boolean;
}

/** A problem with a draft, tied to the field the editor should point at. */
export interface DraftProblem {
  field:
    | 'summary'
    | 'start'
    | 'end'
    | 'timeZone'
    | 'repeat'
    | 'guests'
    | 'reminders'
    | 'description'
    | 'location';
  message: string;
}
