// Month view, drawn by Almanac itself: six week rows of day cells, with the chips the
// thinning kept laid in lanes over them by CSS grid (month-layout.ts places them), so a month
// is one React commit of a few hundred plain elements and one layout. FullCalendar's month
// measured every chip and drew each week row hidden, measured and again: 14 forced layouts
// and 130-170 ms a month on this machine, where the whole click has 100 ms. FullCalendar
// still draws day, week and the agenda; both grids answer the window through a GridHandle.
import { memo, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent, MouseEvent, Ref } from 'react';
import type { DisplayOptions } from '../calendars/display-options';
import { eventLookClasses } from '../calendars/event-looks';
import { useLocale } from '../i18n/LocaleProvider';
import type { ActiveLocale } from '../i18n/active-locale';
import { benchmarkMark } from '../test-hooks';
import type { GridHandle } from './grid-handle';
import type { GridEvents, MonthAnswer } from './useGridEvents';
import type { Span, VisibleRange } from './CalendarView';
import { FULLCALENDAR_VIEWS } from './fullcalendar-views';
import { fixedTooltip } from './event-chips';
import { isoDateIn, occurrenceLabel, todayIn } from './model/display-dates';
import { readableTextOn } from './model/event-inputs';
import { typeRules } from './model/event-types';
import type { MoreEntry } from './model/month-thinning';
import type { Occurrence } from './model/types';
import {
  layoutWeeks,
  monthRange,
  shiftedOccurrence,
  weekColumns,
  type WeekChip,
  type WeekRow,
} from './model/month-layout';
import { useMonthPointer, type Moved } from './useMonthPointer';
import { midnight } from './model/grid-days';
import { weekNumberOf } from './model/week-number';

export interface MonthGridProps {
  handle: Ref<GridHandle>;
  /** The day it opens on (YYYY-MM-DD); later moves come through `handle`. */
  initialDate: string;
  zone: string;
  display: DisplayOptions;
  source: GridEvents['monthSource'];
  /** The range shown, and the day the grid is on, each time either changes. */
  onRange(range: VisibleRange): void;
  /**
   * The day the grid is going to, as it is asked: a view switch in the same click (search's
   * way back) mounts the next grid there before this one has drawn it.
   */
  onDate(date: string): void;
  onLook(occurrence: Occurrence, element: HTMLElement): void;
  onEdit(occurrence: Occurrence): void;
  onSelectSpan(span: Span): void;
  onMove(occurrence: Occurrence, change: Span, revert: () => void): void;
  onMore(day: MoreEntry, at: { x: number; y: number }): void;
}

export function MonthGrid(props: MonthGridProps) {
  const { handle, zone, display, source } = props;
  const locale = useLocale();
  const { firstDay, formats, t } = locale;
  const [date, setDate] = useState(props.initialDate);
  const [answer, setAnswer] = useState<MonthAnswer | null>(null);
  const month = date.slice(0, 7);
  const range = useMemo(() => monthRange(`${month}-01`, firstDay, zone), [month, firstDay, zone]);
  const latest = useRef({ props, date, range });
  useLayoutEffect(() => {
    latest.current = { props, date, range };
  });
  const root = useRef<HTMLDivElement>(null);
  const go = (to: string) => {
    latest.current.props.onDate(to);
    setDate(to);
  };

  useImperativeHandle(
    handle,
    () => ({
      today: () => go(todayIn(zone)),
      gotoDate: (to) => go(dateOf(to, zone)),
      getDate: () => midnight(latest.current.date, zone),
      unselect: () => pointer.unselect(),
      refetchEvents: () => source(latest.current.range, setAnswer),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- pointer.unselect is stable
    [zone, source],
  );

  // A new range asks for its events (from memory, in this task, when they are held).
  useLayoutEffect(() => {
    source(range, setAnswer);
  }, [range, source]);
  useLayoutEffect(() => {
    latest.current.props.onRange({
      start: range.start,
      end: range.end,
      currentStart: range.currentStart,
      currentEnd: range.currentEnd,
      date,
      viewType: FULLCALENDAR_VIEWS.month,
    });
  }, [range, date]);

  // For the benchmark: the range's chips are committed; laid out here (as the floor page
  // lays its own out), once per range.
  const marked = useRef('');
  useLayoutEffect(() => {
    if (!answer || marked.current === answer.key) return;
    marked.current = answer.key;
    void root.current?.offsetHeight;
    benchmarkMark('almanac:events-rendered');
  }, [answer]);

  const byKey = useMemo(
    () => new Map((answer?.shown ?? []).map((occ) => [occ.key, occ])),
    [answer],
  );
  const pointer = useMonthPointer({
    root,
    answer,
    byKey,
    zone,
    onSelectSpan: (span) => latest.current.props.onSelectSpan(span),
    onMove: (occ, span, revert) => latest.current.props.onMove(occ, span, revert),
  });
  const { moved, selection } = pointer;

  const columns = useMemo(
    () => weekColumns(firstDay, display.hideWeekends),
    [firstDay, display.hideWeekends],
  );
  const weeks = useMemo(
    () => layoutWeeks(withMove(answer, moved, zone), range.days, zone, columns),
    [answer, moved, zone, range, columns],
  );

  const chipAt = (target: EventTarget) => {
    const el = (target as Element).closest<HTMLElement>('[data-chip]');
    const occ = el && byKey.get(el.dataset.chip ?? '');
    return occ ? { el, occ } : null;
  };
  const click = (e: MouseEvent) => {
    if (pointer.justDragged()) return;
    const chip = chipAt(e.target);
    if (chip) return props.onLook(chip.occ, chip.el);
    const more = (e.target as Element).closest<HTMLElement>('[data-more]');
    const entry = more && answer?.more.find((m) => m.date === more.dataset.more);
    if (!more || !entry) return;
    const box = more.getBoundingClientRect();
    props.onMore(entry, { x: box.left, y: box.bottom });
  };
  const doubleClick = (e: MouseEvent) => {
    const chip = chipAt(e.target);
    if (chip) props.onEdit(chip.occ);
  };
  const keyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const chip = chipAt(e.target);
    if (!chip) return;
    e.preventDefault();
    props.onLook(chip.occ, chip.el);
  };

  const today = todayIn(zone);
  const numbered = display.showWeekNumbers;
  const style = { '--month-columns': columns.length } as CSSProperties;
  return (
    <div
      ref={root}
      className={`month-grid${numbered ? ' month-grid-numbered' : ''}`}
      style={style}
      onClick={click}
      onDoubleClick={doubleClick}
      onKeyDown={keyDown}
      onPointerDown={pointer.down}
    >
      <div className="month-header">
        {columns.map((weekday) => (
          <div key={weekday} className="month-weekday" data-weekday={WEEKDAYS[weekday]}>
            {formats.weekdayShort(weekday)}
          </div>
        ))}
      </div>
      {weeks.map((week) => (
        <Week
          key={week.days[0]}
          week={week}
          month={month}
          today={today}
          selection={selection}
          weekText={
            numbered ? `${t('grid.weekShort')} ${weekNumberOf(week.days[0]!, firstDay)}` : null
          }
          zone={zone}
          answer={answer}
          declined={display.declinedEvents}
          locale={locale}
        />
      ))}
    </div>
  );
}

interface WeekProps {
  week: WeekRow;
  month: string;
  today: string;
  selection: { from: string; to: string } | null;
  weekText: string | null;
  zone: string;
  answer: MonthAnswer | null;
  declined: DisplayOptions['declinedEvents'];
  locale: ActiveLocale;
}

/** One week row: its day cells, then its chips in lanes over them. */
const Week = memo(function Week(props: WeekProps) {
  const { week, month, today, selection, weekText } = props;
  const [low, high] = selection ? [selection.from, selection.to].sort() : ([null, null] as const);
  return (
    <div className="month-week">
      {weekText && <div className="month-week-number">{weekText}</div>}
      <div className="month-days">
        {week.days.map((day) => {
          let className = 'month-day';
          if (day.slice(0, 7) !== month) className += ' month-day-other';
          if (day === today) className += ' month-day-today';
          if (low && high && day >= low && day <= high) className += ' month-day-selected';
          return (
            <div key={day} className={className} data-date={day}>
              <span className="month-day-number">{Number(day.slice(8))}</span>
            </div>
          );
        })}
      </div>
      <div className="month-chips">
        {week.chips.map((chip) => (
          <Chip key={chip.occurrence.key} chip={chip} {...props} />
        ))}
        {week.more.map(({ column, lane, entry }) => {
          const text = props.locale.t('grid.more', { count: entry.hidden });
          // Named with its day, as FullCalendar's "+N more" was: several show at once.
          const name = [text, entry.date].join(', ');
          return (
            <button
              key={entry.date}
              type="button"
              className="month-more"
              data-more={entry.date}
              aria-label={name}
              style={{ gridColumn: column + 1, gridRow: lane + 1 }}
            >
              {text}
            </button>
          );
        })}
      </div>
    </div>
  );
});

/** A chip: a bar for an all-day or multi-day event, a dot, its time and its title for the others. */
function Chip({ chip, zone, answer, declined, locale }: WeekProps & { chip: WeekChip }) {
  const { occurrence: occ, first, last, lane, bar } = chip;
  const fixed = answer?.refusal(occ) ?? null;
  const rules = typeRules(occ.event);
  let className = `month-chip ${bar ? 'month-bar' : 'month-dot-chip'}`;
  if (!chip.startsHere) className += ' month-chip-continued';
  if (!chip.endsHere) className += ' month-chip-continues';
  if (occ.event.status === 'tentative') className += ' tentative';
  if (fixed) className += ' fixed-event';
  for (const look of eventLookClasses(occ, declined)) className += ` ${look}`;
  const style: CSSProperties = { gridColumn: `${first + 1} / ${last + 2}`, gridRow: lane + 1 };
  if (bar) {
    style.background = occ.color;
    style.borderColor = occ.color;
    style.color = readableTextOn(occ.color);
  }
  const time = !occ.allDay && chip.startsHere ? locale.formats.time(occ.startMs, zone) : null;
  return (
    <div
      role="button"
      tabIndex={0}
      className={className}
      style={style}
      data-chip={occ.key}
      aria-label={occurrenceLabel(occ, zone)}
      title={fixed ? fixedTooltip(fixed) : undefined}
    >
      {!bar && <span className="month-chip-dot" style={{ borderColor: occ.color }} />}
      {time && <span className="month-chip-time">{time}</span>}
      <span className="month-chip-title">
        {rules.label && <span className="event-type-badge">{rules.label}</span>}
        {occ.title || locale.t('event.noTitle')}
      </span>
    </div>
  );
}

/** The answer with a chip being dragged (or just dropped) drawn where it goes. */
function withMove(answer: MonthAnswer | null, moved: Moved | null, zone: string) {
  if (!answer) return { shown: [], more: [] };
  if (!moved || moved.answer !== answer) return answer;
  const shown = answer.shown.map((occ) =>
    occ.key === moved.key ? shiftedOccurrence(occ, moved.days, zone) : occ,
  );
  return { shown, more: answer.more };
}

/** The day an instant or date given to the handle falls on, in the zone. */
function dateOf(to: string | Date, zone: string): string {
  if (typeof to === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(to)) return to;
  return isoDateIn(typeof to === 'string' ? new Date(to) : to, zone);
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
