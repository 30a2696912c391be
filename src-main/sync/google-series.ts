// What Google says about a series beyond one event: its exceptions (moved, edited and
// cancelled occurrences), which series deleted here had an occurrence changed there since
// the last pull, and whether Google's copy of an occurrence is just the plain instance of its
// series. Reads only; the push and the pull decide what to do with the answers.
import type { EventDateTime, EventFields } from '../../src-preload/model/event';
import { READ_ONLY_FIELDS, EVENT_FIELDS, sameField } from '../../src-preload/model/fields';
import { fieldsFromGoogle, type GoogleEvent } from '../google/event-mapping';
import { generatedInstance } from '../../src-preload/model/generated-instance';
import type { calendar_v3 } from '@googleapis/calendar';
import {
  FullSyncRequired,
  type Answer,
  type EventsQuery,
  type GoogleGateway,
} from '../google/gateway';
import type { SyncState } from '../../src-preload/local-store';

/** A series' exceptions on Google: its moved, edited and cancelled occurrences. */
export async function exceptionsOf(
  google: GoogleGateway,
  calendarId: string,
  master: GoogleEvent,
): Promise<GoogleEvent[]> {
  if (!master.recurrence?.length || !master.iCalUID) return [];
  return ofSeries(master, await google.list(calendarId, exceptionsQuery(master.iCalUID)));
}

/**
 * exceptionsOf for several series at once, in order: their listings go as one batch round,
 * not one request each; one the round did not answer is asked again on its own.
 */
export async function exceptionsOfAll(
  google: GoogleGateway,
  calendarId: string,
  masters: GoogleEvent[],
): Promise<GoogleEvent[][]> {
  const asked = masters.flatMap((m) => (m.recurrence?.length && m.iCalUID ? [m] : []));
  const answers = asked.length
    ? await google.batch(asked.map((m) => google.listCall(calendarId, exceptionsQuery(m.iCalUID))))
    : [];
  const found = new Map<GoogleEvent, GoogleEvent[]>();
  for (const [i, master] of asked.entries()) {
    const answer = answers[i] as Answer;
    found.set(
      master,
      'remote' in answer
        ? ofSeries(master, answer.remote as calendar_v3.Schema$Events)
        : await exceptionsOf(google, calendarId, master),
    );
  }
  return masters.map((m) => found.get(m) ?? []);
}

function exceptionsQuery(iCalUID: string | null | undefined): EventsQuery {
  return { iCalUID: iCalUID ?? undefined, showDeleted: true };
}

function ofSeries(master: GoogleEvent, page: calendar_v3.Schema$Events): GoogleEvent[] {
  return (page.items ?? []).filter((item) => item.id && item.recurringEventId === master.id);
}

/**
 * Which of the series deleted here have an occurrence Google changed since the last pull.
 * An instance edit leaves its master's etag as it was, so the If-Match of the delete cannot
 * tell; the changes since the stored sync token can (read without advancing it, so the pull
 * still sees them). An expired token cannot, and the occurrences the delete took along are
 * gone here, so then what Google changed after the latest change the pulls read
 * (`seenUpdated`) tells. Knowing neither tells nothing: those deletes go ahead.
 */
export async function seriesChangedOnGoogle(
  google: GoogleGateway,
  calendarId: string,
  state: Pick<SyncState, 'syncToken' | 'seenUpdated'>,
  seriesIds: string[],
): Promise<Set<string>> {
  const deleted = new Set(seriesIds);
  const changed = new Set<string>();
  const { syncToken, seenUpdated } = state;
  const read = async (query: EventsQuery, after?: number) => {
    let pageToken: string | undefined;
    do {
      const page = await google.list(calendarId, { ...query, pageToken });
      for (const item of page.items ?? [])
        if (
          item.recurringEventId &&
          item.status !== 'cancelled' &&
          deleted.has(item.recurringEventId) &&
          (after === undefined || Date.parse(item.updated ?? '') > after)
        )
          changed.add(item.recurringEventId);
      pageToken = page.nextPageToken ?? undefined;
    } while (pageToken);
  };
  try {
    if (syncToken) {
      await read({ syncToken });
      return changed;
    }
  } catch (error) {
    if (!(error instanceof FullSyncRequired)) throw error;
  }
  if (!seenUpdated) return changed;
  try {
    // updatedMin counts an event changed at that very instant; the pulls read that one.
    await read({ updatedMin: seenUpdated }, Date.parse(seenUpdated));
  } catch (error) {
    // Google keeps changes for a while only (410 updatedMinTooLongAgo): nothing to tell.
    if (!(error instanceof FullSyncRequired)) throw error;
  }
  return changed;
}

/**
 * Whether Google's copy of an occurrence is the plain instance of `series` at `original`,
 * with no edit of its own (status and recurrence aside).
 */
export function isPlainInstanceOf(
  series: Partial<EventFields> | undefined,
  seriesId: string,
  original: EventDateTime,
  remote: GoogleEvent,
): boolean {
  if (!series) return false;
  const theirs = fieldsFromGoogle(remote);
  const instance = generatedInstance(series, seriesId, original);
  return COMPARED.every((f) => sameField(f, theirs[f], instance[f]));
}

/**
 * Whether Google's copy of an occurrence never synced here is the plain instance of its
 * series. The series as this computer knows it (`known`: before this push, or as this push
 * left it) usually tells; when none does, Google may have changed the series since the last
 * pull, so Google's series is read.
 */
export async function isPlainInstance(
  google: GoogleGateway,
  calendarId: string,
  seriesId: string,
  original: EventDateTime,
  remote: GoogleEvent,
  known: (Partial<EventFields> | undefined)[],
): Promise<boolean> {
  if (known.some((series) => isPlainInstanceOf(series, seriesId, original, remote))) return true;
  const series = await google.get(calendarId, seriesId);
  return (
    series.status !== 'cancelled' &&
    isPlainInstanceOf(fieldsFromGoogle(series), seriesId, original, remote)
  );
}

// ---------------------------------------------------------------------------------------

const COMPARED = EVENT_FIELDS.filter(
  (f) => !READ_ONLY_FIELDS.has(f) && f !== 'status' && f !== 'recurrence',
);
