// Recurrence figures for `npm run bench`: how long expanding 1,000 recurring series over a
// six-week window takes, first with cold caches (rules parsed, windows expanded) and then
// warm (the same window drawn again, as on a re-render). The budget is 20 ms.
import type { CalendarEvent } from '../../src-preload/model/event';
import { expandSeries } from '../../src-renderer/calendar/model/series-expansion';

const ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'Australia/Sydney', 'UTC'];
const RULES = [
  'RRULE:FREQ=DAILY',
  'RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR',
  'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
  'RRULE:FREQ=MONTHLY;BYDAY=2TH',
  'RRULE:FREQ=MONTHLY',
  'RRULE:FREQ=YEARLY',
  'RRULE:FREQ=DAILY;INTERVAL=3;COUNT=400',
  'RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20301231T235959Z',
];

export async function measureRecurrence(): Promise<Record<string, number>> {
  const window = { start: new Date('2026-03-01T00:00:00Z'), end: new Date('2026-04-12T00:00:00Z') };
  const round = (ms: number) => Math.round(ms * 100) / 100;
  // A fresh set of ids per run keeps the module's caches from making "cold" warm.
  const run = `${Date.now().toString(16)}${Math.floor(Math.random() * 1e6).toString(16)}`;
  const masters = seriesFixtures(1000, run);

  // The first expansion in a fresh process also pays for compiling the code; reported apart.
  let t0 = performance.now();
  for (const master of seriesFixtures(1000, `${run}f`)) expandSeries(master, [], window, '#4986e7');
  const firstInProcess = performance.now() - t0;

  // Cold caches: series never expanded before (no parsed rule, no placed window), as when a
  // view first shows a range after start-up or after sync brought new series.
  t0 = performance.now();
  let count = 0;
  for (const master of masters) count += expandSeries(master, [], window, '#4986e7').length;
  const cold = performance.now() - t0;

  const warmRuns: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    t0 = performance.now();
    for (const master of masters) expandSeries(master, [], window, '#4986e7');
    warmRuns.push(performance.now() - t0);
  }
  warmRuns.sort((a, b) => a - b);

  return {
    recurrence_1000_series_6_weeks_first_in_process_ms: round(firstInProcess),
    recurrence_1000_series_6_weeks_cold_ms: round(cold),
    recurrence_1000_series_6_weeks_warm_ms: round(warmRuns[Math.floor(warmRuns.length / 2)]!),
    recurrence_occurrences_6_weeks: count,
  };
}

/** `n` repeating series over eight kinds of rule and five zones, started over the past five years. */
export function seriesFixtures(n: number, run: string): CalendarEvent[] {
  const out: CalendarEvent[] = [];
  for (let i = 0; i < n; i += 1) {
    const zone = ZONES[i % ZONES.length]!;
    // Starts spread over the past five years, so most series are far from their DTSTART.
    const startMs = Date.UTC(2021, 0, 1, 8 + (i % 9)) + (i % 1800) * 86_400_000;
    const start = new Date(startMs).toISOString().replace('.000Z', 'Z');
    const end = new Date(startMs + 3_600_000).toISOString().replace('.000Z', 'Z');
    out.push({
      id: `b${run}${i.toString(16).padStart(4, '0')}`,
      calendarId: 'local',
      kind: 'master',
      status: 'confirmed',
      summary: `Series ${i}`,
      start: { dateTime: start, timeZone: zone },
      end: { dateTime: end, timeZone: zone },
      recurrence: [RULES[i % RULES.length]!],
      startMs,
      endMs: startMs + 3_600_000,
      localVersion: 1,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
  }
  return out;
}
