// The anchor date: the one day the calendar is on, as in Google Calendar. Previous and Next
// move it by the view's length (a week from Friday 4 December is Friday 11 December, not the
// Monday FullCalendar would snap to), and switching views keeps it, so Next, Previous, Month
// from the week of 4 December shows December. It is remembered across a reload, with the
// view. Pure, apart from the two small storage helpers at the end.
import { DateTime } from 'luxon';
import { ViewNameSchema, type ViewName } from '../../../src-preload/settings';

/** The anchor one step forward (1) or back (-1) in `view`. */
export function stepAnchor(date: string, view: ViewName, direction: 1 | -1): string {
  const day = DateTime.fromISO(date, { zone: 'UTC' });
  const step = STEPS[view];
  return day.plus({ [step.unit]: step.count * direction }).toISODate() ?? date;
}

/** The view and day a reload of this window comes back to; null the first time. */
export function rememberedPlace(): { view: ViewName | null; date: string | null } {
  const view = ViewNameSchema.safeParse(read(sessionStorage, VIEW_KEY));
  const date = read(sessionStorage, DATE_KEY);
  return {
    view: view.success ? view.data : null,
    date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
  };
}

/**
 * Keeps the view and the day for a reload of this window; a new start opens on the default
 * view (Preferences) and today.
 */
export function rememberPlace(view: ViewName, date: string | null): void {
  write(sessionStorage, VIEW_KEY, view);
  if (date) write(sessionStorage, DATE_KEY, date);
}

// ---------------------------------------------------------------------------------------

const STEPS: Record<ViewName, { unit: 'days' | 'months'; count: number }> = {
  day: { unit: 'days', count: 1 },
  week: { unit: 'days', count: 7 },
  month: { unit: 'months', count: 1 },
  // The agenda shows four weeks.
  agenda: { unit: 'days', count: 28 },
};

const VIEW_KEY = 'almanac.view';
const DATE_KEY = 'almanac.date';
/** Where the place is kept for this window (the bench clears them to measure a fresh start). */
export const PLACE_KEYS = [VIEW_KEY, DATE_KEY] as const;

function read(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null; // storage refused (privacy settings): nothing remembered
  }
}

function write(storage: Storage, key: string, value: string): void {
  try {
    storage.setItem(key, value);
  } catch {
    // Not remembered; the calendar still works.
  }
}
