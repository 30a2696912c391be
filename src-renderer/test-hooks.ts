// What the end-to-end tests and `npm run bench` reach into the page for: the opened database
// (to seed thousands of events without the UI, and read what sync wrote) and performance
// marks around the calendar's range changes. They exist only in the renderer built with
// `--mode test` (npm run test:e2e and npm run bench do that); the build users run has
// neither, since Vite replaces the mode check with a constant and drops the code behind it.
import type { AlmanacDatabase } from './db/database';
import type { ReminderEngine } from './reminders/reminder-engine';

declare global {
  interface Window {
    /**
     * Test and benchmark hook: the opened database, and the reminder schedule so a test moving
     * a fake clock can wait for it to settle. Absent in production builds.
     */
    __almanac?: { db: AlmanacDatabase; reminders?: ReminderEngine };
  }
}

const TEST_BUILD = import.meta.env.MODE === 'test';

/** Puts the database where tests and benchmarks look for it, in a test build only. */
export function exposeForTests(db: AlmanacDatabase, reminders?: ReminderEngine): void {
  if (TEST_BUILD) window.__almanac = { db, reminders };
}

/** A performance mark the benchmark pairs up, in a test build only. */
export function benchmarkMark(name: string): void {
  if (TEST_BUILD) performance.mark(name);
}
