// The occurrence an open editor is on, as it is now: whatever sync or another window wrote
// since it opened. The editor follows it live, and a Save lays the person's changes onto it.
import type { AlmanacDatabase } from './database';
import type { Occurrence } from '../calendar/model/types';
import { copyOccurrence, occurrenceOf } from '../calendar/model/occurrence';
import { expandSeries } from '../calendar/model/series-expansion';

/**
 * The newest version of an occurrence the editor has open: its own record as it is now (an
 * instance that became an exception meanwhile reads as that exception), with the series it
 * belongs to; null when it was deleted. The times come from the newest record; a generated
 * instance keeps its place in the series unless the series moved it.
 */
export async function currentOccurrence(
  db: AlmanacDatabase,
  occ: Occurrence,
): Promise<Occurrence | null> {
  const own = occ.instanceId !== occ.event.id ? await db.events.get(occ.instanceId) : undefined;
  const event = own ?? (await db.events.get(occ.event.id));
  if (!event || event.status === 'cancelled') return null;
  const master = occ.seriesId ? await db.events.get(occ.seriesId) : undefined;
  if (occ.seriesId && master?.status === 'cancelled') return null;
  if (event.kind !== 'master' || !occ.seriesId)
    return copyOccurrence(occurrenceOf(event, occ.color, master), { key: occ.key });
  const around = Date.parse(occ.start.length === 10 ? `${occ.start}T00:00:00Z` : occ.start);
  const [found] = expandSeries(
    event,
    [],
    { start: new Date(around - DAY_MS), end: new Date(around + 2 * DAY_MS) },
    occ.color,
  ).filter((o) => o.instanceId === occ.instanceId);
  return found
    ? copyOccurrence(found, { key: occ.key })
    : copyOccurrence(occ, { event, master: event });
}

const DAY_MS = 86_400_000;
