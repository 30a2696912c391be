// One Google account's sync as the app runs it: its own engine (with a gateway holding only
// this account's tokens) and its own scheduler, so its cycles run one at a time while other
// accounts' cycles run beside them, and its failures (a dead sign-in, Google down, a quota)
// back off its own schedule and nobody else's. SyncService keeps one per connected account.
import type { LocalStore } from '../../src-preload/local-store';
import type { SyncRetry } from '../../src-preload/contract';
import type { AccountHandle } from '../auth/google-account';
import type { GoogleEndpoints } from '../google/endpoints';
import type { GoogleWait } from '../google/gateway';
import { SyncEngine } from './sync-engine';
import type { ExistingEventsFilter, SyncOptions, SyncReport } from './sync-engine';
import { SyncScheduler } from './scheduler';
import type { SyncTrigger } from './scheduler';
import { retryOf } from './sync-retry';

export interface AccountSyncDeps {
  account: AccountHandle;
  store: LocalStore;
  endpoints: GoogleEndpoints;
  intervalMs: number;
  skipExisting?: ExistingEventsFilter;
  /** A report when this cycle must not run now (a Reset Account under way), else null. */
  blocked(startedAt: string): Promise<SyncReport | null>;
  /** Something the toolbar shows changed (running, a wait, a report). */
  changed(): void;
  onReport(report: SyncReport): void;
}

export class AccountSync {
  private readonly engine: SyncEngine;
  private readonly scheduler: SyncScheduler;
  private pendingOptions: SyncOptions = {};
  private runningNow = false;
  private retryNow: SyncRetry | null = null;
  private report: SyncReport | null = null;
  private stoppedNow = true;
  /** The cycle under way (or the last one), settled either way: a reset waits for it. */
  current: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: AccountSyncDeps) {
    this.engine = new SyncEngine({
      store: deps.store,
      account: deps.account,
      endpoints: deps.endpoints,
      accountEmail: deps.account.email,
      skipExisting: deps.skipExisting,
      onGoogleWait: (wait) => this.googleWait(wait),
    });
    this.scheduler = new SyncScheduler({
      run: (options) => this.runOnce(options),
      intervalMs: deps.intervalMs,
      onReport: (report) => {
        this.report = report;
        deps.onReport(report);
      },
    });
  }

  get email(): string {
    return this.deps.account.email;
  }

  get running(): boolean {
    return this.runningNow;
  }

  /** Google failed and this account's cycle waits to try again. */
  get retry(): SyncRetry | null {
    return this.runningNow ? this.retryNow : null;
  }

  get lastReport(): SyncReport | null {
    return this.report;
  }

  get isPaused(): boolean {
    return this.scheduler.isPaused;
  }

  /** Not scheduled: not started yet, or its sign-in expired. */
  get stopped(): boolean {
    return this.stoppedNow;
  }

  start(): void {
    this.stoppedNow = false;
    this.scheduler.start();
  }

  stop(): void {
    this.stoppedNow = true;
    this.scheduler.stop();
  }

  pause(): void {
    this.scheduler.pause();
  }

  resume(): void {
    this.scheduler.resume();
  }

  setIntervalMs(ms: number): void {
    this.scheduler.setIntervalMs(ms);
  }

  /** Syncs now unless paused; then the options wait for the resume. */
  async syncNow(options: SyncOptions = {}): Promise<void> {
    this.pendingOptions = { ...this.pendingOptions, ...options };
    if (!this.scheduler.isPaused) await this.scheduler.runNow();
  }

  trigger(reason: SyncTrigger): Promise<void> {
    return this.scheduler.trigger(reason);
  }

  private runOnce(options: SyncOptions = {}): Promise<SyncReport> {
    const run = this.cycle(options);
    this.current = run.catch(() => undefined);
    return run;
  }

  private async cycle(options: SyncOptions): Promise<SyncReport> {
    const blocked = await this.deps.blocked(new Date().toISOString());
    if (blocked) return blocked;
    const merged = { ...this.pendingOptions, ...options };
    this.pendingOptions = {};
    this.runningNow = true;
    this.deps.changed();
    try {
      return await this.engine.syncAll(merged);
    } finally {
      this.runningNow = false;
      this.retryNow = null;
    }
  }

  private googleWait(wait: GoogleWait | null): void {
    this.retryNow = retryOf(wait);
    this.deps.changed();
  }
}
