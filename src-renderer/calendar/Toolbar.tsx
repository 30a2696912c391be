// The bar above the grid: navigation, the range title, the view switch and the two actions.
// FullCalendar's own header is hidden so every control here has exactly the accessible name
// later tests and screen-reader users rely on ("Today", "Previous", "Week", "New event"...).
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { ViewName } from '../../src-preload/settings';

export interface ToolbarProps {
  title: string;
  view: ViewName;
  onToday(): void;
  onPrevious(): void;
  onNext(): void;
  onView(view: ViewName): void;
  onNewEvent(): void;
  onPreferences(): void;
  /** The Google sync control, drawn before "New event". */
  sync?: ReactNode;
  /** The search field, drawn before the view switch. */
  search?: ReactNode;
}

export const VIEW_LABELS: Record<ViewName, { label: string; key: string }> = {
  day: { label: 'Day', key: 'd' },
  week: { label: 'Week', key: 'w' },
  month: { label: 'Month', key: 'm' },
  agenda: { label: 'Agenda', key: 'a' },
};

export function Toolbar({
  title,
  view,
  onToday,
  onPrevious,
  onNext,
  onView,
  onNewEvent,
  onPreferences,
  sync,
  search,
}: ToolbarProps) {
  // A narrow window shortens the month names ("Dec 4, 2026"), and a title that still does not
  // fit its room gets shorter still; the full title is the tooltip.
  const narrow = useNarrow(NARROW_QUERY);
  const fitted = useFittingTitle(title, narrow);
  return (
    <header className="toolbar">
      <div className="toolbar-group">
        <button type="button" className="button" onClick={onToday} title="Today (t)">
          Today
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={onPrevious}
          aria-label="Previous"
          title="Previous (k or p)"
        >
          <Chevron direction="left" />
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={onNext}
          aria-label="Next"
          title="Next (j or n)"
        >
          <Chevron direction="right" />
        </button>
        <h1 className="range-title" aria-live="polite" title={title} ref={fitted.ref}>
          {fitted.text}
        </h1>
      </div>
      <div className="toolbar-group">
        {search}
        <div className="segmented" role="group" aria-label="View">
          {(Object.keys(VIEW_LABELS) as ViewName[]).map((name) => (
            <button
              key={name}
              type="button"
              className="segment"
              aria-pressed={view === name}
              onClick={() => onView(name)}
              title={`${VIEW_LABELS[name].label} (${VIEW_LABELS[name].key})`}
            >
              {VIEW_LABELS[name].label}
            </button>
          ))}
        </div>
        {sync}
        <button
          type="button"
          className="button primary"
          onClick={onNewEvent}
          title="New event (c)"
          aria-label="New event"
        >
          <span className="label-full">New event</span>
          <span className="label-short">New</span>
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={onPreferences}
          aria-label="Preferences"
          title="Preferences"
        >
          <GearIcon />
        </button>
      </div>
    </header>
  );
}

const NARROW_QUERY = '(max-width: 1100px)';
const MONTHS =
  /\b(January|February|March|April|June|July|August|September|October|November|December)\b/g;

const LONG_MONTH = new RegExp(MONTHS.source);

/** A range across two years, as FullCalendar titles it: "Dec 28, 2026 – Jan 3, 2027". */
const ACROSS_YEARS = /^(.+ \d{1,2}), \d{4}(\s[–-]\s)(.+ \d{1,2}, \d{4})$/;

/**
 * The range title from longest to shortest, each form different: as FullCalendar wrote it,
 * with month names cut to three letters ("December 2026" → "Dec 2026"), a range across two
 * years with only its last year ("Dec 28 – Jan 3, 2027"), and, last, a range of days as its
 * months, as Google Calendar titles a week ("Dec – Jan 2027", "Jun 2026").
 */
export function titleForms(title: string): string[] {
  const months = title.replace(MONTHS, (month) => month.slice(0, 3));
  const oneYear = months.replace(ACROSS_YEARS, '$1$2$3');
  return [...new Set([title, months, oneYear, monthsOnly(oneYear) ?? oneYear])];
}

/**
 * The longest form of the title that fits the heading (a narrow window starts from the short
 * month names). The heading takes the room the toolbar leaves, whatever its text, so
 * choosing a form never changes the room it is chosen for; it is chosen again when the room
 * changes (the window, the sync status beside it).
 */
function useFittingTitle(title: string, narrow: boolean) {
  const ref = useRef<HTMLHeadingElement>(null);
  const forms = useMemo(
    // A narrow window never shows the long month names.
    () => titleForms(title).filter((form) => !narrow || !LONG_MONTH.test(form)),
    [title, narrow],
  );
  const [chosen, setChosen] = useState(0);
  useLayoutEffect(() => {
    const heading = ref.current;
    if (!heading) return;
    const fit = () =>
      setChosen(fittingForm(forms, heading.clientWidth, getComputedStyle(heading).font));
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    // Rendered before the next paint, so a resized window never shows the title cut off.
    const observer = new ResizeObserver(() => flushSync(fit));
    observer.observe(heading);
    return () => observer.disconnect();
  }, [forms]);
  return { ref, text: forms[Math.min(chosen, forms.length - 1)] ?? title };
}

/** The index of the first form whose text is no wider than `room` in `font` (else the last). */
function fittingForm(forms: string[], room: number, font: string): number {
  const context = measuringContext();
  if (!context) return 0;
  context.font = font;
  const index = forms.findIndex((form) => Math.ceil(context.measureText(form).width) <= room);
  return index === -1 ? forms.length - 1 : index;
}

const SHORT_MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/g;

/** "Nov 30 – Dec 6, 2026" → "Nov – Dec 2026"; null for anything but a range of days (one day keeps its date). */
function monthsOnly(title: string): string | null {
  const year = title.match(/\d{4}(?!.*\d{4})/)?.[0];
  const names = [...new Set(title.match(SHORT_MONTH) ?? [])];
  if (!year || names.length === 0 || !/\b\d{1,2}\s[–-]\s/.test(title)) return null;
  return `${names.join(' – ')} ${year}`;
}

let measuring: CanvasRenderingContext2D | null | undefined;
function measuringContext(): CanvasRenderingContext2D | null {
  if (measuring === undefined) measuring = document.createElement('canvas').getContext('2d');
  return measuring;
}

function useNarrow(query: string): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const follow = () => setNarrow(list.matches);
    list.addEventListener('change', follow);
    follow();
    return () => list.removeEventListener('change', follow);
  }, [query]);
  return narrow;
}

function Chevron({ direction }: { direction: 'left' | 'right' }) {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={direction === 'left' ? 'M15 5l-7 7 7 7' : 'M9 5l7 7-7 7'}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function GearIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="3" fill="none" stroke="currentColor" strokeWidth="2" />
      <path
        d="M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      />
    </svg>
  );
}
