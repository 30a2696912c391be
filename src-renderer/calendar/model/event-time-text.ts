// The time FullCalendar writes on an event chip ("08:00", "8:00 AM", or a range in the time
// grid), in the locale's hour cycle. Given as a format object, FullCalendar builds a fresh
// Intl.DateTimeFormat for every time range it writes (half a millisecond each, a quarter of
// a second for a busy week); as a function it hands over the wall clock and the locale's
// shared formats write it.
import type { VerboseFormattingArg } from '@fullcalendar/core/internal';
import { activeLocale } from '../../i18n/active-locale';

export function eventTimeText(arg: VerboseFormattingArg): string {
  const formats = activeLocale().formats;
  // FullCalendar's markers carry the wall clock of the calendar's zone as if it were UTC.
  const start = formats.time(arg.start.marker, 'UTC');
  if (!arg.end) return start;
  const end = formats.time(arg.end.marker, 'UTC');
  return end === start ? start : `${start}${arg.defaultSeparator}${end}`;
}
