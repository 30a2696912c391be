// Which FullCalendar view draws each of Almanac's views; the grid and the chips it draws both
// read this one table.
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

/** How a view's range is titled: one day, one month, or a range of days. */
export function rangeTitleKind(view: ViewName): 'day' | 'month' | 'range' {
  return view === 'day' ? 'day' : view === 'month' ? 'month' : 'range';
}
