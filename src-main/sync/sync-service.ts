// Sync as the app runs it: one AccountSync (engine and scheduler) per connected Google
// account, each driven by its own schedule (start-up, the button, local edits, the interval,
// resume, coming online), paused and resumed from Preferences (all, or one account), and
// reported to every window as one SyncStatus combining them. An account starts syncing when
// both ends exist: its working sign-in and a window lending its local database.
import type { LocalStore } from '../../src-preload/local-store';
import type { Settings } from '../../src-preload/settings';
import type { AccountStatus, GoogleStatus, SyncStatus } from '../../src-preload/contract';
import type { AccountHandle } from '../auth/google-account';
import type { GoogleEndpoints } from '../google/endpoints';
import type { SettingsService } from '../settings/settings-service';
import { emptyReport } from './sync-engine';
import type { ExistingEventsFilter, SyncOptions, SyncReport } from './sync-engine';
import type { SyncTrigger } from './scheduler';
import { AccountSync } from './account-sync';
import { combinedStatus } from './combined-status';
import { said } from '../../src-preload/log-words';

export { retryOf } from './sync-retry';

/** The Google connection as sync follows it. */
export interface SyncAccounts {
  /** The connected accounts as of now. */
  accountStates(): AccountStatus[];
  onStatus(listener: (status: GoogleStatus) => void): () => void;
  handle(email: string): AccountHandle;
}

export interface SyncServiceDeps {
  account: SyncAccounts;
  store: LocalStore;
  endpoints: GoogleEndpoints;
  settings: SettingsService;
  notify(status: SyncStatus): void;
  /** A Reset Account under way or cut short: sync waits for it, and a sync attempt resumes it. */
  reset?: SyncGate;
  /** Where each cycle's summary line goes besides the sync log (main's log file). */
  onReport?(report: SyncReport, account: string): void;
}

export interface SyncGate {
  /** A reset under way or cut short. */
  readonly pending: boolean;
  /** A reset under way right now. */
  readonly active: boolean;
  /** Whether a reset cut short is one of `account` (it must not sync until that is finished). */
  holds(account: string): boolean;
  resume(): Promise<unknown>;
  readonly existingEvents: ExistingEventsFilter;
}

export class SyncService {
  /** Every account with a working sign-in, and those whose sign-in expired (their last report stays). */
  private readonly accounts = new Map<string, AccountSync>();
  /** The accounts whose sign-in works now. */
  private readonly live = new Set<string>();
  private storeReady = false;
  /** Refused changes since the person last looked at the sync log. */
  private refusedUnseen = 0;
  /** Work running with every account's cycles kept out, and with one account's (by address). */
  private heldAll = 0;
  private readonly heldOne = new Map<string, number>();
  private closed = false;

  constructor(private readonly deps: SyncServiceDeps) {
    deps.settings.onChange((settings) => this.followSettings(settings));
    deps.account.onStatus(() => this.followAccounts());
  }

  status(): SyncStatus {
    const settings = this.deps.settings.get();
    const accounts = [...this.accounts.values()];
    return combinedStatus(accounts, {
      paused:
        settings.syncPaused ||
        (accounts.length > 0 && accounts.every((a) => this.isPaused(a.email, settings))),
      reset: this.deps.reset?.active ? 'running' : this.deps.reset?.pending ? 'waiting' : null,
      refused: this.refusedUnseen,
    });
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
    if (!available) return;
    // A reset cut short by the last quit finishes first; the start-up sync waits for it.
    if (this.deps.reset?.pending) void this.resumeReset({ afterCurrentCycle: true });
    // A window lending its database to an app already running (reloaded, reopened, another
    // browser profile) holds what it held when it went, or nothing: the accounts already on
    // their schedule sync now, as at start-up, not at their next interval. Those starting
    // here sync as they start.
    const scheduled = this.chosen().filter((sync) => !sync.stopped);
    this.followAccounts();
    for (const sync of scheduled) void sync.trigger('window');
  }

  /**
   * Runs `work` (a reset, a calendar change) with no sync cycle running or starting
   * meanwhile: of `account` only when it is named (the others sync on), else of any.
   */
  exclusive<T>(work: () => Promise<T>, account?: string): Promise<T> {
    return this.holding(work, true, account === undefined ? undefined : [account]);
  }

  /** The app is quitting: nothing starts any more. */
  shutdown(): void {
    this.closed = true;
    for (const sync of this.accounts.values()) sync.stop();
  }

  /** Syncs every account now (or one), unless paused: then the options wait for the resume. */
  async syncNow(options: SyncOptions = {}, account?: string): Promise<SyncStatus> {
    await Promise.all(this.chosen(account).map((sync) => sync.syncNow(options)));
    return this.status();
  }

  trigger(reason: SyncTrigger): void {
    for (const sync of this.chosen()) void sync.trigger(reason);
  }

  /**
   * Pauses or resumes every account, or only the one named. Resuming one while all are
   * paused resumes that one alone: the others stay paused, each on its own.
   */
  setPaused(paused: boolean, account?: string): SyncStatus {
    const settings = this.deps.settings.get();
    if (account === undefined)
      this.deps.settings.update(
        paused ? { syncPaused: true } : { syncPaused: false, pausedAccounts: [] },
      );
    else {
      const others = (
        settings.syncPaused ? [...this.accounts.keys()] : settings.pausedAccounts
      ).filter((a) => !same(a, account));
      this.deps.settings.update({
        syncPaused: settings.syncPaused && paused,
        pausedAccounts: paused ? [...others, account] : others,
      });
    }
    return this.status();
  }

  async confirmRemoval(calendarIds: string[]): Promise<SyncStatus> {
    return this.syncNow({ confirmRemoval: calendarIds });
  }

  /** The accounts' sign-ins changed: new ones start, expired ones stop, disconnected ones go. */
  private followAccounts(): void {
    if (this.closed) return;
    const states = this.deps.account.accountStates();
    const listed = new Map(states.map((a) => [a.email, a]));
    this.live.clear();
    for (const [email, sync] of this.accounts) {
      if (listed.get(email)?.state === 'connected') continue;
      sync.stop();
      // An expired sign-in keeps its last report (the toolbar names the account); a disconnected account leaves.
      if (!listed.has(email)) this.accounts.delete(email);
    }
    for (const entry of states) {
      if (entry.state !== 'connected') continue;
      this.live.add(entry.email);
      const sync = this.accounts.get(entry.email) ?? this.create(entry.email);
      this.accounts.set(entry.email, sync);
      // The automatic schedule waits for a window's database; "Sync now" does not.
      if (this.storeReady && sync.stopped) sync.start();
    }
    this.announce();
  }

  private create(email: string): AccountSync {
    const sync = new AccountSync({
      account: this.deps.account.handle(email),
      store: this.deps.store,
      endpoints: this.deps.endpoints,
      intervalMs: this.deps.settings.get().syncIntervalMinutes * 60_000,
      skipExisting: this.deps.reset?.existingEvents,
      blocked: (startedAt) => this.blocked(startedAt, email),
      changed: () => this.announce(),
      onReport: (report) => {
        this.refusedUnseen += report.refused;
        this.deps.onReport?.(report, email);
        this.announce();
      },
    });
    if (this.isPaused(email, this.deps.settings.get())) sync.pause();
    return sync;
  }

  private chosen(account?: string): AccountSync[] {
    const all = [...this.accounts.values()].filter((a) => this.live.has(a.email));
    return account === undefined ? all : all.filter((a) => same(a.email, account));
  }

  private isPaused(email: string, settings: Settings): boolean {
    return settings.syncPaused || settings.pausedAccounts.some((a) => same(a, email));
  }

  private followSettings(settings: Settings): void {
    if (this.closed) return;
    for (const sync of this.accounts.values()) {
      sync.setIntervalMs(settings.syncIntervalMinutes * 60_000);
      const paused = this.isPaused(sync.email, settings);
      if (paused && !sync.isPaused) sync.pause();
      else if (!paused && sync.isPaused) sync.resume();
    }
    this.announce();
  }

  /** While a reset of an account runs or waits to be finished, that account does not sync. */
  private async blocked(startedAt: string, email: string): Promise<SyncReport | null> {
    const waiting = this.deps.reset?.holds(email) ?? false;
    if (!this.isHeld(email) && !waiting) return null;
    // A reset cut short is finished before its account syncs again (this cycle is the one running, so no waiting for it).
    if (!this.isHeld(email)) await this.resumeReset({ afterCurrentCycle: false });
    return emptyReport(startedAt, {
      code: 'resetting',
      message: said('waitingForReset').text,
    });
  }

  private isHeld(email: string): boolean {
    return this.heldAll > 0 || (this.heldOne.get(email.toLowerCase()) ?? 0) > 0;
  }

  /**
   * Keeps sync cycles out while `work` runs — every account's, or only `accounts`' — after
   * the current ones if asked, and tells the windows when a reset starts and ends.
   */
  private async holding<T>(
    work: () => Promise<T>,
    afterCurrentCycle: boolean,
    accounts?: string[],
  ): Promise<T> {
    const keys = accounts?.map((a) => a.toLowerCase());
    this.hold(keys, +1);
    try {
      const held = [...this.accounts.values()].filter(
        (a) => !keys || keys.includes(a.email.toLowerCase()),
      );
      if (afterCurrentCycle) await Promise.all(held.map((a) => a.current));
      const running = work();
      this.announce();
      return await running;
    } finally {
      this.hold(keys, -1);
      this.announce();
    }
  }

  private hold(keys: string[] | undefined, by: 1 | -1): void {
    if (!keys) this.heldAll += by;
    else for (const key of keys) this.heldOne.set(key, (this.heldOne.get(key) ?? 0) + by);
  }

  /** Finishes a reset cut short, holding the accounts it is for. */
  private async resumeReset({ afterCurrentCycle }: { afterCurrentCycle: boolean }): Promise<void> {
    const gate = this.deps.reset;
    if (!gate) return;
    const accounts = [...this.accounts.keys()].filter((email) => gate.holds(email));
    try {
      await this.holding(() => gate.resume(), afterCurrentCycle, accounts);
    } catch (error) {
      console.error('[reset] resuming the reset failed:', error);
    }
  }

  private announce(): void {
    this.deps.notify(this.status());
  }
}

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
