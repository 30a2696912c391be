// A sync log line in the reader's language: its sentence (src-preload/log-words.ts) worded by
// the catalogue when the line has one the catalogue knows, else the English it was stored with
// (lines written before sentences had ids, and those main still writes as plain English).
// A Google connection problem's line is worded as the guide words the problem (its code is
// the line's detail), unless the guide does not know it: then its English carries Google's.
import { LOG_WORDS, type LogWordsId, type LogWordsValues } from '../../src-preload/log-words';
import type { SyncLogEntry } from '../../src-preload/sync-log';
import { GUIDE } from '../../src-preload/google-problems';
import { problemWords } from '../sync/problem-words';
import type { ActiveLocale } from './active-locale';
import type { MessageId } from './catalogues';

/** English's catalogue entries for the log's sentences: `log.line.<id>`. */
export const ENGLISH_LOG_LINES = Object.fromEntries(
  Object.entries(LOG_WORDS).map(([id, words]) => [`log.line.${id}`, words]),
) as { [K in LogWordsId as `log.line.${K}`]: string };

export function lineText(line: SyncLogEntry, t: ActiveLocale['t']): string {
  if (line.code === 'google-problem' && line.detail.problem in GUIDE) {
    const { title, fix } = problemWords({ code: line.detail.problem, title: '', fix: '' }, { t });
    return `${title} ${fix}`;
  }
  const id = line.words?.id;
  if (!id || !(id in LOG_WORDS)) return line.message;
  return sentenceText(line.words as { id: LogWordsId; values: LogWordsValues }, t);
}

/** A sentence of the log in the reader's language, the sentences among its values too. */
export function sentenceText(
  { id, values }: { id: LogWordsId; values: LogWordsValues },
  t: ActiveLocale['t'],
): string {
  const flat: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values))
    flat[name] = typeof value === 'object' ? sentenceText(value, t) : value;
  return t(`log.line.${id}` as MessageId, flat);
}
