// Preferences → Display's second time zone: the hour labels of Day and Week with the same
// moment in another zone beneath (styled in calendars.css).
import { DateTime } from 'luxon';
import type { SlotLabelContentArg } from '@fullcalendar/core';
import { activeLocale } from '../i18n/active-locale';

/**
 * The hour labels of Day and Week with the same moment in a second zone beneath, on the
 * first day shown (FullCalendar's label dates are not that day, so their offset may differ).
 */
export function secondaryZoneLabel(secondary: string, zone: string, day: string) {
  const name = secondary.split('/').at(-1)?.replaceAll('_', ' ') ?? secondary;
  return (arg: SlotLabelContentArg) => {
    const wall = DateTime.fromJSDate(arg.date, { zone });
    const { formats, t } = activeLocale();
    const instant = DateTime.fromISO(day, { zone })
      .set({ hour: wall.hour, minute: wall.minute })
      .toMillis();
    const there = formats.time(instant, secondary);
    return (
      <>
        <span>{arg.text}</span>
        <span
          className="secondary-zone-time"
          title={t('secondaryZone.time', { time: there, zone: name })}
        >
          {there}
        </span>
      </>
    );
  };
}
