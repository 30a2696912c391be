// What the push, the pull and iCalUID adoption work with while one calendar syncs: the
// calendar, the local store, the Google gateway, the cycle's report, the clock, and the
// filter a "only new events" reset left behind.
import type { Calendar } from '../../src-preload/model/event';
import type { LocalStore } from '../../src-preload/local-store';
import type { GoogleGateway } from '../google/gateway';
import type { ExistingEventsFilter, SyncReport } from './sync-engine';

export interface CalendarRun {
  cal: Calendar;
  store: LocalStore;
  google: GoogleGateway;
  report: SyncReport;
  now(): Date;
  skipExisting?: ExistingEventsFilter;
}

/** Where a log line or a planner decision happens: this calendar, now. */
export function whereOf(run: CalendarRun): { calendarId: string; now: string } {
  return { calendarId: run.cal.id, now: run.now().toISOString() };
}
