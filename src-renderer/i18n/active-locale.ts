// The locale in force, for the code that formats outside React: FullCalendar's callbacks
// (a chip's accessible name, the event's time), reminder notices and tray lines are written
// by plain functions that the grid and the reminder schedule call with no props to carry it.
// LocaleProvider sets it whenever the language or region changes.
import { createIntl, createIntlCache } from 'react-intl';
import type { IntlShape } from 'react-intl';
import { dateFormats } from '../../src-preload/date-formats';
import type { DateFormats } from '../../src-preload/date-formats';
import type { LocaleConventions } from '../../src-preload/locale';
import { CATALOGUES, catalogueLanguage } from './catalogues';
import { ruleMessagesOf } from '../calendar/model/rule-words';
import type { WordsOptions } from '../calendar/model/rule-words';
import en from './messages/en';
import type { MessageId } from './catalogues';

export type MessageValues = Record<string, string | number | Date | null | undefined>;

/** The locale's conventions, formats and words, as one value. */
export interface ActiveLocale extends LocaleConventions {
  formats: DateFormats;
  /** Which way the locale's script runs: a right-to-left language turns the layout. */
  direction: 'ltr' | 'rtl';
  intl: IntlShape;
  /** What the recurrence descriptions (rule-words.ts) are written with. */
  ruleWords: WordsOptions;
  /** One message as plain text. */
  t(id: MessageId, values?: MessageValues): string;
}

const cache = createIntlCache();

export function localeFor(conventions: LocaleConventions): ActiveLocale {
  const catalogue = CATALOGUES[catalogueLanguage(conventions.locale)] ?? en;
  const intl = createIntl(
    {
      locale: conventions.locale,
      messages: catalogue,
      defaultLocale: 'en',
    },
    cache,
  );
  return {
    ...conventions,
    formats: dateFormats(conventions),
    direction: textDirection(conventions.locale),
    intl,
    ruleWords: { locale: conventions.locale, messages: ruleMessagesOf(catalogue) },
    t: (id, values) => intl.formatMessage({ id }, values),
  };
}

export function activeLocale(): ActiveLocale {
  return active;
}

export function setActiveLocale(locale: ActiveLocale): void {
  active = locale;
}

function textDirection(locale: string): 'ltr' | 'rtl' {
  try {
    const parsed = new Intl.Locale(locale) as Intl.Locale & {
      getTextInfo?: () => { direction: string };
      textInfo?: { direction: string };
    };
    const info = parsed.getTextInfo?.() ?? parsed.textInfo;
    if (info) return info.direction === 'rtl' ? 'rtl' : 'ltr';
    return RTL_LANGUAGES.has(parsed.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

// Where the platform has no text info: the languages written right to left.
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'dv', 'yi', 'ckb', 'sd', 'ug']);

// Until the window knows the person's locale (and in tests of plain functions): British
// English, 24-hour, weeks from Monday. Last, so everything it is built from exists.
let active: ActiveLocale = localeFor({ locale: 'en-GB', hourCycle: 'h23', firstDay: 1 });
