// English: the reference catalogue. Every other language's file has exactly these keys, with
// the same ICU arguments (tests/unit/renderer/catalogues.test.ts checks it).
// Its words are kept in parts by what they are for, in ./en/.
import calendar from './en/calendar';
import editor from './en/editor';
import settingsAndSync from './en/settings-and-sync';
import notices from './en/notices';
import googleAndCalendars from './en/google-and-calendars';
import bridgeWords from './en/bridge-words';
import { ENGLISH_ICS_REASONS } from '../ics-reason-words';

export default {
  ...calendar,
  ...editor,
  ...settingsAndSync,
  ...notices,
  ...googleAndCalendars,
  ...bridgeWords,
  ...ENGLISH_ICS_REASONS,
};
