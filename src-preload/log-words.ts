// The sync log's sentences. A line written with one carries the sentence's id and its values
// (`words`), so the log pane words it in the reader's language: the renderer's catalogues hold
// each as `log.line.<id>`, English's taken from here. The English is also the line's stored
// `message`: the log file and the diagnostics read it, and so does the pane for a line written
// before lines had ids, or with a sentence the catalogues do not know.
import { IntlMessageFormat } from 'intl-messageformat';

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
} as const;

export type LogWordsId = keyof typeof LOG_WORDS;
export type LogWordsValues = Record<string, string | number>;

/** A sentence of the log: its id and values, and its English. */
export interface LogSentence {
  id: LogWordsId;
  values: LogWordsValues;
  text: string;
}

/** The sentence `id` with `values`, its English written out. */
export function said(id: LogWordsId, values: LogWordsValues = {}): LogSentence {
  const text = new IntlMessageFormat(LOG_WORDS[id], 'en').format(values);
  return { id, values, text: String(text) };
}
