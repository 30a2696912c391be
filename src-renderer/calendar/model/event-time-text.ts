// The times FullCalendar writes on an event chip ("08:00", "8:00 AM", or a range in the time
// grid) and beside the time grid's hours, in the locale's hour cycle. Given as a format
// object, FullCalendar builds a fresh Intl.DateTimeFormat for every time range it writes
// (half a millisecond each, a quarter of a second for a busy week) and for every hour label
// on every pass of its sizing; as a function it hands over the wall clock and the locale's
// shared formats write it, each time of day once per set of formats (a busy week writes the
// same few hours hundreds of times).
import type { VerboseFormattingArg } from '@fullcalendar/core/internal';
import { activeLocale } from '../../i18n/active-locale';
import type { DateFormats } from '../../../src-preload/date-formats';

export function eventTimeText(arg: VerboseFormattingArg): string {
  const formats = activeLocale().formats;
  // FullCalendar's markers carry the wall clock of the calendar's zone as if it were UTC.
  const start = timeOfDay(formats, arg.start.marker);
  if (!arg.end) return start;
  const end = timeOfDay(formats, arg.end.marker);
  return end === start ? start : `${start}${arg.defaultSeparator}${end}`;
}

/**
 * The time grid's hour labels, written by `formats` (a new function for new formats, so
 * FullCalendar writes its labels again when the hour cycle changes).
 */
export function slotLabelText(formats: DateFormats): (arg: VerboseFormattingArg) => string {
  return (arg) => timeOfDay(formats, arg.date.marker);
}

const written = new WeakMap<DateFormats, Map<number, string>>();
const DAY_MS = 86_400_000;

/** A marker's time of day as `formats` writes it; the text depends on nothing else. */
function timeOfDay(formats: DateFormats, marker: Date): string {
  let byTime = written.get(formats);
  if (!byTime) written.set(formats, (byTime = new Map()));
  const ofDay = ((marker.getTime() % DAY_MS) + DAY_MS) % DAY_MS;
  let text = byTime.get(ofDay);
  if (text === undefined) byTime.set(ofDay, (text = formats.time(ofDay, 'UTC')));
  return text;
}

/**
 * FullCalendar's own title of the range, which nothing shows (the toolbar words its own):
 * left empty, so a new calendar does not build date formats only to write it.
 */
export function unusedRangeTitle(): string {
  return '';
}
