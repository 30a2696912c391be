// Main's side of keeping reminders on time in a browser tab. A browser throttles the timers
// of a tab in the background (Chromium's intensive throttling runs a chained timer at most
// once a minute), but delivers the tab's socket messages at once. So the page, each time it
// sets its one reminder timer, also asks main to wake it then, and main keeps one timer of
// its own, in Node, where nothing throttles it.
//
// Every page of the shell shares this one timer and hears every wake: they plan the same
// reminders from the same database, and a wake that finds nothing due only makes a page
// look and ask again. So the earliest request waiting wins; a later one waits behind it and
// is asked for again when the earlier wake comes.

export interface WakeClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export class ReminderWakeTimer {
  private at: number | null = null;
  private timer: unknown = null;

  constructor(
    private readonly wake: () => void,
    private readonly clock: WakeClock = {
      now: () => Date.now(),
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
  ) {}

  /** A page wants a wake in `ms`. */
  request(ms: number): void {
    const at = this.clock.now() + Math.max(0, ms);
    if (this.at !== null && this.at <= at) return;
    this.stop();
    this.at = at;
    this.timer = this.clock.setTimeout(() => {
      this.at = null;
      this.timer = null;
      this.wake();
    }, at - this.clock.now());
  }

  /** When the next wake is due, or null (what the tests read). */
  get dueAt(): number | null {
    return this.at;
  }

  stop(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.at = null;
  }
}
