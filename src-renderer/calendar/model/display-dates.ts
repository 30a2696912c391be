// Dates as the screen shows them: everything here works in the user's display zone, so the
// grid, the mini month, the agenda and the accessible names all agree on what "today" is.
import { DateTime } from 'luxon';
import type { Occurrence } from './types';
import { typeRules } from './event-types';
import { activeLocale } from '../../i18n/active-locale';
import { instantToFloating, isoDate } from '../../../src-preload/model/zoned-time';

/** The operating system's zone, used when the setting is null. */
export function osTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every IANA zone the runtime knows, with the given ones first if it somehow lacks them. */
export function knownTimeZones(...mustInclude: string[]): string[] {
  const zones =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...mustInclude.filter(Boolean), 'UTC', ...zones])];
}

/** YYYY-MM-DD of an instant as seen in a zone. */
export function isoDateIn(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate() ?? instant.toISOString().slice(0, 10);
}

export function todayIn(zone: string): string {
  return isoDateIn(new Date(), zone);
}

/** Adds days to a YYYY-MM-DD date without any zone involved. */
export function addDays(isoDate: string, days: number): string {
  return DateTime.fromISO(isoDate, { zone: 'UTC' }).plus({ days }).toISODate() ?? isoDate;
}

/**
 * Where "New event" puts a fresh event: the next full hour today when today is on screen
 * (as Google does), otherwise 9:00 on the first day shown. Occurrence format (ISO instants).
 */
export function newEventSlot(
  visible: { start: Date; end: Date },
  zone: string,
): { start: string; end: string } {
  const now = DateTime.now().setZone(zone);
  const first = DateTime.fromJSDate(visible.start, { zone });
  const onScreen =
    now.toMillis() >= visible.start.getTime() && now.toMillis() < visible.end.getTime();
  const start = onScreen
    ? now.startOf('hour').plus({ hours: 1 })
    : first.startOf('day').set({ hour: 9 });
  return {
    start: start.toUTC().toISO() ?? '',
    end: start.plus({ hours: 1 }).toUTC().toISO() ?? '',
  };
}

/**
 * The accessible name of an event on the grid or agenda: its title first (tests and screen
 * reader users find events by title), its type's label for a special event, then when it
 * happens in the display zone.
 */
export function occurrenceLabel(occ: Occurrence, zone: string): string {
  const { t } = activeLocale();
  const type = typeRules(occ.event).label;
  return t('event.label', {
    title: occ.title || t('event.noTitle'),
    type: type ?? 'none',
    when: describeWhen(occ, zone),
  });
}

/** When an occurrence happens, in the display zone and the locale's words and formats. */
export function describeWhen(occ: Occurrence, zone: string): string {
  const { formats, t } = activeLocale();
  if (occ.allDay) {
    const lastDay = addDays(occ.end, -1);
    if (lastDay <= occ.start) return t('when.allDay', { day: formats.dayShort(occ.start) });
    return t('when.allDayRange', {
      first: formats.dayShort(occ.start),
      last: formats.dayShort(lastDay),
    });
  }
  // Every chip on the grid is named through here: the days come from the zone's cached
  // offsets rather than a luxon DateTime per chip.
  const startDay = isoDate(instantToFloating(occ.startMs, zone));
  const endDay = isoDate(instantToFloating(occ.endMs, zone));
  const start = formats.time(occ.startMs, zone);
  const end = formats.time(occ.endMs, zone);
  if (startDay === endDay)
    return t('when.sameDay', { day: formats.dayShort(startDay), start, end });
  return t('when.acrossDays', {
    startDay: formats.dayShort(startDay),
    start,
    endDay: formats.dayShort(endDay),
    end,
  });
}
