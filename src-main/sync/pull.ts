// The pull: what changed on Google since the stored sync token, page by page (2,500 events a
// page), each page planned against the local records (pull-plan.ts) and committed at once,
// so nothing of a large calendar is held in memory. The new sync token is kept with the last
// page only. A token Google no longer takes (410) starts a full listing, which at its end
// removes the unedited copies Google no longer has — asking first when that is most of the
// calendar. Series get their exceptions kept in step: a series deleted on Google takes its
// exceptions along; a series deleted here that comes back reads its exceptions back too.
import type { OutboxEntry, SyncState } from '../../src-preload/local-store';
import { canWrite } from '../../src-preload/model/calendar-access';
import { logLine } from '../../src-preload/sync-log';
import { changeToSend } from '../../src-preload/model/local-changes';
import type { GoogleEvent } from '../google/event-mapping';
import { FullSyncRequired } from '../google/gateway';
import { addTwinCandidate, adoptByICalUID, noTwins, type TwinCandidates } from './adoption';
import { whereOf, type CalendarRun } from './calendar-run';
import { agreedSeries, applyChanges, type AlsoRead, type Change } from './commit';
import { exceptionsOf } from './google-series';
import { fromGoogle } from './settle';
import { planPull, planVanished, queuedDeletes, type PullContext } from './pull-plan';
import { hasLocalEdits } from './three-way-merge';
import type { SyncOptions } from './sync-engine';
import { said } from '../../src-preload/log-words';

/**
 * Pulls one calendar. `state`: its stored sync state; `queued`: the changes still queued here
 * (a record deleted here may be gone, its delete still queued); `held`: local events whose
 * upload waits for this pull (iCalUID adoption).
 */
export async function pullCalendar(
  run: CalendarRun,
  state: SyncState,
  queued: readonly OutboxEntry[],
  held: TwinCandidates,
  options: SyncOptions,
): Promise<void> {
  const pending = new Set(queued.map((e) => e.eventId));
  const deleting = queuedDeletes(queued);
  let syncToken = state.syncToken;
  let full = !syncToken;
  let seenUpdated = state.seenUpdated;
  for (let restarted = false; ;) {
    try {
      // A full listing removes, at its end, the linked copies Google did not list. Those can
      // only be copies that were here before the listing started (whatever the listing puts
      // is listed), so they are read once up front and crossed off page by page. On an
      // initial sync that list is empty, and nothing of the calendar is held in memory or
      // read back as a whole: each page is read, planned, committed and let go.
      const listing = full ? await startFullListing(run, pending) : null;
      let pageToken: string | undefined;
      for (;;) {
        const page = await run.google.list(run.cal.id, { syncToken, pageToken });
        const items = page.items ?? [];
        if (listing) for (const item of items) if (item.id) listing.candidates.delete(item.id);
        seenUpdated = latestUpdated(seenUpdated, items);
        const last = !page.nextPageToken;
        // The new token goes with the last page, unless a full listing still has copies to remove.
        const nextState: SyncState | undefined =
          last && (!listing || listing.candidates.size === 0)
            ? {
                calendarId: run.cal.id,
                syncToken: page.nextSyncToken ?? undefined,
                seenUpdated,
                lastSyncAt: run.now().toISOString(),
              }
            : undefined;
        const twins = listing?.twins ?? held;
        if (twins.byICalUID.size > 0) await adoptByICalUID(run, items, twins);
        const inserted = await applyPage(run, items, deleting, nextState);
        if (listing) listing.total += inserted;
        if (last) {
          if (listing && listing.candidates.size > 0)
            await removeVanished(
              run,
              listing,
              { syncToken: page.nextSyncToken ?? undefined, seenUpdated },
              options,
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
      await run.store.commit({
        log: [
          logLine(
            whereOf(run),
            'info',
            'full-resync',
            undefined,
            said('fullResync', { calendar: run.cal.summary }),
          ),
        ],
      });
    }
  }
}

// ---------------------------------------------------------------------------------------

interface FullListing {
  /** Linked, unedited local copies not listed (yet): what Google no longer has once the listing ends. */
  candidates: Set<string>;
  /** Events of the calendar here: before the listing, plus those it created. */
  total: number;
  twins: TwinCandidates;
}

/**
 * Before a full listing: the local copies it may find gone (linked, unedited, nothing
 * pending), how many events the calendar holds, and the events never on Google a listed one
 * may be the twin of.
 */
async function startFullListing(
  run: CalendarRun,
  pending: ReadonlySet<string>,
): Promise<FullListing> {
  const index = await run.store.eventIndex(run.cal.id);
  const candidates = new Set<string>();
  const twins = noTwins();
  for (const e of index) {
    if (e.linked && !e.dirty && !pending.has(e.id)) candidates.add(e.id);
    if (!e.linked) addTwinCandidate(twins, e.id, e.iCalUID);
  }
  return { candidates, total: index.length, twins };
}

/** Plans and commits one page (with the new sync state on the last); answers how many records it created. */
async function applyPage(
  run: CalendarRun,
  items: GoogleEvent[],
  deleting: ReadonlySet<string>,
  nextState: SyncState | undefined,
): Promise<number> {
  const { cal, store, report } = run;
  // The series of the page's occurrences are read with its records, in the same call.
  const seriesIds = [...new Set(items.flatMap((i) => i.recurringEventId ?? []))];
  const ctx: PullContext = {
    ...whereOf(run),
    readOnly: !canWrite(cal),
    deleting,
    seriesListed: new Set(
      items.flatMap((i) => (i.id && i.recurrence && i.status !== 'cancelled' ? [i.id] : [])),
    ),
  };
  const series: AlsoRead = {
    ids: seriesIds,
    use: (masters) => {
      if (seriesIds.length === 0) return;
      ctx.series = agreedSeries(seriesIds, masters);
      ctx.moving = new Map(
        masters.flatMap((m) => (m?.movingFrom === cal.id ? [[m.id, m.calendarId] as const] : [])),
      );
    },
  };
  const changes: Change[] = [];
  let seriesGone: string[] = [];
  const seriesBack = new Set<GoogleEvent>();
  const seriesArrived = new Set<string>();
  for (const item of items) {
    if (!item.id) continue;
    changes.push({
      id: item.id,
      apply: (current) => {
        if (!current?.google && run.skipExisting?.remote(cal.id, item)) return {};
        const action = planPull(current, item, ctx);
        if (action.type === 'put') {
          if (
            current?.kind === 'master' &&
            current.status === 'cancelled' &&
            action.event.status !== 'cancelled'
          )
            seriesBack.add(item);
          // The move found done here (its answers were lost): what the record still has to
          // send was queued where it came from, which has nothing left to do for it now, so
          // it is queued here, where it lives.
          const arrived =
            current?.movingFrom &&
            current.calendarId === cal.id &&
            current.kind !== 'exception' &&
            !action.event.movingFrom;
          const rest = arrived ? changeToSend(action.event, Date.now()) : null;
          if (arrived && current.kind === 'master') seriesArrived.add(current.id);
          return {
            put: action.event,
            log: action.log,
            conflicts: action.conflicts,
            counts: true,
            ...(rest ? { outboxAdd: [{ ...rest, calendarId: cal.id }] } : {}),
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
  const inserted = await applyChanges(
    store,
    changes,
    nextState ? { syncState: [nextState] } : {},
    report,
    series,
  );
  // A series deleted on Google takes its exceptions along (unless they carry local edits,
  // or Google itself still lists them live: an instance edit that reached Google after the delete).
  if (seriesGone.length > 0) {
    const prefixes = seriesGone.map((id) => `${id}_`);
    seriesGone = [];
    const listedLive = new Set(items.filter((i) => i.status !== 'cancelled').map((i) => i.id));
    const index = await store.eventIndex(cal.id);
    const orphans = index.filter(
      (e) => prefixes.some((p) => e.id.startsWith(p)) && !e.dirty && !listedLive.has(e.id),
    );
    await applyChanges(
      store,
      orphans.map((e) => ({
        id: e.id,
        apply: (current) => (current && !hasLocalEdits(current) ? { remove: true } : {}),
      })),
      {},
      report,
    );
  }
  // A series found moved here is no longer on its way, and neither are its occurrences: those
  // Google did not list (changed here only) drop the mark too, their changes free to go.
  if (seriesArrived.size > 0) await occurrencesArrived(run, seriesArrived);
  // A series deleted here but changed on Google is back (the edit won): its exceptions went
  // with the local delete, so they are read back from Google too — into the calendar the
  // series now lives in here, which is not this one while it is on its way to another.
  for (const master of seriesBack) {
    const exceptions = await exceptionsOf(run.google, cal.id, master);
    const [home] = await store.events([master.id as string]);
    const place =
      home && home.calendarId !== cal.id
        ? {
            calendarId: home.calendarId,
            ...(home.movingFrom ? { movingFrom: home.movingFrom } : {}),
          }
        : {};
    await applyChanges(
      store,
      exceptions.map((item) => ({
        id: item.id as string,
        apply: (current) => (current ? {} : { put: { ...fromGoogle(item, cal.id), ...place } }),
      })),
      {},
      report,
    );
  }
  return inserted;
}

/** After a full listing: remove linked, unedited copies Google no longer has — asking first when that is most of the calendar. */
async function removeVanished(
  run: CalendarRun,
  listing: FullListing,
  next: Pick<SyncState, 'syncToken' | 'seenUpdated'>,
  options: SyncOptions,
): Promise<void> {
  const { cal, store, report } = run;
  const vanished = [...listing.candidates];
  const where = whereOf(run);
  const decision = planVanished(
    vanished.length,
    listing.total,
    options.confirmRemoval?.includes(cal.id) ?? false,
  );
  if (decision === 'ask') {
    // Keep everything and keep no token, so the next sync asks again until the user answers.
    report.needsConfirmation.push({
      calendarId: cal.id,
      summary: cal.summary,
      wouldRemove: vanished.length,
      total: listing.total,
    });
    await store.commit({
      syncState: [
        {
          calendarId: cal.id,
          lastError: `Waiting for confirmation: ${vanished.length} of ${listing.total} events are no longer on Google.`,
        },
      ],
      log: [
        logLine(
          where,
          'warn',
          'confirm-removal',
          undefined,
          said('confirmRemoval', {
            count: vanished.length,
            total: listing.total,
            calendar: cal.summary,
          }),
          { ids: vanished.slice(0, 1000) },
        ),
      ],
    });
    return;
  }
  const state: SyncState = { calendarId: cal.id, ...next, lastSyncAt: where.now };
  const entries =
    vanished.length > 0
      ? [
          logLine(
            where,
            'info',
            'removed-vanished',
            undefined,
            said('removedVanished', { count: vanished.length, calendar: cal.summary }),
            { ids: vanished.slice(0, 1000) },
          ),
        ]
      : [];
  await applyChanges(
    store,
    vanished.map((id) => ({
      id,
      apply: (current) =>
        current && current.google && !hasLocalEdits(current) ? { remove: true, counts: true } : {},
    })),
    { syncState: [state], log: entries },
    report,
  );
}

/** The occurrences of `series` (masters found moved into this calendar) lose their `movingFrom`. */
async function occurrencesArrived(run: CalendarRun, series: ReadonlySet<string>): Promise<void> {
  const { cal, store, report } = run;
  const prefixes = [...series].map((id) => `${id}_`);
  const index = await store.eventIndex(cal.id);
  await applyChanges(
    store,
    index
      .filter((e) => prefixes.some((p) => e.id.startsWith(p)))
      .map((e) => ({
        id: e.id,
        apply: (current) => {
          if (!current?.movingFrom || current.calendarId !== cal.id) return {};
          const { movingFrom: _done, ...record } = current;
          return { put: record };
        },
      })),
    {},
    report,
  );
}

/** The later of `seen` and the `updated` stamps of `items` (Google's clock). */
function latestUpdated(seen: string | undefined, items: GoogleEvent[]): string | undefined {
  let latest = seen;
  for (const item of items)
    if (item.updated && (!latest || Date.parse(item.updated) > Date.parse(latest)))
      latest = item.updated;
  return latest;
}
