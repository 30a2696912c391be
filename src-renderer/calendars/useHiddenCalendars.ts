// The calendars whose events the window does not draw: the stored choices (a live query, so
// another tab's tick shows too) with this page's own ticks applied before they are stored.
// The set keeps its identity while its members stay the same, so the stored choice catching
// up with a tick redraws nothing.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AlmanacDatabase } from '../db/database';
import { hiddenCalendarIds, readDisplay } from './visibility';
import { pendingDisplay, settlePendingDisplay, watchPendingDisplay } from './pending-display';

export function useHiddenCalendars(db: AlmanacDatabase): ReadonlySet<string> {
  const display = useLiveQuery(() => readDisplay(db), [db]);
  const pending = useSyncExternalStore(
    (listener) => watchPendingDisplay(db, listener),
    () => pendingDisplay(db),
  );
  const stored = useMemo(() => hiddenCalendarIds(display), [display]);
  useEffect(() => {
    if (display) settlePendingDisplay(db, (id) => stored.has(id));
  }, [db, display, stored]);

  // The members as one string, so an unchanged set keeps its identity.
  const members = useMemo(() => {
    const hidden = new Set(stored);
    for (const [id, isHidden] of pending) {
      if (isHidden) hidden.add(id);
      else hidden.delete(id);
    }
    return [...hidden].sort().join(SEPARATOR);
  }, [stored, pending]);
  return useMemo(() => new Set(members ? members.split(SEPARATOR) : []), [members]);
}

const SEPARATOR = '\u0000';
