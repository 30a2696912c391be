// The root of the interface's language: resolves the locale (Preferences → General, else the
// system's languages: the OS's in Electron, the browser's in a page), provides react-intl's
// messages and Almanac's date formats to everything beneath, and marks the document's
// language and direction (a right-to-left language turns the whole layout).
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { RawIntlProvider } from 'react-intl';
import { conventionsFor } from '../../src-preload/locale';
import type { Settings } from '../../src-preload/settings';
import { getApi } from '../bridge';
import { localeFor, setActiveLocale } from './active-locale';
import type { ActiveLocale } from './active-locale';

const LocaleContext = createContext<ActiveLocale | null>(null);

export function LocaleProvider({
  settings,
  children,
}: {
  settings: Pick<Settings, 'language' | 'timeFormat' | 'weekStartsOn'>;
  children: ReactNode;
}) {
  const system = useSystemLanguages();
  const { language, timeFormat, weekStartsOn } = settings;
  const locale = useMemo(() => {
    const next = localeFor(conventionsFor({ language, timeFormat, weekStartsOn }, system));
    // Plain functions (chips, reminders) read it too; set before the children render.
    setActiveLocale(next);
    return next;
  }, [language, timeFormat, weekStartsOn, system]);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = locale.locale;
    root.dir = locale.direction;
  }, [locale.locale, locale.direction]);

  return (
    <RawIntlProvider value={locale.intl}>
      <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>
    </RawIntlProvider>
  );
}

/** The locale in force: its conventions, date formats and `t` for plain-text messages. */
export function useLocale(): ActiveLocale {
  const locale = useContext(LocaleContext);
  if (!locale) throw new Error('useLocale needs a LocaleProvider above it');
  return locale;
}

/** The system's languages: the OS's (Electron tells the page), else the browser's. */
function useSystemLanguages(): readonly string[] {
  const [languages, setLanguages] = useState<readonly string[]>(() => [...navigator.languages]);
  useEffect(() => {
    let live = true;
    try {
      getApi()
        .getAppInfo()
        .then(
          (info) => {
            if (live && info.ok && info.value.locales?.length) setLanguages(info.value.locales);
          },
          () => undefined,
        );
    } catch {
      // Without a bridge the browser's languages stand.
    }
    return () => {
      live = false;
    };
  }, []);
  return languages;
}
