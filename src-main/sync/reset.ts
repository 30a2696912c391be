// Reset Account: what happens to the events of the account's synced calendars that
// are linked to Google, then a fresh start — sync tokens dropped, queued changes dropped
// except those of events that stay linked, the Google authorization revoked and wiped — and
// how the next synchronization treats what existed at the reset. The reset is driven by a
// plan saved before any destructive step and updated after every batch of Google deletions,
// so a reset cut short (the app quit, the network went away) resumes where it stopped
// instead of being left half-done; the sync log says so.
import type { OAuth2Client } from 'google-auth-library';
import type { LocalStore, StoreCommit } from '../../src-preload/local-store';
import type { ResetChoices, ResetReport } from '../../src-preload/contract';
import { canWrite } from '../../src-preload/model/calendar-access';
import { BATCH_LIMIT } from '../google/batch';
import { GoogleGateway } from '../google/gateway';
import type { GoogleEndpoints } from '../google/endpoints';
import type { BackoffPolicy } from '../google/errors';
import type { StoredValue } from '../settings/stored-value';
import { logLine, type LogDetails, type LogLevel } from '../../src-preload/sync-log';
import { said, type LogSentence } from '../../src-preload/log-words';
import type { ExistingEventsFilter } from './sync-engine';
import { deleteOnGoogle, ResetInterrupted } from './reset-google-deletions';
import { linkedEvents, onlyNewMarker, resetLocally } from './reset-local-side';
import {
  deletionTargets,
  describe,
  onlyNewFilter,
  readSaved,
  replaceMarker,
  reportOf,
  type DeletionTarget,
  type ResetPlan,
  type SavedReset,
} from './reset-plan';

export type { SavedReset } from './reset-plan';

export interface ResetAccount {
  status(): Promise<{
    state: string;
    account: string | null;
    accounts?: { email: string; state: string }[];
  }>;
  /** A client holding only the named account's sign-in. */
  authorizedClient(account: string): Promise<OAuth2Client | null>;
  /** Revokes the named account's grant at Google and wipes it here; the other accounts stay. */
  disconnect(account: string): Promise<unknown>;
}

export interface ResetServiceDeps {
  store: LocalStore;
  account: ResetAccount;
  endpoints: GoogleEndpoints;
  /** Where the plan and the "only new events" marker live (next to google.json). */
  saved: StoredValue<SavedReset>;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  backoff?: Partial<BackoffPolicy>;
  /** Google deletions per batch request (Google's limit is 1000; we stay small like the engine). */
  batchSize?: number;
  fetch?: typeof fetch;
}

export class ResetService {
  private saved: SavedReset;
  private running: Promise<ResetReport> | null = null;
  /** The account of the reset under way, when known. */
  private runningFor: string | null = null;
  private stopped = false;
  private wake: (() => void) | null = null;
  private readonly now: () => Date;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly deps: ResetServiceDeps) {
    this.saved = readSaved(deps.saved.read());
    this.now = deps.now ?? (() => new Date());
    this.sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Whether a reset is under way or waits to be resumed. */
  get pending(): boolean {
    return this.saved.plan !== null || this.running !== null;
  }

  /**
   * Whether `account` must not sync now: a reset of it waits to be resumed. (A reset under
   * way holds its account's sync itself, through SyncService.exclusive.) A plan saved
   * without an account holds every account.
   */
  holds(account: string): boolean {
    const plan = this.saved.plan;
    return Boolean(plan && (!plan.account || same(plan.account, account)));
  }

  /** The account a reset with these choices is for: the one cut short first, else the one asked. */
  async accountFor(choices: ResetChoices): Promise<string | null> {
    return (
      this.saved.plan?.account ?? choices.account ?? (await this.deps.account.status()).account
    );
  }

  /** Whether a reset is under way right now. */
  get active(): boolean {
    return this.running !== null;
  }

  /** The sync engine's filter for "Synchronize only new events". */
  readonly existingEvents: ExistingEventsFilter = onlyNewFilter(() => this.saved.onlyNew);

  /** Starts a reset, or — when one was cut short — finishes that one first. */
  reset(choices: ResetChoices): Promise<ResetReport> {
    // One reset at a time: another account's is refused rather than given this one's report.
    if (this.running && choices.account && !same(choices.account, this.runningFor ?? ''))
      return Promise.reject(
        new ResetRefused(
          `Another Reset Account is under way; reset ${choices.account} once it is finished.`,
        ),
      );
    if (!this.running) this.runningFor = this.saved.plan?.account ?? choices.account ?? null;
    return this.exclusive(async () => {
      if (this.saved.plan) return this.carryOut(this.saved.plan, true);
      const plan = await this.makePlan(choices);
      // Saved before anything is deleted anywhere: from here on, a restart resumes.
      this.save({ ...this.saved, plan });
      await this.log('info', 'reset-started', said('resetStarted', { plan: describe(plan) }), {
        choices,
        calendars: plan.calendars,
      });
      return this.carryOut(plan, false);
    });
  }

  /** Finishes a reset the app quit (or the network gave up) in the middle of. */
  resume(): Promise<ResetReport | null> {
    const plan = this.saved.plan;
    if (!plan) return Promise.resolve(null);
    if (!this.running) this.runningFor = plan.account;
    return this.exclusive(() => this.carryOut(plan, true));
  }

  /**
   * The app is quitting: the reset stops at its next step and from then on writes nothing,
   * as if the process had ended there, so the saved plan is what the next start resumes.
   * (Electron's process does end; the browser shell and tests live on, and must let go.)
   */
  stop(): void {
    this.stopped = true;
    this.wake?.();
  }

  // -------------------------------------------------------------------------------------

  private exclusive(work: () => Promise<ResetReport>): Promise<ResetReport> {
    if (this.stopped)
      return Promise.reject(
        new ResetRefused('Almanac is closing; Reset Account waits for the next start.'),
      );
    if (!this.running) {
      this.running = work()
        .catch((error: unknown) => {
          if (!(error instanceof ResetStopped)) throw error;
          const plan = this.saved.plan;
          return {
            deletedOnGoogle: 0,
            removedHere: 0,
            unlinked: 0,
            failed: 0,
            ...(plan ? reportOf(plan) : {}),
            ok: false,
            message: STOPPED.text,
            words: wordsOf(STOPPED),
          };
        })
        .finally(() => {
          this.running = null;
        });
    }
    return this.running;
  }

  private async makePlan(choices: ResetChoices): Promise<ResetPlan> {
    const status = await this.deps.account.status();
    const asked = choices.account ?? status.account;
    if (!asked)
      throw new ResetRefused('Google Calendar is not connected, so there is no account to reset.');
    const listed = status.accounts
      ? status.accounts.find((a) => a.email.toLowerCase() === asked.toLowerCase())
      : { email: asked, state: status.state };
    if (!listed) throw new ResetRefused(`${asked} is not connected to Almanac.`);
    const account = listed.email;
    const deletesOnGoogle =
      choices.existing === 'delete-google' || choices.existing === 'delete-both';
    if (deletesOnGoogle && listed.state !== 'connected')
      throw new ResetRefused(
        'Reconnect first: deleting events from Google Calendar needs a working sign-in.',
      );
    const calendars = (await this.deps.store.calendars()).filter(
      (c) => c.account === account && c.syncEnabled,
    );
    const google: DeletionTarget[] = [];
    if (deletesOnGoogle)
      for (const cal of calendars.filter(canWrite))
        google.push(...deletionTargets(cal, await linkedEvents(this.deps.store, cal.id)));
    return {
      startedAt: this.now().toISOString(),
      account,
      calendars: calendars.map((c) => c.id),
      choices,
      stage: deletesOnGoogle ? 'google' : 'local',
      google,
      removedHere: 0,
      unlinked: 0,
    };
  }

  private async carryOut(plan: ResetPlan, resumed: boolean): Promise<ResetReport> {
    if (resumed) {
      const done = plan.google.filter((t) => t.state !== 'todo').length;
      await this.log(
        'info',
        'reset-resumed',
        said('resetResumed', { plan: describe(plan), done, total: plan.google.length }),
      );
    }
    try {
      if (plan.stage === 'google') {
        await this.deleteOnGoogle(plan);
        this.advance(plan, 'local');
      }
      if (plan.stage === 'local') {
        await resetLocally(plan, this.deps.store, (commit) => this.commit(commit), this.now);
        this.advance(plan, 'revoke');
      }
      // Last, because the Google deletions above needed the authorization.
      this.checkpoint();
      await this.deps.account.disconnect(plan.account);
      const marker =
        plan.choices.next === 'new' ? await onlyNewMarker(plan, this.deps.store) : null;
      this.save({
        plan: null,
        onlyNew: replaceMarker(this.saved.onlyNew, plan.account, plan.calendars, marker),
      });
    } catch (error) {
      this.save({ ...this.saved, plan });
      if (!(error instanceof ResetInterrupted)) throw error;
      const done = plan.google.filter((t) => t.state !== 'todo').length;
      const message = said('resetInterrupted', {
        done,
        total: plan.google.length,
        why: error.sentence,
      });
      await this.log('warn', 'reset-interrupted', message);
      return { ...reportOf(plan), ok: false, message: message.text, words: wordsOf(message) };
    }
    const report = reportOf(plan);
    await this.log(report.failed > 0 ? 'warn' : 'info', 'reset-finished', report.message, {
      ...report,
      next: plan.choices.next,
    });
    return report;
  }

  /** Batched deletes with backoff; progress saved after every batch answer. */
  private async deleteOnGoogle(plan: ResetPlan): Promise<void> {
    const client = await this.deps.account.authorizedClient(plan.account);
    if (!client) {
      if (plan.google.some((t) => t.state === 'todo'))
        throw new ResetInterrupted(said('notSignedIn'));
      return;
    }
    const google = new GoogleGateway({
      client,
      apiRoot: this.deps.endpoints.apiRoot,
      fetch: this.deps.fetch,
      sleep: (ms) => this.wait(ms),
      backoff: this.deps.backoff,
    });
    const size = Math.max(1, Math.min(this.deps.batchSize ?? BATCH_LIMIT, BATCH_LIMIT));
    await deleteOnGoogle(plan, google, size, {
      save: () => this.save({ ...this.saved, plan }),
      commit: (commit) => this.commit(commit),
      checkpoint: () => this.checkpoint(),
      now: this.now,
    });
  }

  private advance(plan: ResetPlan, stage: ResetPlan['stage']): void {
    plan.stage = stage;
    this.save({ ...this.saved, plan });
  }

  private save(saved: SavedReset): void {
    this.checkpoint();
    this.saved = saved;
    this.deps.saved.write(saved);
  }

  private commit(commit: StoreCommit): ReturnType<LocalStore['commit']> {
    this.checkpoint();
    return this.deps.store.commit(commit);
  }

  /** A backoff wait that the app's quitting cuts short. */
  private async wait(ms: number): Promise<void> {
    await Promise.race([this.sleep(ms), new Promise<void>((resolve) => (this.wake = resolve))]);
    this.wake = null;
    this.checkpoint();
  }

  /** Before every step that changes something: once the app is quitting, nothing more is done. */
  private checkpoint(): void {
    if (this.stopped) throw new ResetStopped();
  }

  private async log<
    C extends 'reset-started' | 'reset-resumed' | 'reset-interrupted' | 'reset-finished',
  >(
    level: LogLevel,
    code: C,
    message: string | LogSentence,
    ...detail: undefined extends LogDetails[C] ? [detail?: LogDetails[C]] : [detail: LogDetails[C]]
  ): Promise<void> {
    await this.commit({
      log: [logLine({ now: this.now().toISOString() }, level, code, undefined, message, ...detail)],
    });
  }
}

/** A reset the user cannot start now (shown as is). */
export class ResetRefused extends Error {}

// ---------------------------------------------------------------------------------------

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The app is quitting (ResetService.stop). */
class ResetStopped extends Error {}

const STOPPED = said('resetClosed');

/** A sentence as a report carries it, for the window to word. */
function wordsOf({ id, values }: LogSentence): ResetReport['words'] {
  return { id, values };
}
