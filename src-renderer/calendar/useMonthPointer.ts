// The month grid under the pointer: pressing on an empty part of a day and letting go (there
// or on another day) selects those days for a new all-day event; dragging a chip that may move
// shows it on the day under the pointer and, let go there, asks to move it by those days.
// A moved chip stays where it was dropped until the grid's next answer (the write's) or a
// revert (the move cancelled or refused).
import { useCallback, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent, RefObject } from 'react';
import type { Span } from './CalendarView';
import type { MonthAnswer } from './useGridEvents';
import type { Occurrence } from './model/types';
import { addDays } from './model/display-dates';
import { typeRules } from './model/event-types';
import { shiftedByDays } from './model/month-layout';

/** A chip drawn `days` days from where `answer` has it. */
export interface Moved {
  answer: MonthAnswer;
  key: string;
  days: number;
}

type Gesture =
  | { kind: 'select'; from: string }
  | { kind: 'move'; occ: Occurrence; answer: MonthAnswer; from: string; x: number; y: number };

/** How far the pointer goes before a press on a chip becomes a drag (a click stays a click). */
const DRAG_PX = 4;

export function useMonthPointer(options: {
  root: RefObject<HTMLElement | null>;
  answer: MonthAnswer | null;
  byKey: ReadonlyMap<string, Occurrence>;
  zone: string;
  onSelectSpan(span: Span): void;
  onMove(occurrence: Occurrence, change: Span, revert: () => void): void;
}) {
  const [moved, setMoved] = useState<Moved | null>(null);
  const [selection, setSelection] = useState<{ from: string; to: string } | null>(null);
  const latest = useRef(options);
  latest.current = options;
  const dragged = useRef(false);

  const down = useCallback((e: ReactPointerEvent) => {
    if (e.button !== 0) return;
    const { root, answer, byKey } = latest.current;
    const dayAt = (x: number, y: number) => dateAt(root.current, x, y);
    const from = dayAt(e.clientX, e.clientY);
    const target = e.target as Element;
    if (!from || target.closest('[data-more]')) return;
    const chip = target.closest<HTMLElement>('[data-chip]');
    let gesture: Gesture;
    if (chip) {
      const occ = byKey.get(chip.dataset.chip ?? '');
      if (!occ || !answer || !movable(occ, answer)) return;
      gesture = { kind: 'move', occ, answer, from, x: e.clientX, y: e.clientY };
    } else {
      gesture = { kind: 'select', from };
      setSelection({ from, to: from });
    }
    dragged.current = false;
    let days = 0;
    let to = from;

    const move = (ev: PointerEvent) => {
      if (gesture.kind === 'move' && !dragged.current) {
        if (Math.hypot(ev.clientX - gesture.x, ev.clientY - gesture.y) < DRAG_PX) return;
        dragged.current = true;
      }
      const at = dayAt(ev.clientX, ev.clientY);
      if (!at || at === to) return;
      to = at;
      if (gesture.kind === 'select') return setSelection({ from, to });
      days = daysBetween(from, to);
      setMoved({ answer: gesture.answer, key: gesture.occ.key, days });
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
      if (gesture.kind === 'select') {
        // As a click on a day did with FullCalendar: the selection is asked about at once.
        setSelection(null);
        const [first, last] = [from, to].sort() as [string, string];
        return latest.current.onSelectSpan({ start: first, end: addDays(last, 1), allDay: true });
      }
      if (!dragged.current) return;
      if (days === 0) return setMoved(null);
      const { occ } = gesture;
      const change = { ...shiftedByDays(occ, days, latest.current.zone), allDay: occ.allDay };
      latest.current.onMove(
        occ,
        { start: change.start, end: change.end, allDay: change.allDay },
        () => setMoved(null),
      );
    };
    const cancel = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
      setSelection(null);
      setMoved(null);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
    // Nothing is called off here: the press still reaches the popovers that close on a press
    // elsewhere (the grid's stylesheet keeps it from selecting text).
  }, []);

  /** Whether the click now arriving ends a drag (and so opens nothing). */
  const justDragged = useCallback(() => {
    const was = dragged.current;
    dragged.current = false;
    return was;
  }, []);
  const unselect = useCallback(() => setSelection(null), []);

  return { down, moved, selection, justDragged, unselect };
}

/** Whether an occurrence may be dragged: the same rule the time grid's chips follow. */
export function movable(occ: Occurrence, answer: MonthAnswer): boolean {
  return !answer.refusal(occ) && !typeRules(occ.event).locked.has('startDate');
}

/** The day cell under a point of the window, inside `root`. */
function dateAt(root: HTMLElement | null, x: number, y: number): string | null {
  if (!root) return null;
  for (const el of document.elementsFromPoint(x, y)) {
    const day = el.closest<HTMLElement>('[data-date]');
    if (day && root.contains(day)) return day.dataset.date ?? null;
  }
  return null;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
