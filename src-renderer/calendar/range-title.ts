// The range title above the grid ("30 Nov – 6 Dec 2026", "Nov 30 – Dec 6, 2026",
// "30 nov. – 6 déc. 2026"), in the longest form that fits the room the toolbar leaves it.
// The forms come from the locale's date formats (src-preload/date-formats.ts), longest first;
// the full title stays the heading's tooltip.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { TitleForm } from '../../src-preload/date-formats';

/**
 * The longest form of the title that fits the heading (a narrow window starts from the short
 * month names). The heading takes the room the toolbar leaves, whatever its text, so
 * choosing a form never changes the room it is chosen for; the room is measured as the
 * heading mounts and whenever it changes size.
 */
export function useFittingTitle(
  titles: readonly TitleForm[],
  narrow: boolean,
  ref: RefObject<HTMLHeadingElement | null>,
) {
  const forms = useMemo(() => titleForms(titles, narrow), [titles, narrow]);
  const [chosen, setChosen] = useState(0);
  // The room, as last measured: it does not depend on the text, so a new range (every click
  // on Next or a view) is fitted without reading layout, which would make the browser lay
  // out the half-drawn grid in the middle of the click.
  const room = useRef<{ width: number; font: string } | null>(null);
  const latestForms = useRef(forms);
  useLayoutEffect(() => {
    latestForms.current = forms;
    if (room.current) setChosen(fittingForm(forms, room.current.width, room.current.font));
  }, [forms]);
  useLayoutEffect(() => {
    const heading = ref.current;
    if (!heading) return;
    const measure = () => {
      const measured = { width: heading.clientWidth, font: getComputedStyle(heading).font };
      room.current = measured;
      setChosen(fittingForm(latestForms.current, measured.width, measured.font));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    // Measured again when the room changes (the window, the sync status beside it), and
    // rendered before the next paint, so a resized window never shows the title cut off.
    const observer = new ResizeObserver(() => flushSync(measure));
    observer.observe(heading);
    return () => observer.disconnect();
  }, [ref]);
  return { text: forms[Math.min(chosen, forms.length - 1)] ?? '' };
}

/** The forms a title may take, longest first: a narrow toolbar never shows the long month names (unless there is no other form). */
export function titleForms(titles: readonly TitleForm[], narrow: boolean): string[] {
  const kept = titles.filter((form) => !narrow || !form.long).map((form) => form.text);
  return kept.length > 0 ? kept : titles.map((form) => form.text);
}

/** How wide `text` is drawn in `font` (0 where there is no canvas to measure with). */
export function textWidth(text: string, font: string): number {
  const context = measuringContext();
  if (!context) return 0;
  context.font = font;
  return Math.ceil(context.measureText(text).width);
}

/** The index of the first form whose text is no wider than `room` in `font` (else the last). */
function fittingForm(forms: string[], room: number, font: string): number {
  if (!measuringContext()) return 0;
  const index = forms.findIndex((form) => textWidth(form, font) <= room);
  return index === -1 ? forms.length - 1 : index;
}

let measuring: CanvasRenderingContext2D | null | undefined;
function measuringContext(): CanvasRenderingContext2D | null {
  if (measuring === undefined) measuring = document.createElement('canvas').getContext('2d');
  return measuring;
}
