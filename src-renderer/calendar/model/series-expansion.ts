// Expanding a series master (RRULE/EXRULE/RDATE/EXDATE lines, as Google stores them) into
// the occurrences of the visible range, with its exceptions overlaid.
//
// Series repeat in the master's own time zone on the wall clock (a 09:00 meeting stays at
// 09:00 across DST), so rules are expanded in floating time (wall time encoded as UTC, the
// way rrule works best without tzid) and each occurrence is then placed in its zone. Parsed
// rules and expanded windows are cached per master version (parsed-series.ts); how one rule
// is iterated is series-rules.ts.
import type { CalendarEvent, EventDateTime, EventPalette } from '../../../src-preload/model/event';
import type { Occurrence } from './types';
import { byStartMs, occurrenceOf, overlapsRange, occurrenceTitle, type Range } from './occurrence';
import { paletteColor } from './colors';
import { isoDate, wallToInstant } from '../../../src-preload/model/zoned-time';
import { instantOf } from '../../../src-preload/model/event-time';
import { dateStamp, isoStamp, originalStartOf } from '../../../src-preload/model/instance-ids';
import { parseSeries, type ParsedSeries } from './parsed-series';

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

/** RFC 3339 for a wall clock and the instant it stands for (their difference is the offset). */
function wallWithOffset(floating: number, instant: number): string {
  const offset = Math.round((floating - instant) / 60_000);
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${new Date(floating).toISOString().slice(0, 19)}${offset < 0 ? '-' : '+'}${hh}:${mm}`;
}
