// The grids: FullCalendar's day, week, month and list views fed from the local database.
// Only the visible range is queried (a live query, so whatever sync or the editor writes
// shows at once), and answered from memory in the task of the click when the event window
// holds it; a crowded month cell or day column gets what fits and a "+N more" (see
// month-thinning and time-grid-thinning), and the two performance marks bracket "range
// asked for" → "its events are on screen" for the benchmark. What each chip shows and says,
// and reading an occurrence back out of it, is event-chips'.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MouseEvent, RefObject } from 'react';
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import listPlugin from '@fullcalendar/list';
import interactionPlugin from '@fullcalendar/interaction';
import luxon3Plugin from '@fullcalendar/luxon3';
import type { DatesSetArg, EventClickArg, EventDropArg } from '@fullcalendar/core';
import type { DateSelectArg } from '@fullcalendar/core';
import type { EventResizeDoneArg } from '@fullcalendar/interaction';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ViewName } from '../../src-preload/settings';
import type { AlmanacDatabase } from '../db/database';
import { heldOccurrences, listCalendars, loadSharedOccurrences } from '../db/queries';
import { onWindowDropped, prefetchAround } from '../db/event-window';
import { benchmarkMark } from '../test-hooks';
import { isoDateIn } from './model/display-dates';
import { thinMonth } from './model/month-thinning';
import type { MoreEntry } from './model/month-thinning';
import type { Occurrence } from './model/types';
import { toEventInputs, toMoreInput, toTimeGridMoreInput } from './model/event-inputs';
import { thinTimeGrid } from './model/time-grid-thinning';
import { eventTimeText } from './model/event-time-text';
import { changeRefusal } from '../../src-preload/model/calendar-access';
import { shownOccurrences } from '../calendars/visibility';
import { withDeclined } from '../calendars/event-looks';
import { useDisplayOptions, type DisplayOptions } from '../calendars/display-options';
import { DayPopover } from '../calendars/DayPopover';
import { FULLCALENDAR_VIEWS, CUSTOM_VIEWS } from './fullcalendar-views';
import {
  allowDrop,
  eventDidMount,
  moreOf,
  occurrenceOf,
  renderEventContent,
  spanOf,
} from './event-chips';
import { useGridSize } from './useGridSize';
import { useLocale } from '../i18n/LocaleProvider';
import { refusalTextOf } from '../i18n/refusal-words';

/** A span on the grid in Occurrence format: ISO instants, or dates with the end exclusive. */
export interface Span {
  start: string;
  end: string;
  allDay: boolean;
}

export interface VisibleRange {
  /** What the grid covers, including leading and trailing days of other months. */
  start: Date;
  end: Date;
  /** What the view is "about" (the month in month view), for the title and mini month. */
  currentStart: Date;
  currentEnd: Date;
  /** The day the view is on (YYYY-MM-DD, in the grid's zone): today until the user moves. */
  date: string;
  title: string;
  /** FullCalendar's view that drew it, so its title is worded for that view. */
  viewType: string;
}

export interface CalendarViewProps {
  db: AlmanacDatabase;
  calendarRef: RefObject<FullCalendar | null>;
  view: ViewName;
  /** Where the view opens (YYYY-MM-DD); later navigation goes through calendarRef. */
  initialDate?: string;
  zone: string;
  /** Calendars whose events are not drawn (the sidebar's unticked ones). */
  hiddenCalendars: ReadonlySet<string>;
  /** Preferences → Display. */
  display: DisplayOptions;
  onRangeChange(range: VisibleRange): void;
  /** A click or Enter on an event (or an event in the "+N more" popover) at `element`. */
  onLook(occurrence: Occurrence, element: HTMLElement): void;
  /** A double-click on an event: straight to the editor. */
  onEdit(occurrence: Occurrence): void;
  onSelectSpan(span: Span): void;
  /** "Show the day" in the "+N more" popover: that day (YYYY-MM-DD) in Day view. */
  onShowDay(date: string): void;
  /** A drag or resize ended; call `revert` to put the event back (cancel or failure). */
  onMove(occurrence: Occurrence, change: Span, revert: () => void): void;
}

const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin, luxon3Plugin];

export function CalendarView(props: CalendarViewProps) {
  const { db, calendarRef, view, initialDate, zone, hiddenCalendars, display } = props;
  // The locale's words and dates, its first day of the week and its 12- or 24-hour clock.
  const { locale, firstDay, formats, direction, t } = useLocale();
  // One object per locale, so FullCalendar re-reads its options only when the locale changes.
  const localeOptions = useMemo(
    () => ({
      locale,
      direction,
      firstDay,
      allDayText: t('grid.allDay'),
      moreLinkText: (count: number) => t('grid.more', { count }),
      weekText: t('grid.weekShort'),
      weekTextLong: t('grid.week'),
      slotLabelFormat: formats.timeOptions,
      noEventsContent: t('grid.nothingPlanned'),
    }),
    [locale, direction, firstDay, formats, t],
  );
  const { declinedEvents } = display;
  // FullCalendar reads its initial date once; later navigation goes through calendarRef.
  const [startDate] = useState(initialDate);
  const currentDate = useRef(startDate);
  const [range, setRange] = useState<{ start: Date; end: Date; viewType: string } | null>(null);
  const gridSize = useGridSize();

  // The range's occurrences from memory when the event window holds them, so the new range
  // is drawn in the task of the click instead of after a round trip to IndexedDB.
  const held = useMemo(() => {
    if (!range) return null;
    const occurrences = heldOccurrences(db, range);
    // Splits the benchmark's figure into reading (and expanding) and drawing.
    if (occurrences) benchmarkMark('almanac:events-loaded');
    return occurrences;
  }, [db, range]);
  // The live query runs either way: it answers when memory could not, and again after every
  // write to events, calendars or colours (in any tab). Dexie's own subscription is not
  // enough here: an answer from memory subscribes through index keys only, which a changed
  // title does not touch. For an unchanged range it returns the very array memory gave, so
  // its answer arriving after the drawing redraws nothing.
  const [writes, setWrites] = useState(0);
  useEffect(() => onWindowDropped(db, () => setWrites((n) => n + 1)), [db]);
  const live = useLiveQuery(async () => {
    if (!range) return null;
    const occurrences = await loadSharedOccurrences(db, range);
    benchmarkMark('almanac:events-loaded');
    return { range, occurrences };
  }, [db, range, writes]);
  // The query answers with the range it was asked for, so a stale answer (the previous
  // month, while the next one loads) is never mistaken for the new range being rendered.
  const loaded = live && live.range === range ? live.occurrences : held;
  const calendars = useLiveQuery(() => listCalendars(db), [db]);
  const refusal = useMemo(() => {
    const byId = new Map((calendars ?? []).map((c) => [c.id, c]));
    return (occ: Occurrence) => {
      const calendar = byId.get(occ.event.calendarId);
      return calendar ? refusalTextOf(changeRefusal(occ.event, calendar)) : null;
    };
  }, [calendars]);

  // What is drawn: the loaded occurrences of shown calendars, declined ones as Preferences say.
  const drawable = useMemo(
    () => (loaded ? withDeclined(shownOccurrences(loaded, hiddenCalendars), declinedEvents) : []),
    [loaded, hiddenCalendars, declinedEvents],
  );
  const [more, setMore] = useState<{ day: MoreEntry; at: { x: number; y: number } } | null>(null);

  const events = useMemo(() => {
    // Until the new range's answer arrives, draw nothing rather than the old range's events:
    // laying out a week's worth of events in a month grid (unthinned) costs more than waiting.
    if (!loaded || !range) return [];
    // A view switch drops the old view's events first, so FullCalendar builds the new grid
    // empty instead of laying the week's events out in a month (and then throwing them away).
    if (range.viewType !== FULLCALENDAR_VIEWS[view]) return [];
    // Hiding a calendar filters what is loaded already: no new read, so the tick is instant.
    const occurrences = drawable;
    const dayColumns = TIME_GRID_DAYS[range.viewType];
    if (dayColumns) {
      // As many side by side as a day column has room for; the rest behind "+N more".
      const dayWidth = (gridSize.width - TIME_AXIS_PX) / dayColumns;
      const columns = Math.max(2, Math.floor(dayWidth / MIN_CHIP_PX));
      const { shown, more } = thinTimeGrid(occurrences, range, zone, columns);
      return [...toEventInputs(shown, refusal, zone), ...more.map(toTimeGridMoreInput)];
    }
    if (range.viewType !== 'dayGridMonth') return toEventInputs(occurrences, refusal, zone);
    const { shown, more } = thinMonth(occurrences, range, zone, gridSize.rows);
    return [...toEventInputs(shown, refusal, zone), ...more.map(toMoreInput)];
  }, [loaded, range, view, refusal, zone, gridSize.rows, gridSize.width, drawable]);

  const closeMore = useCallback(() => setMore(null), []);
  const shownDay = range ? isoDateIn(range.start, zone) : undefined;
  const looks = useDisplayOptions(display, zone, shownDay);

  // Handlers read the latest props through a ref, so FullCalendar gets stable callbacks and
  // does not re-process its options on every render.
  const latest = useRef({ props });
  useEffect(() => {
    latest.current = { props };
  });

  const rangeRef = useRef<{ start: Date; end: Date; viewType: string } | null>(null);
  const marked = useRef<unknown>(null);
  useEffect(() => {
    // FullCalendar renders synchronously when its props change, and this effect runs after
    // the child's update, so the events of `range` are in the DOM now.
    if (loaded && range && marked.current !== range) {
      marked.current = range;
      benchmarkMark('almanac:events-rendered');
    }
  }, [loaded, range]);
  // With a range on screen, read its neighbourhood while the user looks, and again after a
  // write dropped it, so the next "Next" or view switch is answered from memory.
  const drawn = loaded !== null;
  useEffect(() => {
    if (!range || !drawn) return;
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
  }, [db, range, drawn]);

  // For the benchmark: a calendar shown or hidden is on screen once this effect runs.
  const drawnHidden = useRef(hiddenCalendars);
  useEffect(() => {
    if (drawnHidden.current === hiddenCalendars) return;
    drawnHidden.current = hiddenCalendars;
    benchmarkMark('almanac:visibility-drawn');
  }, [hiddenCalendars, events]);

  const datesSet = useCallback((info: DatesSetArg) => {
    // Where the next view (a new FullCalendar, see below) opens: the date this one is on.
    currentDate.current = info.view.calendar.formatIso(info.view.calendar.getDate(), true);
    const previous = rangeRef.current;
    if (
      !previous ||
      previous.start.getTime() !== info.start.getTime() ||
      previous.end.getTime() !== info.end.getTime() ||
      previous.viewType !== info.view.type
    ) {
      // Marked here, not in a state updater, which React may run more than once.
      // The range travels with the mark, so the bench's floor page draws the same one.
      benchmarkMark('almanac:range-requested', {
        start: info.start.getTime(),
        end: info.end.getTime(),
        view: info.view.type,
      });
      rangeRef.current = { start: info.start, end: info.end, viewType: info.view.type };
      setRange(rangeRef.current);
    }
    latest.current.props.onRangeChange({
      start: info.start,
      end: info.end,
      currentStart: info.view.currentStart,
      currentEnd: info.view.currentEnd,
      date: currentDate.current,
      title: info.view.title,
      viewType: info.view.type,
    });
  }, []);

  const eventClick = useCallback((info: EventClickArg) => {
    info.jsEvent.preventDefault();
    const more = moreOf(info.event);
    if (more) {
      // A month day lists its events in a popover; a crowded hour in Day or Week opens the
      // day, where the whole cluster fits side by side.
      if (info.view.type !== 'dayGridMonth') return latest.current.props.onShowDay(more.date);
      const box = info.el.getBoundingClientRect();
      return setMore({ day: more, at: { x: box.left, y: box.bottom } });
    }
    const occurrence = occurrenceOf(info.event);
    if (!occurrence) return;
    clicked.current = occurrence;
    latest.current.props.onLook(occurrence, focusableChip(info.el));
  }, []);
  // The second click of a double-click is a click too (the look opens again), then the
  // editor opens on the event both clicks were on.
  const clicked = useRef<Occurrence | null>(null);
  const doubleClick = useCallback((e: MouseEvent) => {
    const chip = (e.target as Element).closest('.fc-event');
    if (!chip || chip.classList.contains('almanac-more') || !clicked.current) return;
    latest.current.props.onEdit(clicked.current);
  }, []);

  const select = useCallback(
    (info: DateSelectArg) => {
      calendarRef.current?.getApi().unselect();
      let span: Span = info.allDay
        ? { start: info.startStr.slice(0, 10), end: info.endStr.slice(0, 10), allDay: true }
        : { start: info.start.toISOString(), end: info.end.toISOString(), allDay: false };
      // A click selects one half-hour slot; Google makes that an event of the default length.
      if (!info.allDay && info.end.getTime() - info.start.getTime() <= 30 * 60_000) {
        const minutes = latest.current.props.display.defaultEventMinutes;
        span = { ...span, end: new Date(info.start.getTime() + minutes * 60_000).toISOString() };
      }
      latest.current.props.onSelectSpan(span);
    },
    [calendarRef],
  );

  const moved = useCallback((info: EventDropArg | EventResizeDoneArg) => {
    const occurrence = occurrenceOf(info.event);
    if (!occurrence) return info.revert();
    latest.current.props.onMove(occurrence, spanOf(info.event), info.revert);
  }, []);

  return (
    <div className="calendar-view" ref={gridSize.ref} onDoubleClick={doubleClick}>
      <FullCalendar
        // A view switch mounts a fresh calendar rather than calling changeView: taking
        // hundreds of events out of a time grid costs FullCalendar far more than starting over.
        key={FULLCALENDAR_VIEWS[view]}
        ref={calendarRef}
        plugins={PLUGINS}
        views={CUSTOM_VIEWS}
        initialView={FULLCALENDAR_VIEWS[view]}
        initialDate={currentDate.current}
        timeZone={zone}
        {...localeOptions}
        {...looks}
        headerToolbar={false}
        height="100%"
        events={events}
        editable
        selectable
        selectMirror
        dayMaxEvents
        // Events at the same time sit side by side, not over each other, so every chip of a
        // busy hour (and its "+N more") can be read and clicked.
        slotEventOverlap={false}
        nowIndicator
        forceEventDuration
        eventInteractive
        scrollTime="08:00:00"
        eventTimeFormat={eventTimeText}
        datesSet={datesSet}
        eventContent={renderEventContent}
        eventAllow={allowDrop}
        eventDidMount={eventDidMount}
        eventClick={eventClick}
        select={select}
        eventDrop={moved}
        eventResize={moved}
      />
      {more && (
        <DayPopover
          day={more.day}
          occurrences={drawable}
          zone={zone}
          at={more.at}
          onOpen={(occurrence, element) => {
            // The look takes the day's place, beside where the event was listed.
            setMore(null);
            props.onLook(occurrence, element);
          }}
          onShowDay={(date) => {
            setMore(null);
            props.onShowDay(date);
          }}
          onClose={closeMore}
        />
      )}
    </div>
  );
}

/** The part of a chip that takes focus (in the agenda, the title link inside the row). */
function focusableChip(element: HTMLElement): HTMLElement {
  if (element.matches('[role="button"]')) return element;
  return element.querySelector<HTMLElement>('[role="button"]') ?? element;
}

/** Runs `fn` once the page is idle (after `delayMs`); returns how to call it off. */
function whenIdle(fn: () => void, delayMs = 0): () => void {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (window.requestIdleCallback) idle = window.requestIdleCallback(fn, { timeout: 2000 });
    else fn();
  }, delayMs);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}

/** How long after a write the window is read again (a sync's pages come in bursts). */
const REFILL_AFTER_WRITE_MS = 300;

// The time grid: the hour labels' column, and the narrowest chip still worth drawing.
const TIME_AXIS_PX = 56;
const MIN_CHIP_PX = 36;
const TIME_GRID_DAYS: Record<string, number | undefined> = { timeGridWeek: 7, timeGridDay: 1 };
