// The interface's words, one catalogue per language in messages/ (adding a language is adding
// its file there: it is found by name). English is the reference every other catalogue must
// match key for key; a locale whose language has no catalogue (German, say) writes its dates
// its own way and its words in English.
import en from './messages/en';

export type MessageId = keyof typeof en;
export type Catalogue = Record<MessageId, string>;

// Vite finds the files at build time (and defines import.meta.env); a plain Node script that
// reaches these words, as the bench's figures do, has no glob and gets English alone.
const files: Record<string, { default: Catalogue }> = import.meta.env
  ? import.meta.glob<{ default: Catalogue }>('./messages/*.ts', { eager: true })
  : { './messages/en.ts': { default: en } };

/** The catalogues by language subtag ("en", "fr"). */
export const CATALOGUES: Readonly<Record<string, Catalogue>> = Object.fromEntries(
  Object.entries(files).map(([path, file]) => [
    path.replace(/^.*\/([^/]+)\.ts$/, '$1'),
    file.default,
  ]),
);

/** The language whose words a locale shows: its own when there is a catalogue, else English. */
export function catalogueLanguage(locale: string): string {
  const language = locale.split('-')[0]?.toLowerCase() ?? 'en';
  return language in CATALOGUES ? language : 'en';
}

/**
 * The locale for words the runtime's Intl writes (a time zone's name): the locale itself when
 * its language has a catalogue, else English, so they match the words around them.
 */
export function wordsLocale(locale: string): string {
  return catalogueLanguage(locale) === locale.split('-')[0]?.toLowerCase() ? locale : 'en-US';
}
