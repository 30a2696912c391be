// Rewriting a series' recurrence lines when the series is cut or moved: where "this and
// following" splits it (and how many occurrences come before), the lines that end it before
// the split, the lines that continue it from there, and the lines of a series moved by a
// wall-clock shift (UNTIL, RDATE, EXDATE and weekdays move along). Pure.
import type { CalendarEvent } from '../../../src-preload/model/event';
import { dateStamp, instantStamp } from '../../../src-preload/model/instance-ids';
import {
  floatingValue,
  formatLine,
  formatRuleParts,
  parseLine,
  ruleParts,
} from '../../../src-preload/model/recurrence-lines';
import {
  DAY_MS,
  addDays,
  floatingFromWall,
  instantToFloating,
  isoDate,
  wallToInstant,
} from '../../../src-preload/model/zoned-time';
import { eventZone, instantOf } from '../../../src-preload/model/event-time';
import type { Occurrence } from './types';
import { exceptionKey, seriesFloatsBetween } from './series-expansion';

export interface Split {
  /** Exception key of the split instance's original start. */
  key: string;
  allDay: boolean;
  /** Instant (timed) or UTC-midnight date (all-day) of the original start. */
  ms: number;
  /** Wall clock of the original start in the series' zone. */
  floating: number;
  /** How many instances the series has before the split. */
  before: number;
}

export function splitPoint(master: CalendarEvent, occ: Occurrence): Split {
  const original =
    occ.originalStart ?? (occ.allDay ? { date: occ.start } : { dateTime: occ.start });
  const allDay = Boolean(original.date);
  const zone = eventZone(master.start);
  const ms = instantOf(original);
  const floating = allDay ? ms : instantToFloating(ms, zone);
  const masterFloat = master.start.date
    ? floatingFromWall(master.start.date)
    : instantToFloating(instantOf(master.start), zone);
  let before: number;
  try {
    before =
      floating <= masterFloat ? 0 : seriesFloatsBetween(master, masterFloat, floating - 1).length;
  } catch {
    before = 0;
  }
  return { key: allDay ? `d${original.date}` : `t${ms}`, allDay, ms, floating, before };
}

/** Whether the series' rule has an occurrence at or after the split (looking ten years ahead). */
export function hasOccurrenceFrom(master: CalendarEvent, split: Split): boolean {
  try {
    return seriesFloatsBetween(master, split.floating, split.floating + 3660 * DAY_MS).length > 0;
  } catch {
    return true;
  }
}

export function isAtOrAfter(exception: CalendarEvent, split: Split): boolean {
  const key = exceptionKey(exception);
  if (!key) return false;
  const ms = key.startsWith('d') ? floatingFromWall(key.slice(1)) : Number(key.slice(1));
  return ms >= split.ms;
}

/** The master's lines ending just before the split: UNTIL replaces COUNT/UNTIL; later RDATE/EXDATE go. */
export function truncatedRecurrence(master: CalendarEvent, split: Split): string[] {
  const until = split.allDay
    ? dateStamp(addDays(isoDate(split.ms), -1))
    : instantStamp(split.ms - 1000);
  return mapRecurrence(master, (line, floatOf) => {
    if (line.name === 'RRULE') {
      const parts = ruleParts(line.value);
      parts.delete('COUNT');
      parts.set('UNTIL', until);
      return { ...line, value: formatRuleParts(parts) };
    }
    if (line.name === 'RDATE' || line.name === 'EXDATE')
      return keepValues(line, (v) => floatOf(v) < split.floating);
    return line;
  });
}

/** The rest of the series from the split on: remaining COUNT, later RDATE/EXDATE shifted by `delta`. */
export function continuedRecurrence(
  master: CalendarEvent,
  split: Split,
  delta: number,
  allDay: boolean,
  zone: string,
): string[] {
  return mapRecurrence(master, (line, floatOf) => {
    if (line.name === 'RRULE') {
      const parts = ruleParts(line.value);
      const count = Number(parts.get('COUNT'));
      if (parts.has('COUNT')) parts.set('COUNT', String(Math.max(1, count - split.before)));
      return {
        ...line,
        value: formatRuleParts(
          shiftUntil(shiftWeekdays(parts, split.floating, delta), floatOf, delta, allDay, zone),
        ),
      };
    }
    if (line.name === 'RDATE' || line.name === 'EXDATE') {
      const kept = keepValues(line, (v) => floatOf(v) >= split.floating);
      return kept && shiftValues(kept, floatOf, delta, allDay, zone);
    }
    return line;
  });
}

/** The master's lines with every occurrence moved by `delta` (wall clock). */
export function shiftedRecurrence(
  master: CalendarEvent,
  fromFloat: number,
  delta: number,
  allDay: boolean,
  zone: string,
): string[] {
  return mapRecurrence(master, (line, floatOf) => {
    if (line.name === 'RRULE')
      return {
        ...line,
        value: formatRuleParts(
          shiftUntil(
            shiftWeekdays(ruleParts(line.value), fromFloat, delta),
            floatOf,
            delta,
            allDay,
            zone,
          ),
        ),
      };
    if (line.name === 'RDATE' || line.name === 'EXDATE')
      return shiftValues(line, floatOf, delta, allDay, zone);
    return line;
  });
}

/** UNTIL moves with the occurrences; left behind, the last ones would fall past it and vanish. */
function shiftUntil(
  parts: Map<string, string>,
  floatOf: (value: string) => number,
  delta: number,
  allDay: boolean,
  zone: string,
): Map<string, string> {
  const until = parts.get('UNTIL');
  const shifted = until && delta !== 0 ? floatOf(until) + delta : NaN;
  if (Number.isFinite(shifted))
    parts.set(
      'UNTIL',
      allDay ? dateStamp(isoDate(shifted)) : instantStamp(wallToInstant(shifted, zone)),
    );
  return parts;
}

type Line = ReturnType<typeof parseLine>;

function mapRecurrence(
  master: CalendarEvent,
  fn: (line: Line, floatOf: (value: string) => number) => Line | null,
): string[] {
  const zone = eventZone(master.start);
  const allDay = Boolean(master.start.date);
  const floatOf = (value: string, line: Line) =>
    floatingValue(value, line.params.get('TZID'), zone, allDay)?.floating ?? NaN;
  const out: string[] = [];
  for (const raw of master.recurrence ?? []) {
    const line = parseLine(raw);
    const mapped = fn(line, (v) => floatOf(v, line));
    if (mapped) out.push(formatLine(mapped));
  }
  return out;
}

function keepValues(line: Line, keep: (value: string) => boolean): Line | null {
  const values = line.value.split(',').filter(keep);
  return values.length > 0 ? { ...line, value: values.join(',') } : null;
}

/** Moves RDATE/EXDATE values by `delta`, rewritten in the series' own form (date, or UTC). */
function shiftValues(
  line: Line,
  floatOf: (value: string) => number,
  delta: number,
  allDay: boolean,
  zone: string,
): Line {
  if (delta === 0) return line;
  const values = line.value.split(',').map((v) => {
    const shifted = floatOf(v) + delta;
    return allDay ? dateStamp(isoDate(shifted)) : instantStamp(wallToInstant(shifted, zone));
  });
  const params = new Map(line.params);
  params.delete('TZID');
  if (allDay) params.set('VALUE', 'DATE');
  else params.delete('VALUE');
  return { ...line, params, value: values.join(',') };
}

/** BYDAY weekdays follow a shift across days, so "weekly on Monday" moved a day becomes Tuesday. */
function shiftWeekdays(
  parts: Map<string, string>,
  fromFloat: number,
  delta: number,
): Map<string, string> {
  const byDay = parts.get('BYDAY');
  const days = Math.floor((fromFloat + delta) / DAY_MS) - Math.floor(fromFloat / DAY_MS);
  const shift = ((days % 7) + 7) % 7;
  if (!byDay || shift === 0) return parts;
  const out = new Map(parts);
  out.set(
    'BYDAY',
    byDay
      .split(',')
      .map((d) => {
        const m = /^([+-]?\d*)(MO|TU|WE|TH|FR|SA|SU)$/.exec(d);
        if (!m) return d;
        return `${m[1]}${WEEK[(WEEK.indexOf(m[2] as (typeof WEEK)[number]) + shift) % 7]}`;
      })
      .join(','),
  );
  return out;
}

const WEEK = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
