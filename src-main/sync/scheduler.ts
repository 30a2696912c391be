// When the engine runs: on demand ("Sync with Google"), at start-up, a few seconds after
// local edits (debounced), every N minutes while connected, on resume from sleep, when a
// window lends its database to an app already running, and when the network returns. One
// run at a time: a trigger during a run asks for one more run after it. After a failed run
// the next automatic run waits longer (exponential, capped), so a Google outage is not
// hammered; a run the user asked for goes at once. Pause stops everything automatic; local
// changes keep queueing in the outbox and go out on resume. The interval follows the
// user's setting as soon as it changes, counted from the last run.
import type { SyncOptions, SyncReport } from './sync-engine';

export type SyncTrigger = 'manual' | 'startup' | 'local-edit' | 'resume' | 'window' | 'online';

export interface SchedulerDeps {
  run(options?: SyncOptions): Promise<SyncReport>;
  intervalMs?: number;
  /** Quiet time after the last local edit before syncing. */
  editDelayMs?: number;
  /** Longest wait after failures. */
  maxBackoffMs?: number;
  timers?: Timers;
  onReport?(report: SyncReport): void;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export class SyncScheduler {
  private paused = false;
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private timer: unknown = null;
  /** When the pending timer is the regular interval (not an edit's debounce or a backoff), when it was set. */
  private intervalFrom: number | null = null;
  private intervalMs: number;
  private stopped = true;
  private readonly timers: Timers;

  constructor(private readonly deps: SchedulerDeps) {
    this.timers = deps.timers ?? {
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    };
    this.intervalMs = deps.intervalMs ?? 300_000;
  }

  /** A new "sync every N minutes": a waiting interval run is moved to the new time since the last run. */
  setIntervalMs(ms: number): void {
    if (ms === this.intervalMs) return;
    this.intervalMs = ms;
    if (this.intervalFrom === null) return;
    const from = this.intervalFrom;
    this.schedule(Math.max(0, from + ms - Date.now()));
    this.intervalFrom = from;
  }

  /** Starts the automatic schedule with a start-up sync. */
  start(): void {
    this.stopped = false;
    this.trigger('startup');
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  get isPaused(): boolean {
    return this.paused;
  }

  pause(): void {
    this.paused = true;
    this.clearTimer();
  }

  resume(): void {
    this.paused = false;
    this.trigger('manual');
  }

  /** Something happened that calls for a sync. Resolves when the sync it causes is done (or scheduled). */
  trigger(reason: SyncTrigger): Promise<void> {
    if (this.paused) return Promise.resolve();
    if (reason === 'local-edit') {
      this.schedule(this.deps.editDelayMs ?? 3_000);
      return Promise.resolve();
    }
    // Failures make automatic triggers wait; the user's click and coming back online go now.
    if (this.failures > 0 && (reason === 'resume' || reason === 'window')) {
      this.schedule(this.backoffMs());
      return Promise.resolve();
    }
    return this.runNow();
  }

  /** Runs one sync now (or right after the current one). */
  runNow(options?: SyncOptions): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.clearTimer();
    this.running = (async () => {
      do {
        this.again = false;
        const report = await this.deps.run(options).catch(() => null);
        this.failures = report?.ok ? 0 : this.failures + 1;
        if (report) this.deps.onReport?.(report);
      } while (this.again && !this.paused);
    })().finally(() => {
      this.running = null;
      if (this.stopped || this.paused) return;
      if (this.failures > 0) this.schedule(this.backoffMs());
      else {
        this.schedule(this.intervalMs);
        this.intervalFrom = Date.now();
      }
    });
    return this.running;
  }

  /** The wait before the next automatic run after `failures` failed runs in a row. */
  backoffMs(): number {
    const base = Math.min(this.intervalMs, 30_000);
    return Math.min(
      this.deps.maxBackoffMs ?? 30 * 60_000,
      base * 2 ** Math.max(0, this.failures - 1),
    );
  }

  private schedule(ms: number): void {
    if (this.stopped || this.paused) return;
    // The latest trigger sets the time: local edits debounce, failures push the next run out.
    this.clearTimer();
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      this.intervalFrom = null;
      void this.runNow();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.intervalFrom = null;
  }
}
