// The time FullCalendar writes on an event chip ("08:00", or "08:00 - 09:00" in the time
// grid), in 24-hour time. Given as a format object, FullCalendar builds a fresh
// Intl.DateTimeFormat for every time range it writes (half a millisecond each, a quarter of
// a second for a busy week); as a function it hands over the wall clock and we format it
// with one cached formatter per locale.
import type { VerboseFormattingArg } from '@fullcalendar/core/internal';

export function eventTimeText(arg: VerboseFormattingArg): string {
  const format = formatterFor(arg.localeCodes);
  const start = format.format(arg.start.marker);
  if (!arg.end) return start;
  const end = format.format(arg.end.marker);
  return end === start ? start : `${start}${arg.defaultSeparator}${end}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locales: string[]): Intl.DateTimeFormat {
  const key = locales.join(',');
  let format = formatters.get(key);
  if (!format) {
    // FullCalendar's markers carry the wall clock of the calendar's zone as if it were UTC.
    format = new Intl.DateTimeFormat(locales, {
      hour: '2-digit',
      minute: '2-digit',
      // h23, so midnight reads 00:00 (hour12: false gives 24:00 in some locales).
      hourCycle: 'h23',
      timeZone: 'UTC',
    });
    formatters.set(key, format);
  }
  return format;
}
