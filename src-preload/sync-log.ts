// The sync log: what sync did and what went wrong, one line per cycle and per problem, kept
// in the renderer's IndexedDB and shown in Preferences → Sync log (and in the diagnostics
// file). Every line has a code from the table below, and the code fixes what its `detail`
// holds, so whoever reads a line (the log pane's Restore button, the tests) narrows by code
// instead of guessing.
import type { ResetChoices, ResetReport } from './contract';
import type { EventFieldName, EventFields } from './model/event';
import type { SendUpdates } from './local-store';
import type { LogSentence, LogWordsValues } from './log-words';

export type LogLevel = 'info' | 'warn' | 'error';

/** What a line of each code carries besides its words; undefined: nothing. */
export interface LogDetails {
  /** One sync cycle ended. */
  sync: CycleSummary;
  /** One calendar's sync failed; the others went on. */
  'calendar-failed': undefined;
  /** Google's event colours could not be read; the known ones stay in use. */
  'colors-failed': undefined;
  /** A change to a read-only calendar stays here; on a pull, what Google's version replaced. */
  'read-only': { restore: Partial<EventFields> } | undefined;
  /** Changes that could not reach Google now wait for the next sync. */
  'push-postponed': undefined;
  /** Google asked to wait (or could not be reached); the call is sent again. */
  retrying: { status: number | null; reason?: string; op?: string; changes?: number };
  /** An event kept changing on Google while it was merged; its change waits. */
  'merge-postponed': undefined;
  /** An event moved to another calendar here changed on Google first; the move waits a sync. */
  'move-postponed': undefined;
  /**
   * An event on its way to another calendar is gone from the one its move starts from:
   * moved by Google already (the answer lost) or deleted there; its move settles which.
   */
  'move-unsettled': undefined;
  /** A change met a newer version on Google (412) and was merged with it. */
  merged: { status: 412 };
  /** A delete on one side met an edit on the other: the edit survived. */
  'kept-edit': { deletedLocally: true } | { deletedOnGoogle: true };
  /** An event deleted on Google while changed here was put back there. */
  restored: undefined;
  /** Google refused a change for good; it stays here, with what it was. */
  parked: {
    status: number | null;
    reason?: string;
    op: string;
    sendUpdates: SendUpdates;
    change: Partial<EventFields> | null;
  };
  /**
   * Google refused a change to an event it has (403, 400): the event went back to Google's
   * version here; `change` holds the refused values, `newEvent` what "Restore as a new
   * event" makes (null when that makes no sense: a delete, a series).
   */
  refused: {
    status: number | null;
    reason?: string;
    op: string;
    change: Partial<EventFields> | null;
    newEvent: Partial<EventFields> | null;
  };
  /** A full resync found most of a calendar gone from Google; nothing was removed yet. */
  'confirm-removal': { ids: string[] };
  /** Events Google no longer has were removed here. */
  'removed-vanished': { ids: string[] };
  /** Google's list of changes expired (410): the calendar is read again in full. */
  'full-resync': undefined;
  /** An event made here was already on Google (same iCalUID) and was linked to it. */
  'matched-icaluid': { localId: string };
  /** A field changed on both sides: the newer change won, the loser can be put back. */
  conflict: {
    field: EventFieldName;
    kept: 'local' | 'google';
    lost: unknown;
    restore: Partial<EventFields>;
  };
  /** Google's recurrence could not be read: the event shows once, kept unchanged. */
  'recurrence-unreadable': { recurrence?: string[] };
  'reset-started': { choices: ResetChoices; calendars: string[] };
  'reset-resumed': undefined;
  'reset-interrupted': undefined;
  'reset-finished': ResetReport & { next: ResetChoices['next'] };
  /** Reset Account could not delete one event from Google. */
  'reset-delete-failed': { status: number | null; reason?: string };
  /** The user put back the value that lost a conflict (the line it came from). */
  'restored-value': { restoredFrom: number | undefined };
  /** Connecting to Google failed (the problem's code, as Google names it where it does). */
  'google-problem': { problem: string };
}

export type LogCode = keyof LogDetails;

/** One line of the sync log; `detail` is what its code says. */
export type SyncLogEntry = { [C in LogCode]: LogLine<C> }[LogCode];

export type LogLine<C extends LogCode> = {
  id?: number;
  at: string;
  level: LogLevel;
  calendarId?: string;
  eventId?: string;
  code: C;
  /** The line in English (the log file and the diagnostics read it). */
  message: string;
  /** Its sentence (src-preload/log-words.ts), for the log pane to word in the reader's language. */
  words?: { id: string; values: LogWordsValues };
} & (undefined extends LogDetails[C] ? { detail?: LogDetails[C] } : { detail: LogDetails[C] });

/** The summary of a sync cycle, as its 'sync' line keeps it. */
export interface CycleSummary {
  startedAt: string;
  durationMs: number;
  pushed: number;
  pulled: number;
  conflicts: number;
  parked: number;
  /** Changes Google refused, whose events went back to Google's version. */
  refused: number;
  calendars: string[];
  error?: { code: string; message: string };
}

/** A line about a calendar (and an event of it, when `eventId` is given). */
export function logLine<C extends LogCode>(
  where: { now: string; calendarId?: string },
  level: LogLevel,
  code: C,
  eventId: string | undefined,
  message: string | LogSentence,
  ...[detail]: undefined extends LogDetails[C] ? [detail?: LogDetails[C]] : [detail: LogDetails[C]]
): SyncLogEntry {
  const line: { [key: string]: unknown } = { at: where.now, level, code };
  if (typeof message === 'string') line.message = message;
  else
    Object.assign(line, {
      message: message.text,
      words: { id: message.id, values: message.values },
    });
  if (where.calendarId) line.calendarId = where.calendarId;
  if (eventId) line.eventId = eventId;
  if (detail !== undefined) line.detail = detail;
  return line as SyncLogEntry;
}

/** The line of `entry` narrowed to its code, or null when it has another one. */
export function lineOf<C extends LogCode>(entry: SyncLogEntry, code: C): LogLine<C> | null {
  return entry.code === code ? (entry as LogLine<C>) : null;
}
