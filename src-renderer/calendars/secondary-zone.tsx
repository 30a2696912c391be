// Preferences → Display's second time zone: the hour labels of Day and Week with the same
// moment in another zone beneath (styled in calendars.css).
import { DateTime } from 'luxon';
import type { SlotLabelContentArg } from '@fullcalendar/core';

/**
 * The hour labels of Day and Week with the same moment in a second zone beneath, on the
 * first day shown (FullCalendar's label dates are not that day, so their offset may differ).
 */
export function secondaryZoneLabel(secondary: string, zone: string, day: string) {
  const name = secondary.split('/').at(-1)?.replaceAll('_', ' ') ?? secondary;
  return (arg: SlotLabelContentArg) => {
    const wall = DateTime.fromJSDate(arg.date, { zone });
    const there = DateTime.fromISO(day, { zone })
      .set({ hour: wall.hour, minute: wall.minute })
      .setZone(secondary)
      .toFormat('HH:mm');
    return (
      <>
        <span>{arg.text}</span>
        <span className="secondary-zone-time" title={`${there} in ${name}`}>
          {there}
        </span>
      </>
    );
  };
}
