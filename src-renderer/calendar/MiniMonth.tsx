// The small month beside the grid for jumping to a date. It shows the month of the date the
// main view is on until the user pages it, highlights the days the main view shows, and
// keeps a single tab stop (arrow keys move between days) so it does not swallow Tab presses.
import { useEffect, useMemo, useRef, useState } from 'react';
import { DateTime } from 'luxon';
import { EARLIER, LATER } from '../glyphs';
import { useLocale } from '../i18n/LocaleProvider';

export interface MiniMonthProps {
  /** YYYY-MM-DD the main view is on. */
  anchor: string;
  /** The days the main view shows, end exclusive (YYYY-MM-DD). */
  shown: { start: string; end: string };
  today: string;
  /** 0 = Sunday … 6 = Saturday: the locale's or the setting's. */
  weekStartsOn: number;
  onPick(date: string): void;
}

export function MiniMonth({ anchor, shown, today, weekStartsOn, onPick }: MiniMonthProps) {
  const [month, setMonth] = useState(() => anchor.slice(0, 7));
  const [focusDay, setFocusDay] = useState(anchor);
  const gridRef = useRef<HTMLDivElement>(null);
  const wantFocus = useRef(false);
  const { formats, t } = useLocale();

  // Follow the main view whenever it moves. (The paging buttons are named "Earlier" and
  // "Later": names containing "month" or "next" would collide with the toolbar's buttons for
  // anyone finding buttons by name.)
  useEffect(() => {
    setMonth(anchor.slice(0, 7));
    setFocusDay(anchor);
  }, [anchor]);

  const days = useMemo(() => monthGrid(month, weekStartsOn), [month, weekStartsOn]);
  const weekdays = useMemo(
    () => days.slice(0, 7).map((d) => formats.weekdayNarrow(d)),
    [days, formats],
  );
  const monthTitle = formats.monthYear(`${month}-01`);
  const tabStop = days.includes(focusDay) ? focusDay : `${month}-01`;

  useEffect(() => {
    if (!wantFocus.current) return;
    wantFocus.current = false;
    gridRef.current?.querySelector<HTMLElement>(`[data-day="${tabStop}"]`)?.focus();
  }, [tabStop]);

  const page = (months: number) =>
    setMonth(DateTime.fromISO(`${month}-01`).plus({ months }).toFormat('yyyy-MM'));

  const moveFocus = (days: number) => {
    const next = DateTime.fromISO(tabStop).plus({ days }).toISODate() ?? tabStop;
    wantFocus.current = true;
    setFocusDay(next);
    if (next.slice(0, 7) !== month) setMonth(next.slice(0, 7));
  };

  return (
    <section className="mini-month" aria-label={t('miniMonth.name')}>
      <div className="mini-month-header">
        <span className="mini-month-title">{monthTitle}</span>
        <button
          type="button"
          className="icon-button small"
          aria-label={t('miniMonth.earlier')}
          title={t('miniMonth.earlier.hint')}
          onClick={() => page(-1)}
        >
          {EARLIER}
        </button>
        <button
          type="button"
          className="icon-button small"
          aria-label={t('miniMonth.later')}
          title={t('miniMonth.later.hint')}
          onClick={() => page(1)}
        >
          {LATER}
        </button>
      </div>
      <div
        className="mini-month-grid"
        ref={gridRef}
        onKeyDown={(event) => {
          const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[event.key];
          if (step) {
            event.preventDefault();
            moveFocus(step);
          }
        }}
      >
        {weekdays.map((name, i) => (
          <span key={i} className="mini-month-weekday" aria-hidden="true">
            {name}
          </span>
        ))}
        {days.map((day) => {
          const classes = ['mini-day'];
          if (day.slice(0, 7) !== month) classes.push('outside');
          if (day >= shown.start && day < shown.end) classes.push('shown');
          if (day === today) classes.push('today');
          return (
            <button
              key={day}
              type="button"
              data-day={day}
              className={classes.join(' ')}
              tabIndex={day === tabStop ? 0 : -1}
              aria-label={formats.dateLong(day)}
              aria-current={day === today ? 'date' : undefined}
              onClick={() => {
                setFocusDay(day);
                onPick(day);
              }}
            >
              {Number(day.slice(8))}
            </button>
          );
        })}
      </div>
    </section>
  );
}

/** Six weeks of YYYY-MM-DD dates covering the month, starting on the user's first weekday. */
function monthGrid(month: string, weekStartsOn: number): string[] {
  const first = DateTime.fromISO(`${month}-01`);
  // luxon weekdays are 1 (Monday) … 7 (Sunday); settings use 0 (Sunday) … 6.
  const offset = ((first.weekday % 7) - weekStartsOn + 7) % 7;
  const start = first.minus({ days: offset });
  return Array.from({ length: 42 }, (_, i) => start.plus({ days: i }).toISODate() ?? '');
}
