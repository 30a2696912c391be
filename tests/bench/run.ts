// `npm run bench`: every speed and memory figure in one JSON object, measured in one run
// on this machine. Budgets live in the issues; this prints figures, it asserts nothing.
// `npm run bench -- navigation quickLook` measures only the figures named (the whole run
// takes over half an hour; one figure is what a change to it needs re-measured).
import { measureAccounts } from './accounts-figures';
import { measureCalendarToggle } from './calendar-toggle-figures';
import { measureFakeGoogle } from './fake-google-figures';
import { measureNavigation } from './navigation-figures';
import { measureIcs } from './ics-figures';
import { measureIcsImport } from './ics-import-figures';
import { measureRecurrence } from './recurrence-figures';
import { measureReminders } from './reminder-figures';
import { measureStartup } from './startup-figures';
import { measureSearch } from './search-figures';
import { measureQuickLook } from './quick-look-figures';
import { measureSync } from './sync-figures';
import { progress } from './stats';

const os = await import('node:os');
const figures: Record<string, unknown> = {
  machine: {
    node: process.version,
    cpus: os.cpus().length,
    at: new Date().toISOString(),
    // The machine is shared: how busy it was says how far to trust absolute figures (the
    // ratios to floors measured in the same run hold up better).
    loadAverageAtStart: os.loadavg().map((n) => Number(n.toFixed(2))),
  },
};
const ALL = [
  ['recurrence', measureRecurrence],
  ['reminders', measureReminders],
  ['navigation', measureNavigation],
  ['startup', measureStartup],
  ['calendarToggle', measureCalendarToggle],
  ['fakeGoogle', measureFakeGoogle],
  ['sync', measureSync],
  ['accounts', measureAccounts],
  ['search', measureSearch],
  ['quickLook', measureQuickLook],
  ['ics', measureIcs],
  ['icsImport', measureIcsImport],
] as const;
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !ALL.some(([known]) => known === name));
if (unknown.length > 0) {
  console.error(
    `No figure named ${unknown.join(', ')}; the figures are ${ALL.map(([n]) => n).join(', ')}.`,
  );
  process.exit(2);
}
for (const [name, measure] of ALL.filter(([n]) => asked.length === 0 || asked.includes(n))) {
  progress(`${name}: started`);
  try {
    figures[name] = await measure();
  } catch (error) {
    figures[name] = { error: error instanceof Error ? error.message : String(error) };
  }
  // Each figure as it is done, so a run cut short still leaves what it measured.
  progress(`${name}: done ${JSON.stringify(figures[name])}`);
}
(figures.machine as Record<string, unknown>).loadAverageAtEnd = os
  .loadavg()
  .map((n) => Number(n.toFixed(2)));
console.log(JSON.stringify(figures, null, 2));
process.exit(0);
