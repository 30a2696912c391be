// The search index, kept in step with the database while search is in use: a live query of
// every record rebuilds it after each change (sync, an edit here), so results never go stale
// and nothing is read while nobody searches. How long a rebuild takes is marked as
// 'almanac:search-index' for the bench.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AlmanacDatabase } from '../db/database';
import { buildSearchIndex, type SearchIndex } from './search-index';

export function useSearchIndex(db: AlmanacDatabase, active: boolean): SearchIndex | undefined {
  const data = useLiveQuery(
    async () =>
      active
        ? {
            records: await db.events.toArray(),
            calendars: await db.calendars.toArray(),
            palette: (await db.palettes.get('event')) ?? null,
          }
        : null,
    [db, active],
  );
  return useMemo(() => {
    if (!data) return undefined;
    const started = performance.now();
    const index = buildSearchIndex(data.records, data.calendars, data.palette);
    performance.measure('almanac:search-index', { start: started, end: performance.now() });
    return index;
  }, [data]);
}
