// When each subscribed calendar is fetched again. Every time comes from what the calendar
// stores (its last successful refresh, its last failed attempt and how many failed in a
// row), never from when the page opened, so the schedule survives a restart: a feed whose
// interval passed while Almanac was closed is fetched as soon as it starts, and the next
// fetch falls one interval after the last refresh. A failing feed is tried again sooner than
// its interval, backing off while it keeps failing.
import type { Calendar, CalendarSubscription } from '../../src-preload/model/event';

/** The first retry after a failure; each further failure in a row waits three times longer. */
const FIRST_RETRY_MINUTES = 5;
/** setTimeout's longest wait (about 24.8 days); a longer one is re-planned when it ends. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** How long after the `failures`-th failure in a row the feed is tried again: 5 min, 15, 45, … up to its interval. */
export function retryMinutes(failures: number, refreshMinutes: number): number {
  return Math.min(refreshMinutes, FIRST_RETRY_MINUTES * 3 ** Math.max(0, failures - 1));
}

/** When (ms) the feed is next due: an interval after its last refresh, or a retry after its last failure. */
export function nextRefreshAt(source: CalendarSubscription): number {
  if (source.lastError) {
    const attempt = Date.parse(source.lastAttemptAt ?? '') || 0;
    return attempt + retryMinutes(source.failures ?? 1, source.refreshMinutes) * 60_000;
  }
  const refreshed = Date.parse(source.lastRefreshAt ?? '') || 0;
  return refreshed + source.refreshMinutes * 60_000;
}

/** The clock the schedule reads and sets its timer on: the page's, or a test's. */
export interface ScheduleClock {
  now(): number;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

export const pageClock: ScheduleClock = {
  now: () => Date.now(),
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/**
 * Fetches each subscription as it falls due, one at a time, with one timer set for the
 * earliest. `refresh` fetches one and gives back its calendar as it then is (its new times),
 * so the next timer follows the refresh without waiting for the calendars to be read again.
 */
export class SubscriptionSchedule {
  private calendars: readonly Calendar[] = [];
  private timer: unknown = null;
  private running = false;
  private stopped = false;

  constructor(
    private readonly refresh: (calendarId: string) => Promise<Calendar | undefined>,
    private readonly clock: ScheduleClock = pageClock,
  ) {}

  /** The calendars as they now are (at start-up, and after any change to them). */
  update(calendars: readonly Calendar[]): void {
    this.calendars = calendars;
    this.plan();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.clock.clearTimer(this.timer);
    this.timer = null;
  }

  private plan(): void {
    if (this.timer !== null) this.clock.clearTimer(this.timer);
    this.timer = null;
    if (this.stopped || this.running) return;
    const due = this.calendars.flatMap((c) =>
      c.subscription ? [nextRefreshAt(c.subscription)] : [],
    );
    if (due.length === 0) return;
    const wait = Math.min(MAX_TIMER_MS, Math.max(0, Math.min(...due) - this.clock.now()));
    this.timer = this.clock.setTimer(() => {
      this.timer = null;
      void this.run();
    }, wait);
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      await this.refreshDue();
    } catch {
      // The store failed, not the feed (refresh keeps a feed's failure on its calendar):
      // trying again at once would fail the same way, so the next change to the calendars
      // plans again.
      this.running = false;
      return;
    }
    this.running = false;
    this.plan();
  }

  private async refreshDue(): Promise<void> {
    {
      const now = this.clock.now();
      for (const calendar of this.calendars) {
        if (this.stopped) return;
        if (!calendar.subscription || nextRefreshAt(calendar.subscription) > now) continue;
        const after = await this.refresh(calendar.id);
        this.calendars = this.calendars.flatMap((c) =>
          c.id !== calendar.id ? [c] : after ? [after] : [],
        );
      }
    }
  }
}
