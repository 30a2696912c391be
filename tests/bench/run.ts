// `npm run bench`: every speed and memory figure in one JSON object, measured in one run
// on this machine. Budgets live in the issues; this prints figures, it asserts nothing.
import { measureFakeGoogle } from './fake-google-figures';
import { measureIcs } from './ics-figures';
import { measureIcsImport } from './ics-import-figures';
import { measureMonthView } from './month-view-figures';
import { measureRecurrence } from './recurrence-figures';
import { measureReminders } from './reminder-figures';
import { measureSync } from './sync-figures';

const figures: Record<string, unknown> = {
  machine: {
    node: process.version,
    cpus: (await import('node:os')).cpus().length,
    at: new Date().toISOString(),
  },
};
for (const [name, measure] of [
  ['recurrence', measureRecurrence],
  ['reminders', measureReminders],
  ['monthView', measureMonthView],
  ['fakeGoogle', measureFakeGoogle],
  ['sync', measureSync],
  ['ics', measureIcs],
  ['icsImport', measureIcsImport],
] as const) {
  try {
    figures[name] = await measure();
  } catch (error) {
    figures[name] = { error: error instanceof Error ? error.message : String(error) };
  }
}
console.log(JSON.stringify(figures, null, 2));
process.exit(0);
