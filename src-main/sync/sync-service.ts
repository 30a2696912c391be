// Sync as the app runs it: one engine per connected Google account, driven by the
// scheduler (start-up, the button, local edits, the interval, resume, coming online),
// paused and resumed from Preferences, and reported to every window as a SyncStatus.
// It starts only when both ends exist: a connected account and a window lending its
// local database.
import type { LocalStore, Settings, SyncStatus } from '../../src-preload/contract';
import type { GoogleAccount } from '../auth/google-account';
import type { GoogleEndpoints } from '../google/endpoints';
import type { SettingsService } from '../settings/settings-service';
import { SyncEngine } from './sync-engine';
import type { SyncOptions, SyncReport } from './sync-engine';
import { SyncScheduler } from './scheduler';
import type { SyncTrigger } from './scheduler';

export interface SyncServiceDeps {
  account: GoogleAccount;
  store: LocalStore;
  endpoints: GoogleEndpoints;
  settings: SettingsService;
  notify(status: SyncStatus): void;
}

export class SyncService {
  private engine: { email: string; engine: SyncEngine } | null = null;
  private readonly scheduler: SyncScheduler;
  private storeReady = false;
  private running = false;
  private lastReport: SyncReport | null = null;
  private pendingOptions: SyncOptions = {};

  constructor(private readonly deps: SyncServiceDeps) {
    this.scheduler = new SyncScheduler({
      run: (options) => this.runOnce(options),
      intervalMs: deps.settings.get().syncIntervalMinutes * 60_000,
      onReport: (report) => {
        this.lastReport = report;
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
      lastSyncAt: report?.ok ? new Date(Date.parse(report.startedAt) + report.durationMs).toISOString() : null,
      lastResult: report
        ? { ok: report.ok, pushed: report.pushed, pulled: report.pulled, conflicts: report.conflicts, parked: report.parked, durationMs: report.durationMs, error: report.error }
        : null,
      needsConfirmation: report?.needsConfirmation ?? [],
    };
  }

  /** A window lent (or took back) its local database. */
  setStoreAvailable(available: boolean): void {
    this.storeReady = available;
    if (available) this.startIfReady();
  }

  async syncNow(options: SyncOptions = {}): Promise<SyncStatus> {
    this.pendingOptions = { ...this.pendingOptions, ...options };
    await this.scheduler.runNow();
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
    if (!this.storeReady || (await this.deps.account.status()).state !== 'connected') return;
    this.scheduler.start();
  }

  private stop(): void {
    this.scheduler.stop();
    this.engine = null;
  }

  private followSettings(settings: Settings): void {
    if (settings.syncPaused && !this.scheduler.isPaused) this.scheduler.pause();
    else if (!settings.syncPaused && this.scheduler.isPaused) this.scheduler.resume();
    this.announce();
  }

  private async runOnce(options: SyncOptions = {}): Promise<SyncReport> {
    const status = await this.deps.account.status();
    const startedAt = new Date().toISOString();
    if (status.state !== 'connected' || !status.account) {
      return { ok: false, startedAt, durationMs: 0, pushed: 0, pulled: 0, conflicts: 0, parked: 0, calendars: [], needsConfirmation: [], error: { code: 'not-connected', message: 'Google Calendar is not connected.' } };
    }
    if (this.engine?.email !== status.account) {
      this.engine = {
        email: status.account,
        engine: new SyncEngine({ store: this.deps.store, account: this.deps.account, endpoints: this.deps.endpoints, accountEmail: status.account }),
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
    }
  }

  private announce(): void {
    this.deps.notify(this.status());
  }
}
