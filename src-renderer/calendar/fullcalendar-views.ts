// The view type of each of Almanac's views: FullCalendar's for day, week and the agenda,
// and FullCalendar's old name for the month, which the month grid of our own (MonthGrid)
// reports its ranges under (the toolbar's title and the benchmark read it). The grid and the
// chips it draws both read this one table.
import type { ViewName } from '../../src-preload/settings';

export const FULLCALENDAR_VIEWS: Record<ViewName, string> = {
  day: 'timeGridDay',
  week: 'timeGridWeek',
  month: 'dayGridMonth',
  agenda: 'agenda',
};

// Four weeks of agenda: long enough to plan with, short enough to stay quick with many events.
export const CUSTOM_VIEWS = {
  agenda: { type: 'list', duration: { weeks: 4 }, dateAlignment: 'week' },
};

/** How a FullCalendar view's range is titled: one day, one month, or a range of days. */
export function rangeTitleKind(viewType: string): 'day' | 'month' | 'range' {
  return viewType === FULLCALENDAR_VIEWS.day
    ? 'day'
    : viewType === FULLCALENDAR_VIEWS.month
      ? 'month'
      : 'range';
}
