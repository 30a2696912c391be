// Sync as the app runs it: one engine per connected Google account, driven by the
// scheduler (start-up, the button, local edits, the interval, resume, coming online),
// paused and resumed from Preferences, and reported to every window as a SyncStatus.
// It starts only when both ends exist: a connected account and a window lending its
// local database.
import type { LocalStore } from '../../src-preload/local-store';
import type { Settings } from '../../src-preload/settings';
import type { SyncRetry, SyncStatus } from '../../src-preload/contract';
import { retryReason } from '../google/errors';
import type { GoogleWait } from '../google/gateway';
import type { GoogleAccount } from '../auth/google-account';
import type { GoogleEndpoints } from '../google/endpoints';
import type { SettingsService } from '../settings/settings-service';
import { SyncEngine, emptyReport } from './sync-engine';
import type { ExistingEventsFilter, SyncOptions, SyncReport } from './sync-engine';
import { SyncScheduler } from './scheduler';
import type { SyncTrigger } from './scheduler';

export interface SyncServiceDeps {
  account: GoogleAccount;
  store: LocalStore;
  endpoints: GoogleEndpoints;
  settings: SettingsService;
  notify(status: SyncStatus): void;
  /** A Reset Account under way or cut short: sync waits for it, and a sync attempt resumes it. */
  reset?: SyncGate;
  /** Where each cycle's summary line goes besides the sync log (main's log file). */
  onReport?(report: SyncReport): void;
}

export interface SyncGate {
  /** A reset under way or cut short. */
  readonly pending: boolean;
  /** A reset under way right now. */
  readonly active: boolean;
  resume(): Promise<unknown>;
  readonly existingEvents: ExistingEventsFilter;
}

export class SyncService {
  private engine: { email: string; engine: SyncEngine } | null = null;
  private readonly scheduler: SyncScheduler;
  private storeReady = false;
  private running = false;
  private lastReport: SyncReport | null = null;
  /** Refused changes since the person last looked at the sync log. */
  private refusedUnseen = 0;
  private pendingOptions: SyncOptions = {};
  private held = 0;
  private current: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** Google failed and the cycle waits to try again; cleared when Google answers or the cycle ends. */
  private retry: SyncRetry | null = null;

  constructor(private readonly deps: SyncServiceDeps) {
    this.scheduler = new SyncScheduler({
      run: (options) => this.runOnce(options),
      intervalMs: deps.settings.get().syncIntervalMinutes * 60_000,
      onReport: (report) => {
        this.lastReport = report;
        this.refusedUnseen += report.refused;
        deps.onReport?.(report);
        this.announce();
      },
    });
    if (deps.settings.get().syncPaused) this.scheduler.pause();
    deps.settings.onChange((settings) => this.followSettings(settings));
    deps.account.onStatus((status) => {
      // Connecting is a reason to sync at once; disconnecting ends the schedule.
      if (status.state === 'connected') this.startIfReady();
      else if (status.state === 'not-configured' || status.state === 'ready') this.stop();
    });
  }

  status(): SyncStatus {
    const report = this.lastReport;
    return {
      running: this.running,
      paused: this.scheduler.isPaused,
      lastSyncAt: report?.ok
        ? new Date(Date.parse(report.startedAt) + report.durationMs).toISOString()
        : null,
      lastResult: report
        ? {
            ok: report.ok,
            pushed: report.pushed,
            pulled: report.pulled,
            conflicts: report.conflicts,
            parked: report.parked,
            durationMs: report.durationMs,
            error: report.error,
          }
        : null,
      needsConfirmation: report?.needsConfirmation ?? [],
      reset: this.deps.reset?.active ? 'running' : this.deps.reset?.pending ? 'waiting' : null,
      refused: this.refusedUnseen,
      retry: this.running ? this.retry : null,
    };
  }

  /** The person looked at the sync log, where the refused changes are. */
  refusalsSeen(): SyncStatus {
    this.refusedUnseen = 0;
    this.announce();
    return this.status();
  }

  /** A window lent (or took back) its local database. */
  setStoreAvailable(available: boolean): void {
    if (this.closed) return;
    this.storeReady = available;
    // A reset cut short by the last quit finishes first; the start-up sync waits for it.
    if (available && this.deps.reset?.pending) void this.resumeReset({ afterCurrentCycle: true });
    if (available) void this.startIfReady();
  }

  /** Runs `work` (a reset) with no sync cycle running or starting meanwhile. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.holding(work, true);
  }

  /** The app is quitting: nothing starts any more. */
  shutdown(): void {
    this.closed = true;
    this.stop();
  }

  /** Syncs now, unless sync is paused: then the options wait for the resume. */
  async syncNow(options: SyncOptions = {}): Promise<SyncStatus> {
    this.pendingOptions = { ...this.pendingOptions, ...options };
    if (!this.scheduler.isPaused) await this.scheduler.runNow();
    return this.status();
  }

  trigger(reason: SyncTrigger): void {
    void this.scheduler.trigger(reason);
  }

  setPaused(paused: boolean): SyncStatus {
    this.deps.settings.update({ syncPaused: paused });
    return this.status();
  }

  async confirmRemoval(calendarIds: string[]): Promise<SyncStatus> {
    return this.syncNow({ confirmRemoval: calendarIds });
  }

  private async startIfReady(): Promise<void> {
    if (this.closed || !this.storeReady || (await this.deps.account.status()).state !== 'connected')
      return;
    this.scheduler.start();
  }

  private stop(): void {
    this.scheduler.stop();
    this.engine = null;
  }

  private followSettings(settings: Settings): void {
    if (this.closed) return;
    this.scheduler.setIntervalMs(settings.syncIntervalMinutes * 60_000);
    if (settings.syncPaused && !this.scheduler.isPaused) this.scheduler.pause();
    else if (!settings.syncPaused && this.scheduler.isPaused) this.scheduler.resume();
    this.announce();
  }

  private runOnce(options: SyncOptions = {}): Promise<SyncReport> {
    const run = this.cycle(options);
    this.current = run.catch(() => undefined);
    return run;
  }

  /** Keeps sync cycles out while `work` runs (after the current one, if asked), and tells the windows when a reset starts and ends. */
  private async holding<T>(work: () => Promise<T>, afterCurrentCycle: boolean): Promise<T> {
    this.held++;
    try {
      if (afterCurrentCycle) await this.current;
      const running = work();
      this.announce();
      return await running;
    } finally {
      this.held--;
      this.announce();
    }
  }

  private async resumeReset({ afterCurrentCycle }: { afterCurrentCycle: boolean }): Promise<void> {
    const resume = () => this.deps.reset?.resume() ?? Promise.resolve();
    try {
      await this.holding(resume, afterCurrentCycle);
    } catch (error) {
      console.error('[reset] resuming the reset failed:', error);
    }
  }

  private async cycle(options: SyncOptions): Promise<SyncReport> {
    const startedAt = new Date().toISOString();
    if (this.held > 0 || this.deps.reset?.pending) {
      // A reset cut short is finished before anything syncs again (this cycle is the one running, so no waiting for it).
      if (this.held === 0) await this.resumeReset({ afterCurrentCycle: false });
      return emptyReport(startedAt, {
        code: 'not-connected',
        message: 'Waiting for Reset Account to finish.',
      });
    }
    const status = await this.deps.account.status();
    if (status.state !== 'connected' || !status.account)
      return emptyReport(startedAt, {
        code: 'not-connected',
        message: 'Google Calendar is not connected.',
      });
    if (this.engine?.email !== status.account) {
      this.engine = {
        email: status.account,
        engine: new SyncEngine({
          store: this.deps.store,
          account: this.deps.account,
          endpoints: this.deps.endpoints,
          accountEmail: status.account,
          skipExisting: this.deps.reset?.existingEvents,
          onGoogleWait: (wait) => this.googleWait(wait),
        }),
      };
    }
    const merged = { ...this.pendingOptions, ...options };
    this.pendingOptions = {};
    this.running = true;
    this.announce();
    try {
      return await this.engine.engine.syncAll(merged);
    } finally {
      this.running = false;
      this.retry = null;
    }
  }

  private googleWait(wait: GoogleWait | null): void {
    this.retry = retryOf(wait);
    this.announce();
  }

  private announce(): void {
    this.deps.notify(this.status());
  }
}

/** What the toolbar needs of a wait: when the next try goes, and why. */
export function retryOf(wait: GoogleWait | null): SyncRetry | null {
  return wait ? { at: wait.at.toISOString(), reason: retryReason(wait.failure) } : null;
}
