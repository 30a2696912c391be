// Reset Account's local side: reading the account's events out of the local store in
// chunks, and carrying out each calendar's reset here (reset-plan.ts decides it) as one
// commit, decided again when the person edited something meanwhile; and the marker
// "Synchronize only new events" leaves, naming the events kept only here at the reset.
import type { CalendarEvent } from '../../src-preload/model/event';
import type { EventIndexEntry, LocalStore, StoreCommit } from '../../src-preload/local-store';
import { localReset, type OnlyNewMarker, type ResetPlan } from './reset-plan';

/**
 * Unlink or remove, drop sync tokens, queue uploads for "all". Changes queued for events
 * that stay linked ("Leave them untouched") stay queued, so an edit or a delete made here
 * before the reset still reaches Google; the rest are dropped. `commit` goes through the
 * reset, which stops it once the app is quitting.
 */
export async function resetLocally(
  plan: ResetPlan,
  store: LocalStore,
  commit: (commit: StoreCommit) => ReturnType<LocalStore['commit']>,
  now: () => Date,
): Promise<void> {
  for (const calendarId of plan.calendars) {
    for (let attempt = 0; ; attempt++) {
      const events = await readEvents(store, await store.eventIndex(calendarId));
      const { outbox } = await store.calendarSnapshot(calendarId);
      const decided = localReset(calendarId, events, outbox, plan.choices, now().getTime());
      const answer = await commit(decided.commit);
      if (answer.ok) {
        plan.removedHere += decided.removed;
        plan.unlinked += decided.unlinked;
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

/** What "Synchronize only new events" keeps apart after the reset `plan` finished. */
export async function onlyNewMarker(plan: ResetPlan, store: LocalStore): Promise<OnlyNewMarker> {
  const localIds: string[] = [];
  for (const calendarId of plan.calendars) {
    for (const e of await store.eventIndex(calendarId)) if (!e.linked) localIds.push(e.id);
  }
  return { account: plan.account, since: plan.startedAt, calendars: plan.calendars, localIds };
}

/** The calendar's events linked to Google. */
export async function linkedEvents(
  store: LocalStore,
  calendarId: string,
): Promise<CalendarEvent[]> {
  const index = await store.eventIndex(calendarId);
  return readEvents(
    store,
    index.filter((e) => e.linked),
  );
}

// ---------------------------------------------------------------------------------------

const READ_CHUNK = 500;

async function readEvents(store: LocalStore, index: EventIndexEntry[]): Promise<CalendarEvent[]> {
  const out: CalendarEvent[] = [];
  for (let i = 0; i < index.length; i += READ_CHUNK) {
    for (const e of await store.events(index.slice(i, i + READ_CHUNK).map((x) => x.id)))
      if (e) out.push(e);
  }
  return out;
}
