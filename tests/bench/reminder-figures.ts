// Reminder figures for `npm run bench`: the schedule's own code on a Dexie database of
// 20,000 events (19,000 single events over two years around "now" and 1,000 repeating
// series), in this process on fake-indexeddb (Chromium's IndexedDB, measured beside it in
// the sync figures, reads several times faster):
// - planning the next 24 hours of reminders (reading what can remind soon, expanding the
//   series, placing every reminder), beside the floor measured in the same run: the same
//   records read raw from the same indexes;
// - bringing the running schedule up to date after a 2,500-event sync page lands (the
//   page committed through the LocalStore the sync engine uses);
// - the number of live timers the schedule holds (one, whatever the database holds).
// Medians with min and max of several runs.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import type { CalendarEvent } from '../../src-preload/model/event';
import { openDatabase } from '../../src-renderer/db/database';
import { readEvents } from '../../src-renderer/db/event-window';
import { createDexieLocalStore } from '../../src-renderer/db/local-store';
import {
  ReminderEngine,
  type ReminderClock,
  type ReminderPresenter,
} from '../../src-renderer/reminders/reminder-engine';
import { MAX_LEAD_MS, planReminders } from '../../src-renderer/reminders/reminder-plan';
import { seriesFixtures } from './recurrence-figures';
import { round, spread } from './stats';

const ZONE = 'Europe/Berlin';
const NOW = Date.UTC(2026, 2, 18, 8, 0);
const DAY = 86_400_000;

export async function measureReminders(): Promise<Record<string, unknown>> {
  const db = openDatabase(`almanac-bench-reminders-${process.pid}-${Date.now()}`);
  const run = Date.now().toString(32);
  const singles = singleFixtures(19_000, run);
  const series = seriesFixtures(1000, run).map((master, i) => ({
    ...master,
    reminders:
      i % 3 === 0
        ? { useDefault: false, overrides: [{ method: 'popup' as const, minutes: 15 }] }
        : { useDefault: true },
  }));
  await db.events.bulkPut([...singles, ...series]);

  // The next 24 hours of reminders, and the raw read of the same window as the floor.
  const firstPlanMs = await timeOnce(() => planReminders(db, NOW, ZONE));
  const plans: number[] = [];
  const floors: number[] = [];
  let plan = await planReminders(db, NOW, ZONE);
  for (let i = 0; i < 7; i += 1) {
    // The same index ranges the plan reads (a day each side of its range, which starts at midnight).
    const from = Math.floor(NOW / DAY) * DAY;
    floors.push(await timeOnce(() => readEvents(db, from - DAY, from + 3 * DAY + MAX_LEAD_MS)));
    plans.push(
      await timeOnce(async () => (plan = await planReminders(db, NOW + i * 60_000, ZONE))),
    );
  }

  // The running schedule, with a clock that counts its live timers.
  const clock = new CountingClock(NOW);
  const engine = new ReminderEngine(db, quietPresenter, clock);
  engine.start();
  const startMs = await timeOnce(async () => {
    engine.setPreferences({ enabled: true, zone: ZONE, snoozeMinutes: 10, sound: false });
    await engine.idle();
  });
  const timersAfterStart = clock.alive;

  const store = createDexieLocalStore(db);
  const updates: number[] = [];
  const commits: number[] = [];
  for (let page = 0; page < 5; page += 1) {
    const events = syncPage(2500, `${run}p${page}`);
    const landed = nextMutation();
    commits.push(
      await timeOnce(() =>
        store.commit({ put: events.map((event) => ({ event, expectVersion: null })) }),
      ),
    );
    const at = await landed;
    await engine.idle();
    updates.push(performance.now() - at);
  }
  const timersAfterSync = clock.alive;
  engine.stop();
  db.close();
  await Dexie.delete(db.name);

  const planSpread = spread(plans);
  const floorSpread = spread(floors);
  return {
    events: singles.length + series.length,
    series: series.length,
    occurrencesThatCanRemind: plan.occurrences.size,
    remindersNext24h: plan.reminders.filter((r) => r.fireAt >= plan.at).length,
    planNext24hFirstInProcessMs: round(firstPlanMs),
    planNext24hMs: planSpread,
    planFloorReadSameWindowMs: floorSpread,
    planToFloorRatio: round(planSpread.median / floorSpread.median),
    scheduleStartMs: round(startMs),
    syncPage2500CommitMs: spread(commits),
    scheduleUpdateAfterSyncPage2500Ms: spread(updates),
    liveTimersAfterStart: timersAfterStart,
    liveTimersAfterSyncPages: timersAfterSync,
    liveTimersMaxSeen: clock.maxAlive,
  };
}

/** Real timers, counted. */
class CountingClock implements ReminderClock {
  private readonly live = new Set<ReturnType<typeof setTimeout>>();
  maxAlive = 0;
  constructor(private readonly start: number) {}
  private readonly origin = performance.now();
  now(): number {
    return this.start + (performance.now() - this.origin);
  }
  setTimeout(fn: () => void, ms: number): unknown {
    const id = setTimeout(() => {
      this.live.delete(id);
      fn();
    }, ms);
    this.live.add(id);
    this.maxAlive = Math.max(this.maxAlive, this.live.size);
    return id;
  }
  clearTimeout(handle: unknown): void {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
    this.live.delete(handle as ReturnType<typeof setTimeout>);
  }
  get alive(): number {
    return this.live.size;
  }
}

const quietPresenter: ReminderPresenter = {
  show: async () => ({ shown: true, actions: true }),
  close: () => undefined,
  openLink: async () => null,
  agenda: () => undefined,
};

function nextMutation(): Promise<number> {
  return new Promise((resolve) => {
    const once = () => {
      Dexie.on('storagemutated').unsubscribe(once);
      resolve(performance.now());
    };
    Dexie.on('storagemutated', once);
  });
}

/** Single events every ~55 minutes over a year before and after now, a tenth with their own reminders. */
function singleFixtures(n: number, run: string): CalendarEvent[] {
  const from = NOW - 365 * DAY;
  const step = Math.floor((730 * DAY) / n);
  return Array.from({ length: n }, (_, i) =>
    timedEvent(`s${run}${i.toString(32).padStart(4, '0')}`, from + i * step, i),
  );
}

/** A sync page: 2,500 events over the next month, the part that matters to the schedule. */
function syncPage(n: number, run: string): CalendarEvent[] {
  const step = Math.floor((30 * DAY) / n);
  return Array.from({ length: n }, (_, i) =>
    timedEvent(`g${run}${i.toString(32).padStart(4, '0')}`, NOW + i * step, i),
  );
}

function timedEvent(id: string, startMs: number, i: number): CalendarEvent {
  const start = new Date(startMs).toISOString().replace('.000Z', 'Z');
  const end = new Date(startMs + 3_600_000).toISOString().replace('.000Z', 'Z');
  return {
    id,
    calendarId: 'local',
    kind: 'single',
    status: 'confirmed',
    summary: `Event ${i}`,
    start: { dateTime: start, timeZone: ZONE },
    end: { dateTime: end, timeZone: ZONE },
    startMs,
    endMs: startMs + 3_600_000,
    reminders:
      i % 10 === 0
        ? {
            useDefault: false,
            overrides: [
              { method: 'popup', minutes: 10 },
              { method: 'popup', minutes: 1440 },
            ],
          }
        : { useDefault: true },
    localVersion: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

async function timeOnce(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}
