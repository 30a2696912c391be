// How tightly the toolbar is drawn, chosen by what its words need rather than by the window's
// width alone: French's labels ("Synchroniser avec Google", "Nouvel événement") need more
// room than English's, so a width that fits one language's controls does not fit another's.
// The toolbar keeps the roomiest density at which its controls fit in the window and the
// range title has room for its shortest form.
import { useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { TitleForm } from '../../src-preload/date-formats';
import { textWidth, titleForms } from './range-title';

/**
 * Roomiest first: the sync status as words; the status folded into its icon; the search
 * field folded into a magnifier with tighter spacing and short month names in the title;
 * the buttons' short labels ("New", "Sync") with a smaller title.
 */
export const DENSITIES = ['wide', 'folded', 'compact', 'narrow'] as const;
export type Density = (typeof DENSITIES)[number];

/** Whether a density uses the short month names in the title. */
export function shortMonths(density: Density): boolean {
  return density === 'compact' || density === 'narrow';
}

interface Layout {
  density: Density;
  /** Every control inside the toolbar. */
  fits: boolean;
  /** The title's room and font. */
  room: number;
  font: string;
}

/**
 * The density the toolbar fits at, written on the header as `data-density` (the stylesheet
 * draws each) and returned for what is rendered differently (the title's month names).
 * Each density's layout is measured when the window or the toolbar's words change size; a
 * new range's title is then fitted from those measures, without reading layout in the
 * middle of a click.
 */
export function useToolbarDensity(
  header: RefObject<HTMLElement | null>,
  title: RefObject<HTMLElement | null>,
  titles: readonly TitleForm[],
): Density {
  const [density, setDensity] = useState<Density>('wide');
  const layouts = useRef<Layout[] | null>(null);
  const latestTitles = useRef(titles);
  const apply = (bar: HTMLElement) => {
    const chosen = fittingDensity(layouts.current ?? [], latestTitles.current);
    bar.dataset.density = chosen;
    setDensity((current) => (current === chosen ? current : chosen));
  };
  useLayoutEffect(() => {
    latestTitles.current = titles;
    if (header.current && layouts.current) apply(header.current);
  }, [titles]); // eslint-disable-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const bar = header.current;
    if (!bar) return;
    const choose = () => {
      layouts.current = measureLayouts(bar, title.current);
      apply(bar);
    };
    choose();
    if (typeof ResizeObserver === 'undefined') return;
    // The header follows the window; the right group follows its words (the sync status,
    // the language). Rendered before the next paint, so no width shows the toolbar
    // overflowing.
    const observer = new ResizeObserver(() => flushSync(choose));
    observer.observe(bar);
    const controls = bar.lastElementChild;
    if (controls) observer.observe(controls);
    // Where the search field gives way the group keeps its width while a control grows out
    // of it (the status icon after main's first answer): each control is watched too, but
    // chooses again only when the toolbar no longer fits. A view switch resizes a control
    // (the chosen view's label is bold) and should not lay the toolbar out four times more.
    const grown = new ResizeObserver(() => {
      if (bar.scrollWidth > bar.clientWidth) flushSync(choose);
    });
    const watchControls = () => {
      for (const control of controls?.children ?? []) grown.observe(control);
    };
    watchControls();
    // A control that comes later (the sign-in's steps) is watched from then on.
    const added = new MutationObserver(watchControls);
    if (controls) added.observe(controls, { childList: true });
    return () => {
      observer.disconnect();
      grown.disconnect();
      added.disconnect();
    };
  }, [header, title]);
  return density;
}

function measureLayouts(bar: HTMLElement, title: HTMLElement | null): Layout[] {
  return DENSITIES.map((density) => {
    bar.dataset.density = density;
    return {
      density,
      fits: bar.scrollWidth <= bar.clientWidth,
      room: title?.clientWidth ?? Infinity,
      font: title ? getComputedStyle(title).font : '',
    };
  });
}

function fittingDensity(layouts: Layout[], titles: readonly TitleForm[]): Density {
  const fitting = layouts.find((layout) => {
    if (!layout.fits) return false;
    const forms = titleForms(titles, shortMonths(layout.density));
    const shortest = forms[forms.length - 1] ?? '';
    return textWidth(shortest, layout.font) <= layout.room;
  });
  return fitting?.density ?? 'narrow';
}
