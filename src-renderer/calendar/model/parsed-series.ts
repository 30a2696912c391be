// A series master's recurrence lines parsed once per master version: its rules, dates and
// exclusions become one function from a floating window to the floating starts in it, and
// the windows last asked for are kept (a re-render asks for the same ones). Placing those
// starts in the master's zone and overlaying exceptions is series-expansion.ts.
import type { CalendarEvent } from '../../../src-preload/model/event';
import {
  DAY_MS,
  floatingFromWall,
  instantToFloating,
  isoDate,
} from '../../../src-preload/model/zoned-time';
import { floatingValue, parseLine } from '../../../src-preload/model/recurrence-lines';
import { instantOf, eventZone } from '../../../src-preload/model/event-time';
import { RRule, ruleOptions, simpleRule, startNear } from './series-rules';
import { UnreadableRuleError } from './unreadable-rule';

export interface ParsedSeries {
  allDay: boolean;
  zone: string;
  durationMs: number;
  /** Floating starts in [from, to], kept per window (a re-render asks for the same one). */
  floatsBetween(from: number, to: number): number[];
}

const MAX_CACHED = 20_000;
/** By series id: the version of the master it was parsed from, and what came of it. */
const parsedCache = new Map<
  string,
  { master: CalendarEvent; parsed: ParsedSeries | UnreadableRuleError }
>();

export function parseSeries(master: CalendarEvent): ParsedSeries {
  // One entry per series, checked against the master it was parsed from: looking up the id
  // (a string whose hash is kept) costs far less than writing a key of every field for each
  // series on each render, which a cold range of a thousand series felt.
  const hit = parsedCache.get(master.id);
  let cached = hit && sameSeries(hit.master, master) ? hit.parsed : undefined;
  if (!cached) {
    try {
      cached = buildSeries(master);
    } catch (error) {
      cached = UnreadableRuleError.of(error);
    }
    if (!hit && parsedCache.size >= MAX_CACHED) parsedCache.clear();
    parsedCache.set(master.id, { master, parsed: cached });
  }
  if (cached instanceof UnreadableRuleError) throw cached.again();
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
    throw new UnreadableRuleError('noStart');

  const rules: ((from: number, to: number) => number[])[] = [];
  const exrules: RRule[] = [];
  const rdates: number[] = [];
  // Most series have no EXDATE: their sets are made only when one comes.
  let exdates: Set<number> | undefined;
  let exdateDays: Set<string> | undefined;
  const lines = (master.recurrence ?? []).map(parseLine);
  if (lines.length === 0) throw new UnreadableRuleError('noRule');
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
        if (!parsed) throw new UnreadableRuleError('badDate', { name: line.name, value });
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
      throw new UnreadableRuleError('unsupportedLine', { name: line.name });
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
