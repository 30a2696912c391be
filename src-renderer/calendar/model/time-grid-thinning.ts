// Day and week views with hundreds of events: FullCalendar builds every event it is given
// into the time grid, side by side where they overlap, so a week of 2,000-a-month draws
// nearly 500 chips a couple of dozen pixels wide. A time column only has room for a few side
// by side, so we keep that many (in the order FullCalendar places them) and stand one
// "+N more" entry, spanning the hidden ones' times, in for the rest of each crowded
// cluster; it opens that day. Events that fit are never touched.
import type { Occurrence } from './types';
import { byStartMs } from './occurrence';
import { boundsOf, dayAt, daysOf } from './grid-days';

/** The events of one crowded cluster left out of the grid, drawn as "+N more". */
export interface TimeGridMore {
  /** YYYY-MM-DD in the display zone. */
  date: string;
  hidden: number;
  /** The span of the hidden events (instants), which the entry covers. */
  startMs: number;
  endMs: number;
}

export interface ThinnedTimeGrid {
  shown: Occurrence[];
  more: TimeGridMore[];
}

/**
 * Keeps at most `columns` timed events side by side in any day column: all of a cluster of
 * overlapping events when they fit, otherwise `columns - 1` at any moment and a "+N more"
 * entry. All-day and multi-day events (the all-day row) are kept as they are.
 */
export function thinTimeGrid(
  occurrences: readonly Occurrence[],
  range: { start: Date; end: Date },
  zone: string,
  columns: number,
): ThinnedTimeGrid {
  const days = daysOf(range, zone);
  const bounds = boundsOf(days);
  const shown: Occurrence[] = [];
  const byDay = new Map<number, Occurrence[]>();
  for (const occ of occurrences) {
    const day = occ.allDay ? -1 : dayAt(bounds, occ.startMs);
    // Only what sits inside one day column is placed side by side there.
    if (day < 0 || day >= days.length || occ.endMs > days[day]!.endMs) shown.push(occ);
    else {
      const list = byDay.get(day);
      if (list) list.push(occ);
      else byDay.set(day, [occ]);
    }
  }
  const more: TimeGridMore[] = [];
  for (const [day, list] of byDay) {
    // FullCalendar places earlier first, then longer first.
    list.sort((a, b) => byStartMs(a, b) || b.endMs - b.startMs - (a.endMs - a.startMs));
    let cluster: Occurrence[] = [];
    let clusterEnd = -Infinity;
    const flush = () => {
      const hidden = thinCluster(cluster, columns, shown);
      if (hidden.length > 0)
        more.push({
          date: days[day]!.date,
          hidden: hidden.length,
          startMs: Math.min(...hidden.map((o) => o.startMs)),
          endMs: Math.max(...hidden.map((o) => Math.max(o.endMs, o.startMs + MIN_SPAN_MS))),
        });
      cluster = [];
    };
    for (const occ of list) {
      if (occ.startMs >= clusterEnd) {
        flush();
        clusterEnd = -Infinity;
      }
      cluster.push(occ);
      clusterEnd = Math.max(clusterEnd, occ.endMs, occ.startMs + MIN_SPAN_MS);
    }
    flush();
  }
  return { shown, more };
}

// ---------------------------------------------------------------------------------------

/** FullCalendar draws a short event at least this tall, so it overlaps what follows it. */
const MIN_SPAN_MS = 30 * 60_000;

/** Adds the cluster's kept events to `shown` and returns the hidden ones. */
function thinCluster(cluster: Occurrence[], columns: number, shown: Occurrence[]): Occurrence[] {
  const endOf = (o: Occurrence) => Math.max(o.endMs, o.startMs + MIN_SPAN_MS);
  if (widest(cluster, endOf) <= columns) {
    shown.push(...cluster);
    return [];
  }
  const kept: Occurrence[] = [];
  const hidden: Occurrence[] = [];
  for (const occ of cluster) {
    const alongside = kept.filter((k) => endOf(k) > occ.startMs).length;
    if (alongside < columns - 1) kept.push(occ);
    else hidden.push(occ);
  }
  shown.push(...kept);
  return hidden;
}

/** The most events of `cluster` (in start order) under way at one moment. */
function widest(cluster: Occurrence[], endOf: (o: Occurrence) => number): number {
  const ends: number[] = [];
  let most = 0;
  for (const occ of cluster) {
    for (let i = ends.length - 1; i >= 0; i--) if (ends[i]! <= occ.startMs) ends.splice(i, 1);
    ends.push(endOf(occ));
    most = Math.max(most, ends.length);
  }
  return most;
}
