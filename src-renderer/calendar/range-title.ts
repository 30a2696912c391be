// The range title above the grid ("Dec 28, 2026 – Jan 3, 2027"), in the longest form that
// fits the room the toolbar leaves it: as FullCalendar wrote it, then shorter forms that
// still name the range. The full title stays the heading's tooltip.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

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
export function useFittingTitle(title: string, narrow: boolean) {
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

const MONTHS =
  /\b(January|February|March|April|June|July|August|September|October|November|December)\b/g;

const LONG_MONTH = new RegExp(MONTHS.source);

/** A range across two years, as FullCalendar titles it: "Dec 28, 2026 – Jan 3, 2027". */
const ACROSS_YEARS = /^(.+ \d{1,2}), \d{4}(\s[–-]\s)(.+ \d{1,2}, \d{4})$/;

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
