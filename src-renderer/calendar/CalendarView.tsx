// The grids: FullCalendar's day, week and list views, and the month grid of our own
// (MonthGrid), fed from the local database. Which events a range shows, and when a grid is
// asked to draw them again, is useGridEvents'; what each FullCalendar chip shows and says,
// and reading an occurrence back out of it, is event-chips'. This component wires them to
// the window's actions; the window moves either grid through one GridHandle.
import {
  memo,
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ComponentProps, MouseEvent, Ref, RefObject } from 'react';
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
import { listCalendars } from '../db/queries';
import { benchmarkMark } from '../test-hooks';
import { isoDateIn } from './model/display-dates';
import type { MoreEntry } from './model/month-thinning';
import type { Occurrence } from './model/types';
import { eventTimeText, slotLabelText, unusedRangeTitle } from './model/event-time-text';
import { changeRefusal } from '../../src-preload/model/calendar-access';
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
import { useGridEvents } from './useGridEvents';
import { fullCalendarHandle, type GridHandle } from './grid-handle';
import { MonthGrid } from './MonthGrid';
import { useLocale } from '../i18n/LocaleProvider';
import { refusalTextOf } from '../i18n/refusal-words';
import type { ActiveLocale } from '../i18n/active-locale';

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
  /** The view that drew it (FULLCALENDAR_VIEWS), so its title is worded for that view. */
  viewType: string;
}

export interface CalendarViewProps {
  db: AlmanacDatabase;
  /** The grid on screen, for the window to move it. */
  calendarRef: RefObject<GridHandle | null>;
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
      moreLinkText: moreLinkText(t),
      weekText: t('grid.weekShort'),
      weekTextLong: t('grid.week'),
      noEventsContent: t('grid.nothingPlanned'),
      slotLabelFormat: slotLabelText(formats),
    }),
    [locale, direction, firstDay, formats, t],
  );
  // FullCalendar reads its initial date once; later navigation goes through calendarRef.
  const [startDate] = useState(initialDate);
  const currentDate = useRef(startDate);
  // The date the mounted calendar opened on, fixed for its life: FullCalendar's React
  // wrapper hands every prop over again on each render, and a changed option (this one moved
  // with every "Next") has it process all its options and draw the range once more.
  const [opened, setOpened] = useState({ view, date: startDate });
  if (opened.view !== view) setOpened({ view, date: currentDate.current });
  const openedOn = opened.view === view ? opened.date : currentDate.current;
  const gridSize = useGridSize();
  const calendars = useLiveQuery(() => listCalendars(db), [db]);
  const refusal = useMemo(() => {
    const byId = new Map((calendars ?? []).map((c) => [c.id, c]));
    return (occ: Occurrence) => {
      const calendar = byId.get(occ.event.calendarId);
      return calendar ? refusalTextOf(changeRefusal(occ.event, calendar)) : null;
    };
  }, [calendars]);
  const grid = useGridEvents(db, calendarRef, FULLCALENDAR_VIEWS[view], {
    zone,
    hiddenCalendars,
    declinedEvents: display.declinedEvents,
    refusal,
    rows: gridSize.rows,
    width: gridSize.width,
  });
  const [more, setMore] = useState<{ day: MoreEntry; at: { x: number; y: number } } | null>(null);

  const closeMore = useCallback(() => setMore(null), []);
  const shownDay = grid.range ? isoDateIn(grid.range.start, zone) : undefined;
  const looks = useDisplayOptions(display, zone, firstDay, shownDay);

  // Handlers read the latest props through a ref, so FullCalendar gets stable callbacks and
  // does not re-process its options on every render.
  const latest = useRef({ props });
  useEffect(() => {
    latest.current = { props };
  });

  // For the benchmark: a calendar shown or hidden is on screen once this effect runs (the
  // grid redraws in the layout phase, see useGridEvents).
  const drawnHidden = useRef(hiddenCalendars);
  useEffect(() => {
    if (drawnHidden.current === hiddenCalendars) return;
    drawnHidden.current = hiddenCalendars;
    benchmarkMark('almanac:visibility-drawn');
  }, [hiddenCalendars]);

  const { showRange } = grid;
  // The month grid reports its range and the day it is on itself.
  const monthRangeShown = useCallback(
    (range: VisibleRange) => {
      currentDate.current = range.date;
      showRange({ start: range.start, end: range.end, viewType: range.viewType });
      latest.current.props.onRangeChange(range);
    },
    [showRange],
  );
  const goingTo = useCallback((date: string) => {
    currentDate.current = date;
  }, []);
  // "Show the day": the day view opens on that day (a new grid, mounted where this one is).
  const showDay = useCallback((date: string) => {
    currentDate.current = date;
    latest.current.props.onShowDay(date);
  }, []);
  const openMore = useCallback(
    (day: MoreEntry, at: { x: number; y: number }) => setMore({ day, at }),
    [],
  );

  const datesSet = useCallback(
    (info: DatesSetArg) => {
      // Where the next view (a new FullCalendar, see below) opens: the date this one is on.
      currentDate.current = info.view.calendar.formatIso(info.view.calendar.getDate(), true);
      showRange({ start: info.start, end: info.end, viewType: info.view.type });
      latest.current.props.onRangeChange({
        start: info.start,
        end: info.end,
        currentStart: info.view.currentStart,
        currentEnd: info.view.currentEnd,
        date: currentDate.current,
        viewType: info.view.type,
      });
    },
    [showRange],
  );

  const eventClick = useCallback(
    (info: EventClickArg) => {
      info.jsEvent.preventDefault();
      const more = moreOf(info.event);
      // A crowded hour in Day or Week opens the day, where the whole cluster fits side by side.
      if (more) return showDay(more.date);
      const occurrence = occurrenceOf(info.event);
      if (!occurrence) return;
      clicked.current = occurrence;
      latest.current.props.onLook(occurrence, focusableChip(info.el));
    },
    [showDay],
  );
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
      calendarRef.current?.unselect();
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
      {/* Mounted once the box is measured, so the first range is drawn once, for its size. */}
      {gridSize.measured && view === 'month' && (
        <MonthGrid
          handle={calendarRef}
          initialDate={openedOn ?? currentDate.current ?? isoDateIn(new Date(), zone)}
          zone={zone}
          display={display}
          source={grid.monthSource}
          onRange={monthRangeShown}
          onDate={goingTo}
          onLook={props.onLook}
          onEdit={props.onEdit}
          onSelectSpan={props.onSelectSpan}
          onMove={props.onMove}
          onMore={openMore}
        />
      )}
      {gridSize.measured && view !== 'month' && (
        <Grid
          // A view switch mounts a fresh calendar rather than calling changeView: taking
          // hundreds of events out of a time grid costs FullCalendar far more than starting over.
          key={FULLCALENDAR_VIEWS[view]}
          handle={calendarRef}
          plugins={PLUGINS}
          views={CUSTOM_VIEWS}
          initialView={FULLCALENDAR_VIEWS[view]}
          initialDate={openedOn}
          timeZone={zone}
          {...localeOptions}
          {...looks}
          headerToolbar={false}
          height="100%"
          events={grid.source}
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
          titleFormat={unusedRangeTitle}
          datesSet={datesSet}
          eventContent={renderEventContent}
          eventAllow={allowDrop}
          eventDidMount={eventDidMount}
          eventClick={eventClick}
          select={select}
          eventDrop={moved}
          eventResize={moved}
        />
      )}
      {more && (
        <DayPopover
          day={more.day}
          occurrences={grid.drawable}
          zone={zone}
          at={more.at}
          onOpen={(occurrence, element) => {
            // The look takes the day's place, beside where the event was listed.
            setMore(null);
            props.onLook(occurrence, element);
          }}
          onShowDay={(date) => {
            setMore(null);
            showDay(date);
          }}
          onClose={closeMore}
        />
      )}
    </div>
  );
}

/**
 * FullCalendar, drawn again only when one of its options changes. Its React wrapper hands
 * every option over again on each render, and FullCalendar then re-processes them all and
 * redraws the whole calendar, events included, even when none changed (traced: 9-23 ms after
 * each view switch, as the window re-renders for the new range's title). Every option given
 * here is a constant or memoized, so this compares them by identity.
 */
const Grid = memo(function Grid({
  handle,
  ...options
}: ComponentProps<typeof FullCalendar> & { handle: Ref<GridHandle> }) {
  const calendar = useRef<FullCalendar | null>(null);
  useImperativeHandle(handle, () => fullCalendarHandle(calendar), []);
  return <FullCalendar ref={calendar} {...options} />;
});

/**
 * FullCalendar's own "+N more" link text. It asks for every day cell on every drawing, with 0
 * where nothing is hidden (and then shows nothing), and the grid thins crowded days itself;
 * so the words are written only for a count that shows, once per count.
 */
function moreLinkText(t: ActiveLocale['t']): (count: number) => string {
  const written = new Map<number, string>();
  return (count) => {
    if (count === 0) return '';
    let text = written.get(count);
    if (text === undefined) written.set(count, (text = t('grid.more', { count })));
    return text;
  };
}

/** The part of a chip that takes focus (in the agenda, the title link inside the row). */
function focusableChip(element: HTMLElement): HTMLElement {
  if (element.matches('[role="button"]')) return element;
  return element.querySelector<HTMLElement>('[role="button"]') ?? element;
}
