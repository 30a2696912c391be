// Expanding a series master (RRULE/EXRULE/RDATE/EXDATE lines, as Google stores them) into
// the occurrences of the visible range, with its exceptions overlaid.
//
// Series repeat in the master's own time zone on the wall clock (a 09:00 meeting stays at
// 09:00 across DST), so rules are expanded in floating time (wall time encoded as UTC, the
// way rrule works best without tzid) and each occurrence is then placed in its zone. Parsed
// rules and expanded windows are cached per master version; how one rule is iterated is
// series-rules.ts.
import type { CalendarEvent, EventDateTime, EventPalette } from '../../../src-preload/model/event';
import type { Occurrence } from './types';
import { occurrenceOf, overlapsRange, occurrenceTitle, type Range } from './occurrence';
import { paletteColor } from './colors';
import {
  DAY_MS,
  floatingFromWall,
  instantToFloating,
  isoDate,
  wallToInstant,
} from '../../../src-preload/model/zoned-time';
import { dateStamp, isoStamp, originalStartOf } from '../../../src-preload/model/instance-ids';
import { floatingValue, parseLine } from '../../../src-preload/model/recurrence-lines';
import { instantOf, eventZone } from '../../../src-preload/model/event-time';
import { RRule, ruleOptions, simpleRule, startNear } from './series-rules';

export type { Range } from './occurrence';

/**
 * The occurrences of one series that overlap `range`: generated instances not replaced by
 * an exception, plus the series' live exceptions that overlap the range. They are drawn in
 * `color`, except exceptions with a colour of their own in `palette`. A rule that cannot be
 * read shows the master once, as a plain event, instead of failing the whole view.
 */
export function expandSeries(
  master: CalendarEvent,
  exceptions: CalendarEvent[],
  range: Range,
  color: string,
  palette?: EventPalette | null,
): Occurrence[] {
  if (master.status === 'cancelled') return [];
  let instances: SeriesInstance[];
  try {
    instances = seriesInstances(master, range);
  } catch {
    return overlapsRange(master, range) ? [occurrenceOf(master, color)] : [];
  }
  const replaced = new Set<string>();
  for (const exception of exceptions) {
    const key = exceptionKey(exception);
    if (key) replaced.add(key);
  }
  const out: Occurrence[] = [];
  const title = occurrenceTitle(master);
  for (const instance of instances) {
    if (replaced.has(instance.key)) continue;
    out.push({
      key: instance.instanceId,
      event: master,
      master,
      instanceId: instance.instanceId,
      seriesId: master.id,
      originalStart: instance.originalStart,
      title,
      allDay: instance.allDay,
      start: instance.start,
      end: instance.end,
      color,
    });
  }
  for (const exception of exceptions) {
    if (exception.status === 'cancelled' || !overlapsRange(exception, range)) continue;
    out.push(occurrenceOf(exception, paletteColor(exception.colorId, palette) ?? color, master));
  }
  return out.sort(byStart);
}

/** One generated instance of a series. */
export interface SeriesInstance {
  /** Matches `exceptionKey` of an exception replacing this instance. */
  key: string;
  instanceId: string;
  originalStart: EventDateTime;
  allDay: boolean;
  /** Occurrence format: ISO instant with Z, or YYYY-MM-DD. */
  start: string;
  end: string;
  /** Wall clock of the original start in the series' zone (floating ms). */
  floating: number;
}

/** The generated instances of a master overlapping `range`. Throws if the rule cannot be read. */
export function seriesInstances(master: CalendarEvent, range: Range): SeriesInstance[] {
  const series = parseSeries(master);
  const from = range.start.getTime();
  const to = range.end.getTime();
  const key = `${from}:${to}`;
  const hit = series.instances.get(key);
  if (hit) return hit;
  // Floating times sit up to ±15 h from the instants they stand for.
  const floats = series.floatsBetween(
    from - series.durationMs - 15 * 3_600_000,
    to + 15 * 3_600_000,
  );
  const out: SeriesInstance[] = [];
  for (const floating of floats) {
    const instance = series.instanceAt(floating);
    if (instance && instanceOverlaps(series.allDay, instance, from, to)) out.push(instance.value);
  }
  if (series.instances.size > 32) series.instances.clear();
  series.instances.set(key, out);
  return out;
}

/** Floating starts of a master's instances in [from, to] (floating ms, inclusive). */
export function seriesFloatsBetween(master: CalendarEvent, from: number, to: number): number[] {
  return parseSeries(master).floatsBetween(from, to);
}

/** The key that ties an exception to the generated instance it replaces, from originalStartTime or its id. */
export function exceptionKey(exception: CalendarEvent): string | null {
  const original = exception.originalStartTime;
  if (original?.date) return `d${original.date}`;
  if (original?.dateTime) {
    const ms = instantOf(original);
    if (!Number.isNaN(ms)) return `t${ms}`;
  }
  const fromId = originalStartOf(exception.id);
  if (!fromId) return null;
  return fromId.date !== undefined ? `d${fromId.date}` : `t${fromId.instant}`;
}

// ---------------------------------------------------------------------------------------

function byStart(a: Occurrence, b: Occurrence): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}

function instanceOverlaps(
  allDay: boolean,
  instance: { startMs: number; endMs: number },
  from: number,
  to: number,
): boolean {
  if (allDay)
    return instance.startMs - 14 * 3_600_000 < to && instance.endMs + 12 * 3_600_000 > from;
  if (instance.endMs === instance.startMs) return instance.startMs >= from && instance.startMs < to;
  return instance.startMs < to && instance.endMs > from;
}

interface ParsedSeries {
  allDay: boolean;
  /** Instances already placed, per range (a re-render draws the same range again). */
  instances: Map<string, SeriesInstance[]>;
  durationMs: number;
  floatsBetween(from: number, to: number): number[];
  instanceAt(floating: number): { startMs: number; endMs: number; value: SeriesInstance } | null;
}

const MAX_CACHED = 20_000;
const parsedCache = new Map<string, ParsedSeries | Error>();

function parseSeries(master: CalendarEvent): ParsedSeries {
  // Sync may rewrite a master without bumping localVersion, so the key also carries
  // everything the expansion reads.
  const cacheKey = `${master.id}|${master.localVersion}|${master.updatedAt}|${master.start.date ?? master.start.dateTime}|${master.start.timeZone}|${master.end.date ?? master.end.dateTime}|${(master.recurrence ?? []).join('\n')}`;
  let cached = parsedCache.get(cacheKey);
  if (!cached) {
    try {
      cached = buildSeries(master);
    } catch (error) {
      cached = error instanceof Error ? error : new Error(String(error));
    }
    if (parsedCache.size >= MAX_CACHED) parsedCache.clear();
    parsedCache.set(cacheKey, cached);
  }
  if (cached instanceof Error) throw cached;
  return cached;
}

function buildSeries(master: CalendarEvent): ParsedSeries {
  const allDay = Boolean(master.start.date);
  const zone = eventZone(master.start);
  let startFloat: number;
  let durationMs: number;
  if (allDay) {
    startFloat = floatingFromWall(master.start.date!);
    const endFloat = master.end.date ? floatingFromWall(master.end.date) : startFloat + DAY_MS;
    durationMs = Math.max(DAY_MS, Math.round((endFloat - startFloat) / DAY_MS) * DAY_MS);
  } else {
    const startMs = instantOf(master.start);
    const endMs = instantOf(master.end);
    startFloat = instantToFloating(startMs, zone);
    durationMs = Number.isNaN(endMs) ? 0 : Math.max(0, endMs - startMs);
  }
  if (Number.isNaN(startFloat) || Number.isNaN(durationMs))
    throw new Error('The series has no readable start.');

  const rules: ((from: number, to: number) => number[])[] = [];
  const exrules: RRule[] = [];
  const rdates: number[] = [];
  const exdates = new Set<number>();
  const exdateDays = new Set<string>();
  const lines = (master.recurrence ?? []).map(parseLine);
  if (lines.length === 0) throw new Error('The master has no recurrence.');
  for (const line of lines) {
    if (line.name === 'RRULE' || line.name === 'EXRULE') {
      const simple =
        line.name === 'RRULE' ? simpleRule(line.value, startFloat, zone, allDay) : null;
      if (simple) {
        rules.push(simple);
        continue;
      }
      const options = ruleOptions(line.value, startFloat, zone, allDay);
      // Construct once so a bad rule fails here, not during a later render.
      const rule = new RRule(options);
      if (line.name === 'EXRULE') exrules.push(rule);
      else
        rules.push((from, to) =>
          (options.count ? rule : new RRule(startNear(options, startFloat, from)))
            .between(new Date(from), new Date(to), true)
            .map((d) => d.getTime()),
        );
    } else if (line.name === 'RDATE' || line.name === 'EXDATE') {
      for (const value of line.value.split(',')) {
        const parsed = floatingValue(value, line.params.get('TZID'), zone, allDay);
        if (!parsed) throw new Error(`Unreadable ${line.name} value ${value}`);
        let floating = parsed.floating;
        // A date-only RDATE of a timed series takes the series' time of day.
        if (parsed.dateOnly && !allDay)
          floating += startFloat - Math.floor(startFloat / DAY_MS) * DAY_MS;
        if (line.name === 'RDATE') rdates.push(floating);
        else if (parsed.dateOnly && !allDay) exdateDays.add(isoDate(parsed.floating));
        else exdates.add(floating);
      }
    } else if (line.name !== 'DTSTART' && line.name !== '') {
      throw new Error(`Unsupported recurrence line ${line.name}`);
    }
  }
  if (rules.length === 0) rdates.push(startFloat);
  rdates.sort((a, b) => a - b);

  const windows = new Map<string, number[]>();
  return {
    allDay,
    instances: new Map(),
    durationMs,
    floatsBetween(from, to) {
      const key = `${from}:${to}`;
      const hit = windows.get(key);
      if (hit) return hit;
      const found = new Set<number>();
      for (const rule of rules) for (const f of rule(from, to)) found.add(f);
      for (const r of rdates) if (r >= from && r <= to) found.add(r);
      const out: number[] = [];
      for (const f of found) {
        if (exdates.has(f) || (exdateDays.size > 0 && exdateDays.has(isoDate(f)))) continue;
        if (
          exrules.length > 0 &&
          exrules.some((x) => x.between(new Date(f), new Date(f), true).length > 0)
        )
          continue;
        out.push(f);
      }
      out.sort((a, b) => a - b);
      if (windows.size > 64) windows.clear();
      windows.set(key, out);
      return out;
    },
    instanceAt(floating) {
      if (allDay) {
        const date = isoDate(floating);
        const end = isoDate(floating + durationMs);
        return {
          startMs: floating,
          endMs: floating + durationMs,
          value: {
            key: `d${date}`,
            instanceId: `${master.id}_${dateStamp(date)}`,
            originalStart: { date },
            allDay: true,
            start: date,
            end,
            floating,
          },
        };
      }
      const startMs = wallToInstant(floating, zone);
      const endMs = startMs + durationMs;
      // One toISOString serves the start, the instance stamp and (via the wall clock we
      // already have) the original start with its offset.
      const iso = new Date(startMs).toISOString();
      const stamp = isoStamp(iso);
      return {
        startMs,
        endMs,
        value: {
          key: `t${startMs}`,
          instanceId: `${master.id}_${stamp}`,
          originalStart: { dateTime: wallWithOffset(floating, startMs), timeZone: zone },
          allDay: false,
          start: iso,
          end: new Date(endMs).toISOString(),
          floating,
        },
      };
    },
  };
}

/** RFC 3339 for a wall clock and the instant it stands for (their difference is the offset). */
function wallWithOffset(floating: number, instant: number): string {
  const offset = Math.round((floating - instant) / 60_000);
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${new Date(floating).toISOString().slice(0, 19)}${offset < 0 ? '-' : '+'}${hh}:${mm}`;
}
