// The toolbar's search as the window uses it: a result opens the event (or its quick look) at
// its date, and Esc takes the calendar back to the view and day it was on when the search began.
import { useRef } from 'react';
import type { GridHandle } from '../calendar/grid-handle';
import type { ViewName } from '../../src-preload/settings';
import type { AlmanacDatabase } from '../db/database';
import type { Occurrence } from '../calendar/model/types';
import { SearchField } from './SearchField';

export interface WindowSearchProps {
  db: AlmanacDatabase;
  zone: string;
  /** The grid, once it is drawn. */
  calendar(): GridHandle | null;
  view: ViewName;
  setView(view: ViewName): void;
  onOpen(occurrence: Occurrence): void;
  onLook(occurrence: Occurrence, element: HTMLElement): void;
}

export function WindowSearch({
  db,
  zone,
  calendar,
  view,
  setView,
  onOpen,
  onLook,
}: WindowSearchProps) {
  const beforeSearch = useRef<{ date: Date; view: ViewName } | null>(null);
  return (
    <SearchField
      db={db}
      zone={zone}
      onStart={() => {
        const date = calendar()?.getDate();
        beforeSearch.current = date ? { date, view } : null;
      }}
      onOpen={(occurrence) => {
        calendar()?.gotoDate(occurrence.start);
        onOpen(occurrence);
      }}
      onLook={(occurrence, element) => {
        calendar()?.gotoDate(occurrence.start);
        onLook(occurrence, element);
      }}
      onReturn={() => {
        const back = beforeSearch.current;
        if (!back) return;
        setView(back.view);
        calendar()?.gotoDate(back.date);
      }}
    />
  );
}
