// iCalUID adoption: an event made here may already be on Google under another id (the same
// invitation or .ics file imported on both sides, or arriving there meanwhile). Its upload
// waits until the pull has run; a Google event the pull brings with the iCalUID of a local
// event never linked to Google is that event, so the local record is re-keyed to Google's id
// — a series with its exceptions, `<old id>_<suffix>` becoming `<Google's id>_<suffix>` — and
// no second copy is uploaded.
import type { CalendarEvent } from '../../src-preload/model/event';
import type { EventRecord, OutboxEntry, StoreCommit } from '../../src-preload/local-store';
import { READ_ONLY_FIELDS, changedFields } from '../../src-preload/model/fields';
import { seriesOf } from '../../src-preload/model/instance-ids';
import { logLine } from '../../src-preload/sync-log';
import { said } from '../../src-preload/log-words';
import { canWrite } from '../../src-preload/model/calendar-access';
import { changeToSend } from '../../src-preload/model/local-changes';
import { fieldsFromGoogle, type GoogleEvent } from '../google/event-mapping';
import { whereOf, type CalendarRun } from './calendar-run';
import { MAX_STALE_RETRIES } from './commit';
import { exceptionsOf } from './google-series';
import { fromGoogle } from './settle';
import type { PullContext } from './pull-plan';
import { merge } from './three-way-merge';

/** Local events never on Google that a Google event may turn out to be (the same iCalUID). */
export interface TwinCandidates {
  /** Plain events and series masters, by iCalUID. */
  byICalUID: Map<string, string[]>;
  /** Exceptions, by their series' id: they move with it. */
  exceptions: Map<string, string[]>;
}

export function noTwins(): TwinCandidates {
  return { byICalUID: new Map(), exceptions: new Map() };
}

export function addTwinCandidate(twins: TwinCandidates, id: string, iCalUID?: string): void {
  const series = seriesOf(id);
  const [map, key] = series ? [twins.exceptions, series] : [twins.byICalUID, iCalUID];
  if (key) map.set(key, [...(map.get(key) ?? []), id]);
}

/**
 * Which queued changes wait for the pull: inserts of events carrying an iCalUID and never on
 * Google (`inserted`: their records), and the changes of those series' occurrences — sent
 * first, they would meet Google's 404 for a series it does not have yet, and be lost.
 */
export function heldForICalUID(
  entries: OutboxEntry[],
  inserted: (CalendarEvent | null)[],
): { ids: Set<string>; twins: TwinCandidates } {
  const ids = new Set<string>();
  const twins = noTwins();
  for (const e of inserted) {
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

/** The ids of the inserts `heldForICalUID` needs the records of. */
export function insertsToCheck(entries: OutboxEntry[]): string[] {
  return [
    ...new Set(
      entries.filter((e) => e.op === 'insert' && !seriesOf(e.eventId)).map((e) => e.eventId),
    ),
  ];
}

/**
 * The local twin `item` adopts among `candidates` (records of the same iCalUID): never on
 * Google, on this calendar, live, and a series for a series, a single event for a single one.
 */
export function twinFor(
  item: GoogleEvent,
  candidates: (CalendarEvent | null)[],
  calendarId: string,
): CalendarEvent | undefined {
  const series = Boolean(item.recurrence?.length);
  return (
    candidates.find(
      (c) =>
        c &&
        !c.google &&
        c.calendarId === calendarId &&
        c.kind !== 'exception' &&
        c.status !== 'cancelled' &&
        (c.kind === 'master') === series,
    ) ?? undefined
  );
}

/** Links the page's Google events to the local events they are the twins of. */
export async function adoptByICalUID(
  run: CalendarRun,
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
    if (run.skipExisting?.remote(run.cal.id, item)) continue; // "only new events": it stays on Google's side
    for (let attempt = 0; attempt < MAX_STALE_RETRIES; attempt++) {
      const [taken, ...candidates] = await run.store.events([item.id, ...localIds]);
      const local = twinFor(item, candidates, run.cal.id);
      if (taken || !local) break;
      const commit = await adoption(run, item, local, twins.exceptions.get(local.id) ?? []);
      if ((await run.store.commit(commit)).ok) {
        twins.byICalUID.delete(item.iCalUID);
        break;
      }
    }
  }
}

/**
 * Google answered an import (which sends only the iCalUID) with an id of its own: the local
 * record, a series with its exceptions, is re-keyed to it as an adopted twin is. Answers the
 * ids of what it wrote (their changes still to send are queued under them), or null when the
 * records changed under it every time, or Google's id is taken here: then the record stays
 * as it is, and the next sync's pull finds its twin by iCalUID.
 */
export async function rekeyToGoogle(
  run: CalendarRun,
  item: GoogleEvent,
  localId: string,
): Promise<string[] | null> {
  const prefix = `${localId}_`;
  for (let attempt = 0; attempt < MAX_STALE_RETRIES; attempt++) {
    const [taken, local] = await run.store.events([item.id as string, localId]);
    if (taken || !local || local.google) return null;
    const index = await run.store.eventIndex(run.cal.id);
    const exceptionIds = index.filter((e) => e.id.startsWith(prefix)).map((e) => e.id);
    const commit = await adoption(run, item, local, exceptionIds, false);
    if ((await run.store.commit(commit)).ok) return (commit.put ?? []).map((p) => p.event.id);
  }
  return null;
}

/**
 * A local record and its Google twin as one linked record: Google's version, with the local
 * differences on top as edits when the local copy was changed after Google's.
 */
export function twinOf(local: CalendarEvent, remote: GoogleEvent, ctx: PullContext): EventRecord {
  const theirs = fieldsFromGoogle(remote);
  const changedHere =
    !ctx.readOnly && Date.parse(local.updatedAt) > Date.parse(remote.updated ?? '');
  const edits = changedHere
    ? changedFields(local, theirs).filter((f) => !READ_ONLY_FIELDS.has(f))
    : [];
  if (edits.length === 0) return fromGoogle(remote, ctx.calendarId);
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

// ---------------------------------------------------------------------------------------

/**
 * The commit that links `local` to its Google twin `item`: each record becomes Google's
 * version with the local fields on top when the local copy was changed after Google's
 * (queued as a change, mailing nobody). An exception made here goes onto Google's exception
 * of that occurrence when there is one, or else is queued as a change of Google's occurrence.
 */
async function adoption(
  run: CalendarRun,
  item: GoogleEvent,
  local: CalendarEvent,
  exceptionIds: string[],
  logged = true,
): Promise<StoreCommit> {
  const where = whereOf(run);
  const ctx: PullContext = { ...where, readOnly: !canWrite(run.cal), deleting: new Set<string>() };
  const googleId = item.id as string;
  const exceptions = (await run.store.events(exceptionIds)).filter(
    (e): e is CalendarEvent => e !== null && !e.google && e.calendarId === run.cal.id,
  );
  const theirs = new Map(
    exceptions.length > 0
      ? (await exceptionsOf(run.google, run.cal.id, item)).map((e) => [e.id as string, e])
      : [],
  );
  const moved = exceptions.map((e) => ({
    ...e,
    id: `${googleId}${e.id.slice(local.id.length)}`,
    recurringEventId: googleId,
  }));
  // Google's exceptions an earlier page of this listing already put here.
  const already = moved.length > 0 ? await run.store.events(moved.map((e) => e.id)) : [];
  const master = twinOf(local, item, ctx);
  const put: NonNullable<StoreCommit['put']> = [{ event: master, expectVersion: null }];
  moved.forEach((e, i) => {
    const remote = theirs.get(e.id);
    const current = already[i] ?? null;
    put.push({
      event: remote ? twinOf(e, remote, ctx) : e,
      expectVersion: current?.localVersion ?? null,
    });
  });
  const oldIds = new Set([local.id, ...exceptions.map((e) => e.id)]);
  const { outbox } = await run.store.calendarSnapshot(run.cal.id);
  const seqs = outbox
    .filter((o) => oldIds.has(o.eventId) && o.seq !== undefined)
    .map((o) => o.seq as number);
  const createdAt = run.now().getTime();
  const occurrences = exceptions.length;
  return {
    put,
    remove: [local, ...exceptions].map((e) => ({ id: e.id, expectVersion: e.localVersion })),
    outboxDone: seqs,
    outboxAdd: put
      .map((p) => changeToSend(p.event, createdAt))
      .filter((o): o is OutboxEntry => o !== null),
    log: !logged
      ? []
      : [
          logLine(
            where,
            'info',
            'matched-icaluid',
            googleId,
            said('matchedICalUID', { summary: master.summary, occurrences }),
            { localId: local.id },
          ),
        ],
  };
}
