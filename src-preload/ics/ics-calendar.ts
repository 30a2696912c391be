// What reading an .ics file gives: its events as Almanac stores them (Google's Event resource,
// see contract.ts), the calendar's own properties, how each time zone was understood, and the
// problems met on the way, each naming its line or its event.
import type { IcsReasonId, IcsReasonValues } from './ics-reasons';
import type { EventFields, EventKind } from '../model/event';

/**
 * One event read from a file: an Almanac event record without the storage bookkeeping
 * (calendar, local version, sync state), which the importer adds. A series is a master
 * (kind 'master', with `recurrence`) plus its exceptions (kind 'exception', Google's instance
 * ids, `recurringEventId`, `originalStartTime`); cancelled exceptions are cancelled occurrences.
 */
export interface IcsEvent extends EventFields {
  id: string;
  kind: EventKind;
  /** Instants (ms) bounding the record; all-day dates count as UTC midnight, as stored. */
  startMs: number;
  endMs: number;
  /** iCalendar properties the event model has no field for; an export writes them back. */
  icsProperties?: IcsProperties;
}

export interface IcsProperties {
  /** URL: a link the event points to. */
  url?: string;
  /** CATEGORIES, in file order. */
  categories?: string[];
}

/**
 * Something that went wrong while reading. `skipped` events were left out; the others were
 * read, with what the message says changed (a reminder Google cannot keep, a time zone read
 * by another's rules).
 */
export interface IcsProblem {
  /** The file's line (1-based) where the trouble is, or where the event starts. */
  line?: number;
  /** The event's summary, or its UID when it has none. */
  event?: string;
  /** Why, in English. */
  message: string;
  /** The same as a sentence (ics-reasons.ts), for the window to word; absent: the parser's words. */
  reason?: { id: IcsReasonId; values: IcsReasonValues };
  skipped: boolean;
}

/** How a TZID of the file was understood. */
export interface IcsZone {
  tzid: string;
  /**
   * iana: the TZID is an IANA name (or one with a vendor prefix); windows: a Windows zone
   * name; location: its VTIMEZONE names the IANA zone (X-LIC-LOCATION); rules: its
   * VTIMEZONE's rules equal the IANA zone's; own-rules: no IANA zone has these rules, so
   * times are read by the file's own; unknown: neither known nor defined in the file, read
   * as floating (wall clock in the calendar's zone).
   */
  how: 'iana' | 'windows' | 'location' | 'rules' | 'own-rules' | 'unknown';
  /** The IANA zone events in it are stored with (for own-rules, the closest one). */
  zone: string;
}

export interface IcsCalendar {
  events: IcsEvent[];
  problems: IcsProblem[];
  zones: IcsZone[];
  /** METHOD: PUBLISH for a calendar, REQUEST for an invitation, … */
  method?: string;
  /** X-WR-CALNAME / NAME (RFC 7986). */
  name?: string;
  /** X-WR-CALDESC / DESCRIPTION. */
  description?: string;
  /** X-WR-TIMEZONE, when it is an IANA zone. */
  timeZone?: string;
  /** COLOR (RFC 7986) or Apple's X-APPLE-CALENDAR-COLOR. */
  color?: string;
  /** How often a feed asks to be fetched: REFRESH-INTERVAL or X-PUBLISHED-TTL, in minutes. */
  refreshMinutes?: number;
  /** Components Almanac does not keep (to-dos, journal entries, free/busy), by kind. */
  leftOut: Record<string, number>;
}

export interface ReadOptions {
  /**
   * The zone of the calendar the events go into. Floating times (no zone in the file) are
   * read as wall-clock times there, as Google does on import, unless the file names its own
   * zone (X-WR-TIMEZONE).
   */
  zone: string;
  /** The user's addresses: the matching organizer or attendee is marked `self`. */
  selfEmails?: readonly string[];
}

/** "line 42, event “Team sync”: …" — how a problem reads on its own. */
export function describeProblem(problem: IcsProblem): string {
  const where = [
    problem.line !== undefined ? `line ${problem.line}` : '',
    problem.event !== undefined ? `event “${problem.event}”` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${problem.message}` : problem.message;
}

/** Fields of an event written to or read from a file, as any stored event has them. */
export type ExportableEvent = EventFields & {
  id: string;
  kind?: EventKind;
  /** ISO time of the last change; written as DTSTAMP and LAST-MODIFIED. */
  updatedAt?: string;
  icsProperties?: IcsProperties;
};
