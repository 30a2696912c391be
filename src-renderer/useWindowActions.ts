// What the window does for each action, whichever way it is asked for: a keyboard shortcut,
// the command palette or a toolbar button all end here, so they cannot drift apart. It also
// holds which of the dialogs those actions open is open.
import { useState } from 'react';
import type { RefObject } from 'react';
import type { ViewName } from '../src-preload/settings';
import { useShortcuts } from './shortcuts';
import type { ShortcutAction } from './shortcuts';
import { stepAnchor } from './calendar/model/anchor-date';
import { SEARCH_FIELD_ID } from './search/SearchField';
import type { GridHandle } from './calendar/grid-handle';

export interface WindowActions {
  run(action: ShortcutAction): void;
  helpOpen: boolean;
  closeHelp(): void;
  quickAddOpen: boolean;
  closeQuickAdd(): void;
  /** The command palette: every command, only "go to a date", or closed. */
  palette: 'all' | 'date' | false;
  closePalette(): void;
}

export function useWindowActions({
  calendarRef,
  view,
  anchor,
  setView,
  newEvent,
  events,
}: {
  calendarRef: RefObject<GridHandle | null>;
  view: ViewName;
  /** The day the view is on (YYYY-MM-DD). */
  anchor: string;
  setView(view: ViewName): void;
  /** A new event at the next free slot in view, as the toolbar's button makes it. */
  newEvent(): void;
  /** The quick look: `e` and Delete act on its event; any other action closes it. */
  events: { key(action: 'edit' | 'delete'): void; close(giveFocusBack: boolean): void };
}): WindowActions {
  const [helpOpen, setHelpOpen] = useState(false);
  const [quickAddOpen, setQuickAddOpen] = useState(false);
  const [palette, setPalette] = useState<'all' | 'date' | false>(false);
  const api = () => calendarRef.current;

  const run = (action: ShortcutAction) => {
    if (action === 'edit' || action === 'delete') return events.key(action);
    events.close(false);
    switch (action) {
      case 'new':
        return newEvent();
      case 'today':
        return api()?.today();
      // The anchor moves by the view's length and stays the same weekday (FullCalendar's
      // own next/prev would snap it to the start of the range).
      case 'next':
        return api()?.gotoDate(stepAnchor(anchor, view, 1));
      case 'previous':
        return api()?.gotoDate(stepAnchor(anchor, view, -1));
      case 'help':
        return setHelpOpen(true);
      case 'quickAdd':
        return setQuickAddOpen(true);
      case 'search':
        return document.getElementById(SEARCH_FIELD_ID)?.focus();
      case 'palette':
        return setPalette('all');
      case 'goTo':
        return setPalette('date');
      default:
        return setView(action);
    }
  };
  useShortcuts(run);

  return {
    run,
    helpOpen,
    closeHelp: () => setHelpOpen(false),
    quickAddOpen,
    closeQuickAdd: () => setQuickAddOpen(false),
    palette,
    closePalette: () => setPalette(false),
  };
}
