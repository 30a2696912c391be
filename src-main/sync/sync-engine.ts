// The sync cycle for one Google account (DESIGN.md §3): discover the account's calendars
// (and Google's event colours, read with them), then for each calendar the user syncs, push
// the outbox through Google's batch endpoint and pull what changed since the stored sync
// token, page by page. Decisions come from the pure planner; this module does the I/O, the
// retries and the bookkeeping, and makes sure one bad event, one failed calendar or one lost
// response never stops the rest or loses an edit.
import type { calendar_v3 } from '@googleapis/calendar';
import type { OAuth2Client } from 'google-auth-library';
import { INSTANCE_ID, seriesOf } from '../../src-preload/model/instance-ids';
import { canWrite } from '../../src-preload/model/calendar-access';
import type {
  Calendar,
  CalendarEvent,
  EventFields,
  EventPalette,
} from '../../src-preload/model/event';
import type {
  LocalStore,
  OutboxEntry,
  SendUpdates,
  StoreCommit,
  SyncState,
} from '../../src-preload/local-store';
import type { SyncLogEntry } from '../../src-preload/sync-log';
import {
  AuthFailure,
  FullSyncRequired,
  GoogleGateway,
  eventsPath,
  type Answer,
  type GatewayCall,
} from '../google/gateway';
import type { GoogleEndpoints } from '../google/endpoints';
import { logLine } from '../../src-preload/sync-log';
import {
  classify,
  plainWords,
  type BackoffPolicy,
  type GoogleFailure,
  type Operation,
} from '../google/errors';
import {
  EVENT_FIELDS,
  READ_ONLY_FIELDS,
  changedFields,
  pickFields,
  sameField,
  sameValue,
} from '../../src-preload/model/fields';
import { fieldsFromGoogle, generatedInstance, type GoogleEvent } from '../google/event-mapping';
import {
  asItStands,
  coalesceOutbox,
  hasLocalEdits,
  linkAfterWrite,
  localChangedFields,
  merge,
  planPull,
  planPushRequest,
  restateInstance,
  type PullContext,
  type PushOp,
  type PushRequest,
} from './planner';

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

export interface RemovalQuestion {
  calendarId: string;
  summary: string;
  wouldRemove: number;
  total: number;
}

export interface SyncReport {
  ok: boolean;
  startedAt: string;
  durationMs: number;
  pushed: number;
  pulled: number;
  conflicts: number;
  parked: number;
  /** Calendars synced this cycle. */
  calendars: string[];
  /** Full resyncs that would remove more than half a calendar wait for the user. */
  needsConfirmation: RemovalQuestion[];
  error?: { code: 'not-connected' | 'auth' | 'failed'; message: string };
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
    const report: SyncReport = {
      ok: true,
      startedAt: started.toISOString(),
      durationMs: 0,
      pushed: 0,
      pulled: 0,
      conflicts: 0,
      parked: 0,
      calendars: [],
      needsConfirmation: [],
    };
    try {
      const client = await this.deps.account.authorizedClient();
      if (!client) {
        report.ok = false;
        report.error = { code: 'not-connected', message: 'Google Calendar is not connected.' };
      } else {
        this.useClient(client);
        await this.runCalendars(options, report);
      }
    } catch (error) {
      report.ok = false;
      if (error instanceof AuthFailure) {
        report.error = { code: 'auth', message: error.message };
        await this.deps.account.reportAuthFailure(error.failure);
        this.client = null;
        this.gateway = null;
      } else {
        report.error = {
          code: 'failed',
          message: error instanceof Error ? error.message : String(error),
        };
      }
    }
    report.durationMs = this.now().getTime() - started.getTime();
    await this.deps.store.commit({ log: [cycleLine(report, this.now().toISOString())] });
    return report;
  }

  /** Keeps the client (and its access token) across cycles while the refresh token is the same. */
  private useClient(client: OAuth2Client): void {
    if (this.client && this.client.credentials.refresh_token === client.credentials.refresh_token)
      return;
    this.client = client;
    this.gateway = new GoogleGateway({
      client,
      apiRoot: this.deps.endpoints.apiRoot,
      fetch: this.deps.fetch,
      sleep: this.deps.sleep,
      backoff: this.deps.backoff,
      onRetry: (failure, op) => this.logRetry(failure, op),
    });
  }

  private async runCalendars(options: SyncOptions, report: SyncReport): Promise<void> {
    let calendars = await this.deps.store.calendars();
    const mine = calendars.filter((c) => c.account === this.deps.accountEmail);
    const due =
      this.now().getTime() - this.calendarsReadAt >= (this.deps.calendarListEveryMs ?? 3_600_000);
    if (mine.length === 0 || options.refreshCalendars || due)
      calendars = await this.discoverCalendars(calendars);

    const outbox = await this.deps.store.outbox(OUTBOX_READ_LIMIT);
    for (const cal of calendars) {
      if (cal.account !== this.deps.accountEmail || !cal.syncEnabled) continue;
      report.calendars.push(cal.id);
      try {
        const queued = outbox.filter((e) => e.calendarId === cal.id);
        const held = await this.heldForICalUID(queued);
        await this.pushCalendar(
          cal,
          queued.filter((e) => !held.ids.has(e.eventId)),
          report,
        );
        await this.pullCalendar(cal, options, report, held.twins);
        if (held.ids.size > 0) {
          // What the pull did not match goes up now, with the changes queued for what it did.
          const lastSeq = Math.max(0, ...queued.map((e) => e.seq ?? 0));
          const after = (await this.deps.store.outbox(OUTBOX_READ_LIMIT)).filter(
            (e) => e.calendarId === cal.id && (held.ids.has(e.eventId) || (e.seq ?? 0) > lastSeq),
          );
          await this.pushCalendar(cal, after, report);
        }
      } catch (error) {
        if (error instanceof AuthFailure) throw error;
        report.ok = false;
        const message = error instanceof Error ? error.message : String(error);
        const state = (await this.deps.store.syncState(cal.id)) ?? { calendarId: cal.id };
        await this.deps.store.commit({
          syncState: [{ ...state, lastError: message }],
          log: [
            logLine(
              this.ctx(cal.id),
              'error',
              'calendar-failed',
              undefined,
              `Syncing “${cal.summary}” failed: ${message}`,
            ),
          ],
        });
      }
    }
  }

  // ---- calendars ---------------------------------------------------------------------

  private async discoverCalendars(local: Calendar[]): Promise<Calendar[]> {
    const byId = new Map(local.map((c) => [c.id, c]));
    const found: Calendar[] = [];
    let pageToken: string | undefined;
    do {
      const page = await this.google().calendarList(pageToken);
      for (const entry of page.items ?? []) {
        if (!entry.id || entry.deleted) continue;
        const existing = byId.get(entry.id);
        const calendar: Calendar = {
          id: entry.id,
          summary: entry.summaryOverride ?? entry.summary ?? entry.id,
          color: entry.backgroundColor ?? existing?.color ?? '#4986e7',
          accessRole: (entry.accessRole as Calendar['accessRole']) ?? 'reader',
          account: this.deps.accountEmail,
          // The primary calendar syncs by default; others wait for the user's tick.
          syncEnabled: existing?.syncEnabled ?? entry.primary === true,
        };
        if (entry.timeZone) calendar.timeZone = entry.timeZone;
        if (entry.primary) calendar.primary = true;
        found.push(calendar);
      }
      pageToken = page.nextPageToken ?? undefined;
    } while (pageToken);
    const eventPalette = await this.readEventPalette();
    await this.deps.store.commit({ calendars: found, ...(eventPalette ? { eventPalette } : {}) });
    this.calendarsReadAt = this.now().getTime();
    const ids = new Set(found.map((c) => c.id));
    return [...local.filter((c) => !ids.has(c.id)), ...found];
  }

  /**
   * Google's event colours (colors.get). A failure costs only the colours — the stored ones,
   * or the renderer's built-in copy, stay in use — so it is logged and the sync goes on.
   */
  private async readEventPalette(): Promise<EventPalette | null> {
    try {
      const colors = await this.google().colors();
      return eventPaletteOf(colors);
    } catch (error) {
      if (error instanceof AuthFailure) throw error;
      const message = error instanceof Error ? error.message : String(error);
      await this.deps.store.commit({
        log: [
          logLine(
            { now: this.now().toISOString() },
            'warn',
            'colors-failed',
            undefined,
            `Google's event colours could not be read (${message}); the colours known before stay in use.`,
          ),
        ],
      });
      return null;
    }
  }

  // ---- push --------------------------------------------------------------------------

  private async pushCalendar(
    cal: Calendar,
    entries: OutboxEntry[],
    report: SyncReport,
  ): Promise<void> {
    if (entries.length === 0) return;
    const ops = coalesceOutbox(entries);
    const ctx = this.ctx(cal.id);
    if (!canWrite(cal)) {
      report.parked += ops.length;
      await this.deps.store.commit({
        outboxDone: ops.flatMap((o) => o.seqs),
        log: ops.map((o) =>
          logLine(
            ctx,
            'warn',
            'read-only',
            o.eventId,
            `“${cal.summary}” can only be read on Google, so this change stays on this computer.`,
          ),
        ),
      });
      return;
    }
    const locals = await this.deps.store.events(ops.map((o) => o.eventId));
    const jobs: Job[] = ops.map((op, i) => ({
      op: asItStands(op, locals[i] ?? null),
      local: locals[i] ?? null,
      stage: 'send',
      attempts: 0,
      merges: 0,
      sendUpdates: op.sendUpdates,
      request: null,
    }));
    for (const job of jobs) {
      job.request = planPushRequest(job.op, job.local, job.sendUpdates);
      if (
        job.request.kind !== 'none' &&
        !job.local?.google &&
        this.deps.skipExisting?.local(cal.id, job.op.eventId)
      )
        job.request = { kind: 'none', reason: 'never-on-google' };
    }

    // An instance edited (or deleted) here for the first time is read from Google before it
    // is written: Google's copy may have moved on from the series this computer copied it
    // from (edited there, or its series changed), and only a merge against that series tells
    // the user's changes from the series' values — or, for a delete, whether Google's copy
    // carries an edit of its own, which survives. The series is taken as agreed before this
    // push writes any master.
    // So is an occurrence whose record here is gone (a series change here dropped it) but
    // whose delete still waits: this computer no longer knows what Google has there.
    const firstEdits = jobs.filter(
      (j) =>
        ((j.request?.kind === 'patch' || j.request?.kind === 'delete') &&
          isFirstInstanceEdit(j.local)) ||
        (j.request?.kind === 'delete' && !j.local && INSTANCE_ID.test(j.op.eventId)),
    );
    const seriesOfJob = (job: Job) =>
      job.local?.recurringEventId ?? (seriesOf(job.op.eventId) as string);
    const seriesAtStart =
      firstEdits.length > 0 ? await this.seriesBases(firstEdits.map(seriesOfJob)) : null;
    for (const job of firstEdits) {
      job.stage = 'fetch';
      job.seriesBase = seriesAtStart?.get(seriesOfJob(job));
    }

    // A series deleted here whose occurrences Google changed since: that edit survives the
    // delete like any edit, so Google's series is read and kept instead.
    const seriesDeletes = jobs.filter(
      (j) => j.request?.kind === 'delete' && j.local?.kind === 'master' && j.local.google,
    );
    const touched =
      seriesDeletes.length > 0
        ? await this.seriesChangedOnGoogle(
            cal.id,
            seriesDeletes.map((j) => j.op.eventId),
          )
        : new Set<string>();
    for (const job of seriesDeletes) {
      if (!touched.has(job.op.eventId)) continue;
      job.stage = 'fetch';
      job.occurrencesChanged = true;
    }

    // Instances of a series that is being created in this push wait for their master.
    // So do instances of a series written in the same push: a patch may restore a series
    // Google deleted, and an instance change sent before it would meet 404 and be lost.
    const inserting = new Set(
      jobs
        .filter(
          (j) =>
            j.request?.kind === 'insert' ||
            (j.request?.kind === 'patch' && j.local?.kind === 'master'),
        )
        .map((j) => j.op.eventId),
    );
    const finished: Finish[] = [];
    for (const job of jobs) {
      if (job.request?.kind === 'none')
        finished.push({ id: job.op.eventId, seqs: job.op.seqs, apply: clean });
    }
    let active = jobs.filter((j) => j.request?.kind !== 'none');

    while (active.length > 0) {
      const now = active.filter(
        (j) => !(j.local?.recurringEventId && inserting.has(j.local.recurringEventId)),
      );
      const round = now.length > 0 ? now : active;
      const answers = await this.google().batch(this.callsOf(cal.id, round));
      const retry: { job: Job; after: number | null; failure: GoogleFailure }[] = [];
      const next: Job[] = active.filter((j) => !round.includes(j));
      for (let i = 0; i < round.length; i++) {
        const job = round[i] as Job;
        const answer = answers[i] as Answer;
        const step = await this.handleAnswer(cal, job, answer, finished, report);
        if (step === 'done') {
          inserting.delete(job.op.eventId);
        } else if (step === 'again') next.push(job);
        else retry.push({ job, after: step.retryAfterMs, failure: step.failure });
      }
      if (finished.length > 0) await this.finish(finished.splice(0), report);
      if (retry.length > 0) {
        const { maxAttempts } = this.google().backoff;
        const keep = retry.filter((r) => ++r.job.attempts < maxAttempts);
        const given = retry
          .filter((r) => r.job.attempts >= maxAttempts)
          .map((r) => r.job.op.eventId);
        // A series that has to wait holds back its occurrences' changes: sent without it, they
        // would meet a 404 from a series Google does not have yet, and be dropped.
        const held = next.filter(
          (j) =>
            j.local?.recurringEventId &&
            given.includes(j.local.recurringEventId) &&
            inserting.has(j.local.recurringEventId),
        );
        for (const id of given) inserting.delete(id);
        if (held.length > 0) next.splice(0, next.length, ...next.filter((j) => !held.includes(j)));
        if (given.length + held.length > 0) {
          // Still failing: the entries stay in the outbox for the next cycle.
          report.ok = false;
          await this.deps.store.commit({
            log: [
              logLine(
                ctx,
                'warn',
                'push-postponed',
                undefined,
                `${given.length + held.length} change(s) could not reach Google now; they will be sent on the next sync.`,
              ),
            ],
          });
        }
        if (keep.length > 0) {
          // One readable line per round that has to wait, so an injected 429 or 403 shows up in the log.
          await this.deps.store.commit({
            log: [
              logLine(ctx, 'warn', 'retrying', undefined, plainWords(keep[0]!.failure), {
                status: keep[0]!.failure.status,
                reason: keep[0]!.failure.reason,
                changes: keep.length,
              }),
            ],
          });
          const attempt = Math.max(...keep.map((r) => r.job.attempts - 1));
          const after = Math.max(0, ...keep.map((r) => r.after ?? 0));
          await this.google().wait(attempt, after || null);
          next.push(...keep.map((r) => r.job));
        }
      }
      active = next;
    }
    // Changes that needed no call (created and deleted before a sync, nothing left to send).
    if (finished.length > 0) await this.finish(finished.splice(0), report);
  }

  /**
   * One round of calls (writes, or fetches for a merge), in the jobs' order. Working-location
   * writes go alone: Google takes them only outside a batch.
   */
  private callsOf(calendarId: string, jobs: Job[]): GatewayCall[] {
    return jobs.map((job) => {
      const path = eventsPath(calendarId, job.op.eventId);
      if (job.stage === 'fetch') return { method: 'GET', path };
      const r = job.request as Exclude<PushRequest, { kind: 'none' }>;
      const query = new URLSearchParams(r.query).toString();
      const call: GatewayCall = {
        method: r.method,
        path: `${eventsPath(calendarId)}${r.path}${query ? `?${query}` : ''}`,
        alone: r.method !== 'DELETE' && job.local?.eventType === 'workingLocation',
      };
      if (r.ifMatch) call.headers = { 'If-Match': r.ifMatch };
      if (r.body) call.body = r.body;
      return call;
    });
  }

  /** What one answer means for its change: finished, another call needed, or retry later. */
  private async handleAnswer(
    cal: Calendar,
    job: Job,
    answer: Answer,
    finished: Finish[],
    report: SyncReport,
  ): Promise<'done' | 'again' | { retryAfterMs: number | null; failure: GoogleFailure }> {
    const ctx = this.ctx(cal.id);
    const id = job.op.eventId;
    const request = job.request as Exclude<PushRequest, { kind: 'none' }>;

    if (job.stage === 'fetch') {
      if ('failure' in answer) {
        const outcome = classify(answer.failure, 'get');
        if (outcome.kind === 'retry')
          return { retryAfterMs: outcome.retryAfterMs, failure: answer.failure };
        if (outcome.kind === 'auth') throw new AuthFailure(answer.failure);
        // An occurrence deleted here that its series on Google no longer has: nothing to
        // delete, and nothing for a cancelled record here to hide.
        if (
          request.kind === 'delete' &&
          (answer.failure.status === 404 || answer.failure.status === 410)
        ) {
          finished.push({
            id,
            seqs: job.op.seqs,
            apply: (current) => (current?.status === 'cancelled' ? { remove: true } : {}),
          });
          return 'done';
        }
        return this.park(job, ctx, answer.failure, finished, report);
      }
      return this.reconcile(cal, job, answer.remote, finished, report);
    }

    if (!('failure' in answer)) {
      report.pushed++;
      if (request.kind === 'delete') finished.push({ id, seqs: job.op.seqs, apply: deleted });
      else
        finished.push({
          id,
          seqs: job.op.seqs,
          apply: (current) =>
            current ? { put: linkAfterWrite(current, answer.remote, cal.id) } : {},
        });
      return 'done';
    }

    const outcome = classify(answer.failure, request.kind as Operation);
    switch (outcome.kind) {
      case 'retry':
        return { retryAfterMs: outcome.retryAfterMs, failure: answer.failure };
      case 'auth':
        throw new AuthFailure(answer.failure);
      case 'done':
        if (request.kind === 'delete') {
          report.pushed++;
          finished.push({ id, seqs: job.op.seqs, apply: deleted });
          return 'done';
        }
        // 409 on insert: an earlier attempt got there (its answer was lost). Fetch to link.
        job.stage = 'fetch';
        return 'again';
      case 'merge':
        if (++job.merges > MAX_MERGES) {
          await this.deps.store.commit({
            log: [
              logLine(
                ctx,
                'warn',
                'merge-postponed',
                id,
                'This event keeps changing on Google; the change will be sent on the next sync.',
              ),
            ],
          });
          return 'done';
        }
        if (job.merges === 1)
          await this.deps.store.commit({
            log: [
              logLine(
                ctx,
                'info',
                'merged',
                id,
                plainWords(answer.failure, `“${job.local?.summary ?? id}”`),
                { status: 412 },
              ),
            ],
          });
        job.stage = 'fetch';
        return 'again';
      case 'full-sync':
      case 'park':
        return this.park(job, ctx, answer.failure, finished, report);
    }
  }

  /**
   * After a 412 or a 409: Google's current version is known. Merge it with the local record
   * and send what is left, or — for a delete that met an edit — keep the edit.
   */
  private async reconcile(
    cal: Calendar,
    job: Job,
    remote: GoogleEvent,
    finished: Finish[],
    report: SyncReport,
  ): Promise<'done' | 'again'> {
    const ctx = this.ctx(cal.id);
    const id = job.op.eventId;
    if (job.op.op === 'delete' || job.op.op === 'drop') {
      if (remote.status === 'cancelled') {
        // Deleted on both sides. A cancelled occurrence stays, linked to Google's record now
        // (no later pull lists it again if Google's delete came first).
        finished.push({
          id,
          seqs: job.op.seqs,
          apply: (current) =>
            current?.status === 'cancelled' && current.kind === 'exception'
              ? { put: planPutFromRemote(remote, cal.id, current) }
              : deleted(current),
        });
        return 'done';
      }
      // Google's version is exactly what this computer last had (an edit of ours whose answer
      // was lost, say the app was killed), or a plain instance of its series: nobody changed
      // it on Google, so the delete goes ahead.
      const own =
        (job.local &&
          changedFields(job.local, fieldsFromGoogle(remote)).every(
            (f) => f === 'status' || READ_ONLY_FIELDS.has(f),
          )) ||
        (await this.isPlainInstance(cal, job, remote));
      if (own && !job.occurrencesChanged && job.request?.kind === 'delete' && remote.etag) {
        job.request = { ...job.request, ifMatch: remote.etag };
        job.stage = 'send';
        return 'again';
      }
      // Delete against edit: the edit survives, and the event comes back here.
      report.conflicts++;
      finished.push({
        id,
        seqs: job.op.seqs,
        log: [
          logLine(
            ctx,
            'warn',
            'kept-edit',
            id,
            `“${remote.summary ?? ''}”${job.occurrencesChanged ? ' had an occurrence' : ' was'} changed on Google after you deleted it here, so it was kept.`,
            { deletedLocally: true },
          ),
        ],
        apply: (current) => ({ put: { ...planPutFromRemote(remote, cal.id, current) } }),
      });
      // A series comes back whole: its exceptions (moved, edited, cancelled occurrences) went
      // with the local delete, so they are read back from Google too.
      for (const item of await this.exceptionsOf(cal, remote)) {
        finished.push({
          id: item.id as string,
          seqs: [],
          apply: (current) => (current ? {} : { put: planPutFromRemote(item, cal.id, null) }),
        });
      }
      return 'done';
    }

    const [current] = await this.deps.store.events([id]);
    if (!current) {
      finished.push({ id, seqs: job.op.seqs, apply: () => ({}) });
      return 'done';
    }
    const firstEdit = isFirstInstanceEdit(current);
    let next: CalendarEvent;
    const entries: SyncLogEntry[] = [];
    if (remote.status === 'cancelled') {
      if (!hasLocalEdits(current)) {
        finished.push({
          id,
          seqs: job.op.seqs,
          apply: (c) => (c && !hasLocalEdits(c) ? { remove: true } : {}),
        });
        return 'done';
      }
      // Edit against delete: the edit survives, so the event is restored on Google. This is
      // the engine's own doing, so it sends no mail.
      const theirs = fieldsFromGoogle(remote);
      const writable = EVENT_FIELDS.filter(
        (f) => !READ_ONLY_FIELDS.has(f) && (current[f] !== undefined || theirs[f] !== undefined),
      );
      next = {
        ...current,
        status: current.status === 'cancelled' ? 'confirmed' : current.status,
        google: { etag: remote.etag ?? '', updated: remote.updated ?? '' },
        base: theirs,
        dirty: writable,
      };
      next.dirty = writable.filter((f) => !sameValue(next[f], theirs[f]));
      job.sendUpdates = 'none';
      // An upload that met its own id deleted on Google (an earlier upload removed there, or
      // Reset Account's "delete from Google" followed by "all existing events") puts it back.
      const why =
        job.op.op === 'insert'
          ? 'had been deleted from Google Calendar; it was put back there from this computer'
          : 'was deleted on Google while you changed it here; it was restored with your changes';
      entries.push(logLine(ctx, 'warn', 'restored', id, `“${current.summary}” ${why}.`));
      report.conflicts++;
    } else {
      // A series inserted in this very push was agreed on only now: its base is read now.
      const series = firstEdit
        ? job.seriesBase
          ? new Map([[current.recurringEventId, job.seriesBase]])
          : await this.seriesBases([current.recurringEventId])
        : undefined;
      const merged = merge(current, remote, {
        ...ctx,
        readOnly: false,
        pending: new Set(),
        ...(series ? { series } : {}),
      });
      next = merged.event;
      entries.push(...merged.log);
      report.conflicts += merged.conflicts;
    }
    // An instance edited here for the first time stays unlinked until Google accepts the
    // write: till then Google may hold no record of it (only its series' instance), and a
    // later merge must still measure it against the series.
    const stored = firstEdit && remote.status !== 'cancelled' ? withoutLink(next) : next;
    const committed = await this.commitOne(stored, current.localVersion, entries);
    if (!committed) return 'again'; // edited meanwhile: fetch and merge again
    const merged = { ...next, localVersion: committed.localVersion };
    job.local = committed;
    job.stage = 'send';
    job.request = planPushRequest(
      { ...job.op, op: 'patch', fields: merged.dirty ?? [] },
      merged,
      job.sendUpdates,
    );
    if (job.request.kind === 'none' && firstEdit && merged.status !== 'cancelled')
      job.request = restateInstance(merged, job.sendUpdates);
    if (job.request.kind === 'none') {
      finished.push({ id, seqs: job.op.seqs, apply: () => ({}) });
      return 'done';
    }
    return 'again';
  }

  /**
   * Which of the series deleted here have an occurrence Google changed since the last pull.
   * An instance edit leaves its master's etag as it was, so the If-Match of the delete cannot
   * tell; the changes since the stored sync token can (read without advancing it, so the pull
   * still sees them). An expired token tells nothing: those deletes go ahead as before.
   */
  private async seriesChangedOnGoogle(
    calendarId: string,
    seriesIds: string[],
  ): Promise<Set<string>> {
    const deleted = new Set(seriesIds);
    const changed = new Set<string>();
    const syncToken = (await this.deps.store.syncState(calendarId))?.syncToken;
    if (!syncToken) return changed;
    try {
      let pageToken: string | undefined;
      do {
        const page = await this.google().list(calendarId, { syncToken, pageToken });
        for (const item of page.items ?? [])
          if (
            item.recurringEventId &&
            item.status !== 'cancelled' &&
            deleted.has(item.recurringEventId)
          )
            changed.add(item.recurringEventId);
        pageToken = page.nextPageToken ?? undefined;
      } while (pageToken);
    } catch (error) {
      if (!(error instanceof FullSyncRequired)) throw error;
    }
    return changed;
  }

  /**
   * Whether Google's copy of an occurrence never synced here is the plain instance of its
   * series, with no edit of its own. The series as this computer knows it (before this push,
   * or as this push left it) usually tells; when it does not, Google may have changed the
   * series since the last pull, so Google's series is read.
   */
  private async isPlainInstance(cal: Calendar, job: Job, remote: GoogleEvent): Promise<boolean> {
    const local = job.local;
    if (local && !isFirstInstanceEdit(local)) return false;
    const seriesId = local?.recurringEventId ?? remote.recurringEventId;
    const original = local?.originalStartTime ?? withoutNullsOf(remote.originalStartTime);
    if (!seriesId || !original) return false;
    const theirs = fieldsFromGoogle(remote);
    const compared = EVENT_FIELDS.filter(
      (f) => !READ_ONLY_FIELDS.has(f) && f !== 'status' && f !== 'recurrence',
    );
    const instanceOf = (series: Partial<EventFields> | undefined) => {
      if (!series) return false;
      const instance = generatedInstance(series, seriesId, original);
      return compared.every((f) => sameField(f, theirs[f], instance[f]));
    };
    const [master] = await this.deps.store.events([seriesId]);
    if (instanceOf(job.seriesBase) || instanceOf(master?.google ? master.base : undefined))
      return true;
    const series = await this.google().get(cal.id, seriesId);
    return series.status !== 'cancelled' && instanceOf(fieldsFromGoogle(series));
  }

  private park(
    job: Job,
    ctx: { calendarId: string; now: string },
    failure: GoogleFailure,
    finished: Finish[],
    report: SyncReport,
  ): 'done' {
    const outcome = classify(failure, 'patch');
    const why = outcome.kind === 'park' ? outcome.why : failure.message;
    report.parked++;
    const local = job.local;
    finished.push({
      id: job.op.eventId,
      seqs: job.op.seqs,
      log: [
        logLine(
          ctx,
          'error',
          'parked',
          job.op.eventId,
          `${local?.summary ? `“${local.summary}”: ` : ''}${why}`,
          {
            status: failure.status,
            reason: failure.reason,
            op: job.op.op,
            sendUpdates: job.op.sendUpdates,
            change: local
              ? pickFields(
                  local,
                  job.request && job.request.kind !== 'none' ? job.request.fields : [],
                )
              : null,
          },
        ),
      ],
      // An instance edited here that Google says its series does not have (the series moved
      // on Google meanwhile) would show here forever: the change is in the log, the copy goes.
      apply: (current) =>
        failure.status === 404 && current?.kind === 'exception' && !current.google
          ? { remove: true }
          : {},
    });
    return 'done';
  }

  private async commitOne(
    event: CalendarEvent,
    expectVersion: number,
    entries: SyncLogEntry[],
  ): Promise<CalendarEvent | null> {
    const put = { ...event, localVersion: expectVersion + 1 };
    const result = await this.deps.store.commit({
      put: [{ event: put, expectVersion }],
      log: entries,
    });
    return result.ok ? put : null;
  }

  /** Commits finished changes in one transaction; re-reads and re-applies when a record moved on. */
  private async finish(
    items: Finish[],
    report: SyncReport,
    extra: Omit<StoreCommit, 'put' | 'remove'> = {},
  ): Promise<void> {
    await this.applyChanges(
      items.map((f) => ({ id: f.id, apply: (current) => ({ ...f.apply(current), log: f.log }) })),
      { ...extra, outboxDone: [...(extra.outboxDone ?? []), ...items.flatMap((f) => f.seqs)] },
      report,
    );
  }

  // ---- pull --------------------------------------------------------------------------

  private async pullCalendar(
    cal: Calendar,
    options: SyncOptions,
    report: SyncReport,
    held: TwinCandidates,
  ): Promise<void> {
    const state: SyncState = (await this.deps.store.syncState(cal.id)) ?? { calendarId: cal.id };
    const pending = new Set(
      (await this.deps.store.outbox(OUTBOX_READ_LIMIT))
        .filter((e) => e.calendarId === cal.id)
        .map((e) => e.eventId),
    );
    let syncToken = state.syncToken;
    let full = !syncToken;

    for (let restarted = false; ;) {
      try {
        // A full listing removes, at its end, the linked copies Google did not list. Those can
        // only be copies that were here before the listing started (whatever the listing puts
        // is listed), so they are read once up front and crossed off page by page. On an
        // initial sync that list is empty, and nothing of the calendar is held in memory or
        // read back as a whole: each page is read, planned, committed and let go.
        const listing = full ? await this.startFullListing(cal.id, pending) : null;
        let pageToken: string | undefined;
        for (;;) {
          const page = await this.google().list(cal.id, { syncToken, pageToken });
          const items = page.items ?? [];
          if (listing) for (const item of items) if (item.id) listing.candidates.delete(item.id);
          const last = !page.nextPageToken;
          const nextState: SyncState | undefined =
            last && !full
              ? {
                  calendarId: cal.id,
                  syncToken: page.nextSyncToken ?? undefined,
                  lastSyncAt: this.now().toISOString(),
                }
              : undefined;
          const twins = listing?.twins ?? held;
          if (twins.byICalUID.size > 0) await this.adoptByICalUID(cal, items, twins);
          const inserted = await this.applyPage(
            cal,
            items,
            pending,
            report,
            nextState ? { syncState: [nextState] } : {},
          );
          if (listing) listing.total += inserted;
          if (last) {
            if (listing)
              await this.removeVanished(
                cal,
                listing,
                page.nextSyncToken ?? undefined,
                options,
                report,
              );
            return;
          }
          pageToken = page.nextPageToken ?? undefined;
        }
      } catch (error) {
        if (!(error instanceof FullSyncRequired) || restarted) throw error;
        // The token expired: list everything again; local pending changes are untouched.
        restarted = true;
        full = true;
        syncToken = undefined;
        await this.deps.store.commit({
          log: [
            logLine(
              this.ctx(cal.id),
              'info',
              'full-resync',
              undefined,
              plainWords(
                { status: 410, reason: 'fullSyncRequired', message: 'Gone' },
                `“${cal.summary}”`,
              ),
            ),
          ],
        });
      }
    }
  }

  /** Before a full listing: the local copies it may find gone (linked, unedited, nothing pending), how many events the calendar holds, and the events never on Google a listed one may be the twin of. */
  private async startFullListing(
    calendarId: string,
    pending: ReadonlySet<string>,
  ): Promise<FullListing> {
    const index = await this.deps.store.eventIndex(calendarId);
    const candidates = new Set<string>();
    const twins = noTwins();
    for (const e of index) {
      if (e.linked && !e.dirty && !pending.has(e.id)) candidates.add(e.id);
      if (!e.linked) addTwinCandidate(twins, e.id, e.iCalUID);
    }
    return { candidates, total: index.length, twins };
  }

  /**
   * Inserts of local events that carry an iCalUID wait until the pull has run, because Google
   * may have that event under another id (the same invitation or .ics file imported on both
   * sides, or arriving there meanwhile). The pull — a full listing (a first sync, a reset's
   * "Synchronize all existing events", a newly ticked calendar, a 410) or an incremental page
   * that brings the twin — then links them to it (adoptByICalUID) instead of uploading a
   * second copy. A held series' exceptions wait with it: sent first, they would meet Google's
   * 404 for a series it does not have yet, and be lost.
   */
  private async heldForICalUID(
    entries: OutboxEntry[],
  ): Promise<{ ids: Set<string>; twins: TwinCandidates }> {
    const ids = new Set<string>();
    const twins = noTwins();
    const inserts = [
      ...new Set(
        entries.filter((e) => e.op === 'insert' && !seriesOf(e.eventId)).map((e) => e.eventId),
      ),
    ];
    if (inserts.length === 0) return { ids, twins };
    for (const e of await this.deps.store.events(inserts)) {
      if (!e || e.google || !e.iCalUID) continue;
      ids.add(e.id);
      addTwinCandidate(twins, e.id, e.iCalUID);
    }
    for (const entry of entries) {
      const series = seriesOf(entry.eventId);
      if (!series || !ids.has(series) || ids.has(entry.eventId)) continue;
      ids.add(entry.eventId);
      addTwinCandidate(twins, entry.eventId);
    }
    return { ids, twins };
  }

  /**
   * A Google event whose id is unknown here but whose iCalUID is that of a local event never
   * linked to Google is the same event. The local record is re-keyed to Google's id in one
   * commit (old id removed, its queued insert dropped), and a series takes its exceptions
   * along: `<old id>_<suffix>` becomes `<Google's id>_<suffix>`. No second copy is uploaded.
   */
  private async adoptByICalUID(
    cal: Calendar,
    items: GoogleEvent[],
    twins: TwinCandidates,
  ): Promise<void> {
    for (const item of items) {
      const localIds = item.iCalUID ? twins.byICalUID.get(item.iCalUID) : undefined;
      if (
        !item.id ||
        !item.iCalUID ||
        !localIds ||
        item.recurringEventId ||
        item.status === 'cancelled'
      )
        continue;
      if (this.deps.skipExisting?.remote(cal.id, item)) continue; // "only new events": it stays on Google's side
      const series = Boolean(item.recurrence?.length);
      for (let attempt = 0; attempt < MAX_STALE_RETRIES; attempt++) {
        const [taken, ...candidates] = await this.deps.store.events([item.id, ...localIds]);
        // A series is the twin of a series, a single event of a single event.
        const local = candidates.find(
          (c) =>
            c &&
            !c.google &&
            c.calendarId === cal.id &&
            c.kind !== 'exception' &&
            c.status !== 'cancelled' &&
            (c.kind === 'master') === series,
        );
        if (taken || !local) break;
        const answer = await this.deps.store.commit(
          await this.adoption(cal, item, local, twins.exceptions.get(local.id) ?? []),
        );
        if (answer.ok) {
          twins.byICalUID.delete(item.iCalUID);
          break;
        }
      }
    }
  }

  /**
   * The commit that links `local` to its Google twin `item`: each record becomes Google's
   * version with the local fields on top when the local copy was changed after Google's
   * (queued as a change, mailing nobody). An exception made here goes onto Google's exception
   * of that occurrence when there is one, or else is queued as a change of Google's occurrence.
   */
  private async adoption(
    cal: Calendar,
    item: GoogleEvent,
    local: CalendarEvent,
    exceptionIds: string[],
  ): Promise<StoreCommit> {
    const ctx: PullContext = {
      ...this.ctx(cal.id),
      readOnly: !canWrite(cal),
      pending: new Set<string>(),
    };
    const googleId = item.id as string;
    const exceptions = (await this.deps.store.events(exceptionIds)).filter(
      (e): e is CalendarEvent => e !== null && !e.google && e.calendarId === cal.id,
    );
    const theirs = new Map(
      exceptions.length > 0
        ? (await this.exceptionsOf(cal, item)).map((e) => [e.id as string, e])
        : [],
    );
    const moved = exceptions.map((e) => ({
      ...e,
      id: `${googleId}${e.id.slice(local.id.length)}`,
      recurringEventId: googleId,
    }));
    // Google's exceptions an earlier page of this listing already put here.
    const already = moved.length > 0 ? await this.deps.store.events(moved.map((e) => e.id)) : [];
    const master = twinOf(local, item, ctx);
    const put: NonNullable<StoreCommit['put']> = [
      { event: { ...master, localVersion: 1 }, expectVersion: null },
    ];
    moved.forEach((e, i) => {
      const remote = theirs.get(e.id);
      const current = already[i] ?? null;
      put.push({
        event: {
          ...(remote ? twinOf(e, remote, ctx) : e),
          localVersion: (current?.localVersion ?? 0) + 1,
        },
        expectVersion: current?.localVersion ?? null,
      });
    });
    const oldIds = new Set([local.id, ...exceptions.map((e) => e.id)]);
    const seqs = (await this.deps.store.outbox(OUTBOX_READ_LIMIT))
      .filter((o) => o.calendarId === cal.id && oldIds.has(o.eventId) && o.seq !== undefined)
      .map((o) => o.seq as number);
    const createdAt = this.now().getTime();
    const occurrences =
      exceptions.length > 0 ? ` and its ${exceptions.length} changed occurrence(s)` : '';
    return {
      put,
      remove: [local, ...exceptions].map((e) => ({ id: e.id, expectVersion: e.localVersion })),
      outboxDone: seqs,
      outboxAdd: put
        .map((p) => changeStillToSend(p.event, createdAt))
        .filter((o): o is OutboxEntry => o !== null),
      log: [
        logLine(
          ctx,
          'info',
          'matched-icaluid',
          googleId,
          `“${master.summary}” was already on Google (same iCalUID); the copy here${occurrences} was linked to it instead of being uploaded again.`,
          { localId: local.id },
        ),
      ],
    };
  }

  /** Plans and commits one page; answers how many records it created. */
  private async applyPage(
    cal: Calendar,
    items: GoogleEvent[],
    pending: ReadonlySet<string>,
    report: SyncReport,
    extra: Omit<StoreCommit, 'put' | 'remove'>,
  ): Promise<number> {
    const instancesOf = items.flatMap((i) => (i.recurringEventId ? [i.recurringEventId] : []));
    const series = instancesOf.length > 0 ? await this.seriesBases(instancesOf) : undefined;
    const ctx: PullContext = {
      calendarId: cal.id,
      readOnly: !canWrite(cal),
      pending,
      now: this.now().toISOString(),
      ...(series ? { series } : {}),
    };
    const changes: Change[] = [];
    let seriesGone: string[] = [];
    const seriesBack = new Set<GoogleEvent>();
    for (const item of items) {
      if (!item.id) continue;
      changes.push({
        id: item.id,
        apply: (current) => {
          if (!current?.google && this.deps.skipExisting?.remote(cal.id, item)) return {};
          const action = planPull(current, item, ctx);
          if (action.type === 'put') {
            if (
              current?.kind === 'master' &&
              current.status === 'cancelled' &&
              action.event.status !== 'cancelled'
            )
              seriesBack.add(item);
            return {
              put: action.event,
              log: action.log,
              conflicts: action.conflicts,
              counts: true,
            };
          }
          if (action.type === 'remove') {
            if (action.series) seriesGone.push(action.id);
            return { remove: true, log: action.log, counts: true };
          }
          return { log: action.log };
        },
      });
    }
    const inserted = await this.applyChanges(changes, extra, report);
    // A series deleted on Google takes its exceptions along (unless they carry local edits,
    // or Google itself still lists them live: an instance edit that reached Google after the delete).
    if (seriesGone.length > 0) {
      const prefixes = seriesGone.map((id) => `${id}_`);
      seriesGone = [];
      const listedLive = new Set(items.filter((i) => i.status !== 'cancelled').map((i) => i.id));
      const index = await this.deps.store.eventIndex(cal.id);
      const orphans = index.filter(
        (e) => prefixes.some((p) => e.id.startsWith(p)) && !e.dirty && !listedLive.has(e.id),
      );
      await this.applyChanges(
        orphans.map((e) => ({
          id: e.id,
          apply: (current) => (current && !hasLocalEdits(current) ? { remove: true } : {}),
        })),
        {},
        report,
      );
    }
    // A series deleted here but changed on Google is back (the edit won): its exceptions went
    // with the local delete, so they are read back from Google too.
    for (const master of seriesBack) {
      const exceptions = await this.exceptionsOf(cal, master);
      await this.applyChanges(
        exceptions.map((item) => ({
          id: item.id as string,
          apply: (current) => (current ? {} : { put: planPutFromRemote(item, cal.id, null) }),
        })),
        {},
        report,
      );
    }
    return inserted;
  }

  /** A series' exceptions on Google: its moved, edited and cancelled occurrences. */
  private async exceptionsOf(cal: Calendar, master: GoogleEvent): Promise<GoogleEvent[]> {
    if (!master.recurrence?.length || !master.iCalUID) return [];
    const page = await this.google().list(cal.id, {
      iCalUID: master.iCalUID ?? undefined,
      showDeleted: true,
    });
    return (page.items ?? []).filter((item) => item.id && item.recurringEventId === master.id);
  }

  /**
   * The series as both sides last agreed on them (their linked masters' base), by id: an
   * exception never synced here is merged against the instance Google generated from it.
   */
  private async seriesBases(seriesIds: string[]): Promise<Map<string, Partial<EventFields>>> {
    const ids = [...new Set(seriesIds)];
    const masters = await this.deps.store.events(ids);
    const bases = new Map<string, Partial<EventFields>>();
    masters.forEach((m, i) => {
      if (m?.google && m.base) bases.set(ids[i] as string, m.base);
    });
    return bases;
  }

  /** After a full listing: remove linked, unedited copies Google no longer has — asking first when that is most of the calendar. */
  private async removeVanished(
    cal: Calendar,
    listing: FullListing,
    syncToken: string | undefined,
    options: SyncOptions,
    report: SyncReport,
  ): Promise<void> {
    const vanished = [...listing.candidates];
    const total = listing.total;
    const ctx = this.ctx(cal.id);
    const state: SyncState = {
      calendarId: cal.id,
      syncToken,
      lastSyncAt: this.now().toISOString(),
    };
    if (
      vanished.length > total / 2 &&
      vanished.length > 0 &&
      !options.confirmRemoval?.includes(cal.id)
    ) {
      // Keep everything and keep no token, so the next sync asks again until the user answers.
      report.needsConfirmation.push({
        calendarId: cal.id,
        summary: cal.summary,
        wouldRemove: vanished.length,
        total,
      });
      await this.deps.store.commit({
        syncState: [
          {
            calendarId: cal.id,
            lastError: `Waiting for confirmation: ${vanished.length} of ${total} events are no longer on Google.`,
          },
        ],
        log: [
          logLine(
            ctx,
            'warn',
            'confirm-removal',
            undefined,
            `${vanished.length} of ${total} events of “${cal.summary}” are no longer on Google. Nothing was removed; confirm to remove them here too.`,
            { ids: vanished.slice(0, 1000) },
          ),
        ],
      });
      return;
    }
    const entries =
      vanished.length > 0
        ? [
            logLine(
              ctx,
              'info',
              'removed-vanished',
              undefined,
              `${vanished.length} event(s) of “${cal.summary}” are no longer on Google and were removed here.`,
              { ids: vanished.slice(0, 1000) },
            ),
          ]
        : [];
    await this.applyChanges(
      vanished.map((id) => ({
        id,
        apply: (current) =>
          current && current.google && !hasLocalEdits(current)
            ? { remove: true, counts: true }
            : {},
      })),
      { syncState: [state], log: entries },
      report,
    );
  }

  // ---- shared plumbing ---------------------------------------------------------------

  /**
   * Applies changes atomically: reads the current records, lets each change decide against
   * them, commits with a version check, and on a stale answer starts over with fresh reads.
   */
  private async applyChanges(
    changes: Change[],
    extra: Omit<StoreCommit, 'put' | 'remove'>,
    report: SyncReport,
  ): Promise<number> {
    for (let attempt = 0; ; attempt++) {
      const currents =
        changes.length > 0 ? await this.deps.store.events(changes.map((c) => c.id)) : [];
      const commit: StoreCommit = { ...extra, put: [], remove: [], log: [...(extra.log ?? [])] };
      let pulled = 0;
      let conflicts = 0;
      let inserted = 0;
      changes.forEach((change, i) => {
        const current = currents[i] ?? null;
        const result = change.apply(current);
        if (result.log) commit.log?.push(...result.log);
        conflicts += result.conflicts ?? 0;
        if (result.put) {
          commit.put?.push({
            event: { ...result.put, localVersion: (current?.localVersion ?? 0) + 1 },
            expectVersion: current ? current.localVersion : null,
          });
          if (result.counts) pulled++;
          if (!current) inserted++;
        } else if (result.remove && current) {
          commit.remove?.push({ id: current.id, expectVersion: current.localVersion });
          if (result.counts) pulled++;
        }
      });
      const answer = await this.deps.store.commit(commit);
      if (answer.ok) {
        report.pulled += pulled;
        report.conflicts += conflicts;
        return inserted;
      }
      if (attempt >= MAX_STALE_RETRIES)
        throw new Error(
          `Local events kept changing during the sync (${answer.stale.slice(0, 3).join(', ')}).`,
        );
    }
  }

  /** A whole call waits before going again: one readable line, so an injected 429 shows up in the log. */
  private async logRetry(failure: GoogleFailure, op: Operation): Promise<void> {
    await this.deps.store.commit({
      log: [
        logLine(
          { now: this.now().toISOString() },
          'warn',
          'retrying',
          undefined,
          plainWords(failure),
          {
            status: failure.status,
            reason: failure.reason,
            op,
          },
        ),
      ],
    });
  }

  private google(): GoogleGateway {
    if (!this.gateway) throw new Error('Not connected.');
    return this.gateway;
  }

  private ctx(calendarId: string): { calendarId: string; now: string } {
    return { calendarId, now: this.now().toISOString() };
  }
}

// ---------------------------------------------------------------------------------------

const OUTBOX_READ_LIMIT = 100_000;
const MAX_MERGES = 3;
const MAX_STALE_RETRIES = 8;
const HEX_COLOR = /^#[0-9a-f]{6}$/i;

interface FullListing {
  /** Linked, unedited local copies not listed (yet): what Google no longer has once the listing ends. */
  candidates: Set<string>;
  /** Events of the calendar here: before the listing, plus those it created. */
  total: number;
  twins: TwinCandidates;
}

/** Local events never on Google that a Google event may turn out to be (the same iCalUID). */
interface TwinCandidates {
  /** Plain events and series masters, by iCalUID. */
  byICalUID: Map<string, string[]>;
  /** Exceptions, by their series' id: they move with it. */
  exceptions: Map<string, string[]>;
}

interface Job {
  op: PushOp;
  local: CalendarEvent | null;
  request: PushRequest | null;
  stage: 'send' | 'fetch';
  attempts: number;
  merges: number;
  sendUpdates: SendUpdates;
  /** A first instance edit: its series as agreed before this push (see pushCalendar). */
  seriesBase?: Partial<EventFields>;
  /** A series delete: Google changed one of its occurrences since the last sync. */
  occurrencesChanged?: boolean;
}

interface ChangeResult {
  put?: CalendarEvent;
  remove?: boolean;
  log?: SyncLogEntry[];
  conflicts?: number;
  /** Counts as pulled in the report. */
  counts?: boolean;
}

interface Change {
  id: string;
  apply(current: CalendarEvent | null): ChangeResult;
}

interface Finish {
  id: string;
  seqs: number[];
  log?: SyncLogEntry[];
  apply(current: CalendarEvent | null): { put?: CalendarEvent; remove?: boolean };
}

/**
 * The local record once Google confirmed a delete: a tombstone goes; a cancelled instance
 * stays (it hides that occurrence of its series) with nothing left to send.
 */
function deleted(current: CalendarEvent | null): { put?: CalendarEvent; remove?: boolean } {
  if (!current || current.status !== 'cancelled') return {};
  if (current.kind === 'exception') return { put: { ...current, dirty: [] } };
  return { remove: true };
}

/**
 * The local record once its change turned out to need no call: fields marked dirty that
 * equal the base as Google means them (an event saved unchanged from the editor, with
 * defaults filled in) are no longer dirty, so it counts as in step again — also for a later
 * full resync, which only removes unedited copies.
 */
function clean(current: CalendarEvent | null): { put?: CalendarEvent } {
  if (!current?.google || !current.dirty?.length) return {};
  const still = localChangedFields(current);
  return still.length < current.dirty.length ? { put: { ...current, dirty: still } } : {};
}

/** colors.get's event palette as we keep it: entries with a usable background; null when none. */
function eventPaletteOf(colors: calendar_v3.Schema$Colors): EventPalette | null {
  const entries = Object.entries(colors.event ?? {}).filter(
    ([, c]) => typeof c?.background === 'string' && HEX_COLOR.test(c.background),
  );
  if (entries.length === 0) return null;
  const palette: EventPalette = {
    colors: Object.fromEntries(
      entries.map(([id, c]) => [
        id,
        {
          background: c.background as string,
          foreground: c.foreground && HEX_COLOR.test(c.foreground) ? c.foreground : '#1d1d1d',
        },
      ]),
    ),
  };
  if (colors.updated) palette.updated = colors.updated;
  return palette;
}

function noTwins(): TwinCandidates {
  return { byICalUID: new Map(), exceptions: new Map() };
}

function addTwinCandidate(twins: TwinCandidates, id: string, iCalUID?: string): void {
  const series = seriesOf(id);
  const [map, key] = series ? [twins.exceptions, series] : [twins.byICalUID, iCalUID];
  if (key) map.set(key, [...(map.get(key) ?? []), id]);
}

/**
 * A local record and its Google twin as one linked record: Google's version, with the local
 * differences on top as edits when the local copy was changed after Google's.
 */
function twinOf(local: CalendarEvent, remote: GoogleEvent, ctx: PullContext): CalendarEvent {
  const theirs = fieldsFromGoogle(remote);
  const changedHere =
    !ctx.readOnly && Date.parse(local.updatedAt) > Date.parse(remote.updated ?? '');
  const edits = changedHere
    ? changedFields(local, theirs).filter((f) => !READ_ONLY_FIELDS.has(f))
    : [];
  if (edits.length === 0) return planPutFromRemote(remote, ctx.calendarId, null);
  return merge(
    {
      ...local,
      id: remote.id as string,
      google: { etag: remote.etag ?? '', updated: remote.updated ?? '' },
      base: theirs,
      dirty: edits,
    },
    remote,
    ctx,
  ).event;
}

/** What an adopted record still has to send to Google (as the engine's own doing, mailing nobody). */
function changeStillToSend(event: CalendarEvent, createdAt: number): OutboxEntry | null {
  const change = {
    eventId: event.id,
    calendarId: event.calendarId,
    sendUpdates: 'none' as const,
    createdAt,
  };
  const dirty = event.dirty ?? [];
  if (event.status === 'cancelled')
    return !event.google || dirty.includes('status') ? { ...change, op: 'delete' } : null;
  // Never on Google: an occurrence changed here, sent as a patch of Google's instance.
  if (!event.google) return { ...change, op: 'patch', fields: dirty };
  return dirty.length > 0 ? { ...change, op: 'patch', fields: dirty } : null;
}

function withoutNullsOf(
  value: GoogleEvent['originalStartTime'],
): CalendarEvent['originalStartTime'] {
  return value
    ? (fieldsFromGoogle({ originalStartTime: value }).originalStartTime ?? undefined)
    : undefined;
}

function withoutLink(event: CalendarEvent): CalendarEvent {
  const { google: _google, base: _base, ...rest } = event;
  return rest;
}

/** An exception this computer made that Google has never confirmed: Google has only its series' instance there. */
function isFirstInstanceEdit(
  local: CalendarEvent | null,
): local is CalendarEvent & { recurringEventId: string } {
  return Boolean(local && local.kind === 'exception' && !local.google && local.recurringEventId);
}

function planPutFromRemote(
  remote: GoogleEvent,
  calendarId: string,
  current: CalendarEvent | null,
): CalendarEvent {
  const action = planPull(null, remote, {
    calendarId,
    readOnly: true,
    pending: new Set(),
    now: '',
  });
  if (action.type !== 'put') throw new Error('A live event always plans a put.');
  return { ...action.event, localVersion: (current?.localVersion ?? 0) + 1 };
}

function cycleLine(report: SyncReport, at: string): SyncLogEntry {
  const summary = `pushed ${report.pushed}, pulled ${report.pulled}, conflicts ${report.conflicts}${report.parked ? `, parked ${report.parked}` : ''}`;
  return logLine(
    { now: at },
    report.ok ? 'info' : 'error',
    'sync',
    undefined,
    report.ok
      ? `Synced in ${report.durationMs} ms: ${summary}.`
      : `Sync failed after ${report.durationMs} ms (${report.error?.message ?? 'see the lines above'}): ${summary}.`,
    {
      startedAt: report.startedAt,
      durationMs: report.durationMs,
      pushed: report.pushed,
      pulled: report.pulled,
      conflicts: report.conflicts,
      parked: report.parked,
      calendars: report.calendars,
      error: report.error,
    },
  );
}
