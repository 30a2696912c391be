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
import { byStartMs, occurrenceOf, overlapsRange, occurrenceTitle, type Range } from './occurrence';
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
  let instances: GeneratedOccurrence[];
  try {
    instances = placedInstances(master, range, occurrenceTitle(master), color);
  } catch {
    return overlapsRange(master, range) ? [occurrenceOf(master, color)] : [];
  }
  if (exceptions.length === 0) return instances;
  const replaced = new Set<string>();
  for (const exception of exceptions) {
    const key = exceptionKey(exception);
    if (key) replaced.add(key);
  }
  const out: Occurrence[] = instances.filter((instance) => !replaced.has(instance.replacedBy));
  for (const exception of exceptions) {
    if (exception.status === 'cancelled' || !overlapsRange(exception, range)) continue;
    out.push(occurrenceOf(exception, paletteColor(exception.colorId, palette) ?? color, master));
  }
  return out.sort(byStartMs);
}

/** One generated instance of a series, as series-writes reads it. */
export interface SeriesInstance {
  instanceId: string;
  originalStart: EventDateTime;
  allDay: boolean;
  /** Occurrence format: ISO instant with Z, or YYYY-MM-DD. */
  start: string;
  end: string;
}

/** The generated instances of a master overlapping `range`. Throws if the rule cannot be read. */
export function seriesInstances(master: CalendarEvent, range: Range): SeriesInstance[] {
  return placedInstances(master, range, occurrenceTitle(master), '');
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

/** What every generated instance of one expansion shares, held once rather than by each. */
interface InstanceKind {
  master: CalendarEvent;
  title: string;
  color: string;
  series: ParsedSeries;
}

/**
 * A generated instance. A month holds thousands of them and draws a couple of hundred, so
 * only the numbers are worked out up front, and what the instances of a series share is one
 * object; the strings (id, ISO start and end, original start) are written the first time
 * something reads them, and kept.
 */
class GeneratedOccurrence implements Occurrence {
  private written?: { instanceId: string; start: string; end: string };

  constructor(
    private readonly kind: InstanceKind,
    /** Wall clock of the original start in the series' zone (floating ms). */
    readonly floating: number,
    readonly startMs: number,
  ) {}

  get seriesId(): string {
    return this.kind.master.id;
  }
  get master(): CalendarEvent {
    return this.kind.master;
  }
  get event(): CalendarEvent {
    return this.kind.master;
  }
  get title(): string {
    return this.kind.title;
  }
  get color(): string {
    return this.kind.color;
  }
  get allDay(): boolean {
    return this.kind.series.allDay;
  }
  get endMs(): number {
    return this.startMs + this.kind.series.durationMs;
  }
  get key(): string {
    return this.strings.instanceId;
  }
  get instanceId(): string {
    return this.strings.instanceId;
  }
  get start(): string {
    return this.strings.start;
  }
  get end(): string {
    return this.strings.end;
  }
  get originalStart(): EventDateTime {
    return this.allDay
      ? { date: isoDate(this.floating) }
      : {
          dateTime: wallWithOffset(this.floating, this.startMs),
          timeZone: this.kind.series.zone,
        };
  }
  /** The `exceptionKey` of an exception that replaces this instance. */
  get replacedBy(): string {
    return this.allDay ? `d${isoDate(this.floating)}` : `t${this.startMs}`;
  }

  private get strings(): { instanceId: string; start: string; end: string } {
    if (this.written) return this.written;
    const id = this.kind.master.id;
    if (this.allDay) {
      const date = isoDate(this.floating);
      this.written = {
        instanceId: `${id}_${dateStamp(date)}`,
        start: date,
        end: isoDate(this.floating + this.kind.series.durationMs),
      };
    } else {
      const start = new Date(this.startMs).toISOString();
      this.written = {
        instanceId: `${id}_${isoStamp(start)}`,
        start,
        end: new Date(this.endMs).toISOString(),
      };
    }
    return this.written;
  }
}

/** The master's instances overlapping `range`, in start order. */
function placedInstances(
  master: CalendarEvent,
  range: Range,
  title: string,
  color: string,
): GeneratedOccurrence[] {
  const series = parseSeries(master);
  const from = range.start.getTime();
  const to = range.end.getTime();
  // Floating times sit up to ±15 h from the instants they stand for.
  const floats = series.floatsBetween(
    from - series.durationMs - 15 * 3_600_000,
    to + 15 * 3_600_000,
  );
  const out: GeneratedOccurrence[] = [];
  let kind: InstanceKind | undefined;
  // Indexed, not for…of: before the optimiser has this loop, each step of an iterator is
  // an object, and a cold range of a thousand series takes thousands of steps.
  for (let i = 0; i < floats.length; i++) {
    const floating = floats[i]!;
    const startMs = series.allDay ? floating : wallToInstant(floating, series.zone);
    const endMs = startMs + series.durationMs;
    if (!instanceOverlaps(series.allDay, startMs, endMs, from, to)) continue;
    kind ??= { master, title, color, series };
    out.push(new GeneratedOccurrence(kind, floating, startMs));
  }
  return out;
}

// ---------------------------------------------------------------------------------------

function instanceOverlaps(
  allDay: boolean,
  startMs: number,
  endMs: number,
  from: number,
  to: number,
): boolean {
  if (allDay) return startMs - 14 * 3_600_000 < to && endMs + 12 * 3_600_000 > from;
  if (endMs === startMs) return startMs >= from && startMs < to;
  return startMs < to && endMs > from;
}

interface ParsedSeries {
  allDay: boolean;
  zone: string;
  durationMs: number;
  /** Floating starts in [from, to], kept per window (a re-render asks for the same one). */
  floatsBetween(from: number, to: number): number[];
}

const MAX_CACHED = 20_000;
/** By series id: the version of the master it was parsed from, and what came of it. */
const parsedCache = new Map<string, { master: CalendarEvent; parsed: ParsedSeries | Error }>();

function parseSeries(master: CalendarEvent): ParsedSeries {
  // One entry per series, checked against the master it was parsed from: looking up the id
  // (a string whose hash is kept) costs far less than writing a key of every field for each
  // series on each render, which a cold range of a thousand series felt.
  const hit = parsedCache.get(master.id);
  let cached = hit && sameSeries(hit.master, master) ? hit.parsed : undefined;
  if (!cached) {
    try {
      cached = buildSeries(master);
    } catch (error) {
      cached = error instanceof Error ? error : new Error(String(error));
    }
    if (!hit && parsedCache.size >= MAX_CACHED) parsedCache.clear();
    parsedCache.set(master.id, { master, parsed: cached });
  }
  if (cached instanceof Error) throw cached;
  return cached;
}

/**
 * Whether two versions of a master expand alike. Sync may rewrite a master without bumping
 * localVersion, so everything the expansion reads is compared too.
 */
function sameSeries(a: CalendarEvent, b: CalendarEvent): boolean {
  if (a === b) return true;
  if (
    a.localVersion !== b.localVersion ||
    a.updatedAt !== b.updatedAt ||
    a.start.date !== b.start.date ||
    a.start.dateTime !== b.start.dateTime ||
    a.start.timeZone !== b.start.timeZone ||
    a.end.date !== b.end.date ||
    a.end.dateTime !== b.end.dateTime ||
    a.end.timeZone !== b.end.timeZone
  )
    return false;
  const ra = a.recurrence ?? [];
  const rb = b.recurrence ?? [];
  return ra.length === rb.length && ra.every((line, i) => line === rb[i]);
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
  // Most series have no EXDATE: their sets are made only when one comes.
  let exdates: Set<number> | undefined;
  let exdateDays: Set<string> | undefined;
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
        else if (parsed.dateOnly && !allDay)
          (exdateDays ??= new Set()).add(isoDate(parsed.floating));
        else (exdates ??= new Set()).add(floating);
      }
    } else if (line.name !== 'DTSTART' && line.name !== '') {
      throw new Error(`Unsupported recurrence line ${line.name}`);
    }
  }
  if (rules.length === 0) rdates.push(startFloat);
  rdates.sort((a, b) => a - b);
  // Most series are one rule and nothing else: its answer is already the set, in order.
  const only =
    rules.length === 1 && rdates.length === 0 && !exdates && !exdateDays && exrules.length === 0
      ? rules[0]!
      : null;
  const floatsIn = (from: number, to: number): number[] => {
    if (only) return only(from, to);
    const found = new Set<number>();
    for (const rule of rules) for (const f of rule(from, to)) found.add(f);
    for (const r of rdates) if (r >= from && r <= to) found.add(r);
    const out: number[] = [];
    for (const f of found) {
      if (exdates?.has(f) || exdateDays?.has(isoDate(f))) continue;
      if (
        exrules.length > 0 &&
        exrules.some((x) => x.between(new Date(f), new Date(f), true).length > 0)
      )
        continue;
      out.push(f);
    }
    return out.sort((a, b) => a - b);
  };
  return new SeriesWindows(allDay, zone, durationMs, floatsIn);
}

/**
 * A parsed series and the windows it was last asked for (a re-render asks for the same
 * ones). A cold range parses a thousand of these, and every object each keeps is copied by
 * the next garbage collection, so the windows are a short flat list rather than a Map.
 */
class SeriesWindows implements ParsedSeries {
  /** from, to, floats; from, to, floats; … newest last. */
  private kept: (number | number[])[] | undefined;

  constructor(
    readonly allDay: boolean,
    readonly zone: string,
    readonly durationMs: number,
    private readonly floatsIn: (from: number, to: number) => number[],
  ) {}

  floatsBetween(from: number, to: number): number[] {
    const kept = this.kept;
    if (kept) {
      for (let i = kept.length - 3; i >= 0; i -= 3)
        if (kept[i] === from && kept[i + 1] === to) return kept[i + 2] as number[];
    }
    const floats = this.floatsIn(from, to);
    if (!kept) this.kept = [from, to, floats];
    else {
      if (kept.length >= 3 * KEPT_WINDOWS) kept.splice(0, 3);
      kept.push(from, to, floats);
    }
    return floats;
  }
}

/** Windows kept per series: the grid's range, its neighbours read ahead, the popover's. */
const KEPT_WINDOWS = 8;

/** RFC 3339 for a wall clock and the instant it stands for (their difference is the offset). */
function wallWithOffset(floating: number, instant: number): string {
  const offset = Math.round((floating - instant) / 60_000);
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${new Date(floating).toISOString().slice(0, 19)}${offset < 0 ? '-' : '+'}${hh}:${mm}`;
}
