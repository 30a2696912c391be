// The push: one calendar's queued changes, coalesced per event, carried to Google in rounds
// through the batch endpoint. Each answer goes to the push planner (push-plan.ts), which
// says what comes next; this carries the steps out — sends, reads Google's copy, meets it
// (meet-google-copy.ts), waits out what Google asks to wait for — and commits every round's
// finished changes at once (records, acknowledged outbox entries and the round's log lines).
// A change that keeps failing stays queued for the next sync; nothing is lost.
import type { CalendarEvent } from '../../src-preload/model/event';
import type { CalendarSnapshot, OutboxEntry, SyncState } from '../../src-preload/local-store';
import { canWrite } from '../../src-preload/model/calendar-access';
import { logLine, type SyncLogEntry } from '../../src-preload/sync-log';
import { plainSaid, type GoogleFailure } from '../google/errors';
import { said } from '../../src-preload/log-words';
import { AuthFailure, type Answer } from '../google/gateway';
import { whereOf, type CalendarRun } from './calendar-run';
import { rekeyToGoogle, type ImportAnswered } from './adoption';
import { applyChanges } from './commit';
import { seriesChangedOnGoogle } from './google-series';
import { coalesceOutbox } from './outbox-plan';
import {
  exceptionsFollow,
  exceptionsAfterSeriesWrite,
  importAnswered,
  pushAfterMoves,
  waitingForMoves,
  type Finished,
} from './push-follow-ups';
import {
  callsOf,
  isSeriesDelete,
  parkedLine,
  planAnswer,
  roundOf,
  seriesOfJob,
  seriesPulledSinceDelete,
  startJob,
  writesSeries,
  type PushJob,
  type PushStep,
} from './push-plan';
import { meetGoogleCopy } from './meet-google-copy';
import { settled, type Settle } from './settle';

/** Pushes `entries` (queued changes of the calendar `snapshot` was read from). */
export async function pushCalendar(
  run: CalendarRun,
  entries: OutboxEntry[],
  snapshot: CalendarSnapshot,
): Promise<void> {
  if (entries.length === 0) return;
  const { cal, store, report } = run;
  const ops = coalesceOutbox(entries);
  if (!canWrite(cal)) {
    report.parked += ops.length;
    await store.commit({
      outboxDone: ops.flatMap((o) => o.seqs),
      log: ops.map((o) =>
        logLine(
          whereOf(run),
          'warn',
          'read-only',
          o.eventId,
          said('readOnlyStays', { calendar: cal.summary }),
        ),
      ),
    });
    return;
  }
  const records = new Map(snapshot.events.map((e) => [e.id, e]));
  // Changes to an event whose move out of another calendar has not reached Google yet wait
  // in the outbox: Google does not have the event here before the move. So do an occurrence's
  // changes while its series moves.
  const { ready, waiting } = waitingForMoves(ops, records, cal.id);
  const jobs = ops
    .filter((op) => ready.has(op.eventId))
    .map((op) =>
      startJob(
        op,
        records.get(op.eventId) ?? null,
        run.skipExisting?.local(cal.id, op.eventId) ?? false,
      ),
    );
  const push = new Push(run, waiting);
  push.prepare(jobs, records);
  await push.checkSeriesDeletes(jobs, snapshot.state, records);
  await push.carryOut(jobs);
  await pushAfterMoves(run, push.moved, pushCalendar);
}

// ---------------------------------------------------------------------------------------

class Push {
  private readonly finished: Finished[] = [];
  /** Log lines of the round so far that belong before its finished changes' own. */
  private readonly leading: SyncLogEntry[] = [];
  /** Series this push creates or writes: their occurrences' changes wait for them. */
  private writing = new Set<string>();
  /** Events whose changes go up after this push (moved or re-keyed by it), by their calendar. */
  readonly moved = new Map<string, Set<string>>();
  /** Imports Google took under its own id: their occurrences' changes went with the re-keying. */
  private readonly rekeyed = new Set<string>();
  /** The round's imports Google took under its own id, re-keyed together as the round ends. */
  private readonly answeredImports: ImportAnswered[] = [];

  constructor(
    private readonly run: CalendarRun,
    /** Occurrences' changes that wait for their series' move, by event id (their outbox entries). */
    private readonly waiting: ReadonlyMap<string, number[]>,
  ) {}

  /**
   * Before any call: first occurrence edits get the series as agreed before this push writes
   * any master (`records`: the snapshot's, series masters included); changes that need no
   * call finish with the first round.
   */
  prepare(jobs: PushJob[], records: ReadonlyMap<string, CalendarEvent>): void {
    for (const job of jobs) {
      if (job.stage !== 'fetch') continue;
      const master = records.get(seriesOfJob(job) as string);
      if (master?.google && master.base) job.seriesBase = master.base;
    }
    this.writing = new Set(jobs.filter(writesSeries).map((j) => j.op.eventId));
    for (const job of jobs)
      if (job.request.kind === 'none')
        this.finished.push({
          id: job.op.eventId,
          seqs: job.op.seqs,
          settle: { type: 'clean' },
          log: [],
        });
  }

  /** Series deleted here whose occurrences Google changed since the last pull read Google first. */
  async checkSeriesDeletes(
    jobs: PushJob[],
    state: SyncState,
    records: ReadonlyMap<string, CalendarEvent>,
  ): Promise<void> {
    const seriesDeletes = jobs.filter(isSeriesDelete);
    if (seriesDeletes.length === 0) return;
    const ids = seriesDeletes.map((j) => j.op.eventId);
    const pulled = seriesPulledSinceDelete(ids, records);
    const touched = await seriesChangedOnGoogle(this.run.google, this.run.cal.id, state, ids);
    for (const job of seriesDeletes) {
      if (!touched.has(job.op.eventId) && !pulled.has(job.op.eventId)) continue;
      job.stage = 'fetch';
      job.occurrencesChanged = true;
    }
  }

  async carryOut(jobs: PushJob[]): Promise<void> {
    const { google, report } = this.run;
    let active = jobs.filter((j) => j.request.kind !== 'none');
    while (active.length > 0) {
      const round = roundOf(active, this.writing);
      await this.markSent(round);
      const answers = await google.batch(callsOf(round, this.run.cal.id));
      const next = active.filter((j) => !round.includes(j));
      const retry: { job: PushJob; afterMs: number | null; failure: GoogleFailure }[] = [];
      for (const [i, job] of round.entries()) {
        const step = await this.follow(job, answers[i] as Answer);
        if (step.type === 'retry') retry.push({ job, ...step });
        else if (step.type === 'send' || step.type === 'fetch') next.push(job);
        else this.writing.delete(job.op.eventId);
      }
      await this.rekeyImports();
      const { maxAttempts } = google.backoff;
      const keep = retry.filter((r) => ++r.job.attempts < maxAttempts);
      const given = retry.filter((r) => r.job.attempts >= maxAttempts).map((r) => r.job.op.eventId);
      // A series that has to wait holds back its occurrences' changes: sent without it, they
      // would meet a 404 from a series Google does not have yet, and be dropped.
      const held = next.filter((j) => {
        const series = j.local?.recurringEventId;
        return series !== undefined && given.includes(series) && this.writing.has(series);
      });
      for (const id of given) this.writing.delete(id);
      const trailing: SyncLogEntry[] = [];
      if (given.length + held.length > 0) {
        // Still failing: the entries stay in the outbox for the next sync.
        report.ok = false;
        trailing.push(
          logLine(
            whereOf(this.run),
            'warn',
            'push-postponed',
            undefined,
            said('pushPostponed', { count: given.length + held.length }),
          ),
        );
      }
      const first = keep[0];
      if (first) {
        // One readable line per round that has to wait, so an injected 429 or 403 shows up in the log.
        trailing.push(
          logLine(whereOf(this.run), 'warn', 'retrying', undefined, plainSaid(first.failure), {
            status: first.failure.status,
            reason: first.failure.reason,
            changes: keep.length,
          }),
        );
      }
      await this.commitRound(trailing);
      if (first) {
        const attempt = Math.max(...keep.map((r) => r.job.attempts - 1));
        const after = Math.max(0, ...keep.map((r) => r.afterMs ?? 0));
        await google.wait(attempt, after || null, first.failure);
      }
      const gone = (j: PushJob) => held.includes(j) || this.rekeyed.has(seriesOfJob(j) ?? '');
      active = [...next.filter((j) => !gone(j)), ...keep.map((r) => r.job)];
    }
    // Changes that needed no call (created and deleted before a sync, nothing left to send).
    await this.commitRound([]);
  }

  /**
   * Writes about to go out are marked first, in the outbox: if their answer is lost, a
   * later delete of the same event can tell Google's copy of our write from someone else's
   * edit. A move too: a delete here meanwhile must know the event may be in the other
   * calendar. An insert too: one whose answer was lost is linked on the next try (by its
   * 409), but deleted here before that try, Google has an event this computer never linked.
   */
  private async markSent(round: PushJob[]): Promise<void> {
    const writes = round.filter(
      (j) =>
        j.stage === 'send' &&
        !j.op.sent &&
        (j.request.kind === 'patch' || j.request.kind === 'move' || j.request.kind === 'insert'),
    );
    const seqs = writes.flatMap((j) => j.op.seqs);
    if (seqs.length === 0) return;
    await this.run.store.commit({ outboxSent: seqs });
    for (const job of writes) job.op.sent = true;
  }

  /** Carries out what the planner says about one answer; answers the step taken. */
  private async follow(job: PushJob, answer: Answer): Promise<PushStep> {
    const where = whereOf(this.run);
    const planned = planAnswer(job, answer, where);
    const { step, after } =
      planned.type === 'meet'
        ? await meetGoogleCopy(this.run, job, planned.remote)
        : { step: planned, after: [] };
    switch (step.type) {
      case 'auth':
        throw new AuthFailure(step.failure);
      case 'send':
        if (step.request) job.request = step.request;
        job.stage = 'send';
        break;
      case 'fetch':
        job.stage = 'fetch';
        job.readIn = step.readIn;
        if (step.merge) job.merges++;
        if (step.refused) job.refused = step.refused;
        if (step.log) this.leading.push(step.log);
        break;
      case 'finish':
        if (step.pushed) this.run.report.pushed++;
        if (step.conflict) this.run.report.conflicts++;
        if (step.refused) this.run.report.refused++;
        await this.finish(job, step.settle, step.log ?? []);
        break;
      case 'park':
        this.run.report.parked++;
        this.finished.push({
          id: job.op.eventId,
          seqs: job.op.seqs,
          settle: { type: 'parked', status: step.failure.status },
          log: [parkedLine(job, step.failure, where)],
        });
        break;
      case 'postpone':
        this.leading.push(step.log);
        break;
    }
    this.finished.push(...after);
    return step;
  }

  /**
   * A finished change, with what follows it: a series' exceptions go where Google has the
   * series now (in the same commit); an import Google took under its own id is re-keyed
   * with the round's others.
   */
  private async finish(job: PushJob, settle: Settle, log: SyncLogEntry[]): Promise<void> {
    const answered = importAnswered(job, settle);
    if (answered) {
      this.answeredImports.push(answered);
      return;
    }
    this.finished.push({ id: job.op.eventId, seqs: job.op.seqs, settle, log });
    const followers = await exceptionsFollow(this.run, job, settle, this.waiting);
    this.finished.push(...followers, ...(await exceptionsAfterSeriesWrite(this.run, job, settle)));
    if (settle.type === 'moved')
      this.goUpAfter(settle.to, [job.op.eventId, ...followers.map((f) => f.id)]);
  }

  /**
   * The round's imports Google took under ids of its own, re-keyed at once; each job settles
   * as nothing more to do (the re-keying commit acknowledged its outbox entries), and what the
   * records still have to send goes up after this push under their new ids. One not re-keyed
   * (changed here every time) keeps its entries: the next sync's pull finds the event on
   * Google by its iCalUID.
   */
  private async rekeyImports(): Promise<void> {
    const imports = this.answeredImports.splice(0);
    if (imports.length === 0) return;
    const rekeyed = await rekeyToGoogle(this.run, imports);
    for (const { localId } of imports) {
      this.finished.push({ id: localId, seqs: [], settle: { type: 'keep' }, log: [] });
      this.rekeyed.add(localId);
      this.goUpAfter(this.run.cal.id, rekeyed.get(localId) ?? []);
    }
  }

  private goUpAfter(calendarId: string, ids: string[]): void {
    const set = this.moved.get(calendarId) ?? new Set<string>();
    for (const id of ids) set.add(id);
    this.moved.set(calendarId, set);
  }

  /**
   * The round in one commit: its finished changes with their records settled, the outbox
   * entries they stand for, and the round's log lines (what happened before the changes
   * finished, what they logged, then `trailing`).
   */
  private async commitRound(trailing: SyncLogEntry[]): Promise<void> {
    const items = this.finished.splice(0);
    const log = [...this.leading.splice(0), ...items.flatMap((f) => f.log), ...trailing];
    if (items.length === 0 && log.length === 0) return;
    await applyChanges(
      this.run.store,
      items.map((f) => ({
        id: f.id,
        apply: (current) => settled(f.settle, current, this.run.cal.id),
      })),
      { outboxDone: items.flatMap((f) => f.seqs), log },
      this.run.report,
    );
  }
}
