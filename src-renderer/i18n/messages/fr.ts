// Français. The keys and ICU arguments are English's (src-renderer/i18n/messages/en.ts).
// Its words are kept in parts by what they are for, in ./fr/.
import type { Catalogue } from '../catalogues';
import calendar from './fr/calendar';
import editor from './fr/editor';
import settingsAndSync from './fr/settings-and-sync';
import notices from './fr/notices';
import googleAndCalendars from './fr/google-and-calendars';
import bridgeWords from './fr/bridge-words';
import logLines from './fr/log-lines';
import icsReasons from './fr/ics-reasons';

export default {
  ...calendar,
  ...editor,
  ...settingsAndSync,
  ...notices,
  ...googleAndCalendars,
  ...bridgeWords,
  ...logLines,
  ...icsReasons,
} satisfies Catalogue;
