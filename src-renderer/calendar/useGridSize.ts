// How big the grid is, for thinning crowded days to what fits.
import { useCallback, useRef, useState } from 'react';

/**
 * How many event rows fit in a month cell at the current window size (six weeks of rows
 * under a header), and how wide the calendar is, measured from its box and kept current on
 * resize. `measured` stays false until the box is first measured (as it is attached, before
 * the page paints): a grid drawn before that would be drawn again at once, with the thinning
 * for the real size, and 2,000 events drawn twice is the first view's time doubled.
 */
export function useGridSize(): {
  ref: (el: HTMLDivElement | null) => void;
  rows: number;
  width: number;
  measured: boolean;
} {
  const [size, setSize] = useState<{ rows: number; width: number } | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: HTMLDivElement | null) => {
    observer.current?.disconnect();
    if (!el) return;
    const measure = () => {
      const cell = (el.clientHeight - HEADER_PX) / 6;
      const rows = Math.max(2, Math.floor((cell - DAY_NUMBER_PX) / EVENT_ROW_PX));
      const width = el.clientWidth;
      setSize((old) => (old?.rows === rows && old.width === width ? old : { rows, width }));
    };
    measure();
    observer.current = new ResizeObserver(measure);
    observer.current.observe(el);
  }, []);
  return { ref, ...(size ?? UNMEASURED), measured: size !== null };
}

const UNMEASURED = { rows: 4, width: 1000 };

// The month grid's layout (month-grid.css): column header, day number, one event row.
const HEADER_PX = 24;
const DAY_NUMBER_PX = 26;
const EVENT_ROW_PX = 22;
