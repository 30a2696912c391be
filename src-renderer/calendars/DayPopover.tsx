// Month view's "+N more": a popover with every event of that day, as Google Calendar opens
// one, instead of leaving the month. Each event opens its quick look, as a click on the grid
// does; "Show the day" still goes to Day view. Escape or a click elsewhere closes it.
import { useEffect, useMemo, useRef } from 'react';
import { useClickOutside } from '../calendar/useClickOutside';
import { useLocale } from '../i18n/LocaleProvider';
import type { ActiveLocale } from '../i18n/active-locale';
import type { Occurrence } from '../calendar/model/types';
import type { MoreEntry } from '../calendar/model/month-thinning';

export interface DayPopoverProps {
  day: MoreEntry;
  /** Every occurrence drawn in the month; the popover picks the day's. */
  occurrences: readonly Occurrence[];
  zone: string;
  /** Where the "+N more" entry was, in the window. */
  at: { x: number; y: number };
  /** An event of the list, clicked at `element`. */
  onOpen(occurrence: Occurrence, element: HTMLElement): void;
  onShowDay(date: string): void;
  onClose(): void;
}

export function DayPopover(props: DayPopoverProps) {
  const { day, occurrences, zone, at, onOpen, onShowDay, onClose } = props;
  const ref = useRef<HTMLDivElement>(null);
  const list = useMemo(() => occurrencesOn(day, occurrences), [day, occurrences]);
  const { formats, t } = useLocale();
  const title = formats.dayLong(day.date);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('button')?.focus();
  }, [onClose]);
  useClickOutside(ref, onClose);

  return (
    <div
      ref={ref}
      role="dialog"
      aria-label={t('dayPopover.name', { day: title })}
      className="day-popover"
      style={{
        left: Math.min(at.x, window.innerWidth - 280),
        top: Math.min(at.y, window.innerHeight - 320),
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="day-popover-head">
        <h2>{title}</h2>
        <button type="button" className="link-button" onClick={() => onShowDay(day.date)}>
          {t('dayPopover.showDay')}
        </button>
      </div>
      <ul>
        {list.map((occurrence) => (
          <li key={occurrence.key}>
            <button
              type="button"
              className="day-popover-event"
              onClick={(e) => onOpen(occurrence, e.currentTarget)}
            >
              <span className="calendar-swatch" style={{ background: occurrence.color }} />
              <span className="day-popover-time">{timeOf(occurrence, zone, formats, t)}</span>
              <span>{occurrence.title || t('event.noTitle')}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The occurrences touching the day: all-day ones by date (end exclusive), timed ones by instant. */
export function occurrencesOn(day: MoreEntry, occurrences: readonly Occurrence[]): Occurrence[] {
  return occurrences.filter((o) =>
    o.allDay
      ? o.start <= day.date && o.end > day.date
      : Date.parse(o.start) < day.dayEndMs && Date.parse(o.end) > day.dayStartMs,
  );
}

function timeOf(
  occurrence: Occurrence,
  zone: string,
  formats: ActiveLocale['formats'],
  t: ActiveLocale['t'],
): string {
  if (occurrence.allDay) return t('dayPopover.allDay');
  return formats.time(Date.parse(occurrence.start), zone);
}
