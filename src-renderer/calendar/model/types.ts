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
  color: string;
}

export type EditScope = 'this' | 'following' | 'all';

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

/** The editor's view of a recurrence rule: the subset of RFC 5545 the editor can express. */
export interface RepeatRule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval: number;
  /** WEEKLY only: the weekdays it repeats on. */
  byDay?: Weekday[];
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
