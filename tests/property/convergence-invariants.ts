// The convergence suite's invariants, judged once the faults stop and every account has
// synced twice: per account, its Google calendars equal its calendars here, field for field;
// nothing is doubled, queued, parked or lost; a quiet sync of each is one read per calendar.
import { expect } from 'vitest';
import { DateTime } from 'luxon';
import { lineOf } from '../../src-preload/sync-log';
import { seriesInstances } from '../../src-renderer/calendar/model/series-expansion';
import { root, shown, type Model, type TrackedEdit } from './convergence-model';
import {
  EMAIL,
  RANGE,
  ZONE,
  googleItems,
  project,
  type GoogleItem,
  type Projection,
  type RunWorld,
} from './convergence-world';

export async function settle(w: RunWorld): Promise<void> {
  await w.admin('faults', undefined, 'DELETE');
  for (let i = 0; i < 2; i++) {
    for (const { engine } of w.accounts) {
      const report = await engine.syncAll({ refreshCalendars: true });
      // A full resync that would remove most of the calendar waits for the user; they say yes.
      if (report.needsConfirmation.length > 0)
        await engine.syncAll({ confirmRemoval: report.needsConfirmation.map((q) => q.calendarId) });
    }
  }
}

/**
 * Once both sides agree, a sync with nothing changed anywhere is one events.list per calendar
 * and writes nothing here: no call to Google beyond it, no commit of events or the outbox. A
 * time Google wrote with another offset that sync took for a change would show up here as a
 * write back to Google (ping-pong) or a local commit.
 */
export async function checkQuiet(w: RunWorld): Promise<void> {
  for (const account of w.accounts) {
    const { report, calls, commits } = await account.watchedSync();
    expect(report.ok, report.error?.message).toBe(true);
    expect(calls).toEqual(report.calendars.map((id) => `GET /calendar/v3/calendars/${id}/events`));
    expect(commits, `${account.email} wrote on a quiet sync`).toBe(0);
  }
}

export async function checkInvariants(w: RunWorld, model: Model): Promise<void> {
  const remote: GoogleItem[] = [];
  for (const account of w.accounts)
    remote.push(
      ...(await googleItems(account.remote, true, account.calendars)).filter(
        (e) => e.status !== 'cancelled' || e.recurringEventId,
      ),
    );
  const all = await w.db.events.toArray();
  // The calendar kept here has nothing on Google to agree with.
  const stored = all.filter((e) => e.calendarId !== w.mine);
  // A cancelled instance only matters while it hides an occurrence of a live series: one of
  // a series that is gone, or outside a series' rule since "this and following" cut it
  // short, is a leftover record on either side, not something anyone sees.
  const localMasters = new Map(
    stored.filter((e) => e.kind === 'master' && e.status !== 'cancelled').map((e) => [e.id, e]),
  );
  const remoteMasters = new Set(
    remote
      .filter((e) => e.recurrence && e.status !== 'cancelled')
      .map((e) => `${e.calendarId}|${e.id}`),
  );
  const occurrenceIds = new Map<string, Set<string>>();
  // (A series moved to another calendar leaves its cancelled exceptions behind on Google.)
  const hidesSomething = (
    e: {
      status?: string | null;
      recurringEventId?: string | null;
      id?: string | null;
      calendarId: string;
    },
    live: (calendarId: string, id: string) => boolean,
  ): boolean => {
    if (e.status !== 'cancelled' || !e.recurringEventId) return true;
    const master = localMasters.get(e.recurringEventId);
    if (!master || !live(e.calendarId, e.recurringEventId)) return false;
    if (!occurrenceIds.has(master.id))
      occurrenceIds.set(
        master.id,
        new Set(seriesInstances(master, RANGE).map((i) => i.instanceId)),
      );
    return occurrenceIds.get(master.id)!.has(e.id ?? '');
  };
  const local = stored.filter((e) =>
    hidesSomething(e, (calendarId, id) => localMasters.get(id)?.calendarId === calendarId),
  );
  const remoteShown = remote.filter((e) =>
    hidesSomething(e, (calendarId, id) => remoteMasters.has(`${calendarId}|${id}`)),
  );

  // Each account's Google calendars hold the same events as its calendars here, field for field.
  const byId = (list: Projection[]) =>
    list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const account of w.accounts) {
    const its = (e: { calendarId: string }) => account.calendars.includes(e.calendarId);
    expect(byId(local.filter(its).map(project)), account.email).toEqual(
      byId(remoteShown.filter(its).map(project)),
    );
  }
  expect(stored.every((e) => w.accounts.some((a) => a.calendars.includes(e.calendarId)))).toBe(
    true,
  );

  // No event twice: by id, by iCalUID within an account (series share theirs with their
  // instances), by content.
  const ids = all.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const account of w.accounts) {
    const uids = remote
      .filter((e) => !e.recurringEventId && account.calendars.includes(e.calendarId))
      .map((e) => e.iCalUID);
    expect(new Set(uids).size, account.email).toBe(uids.length);
  }
  // Series split off here may be moved and cut until they look just like where they came from:
  // those are the user's doing, so twins are counted once per family. So is a move's copy
  // beside the original Google kept (changed there meanwhile) once the user cut that original
  // here: both were then shaped by the user. And so is one beside an original whose delete
  // Google refused, the log saying it was kept: two events from then on, by design (only a
  // copy moved back before that delete went up takes the original back), which a later
  // move of either may put side by side. Every copy of such an original counts with it: one
  // made by moving the original on after that line is still the twin of the copy it was kept
  // beside. (A duplicate the sync made has an id of its own, no copy of anything.)
  const cutAfter = (id: string, at: number) =>
    (model.replaced.get(`${id}|*`) ?? []).some((when) => when > at);
  const keptLines = (await w.db.syncLog.toArray()).flatMap((l) => {
    const kept = lineOf(l, 'kept-edit');
    return kept && 'deletedLocally' in kept.detail && kept.eventId
      ? [{ id: root(kept.eventId), line: kept.id ?? 0 }]
      : [];
  });
  const keptAfter = (id: string, logged: number) =>
    keptLines.some((kept) => kept.id === id && kept.line > logged);
  const keptBesideACopy = (id: string) =>
    [...model.copiedFrom.values()].some((c) => c.from === id && keptAfter(id, c.logged));
  /** The event `id` counts with, one step up: the series it was split from, or a copy's original. */
  const countsWith = (id: string): string | undefined => {
    if (model.splitFrom.has(id)) return model.splitFrom.get(id);
    const seen = new Set([id]);
    for (let copy = model.copiedFrom.get(id); copy; copy = model.copiedFrom.get(copy.from)) {
      if (cutAfter(copy.from, copy.at) || keptBesideACopy(copy.from)) return copy.from;
      if (seen.has(copy.from)) break;
      seen.add(copy.from);
    }
    return undefined;
  };
  /**
   * The family `id` belongs to: where counting up ends. An event moved back comes back as
   * itself, so copies can run in a circle: the family is then named by the circle (its least
   * id), the same from wherever in it the count starts.
   */
  const family = (id: string): string => {
    const path: string[] = [];
    for (let at: string | undefined = id; at !== undefined; at = countsWith(at)) {
      const circle = path.indexOf(at);
      if (circle >= 0) return [...path.slice(circle)].sort()[0] as string;
      path.push(at);
    }
    return path[path.length - 1] as string;
  };
  const contents = [
    ...new Set(
      remote
        .filter((e) => !e.recurringEventId && e.status !== 'cancelled')
        .map((e) =>
          JSON.stringify([
            e.summary,
            e.start?.dateTime,
            e.end?.dateTime,
            e.recurrence,
            w.accounts.findIndex((a) => a.calendars.includes(e.calendarId)),
            family(e.id ?? ''),
          ]),
        ),
    ),
  ].map((key) => JSON.stringify(JSON.parse(key).slice(0, 5)));
  expect(new Set(contents).size).toBe(contents.length);

  // Deleted by both sides, neither changing it after its own delete: it stays deleted (a
  // delete here is no change that survives Google's, nor Google's one that survives ours).
  const deletedByBoth = (id: string) =>
    model.deletedLast.here.has(id) && model.deletedLast.google.has(id);
  expect(
    remote
      .filter((e) => !e.recurringEventId && e.status !== 'cancelled' && deletedByBoth(e.id ?? ''))
      .map((e) => e.id),
    'deleted on both sides, back on Google',
  ).toEqual([]);

  // The outbox is empty; nothing was parked; no record still waits to go up.
  expect(await w.db.outbox.count()).toBe(0);
  const log = await w.db.syncLog.toArray();
  // The only change Google may refuse here is an instance edit whose instance Google no
  // longer has (its series was moved or cut on Google meanwhile); it is kept in the log.
  const parked = log.flatMap((l) => lineOf(l, 'parked') ?? []);
  expect(
    parked
      .filter((l) => !(l.detail.status === 404 && l.eventId?.includes('_') && l.detail.change))
      .map((l) => l.message),
  ).toEqual([]);
  expect(local.filter((e) => (e.dirty?.length ?? 0) > 0 || !e.google).map((e) => e.id)).toEqual([]);

  // A conflict over a time needs a move on both sides: Google writing the same time with
  // another offset (its calendar's zone, or a new one) is no move.
  for (const l of log.filter((e) => e.code === 'conflict')) {
    const detail = l.detail as { field?: string; lost?: unknown };
    if (!['start', 'end', 'originalStartTime'].includes(detail.field ?? '')) continue;
    const id = root(l.eventId ?? '');
    expect(
      (model.movedHere.has(id) && model.movedThere.has(id)) ||
        ((model.movedHere.has(id) || model.movedThere.has(id)) && model.insertAnswerLost),
      `false conflict over ${detail.field} of ${l.eventId} (lost ${JSON.stringify(detail.lost)})`,
    ).toBe(true);
  }
  // Local records keep the zone the user gave them, written in it, whatever zone Google
  // answers in.
  for (const e of all.filter((r) => r.status !== 'cancelled' && r.start.dateTime)) {
    expect(e.start.timeZone, `zone of ${e.id}`).toBe(ZONE);
    const written = DateTime.fromISO(e.start.dateTime as string, { setZone: true });
    expect(written.offset, `offset of ${e.id} (${e.start.dateTime})`).toBe(
      written.setZone(ZONE).offset,
    );
  }

  // Every edit, made here or on Google, is on Google (and so here), or a logged conflict
  // loser, or replaced by a later command.
  const onGoogle = new Map(remote.filter((e) => e.status !== 'cancelled').map((e) => [e.id, e]));
  for (const edit of model.edits) {
    const later = [
      ...(model.replaced.get(`${edit.id}|${edit.field}`) ?? []),
      ...(model.replaced.get(`${edit.id}|*`) ?? []),
      ...(edit.series ? (model.replaced.get(`${edit.series}|instances`) ?? []) : []),
    ].some((at) => at > edit.at);
    if (later || unseeable(model, edit) || sameAsHere(model, edit)) continue;
    const there = onGoogle.get(edit.id);
    if (
      there &&
      there.status !== 'cancelled' &&
      shown(edit.field, there[edit.field]) === edit.value
    )
      continue;
    const loser = log.some((entry) => {
      const l = lineOf(entry, 'conflict');
      // A refused move of an event Google deleted meanwhile keeps what it was in its log line,
      // from which Restore makes it again: kept, not lost.
      const refused = lineOf(entry, 'refused');
      const kept = refused?.detail.newEvent as Record<string, unknown> | null | undefined;
      return (
        (l?.eventId === edit.id &&
          l.detail.field === edit.field &&
          shown(edit.field, l.detail.lost) === edit.value) ||
        (refused?.eventId === edit.id &&
          kept != null &&
          shown(edit.field, kept[edit.field]) === edit.value)
      );
    });
    expect(
      loser,
      `${edit.side === 'here' ? 'local' : 'Google'} edit ${edit.field}=${edit.value} of ${edit.id} is neither on Google (${there ? shown(edit.field, there[edit.field]) : 'gone'}) nor a logged conflict loser`,
    ).toBe(true);
  }

  // Google mailed nobody about an event the user did not choose Send for.
  const mails = await w.admin<{ to: string; kind: string; eventId: string }[]>(
    'notifications',
    undefined,
    'GET',
  );
  const unchosen = mails.filter((m) => !model.mailAllowed.has(root(m.eventId)));
  expect(unchosen).toEqual([]);
}

/**
 * An occurrence edit on Google that the app cannot see before it deletes the series here:
 * instance edits leave the master's etag as it was, and the changes since the last sync
 * cannot be read while the sync token is expired. (Known limitation; see google-series.ts
 * `seriesChangedOnGoogle`.)
 */
function unseeable(model: Model, edit: TrackedEdit): boolean {
  if (!edit.series || !(model.seriesDeletes.get(edit.series) ?? []).some((d) => d < edit.at))
    return false;
  const syncs = model.syncs.get(edit.account ?? EMAIL) ?? [];
  const before = Math.max(-1, ...syncs.filter((s) => s < edit.at));
  const after = Math.min(Infinity, ...syncs.filter((s) => s > edit.at));
  return (model.tokenExpiries.get(edit.account ?? EMAIL) ?? []).some(
    (f) => f > before && f < after,
  );
}

/**
 * A Google edit to exactly the value the user gave the same field here while that edit was
 * not yet on Google (two identical moves): when the user then deletes the event, the engine
 * takes Google's version, equal to the record here, for its own write whose answer was lost,
 * and the delete goes ahead. Nothing anyone made is lost, so the edit need not survive.
 * (Known limitation; see push-meeting.ts `isUnchangedCopy`.) The edit here is on Google once
 * a sync left nothing of the event queued: a sync in which Google refused its write (a 503,
 * which may or may not have been applied) still leaves it waiting.
 */
function sameAsHere(model: Model, edit: TrackedEdit): boolean {
  if (edit.side !== 'google') return false;
  const syncs = (model.syncs.get(edit.account ?? EMAIL) ?? []).filter(
    (s) => !model.queuedAfterSync.get(s)?.has(edit.id),
  );
  const lastSync = Math.max(-1, ...syncs.filter((s) => s < edit.at));
  return model.edits.some(
    (e) =>
      e.side === 'here' &&
      e.id === edit.id &&
      e.field === edit.field &&
      e.value === edit.value &&
      e.at > lastSync &&
      e.at < edit.at,
  );
}
