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
import { exceptionsOf, exceptionsOfAll } from './google-series';
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

/** An import Google answered under an id of its own (`remote`), and the local record it is. */
export interface ImportAnswered {
  remote: GoogleEvent;
  localId: string;
}

/**
 * Google answered imports (which send only the iCalUID) with ids of its own: the local
 * records, series with their exceptions, are re-keyed to them as adopted twins are — a
 * pushed round's imports at once: one read of their series, one of what is here under
 * Google's ids, one batch asking Google for those series' exceptions and one commit, so a
 * round costs what it sent and not what the calendar holds. Answers, by local id, the
 * ids of what it wrote (their changes still to send are queued under them), or null when the
 * records changed under it every time, or Google's id is taken here: then the record stays as
 * it is, and the next sync's pull finds its twin by iCalUID.
 */
export async function rekeyToGoogle(
  run: CalendarRun,
  imports: ImportAnswered[],
): Promise<Map<string, string[] | null>> {
  const done = new Map<string, string[] | null>();
  const tries = new Map<string, number>();
  /** Google's exceptions of the series listed so far, by id (`listed`: their local ids). */
  const theirs = new Map<string, GoogleEvent>();
  const listed = new Set<string>();
  let pending = imports;
  while (pending.length > 0) {
    const read = await run.store.series(pending.map((i) => i.localId));
    const here = new Map(read.events.map((e) => [e.id, e]));
    const bySeries = groupBySeries(read.events, (e) => e.id);
    const queued = groupBySeries(read.outbox, (o) => o.eventId);
    const found = pending.map(({ remote, localId }) => {
      const local = here.get(localId);
      const exceptions = local ? exceptionsHere(run, local, bySeries.get(localId) ?? []) : [];
      const googleId = remote.id as string;
      const newIds = exceptions.map((e) => `${googleId}${e.id.slice(localId.length)}`);
      return { remote, localId, local, exceptions, ids: [googleId, ...newIds] };
    });
    // What is here under Google's ids: the twin taken already, or (re-keyed as well) Google's
    // exceptions a pull put here before.
    const ids = found.flatMap((f) => f.ids);
    const theirsHere = await run.store.events(ids);
    const already = new Map<string, CalendarEvent>();
    for (const e of theirsHere) if (e) already.set(e.id, e);
    const links: TwinLink[] = [];
    const claimed = new Set<string>();
    for (const { remote, localId, local, exceptions } of found) {
      const googleId = remote.id as string;
      if (already.has(googleId) || claimed.has(googleId) || !local || local.google) {
        done.set(localId, null);
        continue;
      }
      claimed.add(googleId);
      links.push({
        item: remote,
        local,
        exceptions,
        theirs,
        already,
        outbox: queued.get(localId) ?? [],
      });
    }
    if (links.length === 0) break;
    // Google's exceptions of the series that have some here, all in one round of listings.
    const unread = links.filter((l) => l.exceptions.length > 0 && !listed.has(l.local.id));
    const lists = await exceptionsOfAll(
      run.google,
      run.cal.id,
      unread.map((l) => l.item),
    );
    for (const l of unread) listed.add(l.local.id);
    for (const e of lists.flat()) theirs.set(e.id as string, e);
    const commits = links.map((link) => adoptionCommit(run, link, false));
    const answer = await run.store.commit({
      put: commits.flatMap((c) => c.put ?? []),
      remove: commits.flatMap((c) => c.remove ?? []),
      outboxDone: commits.flatMap((c) => c.outboxDone ?? []),
      outboxAdd: commits.flatMap((c) => c.outboxAdd ?? []),
    });
    if (answer.ok) {
      links.forEach((link, k) =>
        done.set(
          link.local.id,
          (commits[k]?.put ?? []).map((p) => p.event.id),
        ),
      );
      break;
    }
    // Those whose records moved on are read and re-keyed again, up to the usual tries each.
    const stale = new Set(answer.stale);
    const touched = (k: number) =>
      [
        ...(commits[k]?.put ?? []).map((p) => p.event.id),
        ...(commits[k]?.remove ?? []).map((r) => r.id),
      ].some((id) => stale.has(id));
    const hit = links.filter((_, k) => touched(k));
    for (const link of hit.length > 0 ? hit : links) {
      const n = (tries.get(link.local.id) ?? 0) + 1;
      tries.set(link.local.id, n);
      if (n >= MAX_STALE_RETRIES) done.set(link.local.id, null);
    }
    pending = imports.filter((i) => !done.has(i.localId));
  }
  return done;
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

/** What the commit linking a local record to its Google twin is made of, read before. */
interface TwinLink {
  /** Google's twin. */
  item: GoogleEvent;
  local: CalendarEvent;
  /** The local record's exceptions made here: never on Google, in this calendar. */
  exceptions: CalendarEvent[];
  /** Google's exceptions of the twin, by id. */
  theirs: ReadonlyMap<string, GoogleEvent>;
  /** Records here by id, among them Google's exceptions an earlier page already put here. */
  already: ReadonlyMap<string, CalendarEvent>;
  /** Queued changes, among them those of the records re-keyed (those of its series will do). */
  outbox: OutboxEntry[];
}

/**
 * Links `local` to its Google twin `item`, read at once with its series (`exceptionIds`,
 * its exceptions made here) and Google's exceptions when it has any.
 */
async function adoption(
  run: CalendarRun,
  item: GoogleEvent,
  local: CalendarEvent,
  exceptionIds: string[],
): Promise<StoreCommit> {
  const read = await run.store.series([local.id, item.id as string]);
  const here = new Map(read.events.map((e) => [e.id, e]));
  const named = new Set(exceptionIds);
  const exceptions = exceptionsHere(run, local, read.events).filter((e) => named.has(e.id));
  const theirs =
    exceptions.length > 0 ? byId(await exceptionsOf(run.google, run.cal.id, item)) : new Map();
  return adoptionCommit(
    run,
    { item, local, exceptions, theirs, already: here, outbox: read.outbox },
    true,
  );
}

/** The exceptions of `local` among `records` that were made here: never on Google, in this calendar. */
function exceptionsHere(
  run: CalendarRun,
  local: CalendarEvent,
  records: CalendarEvent[],
): CalendarEvent[] {
  const prefix = `${local.id}_`;
  return records.filter((e) => e.id.startsWith(prefix) && !e.google && e.calendarId === run.cal.id);
}

/** `items` by the series their id names (its own id for an event's or a master's). */
function groupBySeries<T>(items: T[], idOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const id = idOf(item);
    const series = seriesOf(id) ?? id;
    const group = groups.get(series);
    if (group) group.push(item);
    else groups.set(series, [item]);
  }
  return groups;
}

function byId(events: GoogleEvent[]): Map<string, GoogleEvent> {
  return new Map(events.map((e) => [e.id as string, e]));
}

/**
 * The commit that links `local` to its Google twin `item`: each record becomes Google's
 * version with the local fields on top when the local copy was changed after Google's
 * (queued as a change, mailing nobody). An exception made here goes onto Google's exception
 * of that occurrence when there is one, or else is queued as a change of Google's occurrence.
 */
function adoptionCommit(run: CalendarRun, link: TwinLink, logged: boolean): StoreCommit {
  const { item, local, exceptions, theirs, already, outbox } = link;
  const where = whereOf(run);
  const ctx: PullContext = { ...where, readOnly: !canWrite(run.cal), deleting: new Set<string>() };
  const googleId = item.id as string;
  const moved = exceptions.map((e) => ({
    ...e,
    id: `${googleId}${e.id.slice(local.id.length)}`,
    recurringEventId: googleId,
  }));
  const master = twinOf(local, item, ctx);
  const put: NonNullable<StoreCommit['put']> = [{ event: master, expectVersion: null }];
  for (const e of moved) {
    const remote = theirs.get(e.id);
    put.push({
      event: remote ? twinOf(e, remote, ctx) : e,
      expectVersion: already.get(e.id)?.localVersion ?? null,
    });
  }
  const oldIds = new Set([local.id, ...exceptions.map((e) => e.id)]);
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
