// Repeating events: expanding a series master (RRULE/EXRULE/RDATE/EXDATE lines, as Google
// stores them) into occurrences for the visible range, overlaying its exceptions, and
// translating between recurrence lines and the editor's RepeatRule.
//
// Series repeat in the master's own time zone on the wall clock (a 09:00 meeting stays at
// 09:00 across DST), so rules are expanded in floating time (wall time encoded as UTC, the
// way rrule works best without tzid) and each occurrence is then placed in its zone. Parsed
// rules and expanded windows are cached per master version, and rules without COUNT start
// iterating near the window instead of at an old DTSTART.
import * as rruleModule from 'rrule';
import type { Options } from 'rrule';
import { DateTime } from 'luxon';
import type { CalendarEvent, EventDateTime, EventPalette } from '../../src-preload/model/event';
import type { Occurrence, RepeatRule, Weekday } from './model';
import { occurrenceOf, overlapsRange, occurrenceTitle, type Range } from './occurrence';

export type { Range } from './occurrence';
import { paletteColor } from './colors';
import {
  DAY_MS,
  floatingFromWall,
  instantToFloating,
  isoDate,
  wallToInstant,
} from '../../src-preload/model/zoned-time';
import {
  dateStamp,
  instantStamp,
  isoStamp,
  originalStartOf,
} from '../../src-preload/model/instance-ids';
import {
  floatingValue,
  formatRuleParts,
  parseLine,
  ruleParts,
} from '../../src-preload/model/recurrence-lines';
import { instantOf, eventZone } from '../../src-preload/model/event-time';

// rrule ships an ES module for bundlers and a UMD bundle for Node; under plain Node (bench,
// tsx) its named exports only exist on the default export.
const RRule: typeof rruleModule.RRule =
  rruleModule.RRule ?? (Reflect.get(rruleModule, 'default') as typeof rruleModule).RRule;
type RRule = InstanceType<typeof RRule>;

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

/**
 * The editor's view of recurrence lines: null when the event does not repeat, 'custom'
 * when the rule uses more than the editor can show (kept verbatim). EXDATE lines do not
 * make a rule custom: they are kept as long as the rule itself is not changed. `zone`
 * reads a UTC UNTIL as a date in the event's zone.
 */
export function repeatRuleFromRecurrence(
  lines: string[] | undefined,
  zone = 'UTC',
): RepeatRule | null | 'custom' {
  if (!lines || lines.length === 0) return null;
  const parsed = lines.map(parseLine);
  const rrules = parsed.filter((l) => l.name === 'RRULE');
  if (rrules.length !== 1 || parsed.some((l) => l.name !== 'RRULE' && l.name !== 'EXDATE'))
    return 'custom';
  const parts = ruleParts(rrules[0]!.value);
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'YEARLY')
    return 'custom';
  for (const key of parts.keys())
    if (!['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'WKST'].includes(key)) return 'custom';
  const interval = parts.has('INTERVAL') ? Number(parts.get('INTERVAL')) : 1;
  if (!Number.isInteger(interval) || interval < 1) return 'custom';
  const rule: RepeatRule = { freq, interval, end: { type: 'never' } };
  const byDay = parts.get('BYDAY');
  if (byDay !== undefined) {
    const days = byDay.split(',');
    if (freq !== 'WEEKLY' || !days.every((d): d is Weekday => (WEEKDAYS as string[]).includes(d)))
      return 'custom';
    rule.byDay = sortWeekdays(days as Weekday[]);
  }
  const count = parts.get('COUNT');
  const until = parts.get('UNTIL');
  if (count !== undefined && until !== undefined) return 'custom';
  if (count !== undefined) {
    const n = Number(count);
    if (!Number.isInteger(n) || n < 1) return 'custom';
    rule.end = { type: 'count', count: n };
  } else if (until !== undefined) {
    const date = untilDate(until, zone);
    if (!date) return 'custom';
    rule.end = { type: 'until', date };
  }
  return rule;
}

/**
 * Recurrence lines for a rule starting at `dtstart`. UNTIL is inclusive of its whole day:
 * a date for all-day series, else the UTC instant of that day's last second in the event's
 * zone (Google requires UTC there).
 */
export function recurrenceFromRepeatRule(rule: RepeatRule, dtstart: EventDateTime): string[] {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.freq === 'WEEKLY' && rule.byDay && rule.byDay.length > 0)
    parts.push(`BYDAY=${sortWeekdays(rule.byDay).join(',')}`);
  if (rule.end.type === 'count') parts.push(`COUNT=${rule.end.count}`);
  if (rule.end.type === 'until') {
    if (dtstart.date) parts.push(`UNTIL=${dateStamp(rule.end.date)}`);
    else {
      const lastSecond = floatingFromWall(rule.end.date) + DAY_MS - 1000;
      parts.push(`UNTIL=${instantStamp(wallToInstant(lastSecond, eventZone(dtstart)))}`);
    }
  }
  return [`RRULE:${parts.join(';')}`];
}

/** Plain words for a rule: "Weekly on Monday, Wednesday", "Every 2 days, 5 times". */
export function describeRepeatRule(rule: RepeatRule): string {
  const n = rule.interval;
  const unit = { DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year' }[rule.freq];
  const plain = { DAILY: 'Daily', WEEKLY: 'Weekly', MONTHLY: 'Monthly', YEARLY: 'Yearly' }[
    rule.freq
  ];
  let text = n === 1 ? plain : `Every ${n} ${unit}s`;
  if (rule.freq === 'WEEKLY' && rule.byDay && rule.byDay.length > 0) {
    const days = sortWeekdays(rule.byDay);
    if (n === 1 && days.join(',') === 'MO,TU,WE,TH,FR') text = 'Every weekday (Monday to Friday)';
    else text += ` on ${days.map((d) => WEEKDAY_NAMES[d]).join(', ')}`;
  }
  if (rule.end.type === 'count')
    text += rule.end.count === 1 ? ', once' : `, ${rule.end.count} times`;
  if (rule.end.type === 'until') {
    const until = DateTime.fromISO(rule.end.date, { zone: 'UTC', locale: 'en' });
    text += `, until ${until.isValid ? until.toFormat('MMMM d, yyyy') : rule.end.date}`;
  }
  return text;
}

// ---------------------------------------------------------------------------------------
// Helpers the editor and the operations share.

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

/** Whether the master's recurrence can be read at all. */
export function isReadableRecurrence(master: CalendarEvent): boolean {
  try {
    parseSeries(master);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------

const WEEKDAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const WEEKDAY_NAMES: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

function sortWeekdays(days: Weekday[]): Weekday[] {
  return [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
}

function untilDate(value: string, zone: string): string | null {
  const parsed = floatingValue(value, undefined, zone, false);
  return parsed ? isoDate(parsed.floating) : null;
}

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

/**
 * The common rules (FREQ with INTERVAL, COUNT, UNTIL, WKST and plain weekly BYDAY) by
 * arithmetic instead of rrule's general iterator, which costs far more per series than a
 * six-week window is worth. Same set as rrule gives (DTSTART included only if it matches);
 * null for anything else, which goes to rrule.
 */
function simpleRule(
  value: string,
  startFloat: number,
  zone: string,
  allDay: boolean,
): ((from: number, to: number) => number[]) | null {
  const parts = ruleParts(value);
  for (const key of parts.keys()) if (!SIMPLE_KEYS.has(key)) return null;
  const freq = parts.get('FREQ');
  const interval = parts.has('INTERVAL') ? Number(parts.get('INTERVAL')) : 1;
  const count = parts.has('COUNT') ? Number(parts.get('COUNT')) : Infinity;
  if (
    !Number.isInteger(interval) ||
    interval < 1 ||
    !(count === Infinity || (Number.isInteger(count) && count > 0))
  )
    return null;
  let until = Infinity;
  if (parts.has('UNTIL')) {
    const parsed = floatingValue(parts.get('UNTIL')!, undefined, zone, allDay);
    if (!parsed) return null;
    until = parsed.dateOnly && !allDay ? parsed.floating + DAY_MS - 1000 : parsed.floating;
  }
  const wkst = parts.has('WKST') ? WEEKDAYS.indexOf(parts.get('WKST') as Weekday) : 0;
  if (wkst < 0) return null;
  const day0 = Math.floor(startFloat / DAY_MS);
  const timeOfDay = startFloat - day0 * DAY_MS;
  const startDate = new Date(startFloat);
  const weekdayOf = (day: number) => (new Date(day * DAY_MS).getUTCDay() + 6) % 7; // 0 = Monday

  if (freq === 'DAILY' && !parts.has('BYDAY')) {
    const period = interval * DAY_MS;
    return (from, to) => {
      const out: number[] = [];
      for (let k = Math.max(0, Math.ceil((from - startFloat) / period)); k < count; k += 1) {
        const f = startFloat + k * period;
        if (f > to || f > until) break;
        out.push(f);
      }
      return out;
    };
  }
  if (freq === 'WEEKLY') {
    const byDay = parts.has('BYDAY')
      ? parts
          .get('BYDAY')!
          .split(',')
          .map((d) => WEEKDAYS.indexOf(d as Weekday))
      : [weekdayOf(day0)];
    if (byDay.some((d) => d < 0)) return null;
    // Day offsets within a week that starts on WKST, in order.
    const offsets = [...new Set(byDay.map((d) => (d - wkst + 7) % 7))].sort((a, b) => a - b);
    const week0 = day0 - ((weekdayOf(day0) - wkst + 7) % 7);
    return (from, to) => {
      const out: number[] = [];
      let seen = 0;
      // Without COUNT, jump to the period before the window; with it, count from the start.
      let w =
        count === Infinity
          ? Math.max(0, Math.floor((from - week0 * DAY_MS) / (7 * DAY_MS * interval)) - 1) *
            interval
          : 0;
      for (; ; w += interval) {
        for (const offset of offsets) {
          const f = (week0 + w * 7 + offset) * DAY_MS + timeOfDay;
          if (f < startFloat) continue;
          if (f > to || f > until || seen >= count) return out;
          seen += 1;
          if (f >= from) out.push(f);
        }
      }
    };
  }
  if ((freq === 'MONTHLY' || freq === 'YEARLY') && !parts.has('BYDAY')) {
    const y0 = startDate.getUTCFullYear();
    const m0 = startDate.getUTCMonth();
    const d0 = startDate.getUTCDate();
    const step = freq === 'MONTHLY' ? interval : interval * 12;
    return (from, to) => {
      const out: number[] = [];
      let seen = 0;
      const fromDate = new Date(from);
      const monthsToFrom = (fromDate.getUTCFullYear() - y0) * 12 + fromDate.getUTCMonth() - m0;
      for (
        let k = count === Infinity ? Math.max(0, Math.floor(monthsToFrom / step) - 1) * step : 0;
        ;
        k += step
      ) {
        const day = Date.UTC(y0, m0 + k, 1);
        if (day > to || day > until) return out;
        // The 31st (or 29 February) is skipped in months that lack it, as RFC 5545 says.
        if (new Date(Date.UTC(y0, m0 + k, d0)).getUTCDate() !== d0) continue;
        const f = day + (d0 - 1) * DAY_MS + timeOfDay;
        if (f > to || f > until || seen >= count) return out;
        seen += 1;
        if (f >= from) out.push(f);
      }
    };
  }
  return null;
}

/** RFC 3339 for a wall clock and the instant it stands for (their difference is the offset). */
function wallWithOffset(floating: number, instant: number): string {
  const offset = Math.round((floating - instant) / 60_000);
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${new Date(floating).toISOString().slice(0, 19)}${offset < 0 ? '-' : '+'}${hh}:${mm}`;
}

const SIMPLE_KEYS = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'WKST']);

/** rrule options for an RRULE/EXRULE value, with UNTIL turned into floating time. */
function ruleOptions(
  value: string,
  startFloat: number,
  zone: string,
  allDay: boolean,
): Partial<Options> {
  const parts = ruleParts(value);
  const until = parts.get('UNTIL');
  parts.delete('UNTIL');
  const options: Partial<Options> = {
    ...RRule.parseString(formatRuleParts(parts)),
    dtstart: new Date(startFloat),
    tzid: null,
  };
  if (options.freq === undefined || options.freq === null) throw new Error('The rule has no FREQ.');
  if (
    options.interval !== undefined &&
    (!Number.isInteger(options.interval) || options.interval < 1)
  )
    throw new Error('Bad INTERVAL.');
  if (until !== undefined) {
    const parsed = floatingValue(until, undefined, zone, allDay);
    if (!parsed) throw new Error(`Unreadable UNTIL ${until}`);
    // A date-only UNTIL on a timed series includes that whole day.
    options.until = new Date(
      parsed.dateOnly && !allDay ? parsed.floating + DAY_MS - 1000 : parsed.floating,
    );
  }
  return options;
}

/**
 * The same rule with DTSTART moved forward by whole periods to just before `from`, so
 * rrule does not iterate years of past occurrences. Only for rules without COUNT (which
 * must count from the real start); the defaults rrule would take from the old DTSTART
 * (day of month, month) are made explicit first so the set of occurrences is unchanged.
 */
function startNear(options: Partial<Options>, startFloat: number, from: number): Partial<Options> {
  if (options.count || from <= startFloat) return options;
  const interval = options.interval ?? 1;
  const start = new Date(startFloat);
  const timeOfDay = startFloat - Math.floor(startFloat / DAY_MS) * DAY_MS;
  const freq = options.freq;
  if (freq === RRule.DAILY || freq === RRule.WEEKLY) {
    const period = interval * (freq === RRule.DAILY ? 1 : 7) * DAY_MS;
    const k = Math.floor((from - startFloat) / period) - 1;
    return k > 0 ? { ...options, dtstart: new Date(startFloat + k * period) } : options;
  }
  if (freq === RRule.MONTHLY || freq === RRule.YEARLY) {
    const fromDate = new Date(from);
    const months =
      freq === RRule.MONTHLY
        ? (fromDate.getUTCFullYear() - start.getUTCFullYear()) * 12 +
          fromDate.getUTCMonth() -
          start.getUTCMonth()
        : fromDate.getUTCFullYear() - start.getUTCFullYear();
    const k = Math.floor(months / interval) - 1;
    if (k <= 0) return options;
    const explicit = { ...options };
    const hasBy =
      has(options.byweekno) ||
      has(options.byyearday) ||
      has(options.bymonthday) ||
      has(options.byweekday) ||
      has(options.byeaster);
    if (!hasBy) {
      if (freq === RRule.YEARLY && !has(options.bymonth))
        explicit.bymonth = start.getUTCMonth() + 1;
      explicit.bymonthday = start.getUTCDate();
    }
    const shifted =
      freq === RRule.MONTHLY
        ? Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + k * interval, 1)
        : Date.UTC(start.getUTCFullYear() + k * interval, 0, 1);
    explicit.dtstart = new Date(shifted + timeOfDay);
    return explicit;
  }
  return options;
}

function has(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  return Array.isArray(value) ? value.length > 0 : true;
}
