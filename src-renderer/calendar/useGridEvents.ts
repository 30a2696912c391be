// The grid's events, as FullCalendar's one event source. FullCalendar asks the source for a
// range as it moves to it, and draws the new dates and their events in one pass when the
// answer comes back in the same call: answered from memory (the event window, read ahead
// while the user looks), a click on "Next" or a view switch is drawn once, with the right
// events, instead of the new dates with the old events first and the new events after.
// What memory cannot answer waits for the live query, which answers again after every write
// (in any tab) so whatever sync or the editor writes shows at once; a changed answer, a
// calendar shown or hidden, or a resize has FullCalendar ask again. The three performance
// marks bracket "range asked for" → "read" → "its events are on screen" for the benchmark.
import {
  useCallback,
  useEffect,
  useInsertionEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { RefObject } from 'react';
import type { EventInput, EventSourceFuncArg } from '@fullcalendar/core';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Settings } from '../../src-preload/settings';
import type { AlmanacDatabase } from '../db/database';
import { heldOccurrences, loadSharedOccurrences, paddedRange } from '../db/queries';
import { fillingFor, onWindowDropped, prefetchAround } from '../db/event-window';
import { benchmarkMark } from '../test-hooks';
import { shownOccurrences } from '../calendars/visibility';
import { withDeclined } from '../calendars/event-looks';
import type { Occurrence } from './model/types';
import { thinMonth, type ThinnedMonth } from './model/month-thinning';
import type { GridHandle } from './grid-handle';
import { FULLCALENDAR_VIEWS } from './fullcalendar-views';
import { thinTimeGrid } from './model/time-grid-thinning';
import { toEventInputs, toTimeGridMoreInput } from './model/event-inputs';

/** A range FullCalendar drew, and the view that drew it. */
export interface GridRange {
  start: Date;
  end: Date;
  viewType: string;
}

/** What the events drawn depend on besides the range. */
export interface GridChoices {
  zone: string;
  /** Calendars whose events are not drawn (the sidebar's unticked ones). */
  hiddenCalendars: ReadonlySet<string>;
  declinedEvents: Settings['declinedEvents'];
  /** Why an occurrence cannot be moved, or null. */
  refusal: (occ: Occurrence) => string | null;
  /** The grid's size: event rows in a month cell, and its width. */
  rows: number;
  width: number;
}

/** What the month grid draws: the chips the thinning kept, "+N more", and who may move them. */
export interface MonthAnswer extends ThinnedMonth {
  /** The range's key: the grid marks its drawing once per range. */
  key: string;
  refusal: GridChoices['refusal'];
}

/** An answer: FullCalendar's event inputs, or the month grid's chips. */
type Answer = EventInput[] | MonthAnswer;
type Success = (answer: Answer) => void;

export interface GridEvents {
  /** FullCalendar's event source for `viewType` (one calendar is mounted per view). */
  source: (arg: EventSourceFuncArg, success: (events: EventInput[]) => void) => void;
  /** The month grid's source: the same answers, as chips laid out by the grid itself. */
  monthSource: (range: { start: Date; end: Date }, success: (answer: MonthAnswer) => void) => void;
  /** The range on screen (set from FullCalendar's datesSet), null before the first. */
  range: GridRange | null;
  /** Notes the range FullCalendar shows now. */
  showRange(range: GridRange): void;
  /** The range's occurrences of shown calendars, for the "+N more" popover. */
  drawable: readonly Occurrence[];
}

export function useGridEvents(
  db: AlmanacDatabase,
  calendarRef: RefObject<GridHandle | null>,
  viewType: string,
  choices: GridChoices,
): GridEvents {
  const [range, setRange] = useState<GridRange | null>(null);
  // The live query: the answer when memory could not give one, and again after every write
  // to events, calendars or colours. Dexie's own subscription is not enough here: an answer
  // from memory subscribes through index keys only, which a changed title does not touch.
  // For an unchanged range it returns the very array memory gave, so its answer arriving
  // after the drawing redraws nothing.
  const [writes, setWrites] = useState(0);
  useEffect(() => onWindowDropped(db, () => setWrites((n) => n + 1)), [db]);
  const live = useLiveQuery(async () => {
    if (!range) return null;
    const occurrences = await loadSharedOccurrences(db, range);
    benchmarkMark('almanac:events-loaded');
    return { key: keyOf(range), occurrences };
  }, [db, range, writes]);

  // The choices the source reads when FullCalendar calls it (outside React's render). Kept
  // current before any layout effect runs: a FullCalendar mounting asks for its first range
  // from its own mount, ahead of this component's layout effects, and an answer thinned for
  // the last render's grid size would be drawn again at once.
  const latest = useRef({ choices, live });
  useInsertionEffect(() => {
    latest.current = { choices, live };
  });
  const drawn = useRef<{
    key: string;
    occurrences: readonly Occurrence[];
    choices: readonly unknown[];
  } | null>(null);
  const waiting = useRef<{ key: string; range: GridRange; success: Success } | null>(null);
  const marks = useRef({ requested: '', rendered: '' });

  // The view of the last answer: one for another view is a calendar mounting (a view switch
  // mounts a new one), whose time grid gets its events once it has settled (see deliver).
  const answered = useRef<string | null>(null);
  const deliver = useCallback(
    (key: string, at: GridRange, occurrences: readonly Occurrence[], success: Success) => {
      drawn.current = { key, occurrences, choices: choiceList(latest.current.choices) };
      const { choices } = latest.current;
      const mounting = answered.current !== at.viewType;
      answered.current = at.viewType;
      if (at.viewType === FULLCALENDAR_VIEWS.month) {
        // The month grid lays its chips out and marks the drawing itself (MonthGrid).
        const thinned = thinMonth(drawableOf(occurrences, choices), at, choices.zone, choices.rows);
        return success({ ...thinned, key, refusal: choices.refusal });
      }
      const inputs = eventInputs(occurrences, at, choices);
      const draw = () => {
        success(inputs);
        // FullCalendar has drawn and laid the events out when the call that asked returns;
        // the mark goes after it, once per range.
        if (marks.current.rendered !== key) {
          marks.current.rendered = key;
          queueMicrotask(() => benchmarkMark('almanac:events-rendered'));
        }
      };
      if (!mounting || !TIME_GRID_DAYS[at.viewType]) return draw();
      // A time grid mounting asks from its own mount, then measures and redraws itself twice
      // before it can place an event (traced: three forced layouts, each with every chip in
      // it). Answered right after the mount, still in the same task and before any paint,
      // the chips are laid out once, into a grid already measured. (The month grid draws
      // its chips in a commit of its own, and is noted as answered all the same: the time
      // grid mounted after it is mounting.)
      queueMicrotask(draw);
    },
    [],
  );

  const ask = useCallback(
    ({ start, end }: { start: Date; end: Date }, success: Success) => {
      const at = { start, end, viewType };
      const key = keyOf(at);
      if (marks.current.requested !== key) {
        marks.current = { requested: key, rendered: '' };
        // The range travels with the mark, so the bench's floor page draws the same one.
        benchmarkMark('almanac:range-requested', {
          start: start.getTime(),
          end: end.getTime(),
          view: viewType,
        });
      }
      waiting.current = null;
      const { live } = latest.current;
      if (live?.key === key) return deliver(key, at, live.occurrences, success);
      const fromMemory = () => {
        const held = heldOccurrences(db, at);
        if (!held) return false;
        // Splits the benchmark's figure into reading (and expanding) and drawing.
        benchmarkMark('almanac:events-loaded');
        deliver(key, at, held, success);
        return true;
      };
      if (fromMemory()) return;
      // FullCalendar keeps what it drew until the window being filled (as the page opens)
      // or the live query answers for this range, whichever comes first.
      const wait = { key, range: at, success };
      waiting.current = wait;
      const { from, to } = paddedRange(at);
      void fillingFor(db, from, to).then((filled) => {
        if (filled && waiting.current === wait && fromMemory()) waiting.current = null;
      });
    },
    [db, viewType, deliver],
  );

  // Ask FullCalendar again when what it drew is out of date: the live query answered for a
  // range memory could not, or answered differently (a write), or a choice changed since the
  // drawing.
  const { zone, hiddenCalendars, declinedEvents, refusal, rows, width } = choices;
  useLayoutEffect(() => {
    const wait = waiting.current;
    if (wait && live?.key === wait.key) {
      waiting.current = null;
      return deliver(wait.key, wait.range, live.occurrences, wait.success);
    }
    const shown = drawn.current;
    if (!shown) return;
    const now = choiceList({ zone, hiddenCalendars, declinedEvents, refusal, rows, width });
    const changed = now.some((value, i) => value !== shown.choices[i]);
    const stale = live && shown.key === live.key && shown.occurrences !== live.occurrences;
    if (stale || (changed && !refusalOnly(shown, now))) {
      calendarRef.current?.refetchEvents();
    } else if (changed) {
      // The calendars were read (as the page opens, after the first drawing) and refuse no
      // event drawn otherwise: the drawing stands. (A write to a calendar drops the event
      // window, so its live query answers anew and the grid is drawn again all the same.)
      drawn.current = { ...shown, choices: now };
    }
  }, [calendarRef, deliver, live, zone, hiddenCalendars, declinedEvents, refusal, rows, width]);

  // The popover lists the day's events from the same answer the grid drew.
  const loaded = useMemo(() => {
    if (!range) return null;
    if (live?.key === keyOf(range)) return live.occurrences;
    return heldOccurrences(db, range);
  }, [db, range, live]);
  const drawable = useMemo(
    () => (loaded ? withDeclined(shownOccurrences(loaded, hiddenCalendars), declinedEvents) : []),
    [loaded, hiddenCalendars, declinedEvents],
  );

  // With a range on screen, read its neighbourhood while the user looks, and again after a
  // write dropped it, so the next "Next" or view switch is answered from memory.
  const isDrawn = loaded !== null;
  useEffect(() => {
    if (!range || !isDrawn) return;
    const from = range.start.getTime();
    const to = range.end.getTime();
    const refill = () => void prefetchAround(db, from, to);
    let cancel = whenIdle(refill);
    const stop = onWindowDropped(db, () => {
      cancel();
      // A sync writes page after page: wait for a pause before reading again.
      cancel = whenIdle(refill, REFILL_AFTER_WRITE_MS);
    });
    return () => {
      stop();
      cancel();
    };
  }, [db, range, isDrawn]);

  const showRange = useCallback((shown: GridRange) => {
    setRange((old) => (old && keyOf(old) === keyOf(shown) ? old : shown));
  }, []);

  // One calendar is mounted per view, so a source answers only in its own view's form.
  const source = ask as GridEvents['source'];
  const monthSource = ask as GridEvents['monthSource'];
  return { source, monthSource, range, showRange, drawable };
}

/**
 * The event inputs of a range: the occurrences of shown calendars, declined ones as
 * Preferences say; a crowded month cell or day column gets what fits and a "+N more" (see
 * month-thinning and time-grid-thinning).
 */
function eventInputs(
  occurrences: readonly Occurrence[],
  range: GridRange,
  choices: GridChoices,
): EventInput[] {
  const { zone, refusal } = choices;
  const shown = drawableOf(occurrences, choices);
  const dayColumns = TIME_GRID_DAYS[range.viewType];
  if (dayColumns) {
    // As many side by side as a day column has room for; the rest behind "+N more".
    const dayWidth = (choices.width - TIME_AXIS_PX) / dayColumns;
    const columns = Math.max(2, Math.floor(dayWidth / MIN_CHIP_PX));
    const thinned = thinTimeGrid(shown, range, zone, columns);
    return [
      ...toEventInputs(thinned.shown, refusal, zone),
      ...thinned.more.map(toTimeGridMoreInput),
    ];
  }
  return toEventInputs(shown, refusal, zone);
}

/** The occurrences of shown calendars, declined ones as Preferences say. */
function drawableOf(occurrences: readonly Occurrence[], choices: GridChoices) {
  return withDeclined(
    shownOccurrences(occurrences, choices.hiddenCalendars),
    choices.declinedEvents,
  );
}

/** What a drawing depends on besides its range and occurrences, to compare by identity. */
function choiceList(choices: GridChoices): readonly unknown[] {
  const { zone, hiddenCalendars, declinedEvents, refusal, rows, width } = choices;
  return [zone, hiddenCalendars, declinedEvents, refusal, rows, width];
}

/** Where the refusal sits in choiceList. */
const REFUSAL_AT = 3;

/**
 * Whether only the refusal changed since `shown` was drawn, and it refuses every occurrence
 * drawn as the one it was drawn with did (a new function from the same calendars, or from
 * calendars read again with the same rights).
 */
function refusalOnly(
  shown: { occurrences: readonly Occurrence[]; choices: readonly unknown[] },
  now: readonly unknown[],
): boolean {
  if (now.some((value, i) => i !== REFUSAL_AT && value !== shown.choices[i])) return false;
  const before = shown.choices[REFUSAL_AT] as GridChoices['refusal'];
  const after = now[REFUSAL_AT] as GridChoices['refusal'];
  return shown.occurrences.every((occ) => before(occ) === after(occ));
}

function keyOf(range: GridRange): string {
  return `${range.viewType}|${range.start.getTime()}|${range.end.getTime()}`;
}

/**
 * Runs `fn` once the page is idle (after `delayMs`), or after IDLE_WAIT_MS at the latest;
 * returns how to call it off.
 */
function whenIdle(fn: () => void, delayMs = 0): () => void {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (window.requestIdleCallback)
      idle = window.requestIdleCallback(fn, { timeout: IDLE_WAIT_MS });
    else fn();
  }, delayMs);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}

/**
 * The longest wait for an idle moment before reading around the range drawn. Chromium may
 * find none for seconds after a big drawing (the week's read-ahead started about 0.9 s after
 * it, the month's not within 1.2 s), and a person clicks Next sooner than that; the read
 * itself runs in IndexedDB, off this thread, but for its answer.
 */
const IDLE_WAIT_MS = 150;

/** How long after a write the window is read again (a sync's pages come in bursts). */
const REFILL_AFTER_WRITE_MS = 300;

// The time grid: the hour labels' column, and the narrowest chip still worth drawing.
const TIME_AXIS_PX = 56;
const MIN_CHIP_PX = 36;
const TIME_GRID_DAYS: Record<string, number | undefined> = { timeGridWeek: 7, timeGridDay: 1 };
