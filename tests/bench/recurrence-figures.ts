// Recurrence figures for `npm run bench`: how long expanding 1,000 recurring series over a
// six-week window takes with cold caches (no rule parsed, no window expanded), warm (the
// same window drawn again, as on a re-render), and as the first call in a fresh process
// (which also compiles the code). Each is the median of five runs with min and max.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CalendarEvent } from '../../src-preload/model/event';
import { expandSeries } from '../../src-renderer/calendar/model/series-expansion';
import { spread } from './stats';

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

export async function measureRecurrence(): Promise<Record<string, unknown>> {
  // Each cold run expands series never seen before (a fresh set of ids, so the module's
  // caches hold nothing for them), as when a view first shows a range after start-up or
  // after sync brought new series. Compiling the code is paid by the first run in a
  // process, which is measured apart, in fresh processes.
  const cold: number[] = [];
  let count = 0;
  for (let i = 0; i < REPS + 1; i++) {
    const masters = seriesFixtures(1000, `${freshRun()}c${i}`);
    const t0 = performance.now();
    count = expandAll(masters);
    if (i > 0) cold.push(performance.now() - t0);
  }
  // Warm: the same window of the same series drawn again, as on a re-render.
  const masters = seriesFixtures(1000, freshRun());
  expandAll(masters);
  const warm: number[] = [];
  for (let i = 0; i < REPS; i++) {
    const t0 = performance.now();
    expandAll(masters);
    warm.push(performance.now() - t0);
  }
  const firstInProcess: number[] = [];
  for (let i = 0; i < REPS; i++) firstInProcess.push(await firstCallInFreshProcess());
  return {
    series: 1000,
    occurrencesIn6Weeks: count,
    cold1000Series6WeeksMs: spread(cold),
    warm1000Series6WeeksMs: spread(warm),
    firstCallInFreshProcessMs: spread(firstInProcess),
  };
}

const REPS = 5;
const WINDOW = { start: new Date('2026-03-01T00:00:00Z'), end: new Date('2026-04-12T00:00:00Z') };

function expandAll(masters: CalendarEvent[]): number {
  let count = 0;
  for (const master of masters) count += expandSeries(master, [], WINDOW, '#4986e7').length;
  return count;
}

function freshRun(): string {
  return `${Date.now().toString(16)}${Math.floor(Math.random() * 1e6).toString(16)}`;
}

/** This file run again as its own process, which times its first expansion and prints it. */
async function firstCallInFreshProcess(): Promise<number> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, ALMANAC_BENCH_RECURRENCE_CHILD: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await new Promise((done) => child.once('exit', done));
  const ms = Number(/first=([\d.]+)/.exec(out)?.[1]);
  if (!Number.isFinite(ms)) throw new Error(`the recurrence child printed ${out}`);
  return ms;
}

// Child mode: the first expansion of 1,000 series in this process (code not yet compiled).
if (process.env.ALMANAC_BENCH_RECURRENCE_CHILD === '1') {
  const masters = seriesFixtures(1000, freshRun());
  const t0 = performance.now();
  expandAll(masters);
  process.stdout.write(`first=${performance.now() - t0}\n`);
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
