// Reset Account's decisions, without I/O: what is saved so a reset cut short resumes, which
// events it deletes from Google (those the user organizes; a series once, not its
// occurrences), what becomes of each event here and of the queued changes (unlinked,
// removed, kept queued, uploaded again), and the words of its report.
import type { Calendar, CalendarEvent } from '../../src-preload/model/event';
import type { ResetChoices, ResetReport } from '../../src-preload/contract';
import type { EventRecord, OutboxEntry, StoreCommit } from '../../src-preload/local-store';
import { organizes } from '../../src-preload/model/calendar-access';
import { changeToSend, localOnly } from '../../src-preload/model/local-changes';
import { logLine, type SyncLogEntry } from '../../src-preload/sync-log';
import { classify, reasonSaid, type GoogleFailure } from '../google/errors';
import { said, type LogSentence } from '../../src-preload/log-words';
import type { ExistingEventsFilter } from './sync-engine';

/** What is persisted: an unfinished reset, and what "Synchronize only new events" left behind. */
export interface SavedReset {
  plan: ResetPlan | null;
  /** One marker per account reset that way: each account's reset replaces its own only. */
  onlyNew: OnlyNewMarker[];
}

export interface ResetPlan {
  startedAt: string;
  account: string;
  calendars: string[];
  choices: ResetChoices;
  stage: 'google' | 'local' | 'revoke';
  /** The Google deletions, each marked as it is answered. */
  google: DeletionTarget[];
  removedHere: number;
  unlinked: number;
}

export interface DeletionTarget {
  calendarId: string;
  id: string;
  summary: string;
  state: 'todo' | 'done' | 'failed';
}

export interface OnlyNewMarker {
  /** The account reset (absent in a marker kept from the days of one account). */
  account?: string;
  /** The moment of the reset: Google events created before it are not downloaded. */
  since: string;
  calendars: string[];
  /** Local events never on Google that existed at the reset: not uploaded. */
  localIds: string[];
}

/**
 * The Google deletions for one calendar's linked events: those the user organizes. A
 * cancelled event here whose delete has not reached Google is deleted there too; a cancelled
 * occurrence goes with its series, and deleting a series on Google takes its occurrences
 * along, so they need no call of their own.
 */
export function deletionTargets(cal: Calendar, linked: CalendarEvent[]): DeletionTarget[] {
  const targets = linked.filter(
    (e) => !(e.status === 'cancelled' && e.kind === 'exception') && organizes(e, cal),
  );
  const masters = new Set(targets.filter((e) => e.kind === 'master').map((e) => e.id));
  return targets
    .filter((e) => !(e.recurringEventId && masters.has(e.recurringEventId)))
    .map((e) => ({ calendarId: cal.id, id: e.id, summary: e.summary, state: 'todo' as const }));
}

/**
 * What Google's answer to one deletion means: done (deleted, or gone already), failed for
 * good (with the line the sync log gets), worth another try, or the sign-in refused.
 */
export function deletionAnswer(
  target: DeletionTarget,
  failure: GoogleFailure | null,
  now: string,
):
  | { type: 'done' }
  | { type: 'failed'; log: SyncLogEntry }
  | { type: 'retry'; afterMs: number | null }
  | { type: 'auth' } {
  if (!failure) return { type: 'done' };
  const outcome = classify(failure, 'delete');
  if (outcome.kind === 'done') return { type: 'done' };
  if (outcome.kind === 'retry') return { type: 'retry', afterMs: outcome.retryAfterMs };
  if (outcome.kind === 'auth') return { type: 'auth' };
  const why = reasonSaid(failure);
  return {
    type: 'failed',
    log: logLine(
      { now, calendarId: target.calendarId },
      'error',
      'reset-delete-failed',
      target.id,
      said('resetDeleteFailed', { summary: target.summary, why }),
      { status: failure.status, reason: failure.reason },
    ),
  };
}

/**
 * The local side of a reset for one calendar, as one commit: linked events removed or kept
 * as local-only, its sync token dropped, queued changes dropped except those of events that
 * stay linked ("Leave them untouched": an edit or a delete made here before the reset still
 * reaches Google), and for "all existing events" everything not on Google queued to go up.
 */
export function localReset(
  calendarId: string,
  events: CalendarEvent[],
  outbox: OutboxEntry[],
  choices: ResetChoices,
  createdAt: number,
): { commit: StoreCommit; removed: number; unlinked: number } {
  const { existing, next } = choices;
  const commit: StoreCommit = { put: [], remove: [] };
  let removed = 0;
  let unlinked = 0;
  for (const e of events) {
    if (!e.google || existing === 'keep') continue;
    const live = e.status !== 'cancelled';
    // A cancelled occurrence stays with its series (it hides that occurrence); other
    // cancelled records are deletes on their way to Google, which the reset has done.
    if (
      existing === 'delete-local' ||
      existing === 'delete-both' ||
      (!live && e.kind !== 'exception')
    ) {
      commit.remove?.push({ id: e.id, expectVersion: e.localVersion });
      if (live) removed++;
    } else {
      commit.put?.push({ event: localOnly(e), expectVersion: e.localVersion });
      if (live) unlinked++;
    }
  }
  const stillLinked = new Set(
    existing === 'keep' ? events.filter((e) => e.google).map((e) => e.id) : [],
  );
  const queued = outbox.filter((o) => o.seq !== undefined);
  const kept = new Set(queued.filter((o) => stillLinked.has(o.eventId)).map((o) => o.eventId));
  commit.outboxDone = queued.filter((o) => !stillLinked.has(o.eventId)).map((o) => o.seq as number);
  commit.syncState = [{ calendarId }];
  if (next === 'all') commit.outboxAdd = uploads(events, commit, kept, createdAt);
  return { commit, removed, unlinked };
}

/**
 * The markers once a reset of `account` over `calendars` finished: that account's earlier
 * marker goes (the new reset starts afresh, and "all existing events" leaves none), the
 * other accounts' stay. A marker without an account goes when it covers one of the calendars.
 */
export function replaceMarker(
  markers: OnlyNewMarker[],
  account: string,
  calendars: string[],
  marker: OnlyNewMarker | null,
): OnlyNewMarker[] {
  const mine = (m: OnlyNewMarker) =>
    m.account === undefined
      ? m.calendars.some((c) => calendars.includes(c))
      : m.account.toLowerCase() === account.toLowerCase();
  return [...markers.filter((m) => !mine(m)), ...(marker ? [marker] : [])];
}

/**
 * After "Synchronize only new events", what stays on its own side: Google events created
 * before the reset are not downloaded, and local events never on Google that were here then
 * are not uploaded — each calendar by the marker of the reset that covered it (`markers`:
 * the current ones).
 */
export function onlyNewFilter(markers: () => OnlyNewMarker[]): ExistingEventsFilter {
  const idSets = new WeakMap<OnlyNewMarker, Set<string>>();
  const localIds = (m: OnlyNewMarker) => {
    let ids = idSets.get(m);
    if (!ids) idSets.set(m, (ids = new Set(m.localIds)));
    return ids;
  };
  const covering = (calendarId: string) => markers().find((m) => m.calendars.includes(calendarId));
  return {
    remote: (calendarId, item) => {
      const m = covering(calendarId);
      if (!m) return false;
      const created = Date.parse(item.created ?? '');
      return Number.isFinite(created) && created <= Date.parse(m.since);
    },
    local: (calendarId, eventId) => {
      const m = covering(calendarId);
      return Boolean(m && localIds(m).has(eventId));
    },
  };
}

/** What a finished (or stopped) reset did, as its report and last log line say it. */
export function reportOf(plan: ResetPlan): ResetReport {
  const deleted = plan.google.filter((t) => t.state === 'done').length;
  const failed = plan.google.filter((t) => t.state === 'failed').length;
  const parts = [
    plan.google.length > 0 ? said('resetDeleted', { deleted, failed }) : null,
    plan.removedHere > 0 ? said('resetRemoved', { count: plan.removedHere }) : null,
    plan.unlinked > 0 ? said('resetUnlinked', { count: plan.unlinked }) : null,
  ].filter((p): p is LogSentence => p !== null);
  const did = parts[0]
    ? said('resetDid', { first: parts[0], second: parts[1] ?? 'none', third: parts[2] ?? 'none' })
    : said('resetNothing');
  const sentence = said('resetFinished', { did, next: plan.choices.next });
  return {
    ok: failed === 0,
    deletedOnGoogle: deleted,
    removedHere: plan.removedHere,
    unlinked: plan.unlinked,
    failed,
    message: sentence.text,
    words: { id: sentence.id, values: sentence.values },
  };
}

/** The choices of a reset, as its log lines say them. */
export function describe(plan: ResetPlan): LogSentence {
  return said('resetPlan', {
    existing: EXISTING_KEYS[plan.choices.existing],
    notify: plan.google.length > 0 ? (plan.choices.notifyGuests ? 'yes' : 'no') : 'none',
    next: plan.choices.next,
  });
}

/** What was saved, read defensively (a file from an older version, or damaged, is no reset). */
export function readSaved(stored: unknown): SavedReset {
  const s = (stored && typeof stored === 'object' ? stored : {}) as {
    plan?: ResetPlan | null;
    onlyNew?: unknown;
  };
  const plan =
    s.plan &&
    typeof s.plan === 'object' &&
    Array.isArray(s.plan.google) &&
    Array.isArray(s.plan.calendars)
      ? s.plan
      : null;
  // One marker before several accounts, a list since.
  const markers: unknown[] = Array.isArray(s.onlyNew) ? s.onlyNew : s.onlyNew ? [s.onlyNew] : [];
  return { plan, onlyNew: markers.filter(isMarker) };
}

// ---------------------------------------------------------------------------------------

function isMarker(m: unknown): m is OnlyNewMarker {
  const marker = (m && typeof m === 'object' ? m : {}) as Partial<OnlyNewMarker>;
  return (
    typeof marker.since === 'string' &&
    Array.isArray(marker.calendars) &&
    Array.isArray(marker.localIds) &&
    (marker.account === undefined || typeof marker.account === 'string')
  );
}

/**
 * "Synchronize all existing events": every event here not on Google goes up, mailing
 * nobody — with a series, its changed occurrences (Google's occurrence is patched) and its
 * deleted ones (Google's occurrence is cancelled). `queued`: events whose changes stay queued.
 */
function uploads(
  before: CalendarEvent[],
  commit: StoreCommit,
  queued: ReadonlySet<string>,
  createdAt: number,
): OutboxEntry[] {
  const removed = new Set(commit.remove?.map((r) => r.id));
  const after = new Map<string, EventRecord>(before.map((e) => [e.id, e]));
  for (const p of commit.put ?? []) after.set(p.event.id, p.event);
  return [...after.values()].flatMap((e) =>
    removed.has(e.id) || queued.has(e.id) ? [] : (changeToSend(e, createdAt) ?? []),
  );
}

// The choice as the sentence's select names it (ICU keys have no hyphens).
const EXISTING_KEYS: Record<ResetChoices['existing'], string> = {
  keep: 'keep',
  'delete-google': 'deleteGoogle',
  'delete-local': 'deleteLocal',
  'delete-both': 'deleteBoth',
};
