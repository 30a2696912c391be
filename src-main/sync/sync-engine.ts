// The sync cycle for one Google account: discover the account's calendars (and Google's
// event colours, read with them), then for each calendar the user syncs, push the outbox
// through Google's batch endpoint (push.ts) and pull what changed since the stored sync
// token, page by page (pull.ts). Local events that may already be on Google under another id
// wait for the pull (adoption.ts) and go up after it. Decisions come from the pure planners
// (pull-plan.ts, outbox-plan.ts, push-plan.ts); one bad event, one failed calendar or one
// lost response never stops the rest or loses an edit.
import type { OAuth2Client } from 'google-auth-library';
import type { LocalStore } from '../../src-preload/local-store';
import { logLine, type CycleSummary, type SyncLogEntry } from '../../src-preload/sync-log';
import type { SyncStatus } from '../../src-preload/contract';
import type { GoogleEndpoints } from '../google/endpoints';
import {
  plainSaid,
  type BackoffPolicy,
  type GoogleFailure,
  type Operation,
} from '../google/errors';
import type { GoogleEvent } from '../google/event-mapping';
import { AuthFailure, GoogleGateway, type GoogleWait } from '../google/gateway';
import { heldForICalUID, insertsToCheck } from './adoption';
import { discoverCalendars } from './calendar-discovery';
import type { CalendarRun } from './calendar-run';
import { pullCalendar } from './pull';
import { pushCalendar } from './push';
import { said, SaidError, type LogSentence, type LogWords } from '../../src-preload/log-words';

export interface SyncAccount {
  authorizedClient(): Promise<OAuth2Client | null>;
  /** Google refused the sign-in: the account asks the user to reconnect. */
  reportAuthFailure(failure: GoogleFailure): Promise<unknown>;
}

export interface SyncEngineDeps {
  store: LocalStore;
  account: SyncAccount;
  endpoints: GoogleEndpoints;
  /** The Google account's address; its calendars carry it as `account`. */
  accountEmail: string;
  now?: () => Date;
  /** Waits between retries; tests pass a fast one. */
  sleep?: (ms: number) => Promise<void>;
  backoff?: Partial<BackoffPolicy>;
  /** The calendar list (and colors.get with it) is re-read at most this often (it costs requests every cycle otherwise). */
  calendarListEveryMs?: number;
  fetch?: typeof fetch;
  /** After a reset that chose "Synchronize only new events": what existed then stays on its own side. */
  skipExisting?: ExistingEventsFilter;
  /** Told when sync starts waiting to try Google again, and with null when Google answers. */
  onGoogleWait?(wait: GoogleWait | null): void;
}

export interface ExistingEventsFilter {
  /** A Google event created before the reset, with no linked copy here: not downloaded (nor relinked). */
  remote(calendarId: string, item: GoogleEvent): boolean;
  /** A local event never on Google that was here at the reset: not uploaded. */
  local(calendarId: string, eventId: string): boolean;
}

export interface SyncOptions {
  /** Calendars whose large removal (more than half after a full resync) the user confirmed. */
  confirmRemoval?: string[];
  /** Re-read the calendar list now (Preferences opened, user clicked Sync). */
  refreshCalendars?: boolean;
}

/** What a cycle did, as its 'sync' log line keeps it, and what waits for the user. */
export interface SyncReport extends CycleSummary {
  ok: boolean;
  /** Full resyncs that would remove more than half a calendar wait for the user. */
  needsConfirmation: SyncStatus['needsConfirmation'];
  /**
   * Why it failed: a code, its English, and the sentence the window words (`said`), whose
   * `detail` is the error's own text, or the sentence of Almanac's it was (kept by id).
   */
  error?: {
    code: 'not-connected' | 'resetting' | 'auth' | 'failed';
    message: string;
    said?: LogWords;
  };
}

/** A cycle's report before it ran; with `error`, the report of one that could not start. */
export function emptyReport(startedAt: string, error?: SyncReport['error']): SyncReport {
  return {
    ok: !error,
    startedAt,
    durationMs: 0,
    pushed: 0,
    pulled: 0,
    conflicts: 0,
    parked: 0,
    refused: 0,
    calendars: [],
    needsConfirmation: [],
    ...(error ? { error } : {}),
  };
}

export class SyncEngine {
  private running: Promise<SyncReport> | null = null;
  private client: OAuth2Client | null = null;
  private gateway: GoogleGateway | null = null;
  private calendarsReadAt = -Infinity;
  private readonly now: () => Date;

  constructor(private readonly deps: SyncEngineDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** One sync of every enabled calendar. A call while one runs gets that run's report. */
  syncAll(options: SyncOptions = {}): Promise<SyncReport> {
    if (!this.running) {
      this.running = this.cycle(options).finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  get busy(): boolean {
    return this.running !== null;
  }

  // -------------------------------------------------------------------------------------

  private async cycle(options: SyncOptions): Promise<SyncReport> {
    const started = this.now();
    const report = emptyReport(started.toISOString());
    try {
      const client = await this.deps.account.authorizedClient();
      if (!client) {
        report.ok = false;
        report.error = { code: 'not-connected', message: said('notConnected').text };
      } else {
        await this.runCalendars(this.gatewayFor(client), options, report);
      }
    } catch (error) {
      report.ok = false;
      if (error instanceof AuthFailure) {
        const { id, values } = said('signInRefusedSaying', { detail: error.failure.message });
        report.error = { code: 'auth', message: error.message, said: { id, values } };
        await this.deps.account.reportAuthFailure(error.failure);
        this.client = null;
        this.gateway = null;
      } else {
        // Almanac's own sentence stays one (kept by id inside this one), for the log to word.
        const detail =
          error instanceof SaidError
            ? error.said
            : error instanceof Error
              ? error.message
              : String(error);
        const { id, values, text } = said('syncStopped', { detail });
        report.error = { code: 'failed', message: text, said: { id, values } };
      }
    }
    report.durationMs = this.now().getTime() - started.getTime();
    await this.deps.store.commit({ log: [cycleLine(report, this.now().toISOString())] });
    return report;
  }

  /** Keeps the gateway (and its access token) across cycles while the refresh token is the same. */
  private gatewayFor(client: OAuth2Client): GoogleGateway {
    if (this.gateway && this.client?.credentials.refresh_token === client.credentials.refresh_token)
      return this.gateway;
    this.client = client;
    this.gateway = new GoogleGateway({
      client,
      apiRoot: this.deps.endpoints.apiRoot,
      fetch: this.deps.fetch,
      sleep: this.deps.sleep,
      backoff: this.deps.backoff,
      onRetry: (failure, op) => this.logRetry(failure, op),
      onWaiting: (wait) => this.deps.onGoogleWait?.(wait),
    });
    return this.gateway;
  }

  private async runCalendars(
    google: GoogleGateway,
    options: SyncOptions,
    report: SyncReport,
  ): Promise<void> {
    const { store, accountEmail } = this.deps;
    let calendars = await store.calendars();
    const mine = calendars.filter((c) => c.account === accountEmail);
    const due =
      this.now().getTime() - this.calendarsReadAt >= (this.deps.calendarListEveryMs ?? 3_600_000);
    // Calendars stored before default reminders were kept get them at once.
    const lacking = mine.some((c) => !c.defaultReminders);
    if (mine.length === 0 || options.refreshCalendars || due || lacking) {
      calendars = await discoverCalendars(google, store, calendars, accountEmail, this.now());
      this.calendarsReadAt = this.now().getTime();
    }
    for (const cal of calendars) {
      if (cal.account !== accountEmail || !cal.syncEnabled) continue;
      report.calendars.push(cal.id);
      const run: CalendarRun = {
        cal,
        store,
        google,
        report,
        now: this.now,
        skipExisting: this.deps.skipExisting,
      };
      try {
        await this.syncCalendar(run, options);
      } catch (error) {
        if (error instanceof AuthFailure) throw error;
        await this.calendarFailed(run, error);
      }
    }
  }

  /**
   * Push, then pull, starting from one read of the calendar's state, queue and records.
   * Inserts that may turn out to be on Google already (same iCalUID) wait for the pull; what
   * it did not match goes up after it, with the changes queued for what it did.
   */
  private async syncCalendar(run: CalendarRun, options: SyncOptions): Promise<void> {
    const { store, cal } = run;
    const snapshot = await store.calendarSnapshot(cal.id);
    const queued = snapshot.outbox;
    const records = new Map(snapshot.events.map((e) => [e.id, e]));
    const held = heldForICalUID(
      queued,
      insertsToCheck(queued).map((id) => records.get(id) ?? null),
    );
    const now = queued.filter((e) => !held.ids.has(e.eventId));
    await pushCalendar(run, now, snapshot);
    // What still waits here (a record deleted here may be gone, its delete still queued).
    const waiting = now.length > 0 ? (await store.calendarSnapshot(cal.id)).outbox : queued;
    await pullCalendar(run, snapshot.state, waiting, held.twins, options);
    if (held.ids.size === 0) return;
    const lastSeq = Math.max(0, ...queued.map((e) => e.seq ?? 0));
    const after = await store.calendarSnapshot(cal.id);
    await pushCalendar(
      run,
      after.outbox.filter((e) => held.ids.has(e.eventId) || (e.seq ?? 0) > lastSeq),
      after,
    );
  }

  /** One calendar failed: the reason is kept with its sync state and logged; the others go on. */
  private async calendarFailed(run: CalendarRun, error: unknown): Promise<void> {
    run.report.ok = false;
    const message = error instanceof Error ? error.message : String(error);
    const { state } = await run.store.calendarSnapshot(run.cal.id);
    await run.store.commit({
      syncState: [{ ...state, lastError: message }],
      log: [
        logLine(
          { calendarId: run.cal.id, now: this.now().toISOString() },
          'error',
          'calendar-failed',
          undefined,
          said('calendarFailed', {
            calendar: run.cal.summary,
            reason: error instanceof SaidError ? error.said : message,
          }),
        ),
      ],
    });
  }

  /** A whole call waits before going again: one readable line, so an injected 429 shows up in the log. */
  private async logRetry(failure: GoogleFailure, op: Operation): Promise<void> {
    const line = logLine(
      { now: this.now().toISOString() },
      'warn',
      'retrying',
      undefined,
      plainSaid(failure),
      { status: failure.status, reason: failure.reason, op },
    );
    await this.deps.store.commit({ log: [line] });
  }
}

// ---------------------------------------------------------------------------------------

/** Why a cycle failed, as a sentence where Almanac's own words say it, else as it came. */
function reasonOf(error: NonNullable<SyncReport['error']>): string | LogSentence {
  if (error.code === 'not-connected') return said('notConnected');
  if (error.code === 'resetting') return said('waitingForReset');
  // Google's or the error's own text stays as written, inside a sentence of Almanac's; a
  // sentence of Almanac's own (the report's `said` keeps it by id) stays a sentence.
  const told = error.said?.values.detail ?? error.message;
  const detail = typeof told === 'number' ? String(told) : told;
  return said(error.code === 'auth' ? 'signInRefusedSaying' : 'stoppedUnexpectedly', { detail });
}

function cycleLine(report: SyncReport, at: string): SyncLogEntry {
  const counts = {
    ms: report.durationMs,
    pushed: report.pushed,
    pulled: report.pulled,
    conflicts: report.conflicts,
    parked: report.parked,
    refused: report.refused,
  };
  return logLine(
    { now: at },
    report.ok ? 'info' : 'error',
    'sync',
    undefined,
    report.ok
      ? said('synced', counts)
      : report.error
        ? said('syncFailed', { ...counts, reason: reasonOf(report.error) })
        : said('syncFailedEarlier', counts),
    {
      startedAt: report.startedAt,
      durationMs: report.durationMs,
      pushed: report.pushed,
      pulled: report.pulled,
      conflicts: report.conflicts,
      parked: report.parked,
      refused: report.refused,
      calendars: report.calendars,
      error: report.error,
    },
  );
}
