// Reset Account: what happens to the events of the account's synced calendars that
// are linked to Google, then a fresh start — sync tokens dropped, queued changes dropped
// except those of events that stay linked, the Google authorization revoked and wiped — and
// how the next synchronization treats what existed at the reset. The reset is driven by a
// plan saved before any destructive step and updated after every batch of Google deletions,
// so a reset cut short (the app quit, the network went away) resumes where it stopped
// instead of being left half-done; the sync log says so.
import type { OAuth2Client } from 'google-auth-library';
import type { CalendarEvent } from '../../src-preload/model/event';
import type { EventIndexEntry, LocalStore, StoreCommit } from '../../src-preload/local-store';
import type { ResetChoices, ResetReport } from '../../src-preload/contract';
import { canWrite } from '../../src-preload/model/calendar-access';
import { BATCH_LIMIT } from '../google/batch';
import { GoogleGateway, eventsPath } from '../google/gateway';
import type { GoogleEndpoints } from '../google/endpoints';
import type { BackoffPolicy } from '../google/errors';
import type { StoredValue } from '../settings/stored-value';
import {
  logLine,
  type LogDetails,
  type LogLevel,
  type SyncLogEntry,
} from '../../src-preload/sync-log';
import type { ExistingEventsFilter } from './sync-engine';
import {
  deletionAnswer,
  deletionTargets,
  describe,
  localReset,
  onlyNewFilter,
  readSaved,
  reportOf,
  type DeletionTarget,
  type OnlyNewMarker,
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
  private stopped = false;
  private wake: (() => void) | null = null;
  private readonly now: () => Date;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly deps: ResetServiceDeps) {
    this.saved = readSaved(deps.saved.read());
    this.now = deps.now ?? (() => new Date());
    this.sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Whether a reset is under way or waits to be resumed; sync must not run meanwhile. */
  get pending(): boolean {
    return this.saved.plan !== null || this.running !== null;
  }

  /** Whether a reset is under way right now. */
  get active(): boolean {
    return this.running !== null;
  }

  /** The sync engine's filter for "Synchronize only new events". */
  readonly existingEvents: ExistingEventsFilter = onlyNewFilter(() => this.saved.onlyNew);

  /** Starts a reset, or — when one was cut short — finishes that one first. */
  reset(choices: ResetChoices): Promise<ResetReport> {
    return this.exclusive(async () => {
      if (this.saved.plan) return this.carryOut(this.saved.plan, true);
      const plan = await this.makePlan(choices);
      // Saved before anything is deleted anywhere: from here on, a restart resumes.
      this.save({ ...this.saved, plan });
      await this.log('info', 'reset-started', `Reset Account started: ${describe(plan)}.`, {
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
            message: STOPPED_MESSAGE,
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
        google.push(...deletionTargets(cal, await this.linkedEvents(cal.id)));
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
        `Resuming the Reset Account that was cut short (${describe(plan)}; ${done} of ${plan.google.length} Google deletions were done).`,
      );
    }
    try {
      if (plan.stage === 'google') {
        await this.deleteOnGoogle(plan);
        this.advance(plan, 'local');
      }
      if (plan.stage === 'local') {
        await this.resetLocally(plan);
        this.advance(plan, 'revoke');
      }
      // Last, because the Google deletions above needed the authorization.
      this.checkpoint();
      await this.deps.account.disconnect(plan.account);
      const onlyNew = plan.choices.next === 'new' ? await this.onlyNewMarker(plan) : null;
      this.save({ plan: null, onlyNew });
    } catch (error) {
      this.save({ ...this.saved, plan });
      if (!(error instanceof ResetInterrupted)) throw error;
      const done = plan.google.filter((t) => t.state !== 'todo').length;
      const message = `Reset Account stopped after ${done} of ${plan.google.length} Google deletions: ${error.message} It resumes by itself at the next start or sync attempt; synchronization waits until it is finished.`;
      await this.log('warn', 'reset-interrupted', message);
      return { ...reportOf(plan), ok: false, message };
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
        throw new ResetInterrupted('Google Calendar is not signed in.');
      return;
    }
    const google = new GoogleGateway({
      client,
      apiRoot: this.deps.endpoints.apiRoot,
      fetch: this.deps.fetch,
      sleep: (ms) => this.wait(ms),
      backoff: this.deps.backoff,
    });
    const sendUpdates = plan.choices.notifyGuests ? 'all' : 'none';
    const size = Math.max(1, Math.min(this.deps.batchSize ?? BATCH_LIMIT, BATCH_LIMIT));
    const todo = () => plan.google.filter((t) => t.state === 'todo');
    let attempt = 0;
    while (todo().length > 0) {
      const chunk = todo().slice(0, size);
      this.checkpoint();
      const answers = await google.batch(
        chunk.map((t) => ({
          method: 'DELETE',
          path: `${eventsPath(t.calendarId, t.id)}?sendUpdates=${sendUpdates}`,
        })),
      );
      const entries: SyncLogEntry[] = [];
      let retryAfterMs = 0;
      let retrying = false;
      chunk.forEach((target, i) => {
        const answer = answers[i];
        const outcome = deletionAnswer(
          target,
          answer && 'failure' in answer ? answer.failure : null,
          this.now().toISOString(),
        );
        if (outcome.type === 'auth') throw new ResetInterrupted('Google refused the sign-in.');
        if (outcome.type === 'retry') {
          retrying = true;
          retryAfterMs = Math.max(retryAfterMs, outcome.afterMs ?? 0);
          return;
        }
        target.state = outcome.type;
        if (outcome.type === 'failed') entries.push(outcome.log);
      });
      // The answers are known: write them down before anything else can go wrong.
      this.save({ ...this.saved, plan });
      if (entries.length > 0) await this.commit({ log: entries });
      if (!retrying) {
        attempt = 0;
        continue;
      }
      if (++attempt >= google.backoff.maxAttempts)
        throw new ResetInterrupted('Google Calendar kept failing or could not be reached.');
      await google.wait(attempt - 1, retryAfterMs || null);
    }
  }

  /**
   * The local side: unlink or remove, drop sync tokens, queue uploads for "all". Changes
   * queued for events that stay linked ("Leave them untouched") stay queued, so an edit or a
   * delete made here before the reset still reaches Google; the rest are dropped.
   */
  private async resetLocally(plan: ResetPlan): Promise<void> {
    for (const calendarId of plan.calendars) {
      for (let attempt = 0; ; attempt++) {
        const events = await this.allEvents(calendarId);
        const { outbox } = await this.deps.store.calendarSnapshot(calendarId);
        const { commit, removed, unlinked } = localReset(
          calendarId,
          events,
          outbox,
          plan.choices,
          this.now().getTime(),
        );
        const answer = await this.commit(commit);
        if (answer.ok) {
          plan.removedHere += removed;
          plan.unlinked += unlinked;
          break;
        }
        // Edited meanwhile: read again and decide again.
        if (attempt >= 8)
          throw new Error(
            `Events kept changing during the reset (${answer.stale.slice(0, 3).join(', ')}).`,
          );
      }
    }
  }

  private async onlyNewMarker(plan: ResetPlan): Promise<OnlyNewMarker> {
    const localIds: string[] = [];
    for (const calendarId of plan.calendars) {
      for (const e of await this.deps.store.eventIndex(calendarId))
        if (!e.linked) localIds.push(e.id);
    }
    return { since: plan.startedAt, calendars: plan.calendars, localIds };
  }

  private async linkedEvents(calendarId: string): Promise<CalendarEvent[]> {
    const index = await this.deps.store.eventIndex(calendarId);
    return this.read(index.filter((e) => e.linked));
  }

  private async allEvents(calendarId: string): Promise<CalendarEvent[]> {
    return this.read(await this.deps.store.eventIndex(calendarId));
  }

  private async read(index: EventIndexEntry[]): Promise<CalendarEvent[]> {
    const out: CalendarEvent[] = [];
    for (let i = 0; i < index.length; i += READ_CHUNK) {
      for (const e of await this.deps.store.events(index.slice(i, i + READ_CHUNK).map((x) => x.id)))
        if (e) out.push(e);
    }
    return out;
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
    message: string,
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

const READ_CHUNK = 500;

class ResetInterrupted extends Error {}

/** The app is quitting (ResetService.stop). */
class ResetStopped extends Error {}

const STOPPED_MESSAGE =
  'Almanac was closed during Reset Account; it resumes at the next start, and synchronization waits until it is finished.';
