// The sync log's sentences. A line written with one carries the sentence's id and its values
// (`words`), so the log pane words it in the reader's language: the renderer's catalogues hold
// each as `log.line.<id>`, English's taken from here. The English is also the line's stored
// `message`: the log file and the diagnostics read it, and so does the pane for a line written
// before lines had ids, or with a sentence the catalogues do not know.
import { IntlMessageFormat } from 'intl-messageformat';
import { z } from 'zod';

export const LOG_WORDS = {
  synced:
    'Synced in {ms} ms: pushed {pushed}, pulled {pulled}, conflicts {conflicts}{parked, plural, =0 {} other {, parked #}}{refused, plural, =0 {} other {, refused #}}.',
  syncFailed:
    'Sync failed after {ms} ms ({reason}): pushed {pushed}, pulled {pulled}, conflicts {conflicts}{parked, plural, =0 {} other {, parked #}}{refused, plural, =0 {} other {, refused #}}.',
  syncFailedEarlier:
    'Sync failed after {ms} ms (the details are in its earlier lines): pushed {pushed}, pulled {pulled}, conflicts {conflicts}{parked, plural, =0 {} other {, parked #}}{refused, plural, =0 {} other {, refused #}}.',
  calendarFailed: 'Syncing “{calendar}” failed: {reason}',
  colorsFailed:
    'Google’s event colours could not be read ({reason}); the colours known before stay in use.',
  fullResync:
    'Google Calendar’s list of changes for “{calendar}” expired (410 fullSyncRequired), so Almanac reads the whole calendar again. Changes made here are kept.',
  confirmRemoval:
    '{count} of {total} events of “{calendar}” are no longer on Google. Nothing was removed; confirm to remove them here too.',
  removedVanished:
    '{count, plural, one {# event} other {# events}} of “{calendar}” are no longer on Google and were removed here.',
  keptDeletedOnGoogle:
    '“{summary}” was deleted on Google, but you changed it here, so it was kept.',
  keptDeletedHere: '“{summary}” was changed on Google after you deleted it here, so it was kept.',
  readOnlyReplaced:
    '“{summary}” is on a calendar you can only read; Google’s version replaced the local change.',
  conflict:
    '“{summary}”: {field} was changed here and on Google; kept the newer change ({kept, select, local {this computer} other {Google}}).',
  recurrenceUnreadable:
    '“{summary}” repeats in a way Almanac cannot read ({problem}); it is shown once and kept unchanged.',
  restoredValue: '“{summary}”: restored the {field} that lost a conflict ({value}).',
  notConnected: 'Google Calendar is not connected.',
  waitingForReset: 'Waiting for Reset Account to finish.',
  restoredAsNew: '“{summary}”: the version Google refused is a new event in “{calendar}”.',
  // Changes sent to Google, and what came back.
  readOnlyStays: '“{calendar}” can only be read on Google, so this change stays on this computer.',
  pushPostponed:
    '{count, plural, other {# change(s)}} could not reach Google now; they will be sent on the next sync.',
  mergePostponed: 'This event keeps changing on Google; the change will be sent on the next sync.',
  keptOccurrenceDeletedHere:
    '“{summary}” had an occurrence changed on Google after you deleted it here, so it was kept.',
  putBackOnGoogle:
    '“{summary}” had been deleted from Google Calendar; it was put back there from this computer.',
  restoredWithChanges:
    '“{summary}” was deleted on Google while you changed it here; it was restored with your changes.',
  restoredMoved:
    '{named, select, yes {“{summary}”} other {The event}} was deleted on Google while you moved and changed it here; it was restored with your changes in the calendar Google had it in.',
  moveUnsettled:
    '“{summary}” is no longer on Google in the calendar you moved it from: Google moved it already, or it was deleted there. It stays where you put it until its move is settled.',
  movePostponed:
    '“{summary}” changed on Google while it was being moved; it will be moved on the next sync.',
  moveRefused:
    '{named, select, yes {“{summary}”} other {The event}} could not be moved to another calendar: {why} It is back in the calendar Google has it in.',
  moveRefusedGone:
    '{named, select, yes {“{summary}”} other {The event}} could not be moved to another calendar: {why} Google no longer has it, so it was removed here; Restore makes it a new event.',
  refused:
    "{named, select, yes {“{summary}”: } other {}}{why} Google's version is back on this computer.",
  parked: '{named, select, yes {“{summary}”: } other {}}{why}',
  matchedICalUID:
    '“{summary}” was already on Google (same iCalUID); the copy here{occurrences, plural, =0 {} other { and its # changed occurrence(s)}} was linked to it instead of being uploaded again.',
  // Why Google said no, or had to be waited for (the `why` of the lines above).
  unreachable:
    'Google Calendar could not be reached ({message}). Almanac tries again shortly; nothing is lost.',
  slowDown:
    'Google Calendar asked Almanac to slow down ({said}: too many requests in a short time). Almanac waits and tries again; nothing is lost. If this keeps happening, sync less often.',
  changedOnGoogle:
    "{named, select, yes {“{summary}”} other {Google Calendar}} was changed on Google Calendar since the last sync ({said}: the version no longer matches). Almanac fetched Google's version, merged both and sent the result again.",
  changesExpired:
    "Google Calendar's list of changes for {named, select, yes {“{summary}”} other {Google Calendar}} expired ({said}), so Almanac reads the whole calendar again. Changes made here are kept.",
  googleTrouble:
    'Google Calendar had a problem on its side ({said}). Almanac tries again shortly; nothing is lost.',
  organizerOnly:
    'Only the organizer can make this change on Google Calendar (403 forbiddenForNonOrganizer: you are a guest of this event); it was kept here only. Ask the organizer to make the change.',
  eventTypeRestricted:
    'Google Calendar does not allow this change for this kind of event ({said}: {message}); it was kept here only. Change it in Google Calendar, or leave it as Google has it.',
  readOnlyCalendar:
    "You can only read this calendar on Google ({said}), so the change was kept here only. Ask the calendar's owner for permission to make changes, or copy the event to a calendar of your own.",
  goneFromGoogle:
    'Google Calendar no longer has this event or its calendar ({said}): it was deleted there, or the calendar is no longer shared with you. If it should still be on Google, create it again.',
  badRequest:
    'Google refused the change ({said}: {message}); it was kept here only. Correct the event (its times, repeat rule or guests) and save it again.',
  googleAnswered:
    'Google answered {said}: {message}. The change was kept here only; if this keeps happening, attach the diagnostics (Sync log → Export…) to a bug report.',
  noAccess: 'Almanac was not given access to Google Calendar.',
  // Reset Account.
  resetStarted: 'Reset Account started: {plan}.',
  resetResumed:
    'Resuming the Reset Account that was cut short ({plan}; {done} of {total} Google deletions were done).',
  resetPlan:
    '{existing, select, keep {existing events left untouched} deleteGoogle {existing events deleted from Google Calendar, kept here} deleteLocal {existing events deleted from this computer, kept on Google} other {existing events deleted from Google Calendar and from this computer}}{notify, select, yes {, guests notified} no {, guests not notified} other {}}; next synchronization: {next, select, new {only new events} other {all existing events}}',
  resetDeleteFailed: '“{summary}” could not be deleted from Google Calendar: {why}',
  resetFinished:
    'Reset Account finished: {did}; Google was signed out and {next, select, new {the next sign-in synchronizes only events created from now on} other {the next sign-in synchronizes all existing events}}.',
  // What a reset did: its parts joined (an absent one is "none").
  resetDid:
    '{first}{second, select, none {} other {, {second}}}{third, select, none {} other {, {third}}}',
  resetDeleted:
    'deleted {deleted, plural, other {# event(s)}} from Google Calendar{failed, plural, =0 {} other { (# could not be deleted, see above)}}',
  resetRemoved: 'removed {count, plural, other {# event(s)}} from this computer',
  resetUnlinked: 'kept {count, plural, other {# event(s)}} here as local-only',
  resetNothing: 'no events changed',
  resetInterrupted:
    'Reset Account stopped after {done} of {total} Google deletions: {why} It resumes by itself at the next start or sync attempt; synchronization waits until it is finished.',
  resetClosed:
    'Almanac was closed during Reset Account; it resumes at the next start, and synchronization waits until it is finished.',
  notSignedIn: 'Google Calendar is not signed in.',
  signInRefused: 'Google refused the sign-in.',
  signInRefusedSaying: 'Google refused the sign-in: {detail}',
  stoppedUnexpectedly: 'an unexpected error: {detail}',
  // The hint on "Last sync failed" when the error was unexpected.
  syncStopped: 'Sync stopped on an unexpected error: {detail}',
  // Main's calls to the window's database (src-main/ipc/remote-local-store.ts).
  storeWindowClosed: 'The Almanac window closed during the sync.',
  storeTimedOut: 'The local calendar did not answer {method} in time.',
  storeNoWindow: 'No Almanac window is open to hold the local calendar.',
  // The window's answers to those calls, when the two cannot read each other: only a broken
  // build or page gets there, but the log says it in the reader's language all the same.
  storeUnknownCall: 'The local calendar was sent a call it does not know.',
  storeMalformedCall: 'The local calendar could not read the arguments of {method}.',
  storeUnreadableAnswer: 'The local calendar sent an answer Almanac cannot read.',
  // Google's batch answer cut short or malformed (src-main/google/batch.ts), inside `unreachable`.
  noAnswerInBatch: 'no answer came for this call, the connection was cut',
  batchNoBoundary: 'its batch answer had no multipart boundary',
  batchNoStatusLine: 'a part of its batch answer had no HTTP status line: {line}',
  batchTooLarge: 'a batch holds at most {max} calls',
  keptFailing: 'Google Calendar kept failing or could not be reached.',
  // The window's database kept moving under the sync's writes (src-main/sync/commit.ts).
  localKeptChanging: 'Local events kept changing during the sync ({events}).',
} as const;

export type LogWordsId = keyof typeof LOG_WORDS;
/** A value of a sentence: a name or a number, or a sentence of its own (why a change failed). */
export type LogWordsValue = string | number | { id: LogWordsId; values: LogWordsValues };
export interface LogWordsValues {
  [name: string]: LogWordsValue;
}

/** A sentence by id and values, as it is stored and crosses the bridge. */
export interface LogWords {
  id: LogWordsId;
  values: LogWordsValues;
}

/** A sentence as it crosses the bridge: a known id, and values that may be sentences too. */
const LogWordsValueSchema: z.ZodType<LogWordsValue> = z.lazy(() =>
  z.union([z.string(), z.number(), LogWordsSchema]),
);
export const LogWordsSchema: z.ZodType<{ id: LogWordsId; values: LogWordsValues }> = z.object({
  id: z.custom<LogWordsId>((id) => typeof id === 'string' && id in LOG_WORDS),
  values: z.record(z.string(), LogWordsValueSchema),
});

/** A sentence of the log: its id and values, and its English. */
export interface LogSentence {
  id: LogWordsId;
  values: LogWordsValues;
  text: string;
}

/**
 * The sentence `id` with `values`, its English written out. A value may be a sentence itself
 * (`said(...)`, or one already kept by id and values): it is kept by id and values, so a
 * reader words it in their language too.
 */
export function said(
  id: LogWordsId,
  values: Record<string, string | number | LogWords> = {},
): LogSentence {
  const kept: LogWordsValues = {};
  for (const [name, value] of Object.entries(values))
    kept[name] = typeof value === 'object' ? { id: value.id, values: value.values } : value;
  return { id, values: kept, text: wordedIn('en', id, kept, LOG_WORDS) };
}

/** `id` with `values` in `words` (a table of sentences), its sentences inside worded first. */
export function wordedIn(
  locale: string,
  id: string,
  values: LogWordsValues,
  words: Readonly<Record<string, string>>,
): string {
  const flat: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values))
    flat[name] =
      typeof value === 'object' ? wordedIn(locale, value.id, value.values, words) : value;
  return String(new IntlMessageFormat(words[id] ?? '', locale).format(flat));
}

/** An error whose reason is one of these sentences, so a line giving it words it too. */
export class SaidError extends Error {
  constructor(readonly said: LogSentence) {
    super(said.text);
    this.name = 'SaidError';
  }
}
