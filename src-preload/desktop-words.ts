// The desktop's own words, which main writes itself: the application menu, the tray's menu and
// a reminder notification's buttons. Main cannot read the renderer's catalogues (they are
// the interface's, built by Vite), so these few live here, one table per language, chosen by
// the same locale resolution as the window's (src-preload/locale.ts: Preferences → Language
// and region, else the system's languages); a language without a table has English.
import { conventionsFor } from './locale';
import type { Settings } from './settings';

export interface DesktopWords {
  preferences: string;
  /** macOS calls Preferences "Settings". */
  settings: string;
  import: string;
  export: string;
  file: string;
  edit: string;
  view: string;
  window: string;
  help: string;
  googleHelp: string;
  /** `{title}` is the event's. */
  trayJoin: string;
  trayNothing: string;
  trayOpen: string;
  traySync: string;
  trayResume: string;
  trayPause: string;
  trayQuit: string;
  join: string;
  /** `{minutes}` is 5, 10 or 15. */
  snooze: string;
  snoozeUntilStart: string;
  dismiss: string;
}

export const ENGLISH: DesktopWords = {
  preferences: 'Preferences…',
  settings: 'Settings…',
  import: 'Import…',
  export: 'Export…',
  file: 'File',
  edit: 'Edit',
  view: 'View',
  window: 'Window',
  help: 'Help',
  googleHelp: 'Google Calendar Help',
  trayJoin: 'Join “{title}”',
  trayNothing: 'No events coming up',
  trayOpen: 'Open Almanac',
  traySync: 'Sync now',
  trayResume: 'Resume sync',
  trayPause: 'Pause sync',
  trayQuit: 'Quit Almanac',
  join: 'Join',
  snooze: 'Snooze {minutes} minutes',
  snoozeUntilStart: 'Snooze until it starts',
  dismiss: 'Dismiss',
};

const FRENCH: DesktopWords = {
  preferences: 'Préférences…',
  settings: 'Réglages…',
  import: 'Importer…',
  export: 'Exporter…',
  file: 'Fichier',
  edit: 'Édition',
  view: 'Présentation',
  window: 'Fenêtre',
  help: 'Aide',
  googleHelp: 'Aide Google Agenda',
  trayJoin: 'Rejoindre « {title} »',
  trayNothing: 'Aucun événement à venir',
  trayOpen: 'Ouvrir Almanac',
  traySync: 'Synchroniser maintenant',
  trayResume: 'Reprendre la synchronisation',
  trayPause: 'Suspendre la synchronisation',
  trayQuit: 'Quitter Almanac',
  join: 'Rejoindre',
  snooze: 'Répéter dans {minutes} minutes',
  snoozeUntilStart: 'Répéter au début',
  dismiss: 'Ignorer',
};

const BY_LANGUAGE = { en: ENGLISH, fr: FRENCH };

/** The desktop's words for the language the settings and the system's languages resolve to. */
export function desktopWords(
  settings: Pick<Settings, 'language' | 'timeFormat' | 'weekStartsOn'>,
  systemLanguages: readonly string[],
): DesktopWords {
  return wordsInLanguage(BY_LANGUAGE, settings, systemLanguages);
}

/**
 * The table of the language the settings and the languages given resolve to, or English's
 * (`en`) when that language has none: how main picks the words it writes itself.
 */
export function wordsInLanguage<Words>(
  tables: { en: Words } & Record<string, Words>,
  settings: Pick<Settings, 'language' | 'timeFormat' | 'weekStartsOn'>,
  languages: readonly string[],
): Words {
  const { locale } = conventionsFor(settings, languages);
  return tables[locale.split('-')[0]!.toLowerCase()] ?? tables.en;
}

/** A word with its `{name}` places filled. */
export function filled(words: string, values: Record<string, string | number>): string {
  return words.replace(/\{(\w+)\}/g, (all, name: string) => String(values[name] ?? all));
}
