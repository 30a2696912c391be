// Where the quick look lives in the window. Its state is held here, below the window, so
// opening or closing it redraws only the popover, never the grid, sidebar and toolbar (a
// click on an event should show its look at once, whatever the month holds). The window
// reaches it through `control`: the grid's clicks, the search's results and the keys.
import { useImperativeHandle, useMemo, useRef } from 'react';
import type { Ref, RefObject } from 'react';
import { QuickLook } from './QuickLook';
import { useQuickLook, type QuickLookDeps } from './useQuickLook';
import type { EventColor } from './model/colors';
import type { Occurrence } from './model/types';

export interface QuickLookControl {
  /** A click or Enter on an event drawn at `element`. */
  clicked(occurrence: Occurrence, element: HTMLElement): void;
  /** Opens the look on an occurrence shown at `element` (a search result). */
  open(occurrence: Occurrence, element: HTMLElement): void;
  /** The editor on the occurrence, in the look's place (a double-click). */
  edit(occurrence: Occurrence): void;
  close(giveFocusBack: boolean): void;
  /** `e` or Delete. */
  key(action: 'edit' | 'delete'): void;
}

/** The ref the host fills in, and stable handles that reach through it. */
export function useLookControl() {
  const ref = useRef<QuickLookControl>(null);
  const control = useMemo(() => lookOf(ref), []);
  return [ref, control] as const;
}

export function QuickLookHost({
  control,
  colors,
  ...deps
}: QuickLookDeps & { control: Ref<QuickLookControl>; colors: EventColor[] }) {
  const look = useQuickLook(deps);
  useImperativeHandle(control, () => look, [look]);
  return look.props ? <QuickLook {...look.props} colors={colors} /> : null;
}

/** Stable handles on the quick look for the grid, the search and the keys. */
function lookOf(control: RefObject<QuickLookControl | null>): QuickLookControl {
  return {
    clicked: (occurrence, element) => control.current?.clicked(occurrence, element),
    open: (occurrence, element) => control.current?.open(occurrence, element),
    edit: (occurrence) => control.current?.edit(occurrence),
    close: (giveFocusBack) => control.current?.close(giveFocusBack),
    key: (action) => control.current?.key(action),
  };
}
