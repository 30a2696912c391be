// Preferences → Display as FullCalendar options for the grids: working hours as its
// business hours (shaded outside), each event's look as class names, the second zone's
// hour labels, and week numbers by the month grid's rule (model/week-number.ts). Memoized,
// so FullCalendar re-processes them only when a preference changes.
import { useCallback, useMemo } from 'react';
import type { EventContentArg } from '@fullcalendar/core';
import type { Settings } from '../../src-preload/settings';
import type { Occurrence } from '../calendar/model/types';
import { fullCalendarWeekNumber } from '../calendar/model/week-number';
import { eventLookClasses } from './event-looks';
import { secondaryZoneLabel } from './secondary-zone';

export type DisplayOptions = Pick<
  Settings,
  | 'hideWeekends'
  | 'showWeekNumbers'
  | 'workingHours'
  | 'defaultEventMinutes'
  | 'secondaryTimeZone'
  | 'declinedEvents'
>;

/** The display preferences out of all settings, a new object only when one of them changes. */
export function useDisplaySettings(settings: Settings): DisplayOptions {
  const {
    hideWeekends,
    showWeekNumbers,
    workingHours,
    defaultEventMinutes,
    secondaryTimeZone,
    declinedEvents,
  } = settings;
  return useMemo(
    () => ({
      hideWeekends,
      showWeekNumbers,
      workingHours,
      defaultEventMinutes,
      secondaryTimeZone,
      declinedEvents,
    }),
    [
      hideWeekends,
      showWeekNumbers,
      workingHours,
      defaultEventMinutes,
      secondaryTimeZone,
      declinedEvents,
    ],
  );
}

/**
 * `firstDay`: the weekday weeks start on (0 Sunday); `shownDay`: the first day on screen
 * (YYYY-MM-DD), whose offset the second zone uses.
 */
export function useDisplayOptions(
  display: DisplayOptions,
  zone: string,
  firstDay: number,
  shownDay?: string,
) {
  const { declinedEvents, secondaryTimeZone, workingHours, hideWeekends, showWeekNumbers } =
    display;
  const eventClassNames = useCallback(
    (arg: EventContentArg) => {
      const occurrence = arg.event.extendedProps.occurrence as Occurrence | undefined;
      return occurrence ? eventLookClasses(occurrence, declinedEvents) : [];
    },
    [declinedEvents],
  );
  const slotLabelContent = useMemo(
    () =>
      secondaryTimeZone && shownDay
        ? secondaryZoneLabel(secondaryTimeZone, zone, shownDay)
        : undefined,
    [secondaryTimeZone, zone, shownDay],
  );
  const businessHours = useMemo(
    () =>
      workingHours
        ? {
            daysOfWeek: workingHours.days,
            startTime: workingHours.start,
            endTime: workingHours.end,
          }
        : false,
    [workingHours],
  );
  const weekNumberCalculation = useMemo(
    () => fullCalendarWeekNumber(zone, firstDay),
    [zone, firstDay],
  );
  return {
    weekends: !hideWeekends,
    weekNumbers: showWeekNumbers,
    weekNumberCalculation,
    businessHours,
    eventClassNames,
    ...(slotLabelContent ? { slotLabelContent } : {}),
  };
}
