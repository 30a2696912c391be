// What the window asks of the grid on screen, whichever draws it: FullCalendar (day, week,
// agenda) or the month grid of our own. The toolbar, shortcuts, search and the mini month
// move the grid through this handle; the grid's event source asks it to draw again.
import type { RefObject } from 'react';
import type FullCalendar from '@fullcalendar/react';

export interface GridHandle {
  today(): void;
  /** Moves to the range holding `date`: YYYY-MM-DD, an ISO instant, or an instant. */
  gotoDate(date: string | Date): void;
  /** The day the grid is on, as an instant (midnight in the grid's zone). */
  getDate(): Date;
  /** Clears a selection of days or times. */
  unselect(): void;
  /** Draws the range's events again (a write, or a choice the drawing depends on changed). */
  refetchEvents(): void;
}

/** The handle over a mounted FullCalendar. */
export function fullCalendarHandle(calendar: RefObject<FullCalendar | null>): GridHandle {
  const api = () => calendar.current?.getApi();
  return {
    today: () => api()?.today(),
    gotoDate: (date) => api()?.gotoDate(date),
    getDate: () => api()?.getDate() ?? new Date(),
    unselect: () => api()?.unselect(),
    refetchEvents: () => api()?.refetchEvents(),
  };
}
