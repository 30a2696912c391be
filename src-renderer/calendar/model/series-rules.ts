// How one RRULE or EXRULE of a series is iterated, in floating time: the common rules (FREQ
// with INTERVAL, COUNT, UNTIL, WKST, plain weekly BYDAY and "the nth weekday" monthly) by
// arithmetic, the rest by rrule with UNTIL in floating time and DTSTART moved near the
// window, so a rule started years ago is not iterated from its first occurrence on every
// render.
import * as rruleModule from 'rrule';
import type { Options } from 'rrule';
import type { Weekday } from './types';
import { DAY_MS } from '../../../src-preload/model/zoned-time';
import {
  floatingValue,
  formatRuleParts,
  ruleParts,
} from '../../../src-preload/model/recurrence-lines';
import { UnreadableRuleError } from './unreadable-rule';

// rrule ships an ES module for bundlers and a UMD bundle for Node; under plain Node (bench,
// tsx) its named exports only exist on the default export.
export const RRule: typeof rruleModule.RRule =
  rruleModule.RRule ?? (Reflect.get(rruleModule, 'default') as typeof rruleModule).RRule;
export type RRule = InstanceType<typeof RRule>;

/**
 * The common rules (FREQ with INTERVAL, COUNT, UNTIL, WKST, plain weekly BYDAY and one
 * ordinal weekday monthly) by arithmetic instead of rrule's general iterator, which costs
 * far more per series than a six-week window is worth. Same set as rrule gives (DTSTART included only if it matches);
 * null for anything else, which goes to rrule.
 */
export function simpleRule(
  value: string,
  startFloat: number,
  zone: string,
  allDay: boolean,
): ((from: number, to: number) => number[]) | null {
  const parts = ruleParts(value);
  let plain = true;
  parts.forEach((_, key) => (plain &&= SIMPLE_KEYS.has(key)));
  if (!plain) return null;
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
    const offsets = byDay
      .map((d) => (d - wkst + 7) % 7)
      .filter((offset, i, all) => all.indexOf(offset) === i)
      .sort((a, b) => a - b);
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
        for (let i = 0; i < offsets.length; i++) {
          const f = (week0 + w * 7 + offsets[i]!) * DAY_MS + timeOfDay;
          if (f < startFloat) continue;
          if (f > to || f > until || seen >= count) return out;
          seen += 1;
          if (f >= from) out.push(f);
        }
      }
    };
  }
  if (freq === 'MONTHLY' && parts.has('BYDAY')) {
    // One weekday of the month by its place: 2TH (second Thursday), -1FR (last Friday).
    const nthDay = /^([+-]?[1-5])(MO|TU|WE|TH|FR|SA|SU)$/.exec(parts.get('BYDAY')!);
    if (!nthDay) return null;
    const nth = Number(nthDay[1]);
    const weekday = WEEKDAYS.indexOf(nthDay[2] as Weekday);
    const startDate = new Date(startFloat);
    const y0 = startDate.getUTCFullYear();
    const m0 = startDate.getUTCMonth();
    return (from, to) => {
      const out: number[] = [];
      let seen = 0;
      const fromDate = new Date(from);
      const monthsToFrom = (fromDate.getUTCFullYear() - y0) * 12 + fromDate.getUTCMonth() - m0;
      for (
        let k =
          count === Infinity ? Math.max(0, Math.floor(monthsToFrom / interval) - 1) * interval : 0;
        ;
        k += interval
      ) {
        const first = Date.UTC(y0, m0 + k, 1);
        if (first > to || first > until) return out;
        const daysInMonth = Math.round((Date.UTC(y0, m0 + k + 1, 1) - first) / DAY_MS);
        const firstWeekday = weekdayOf(first / DAY_MS);
        const lastWeekday = (firstWeekday + daysInMonth - 1) % 7;
        const date =
          nth > 0
            ? 1 + ((weekday - firstWeekday + 7) % 7) + (nth - 1) * 7
            : daysInMonth - ((lastWeekday - weekday + 7) % 7) + (nth + 1) * 7;
        // A fifth Thursday is skipped in months that have four, as RFC 5545 says.
        if (date < 1 || date > daysInMonth) continue;
        const f = first + (date - 1) * DAY_MS + timeOfDay;
        if (f < startFloat) continue;
        if (f > to || f > until || seen >= count) return out;
        seen += 1;
        if (f >= from) out.push(f);
      }
    };
  }
  if ((freq === 'MONTHLY' || freq === 'YEARLY') && !parts.has('BYDAY')) {
    const startDate = new Date(startFloat);
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

/** The weekday of a day number (days since the epoch), 0 = Monday. */
function weekdayOf(day: number): number {
  return (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
}

const SIMPLE_KEYS = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'WKST']);

/** rrule options for an RRULE/EXRULE value, with UNTIL turned into floating time. */
export function ruleOptions(
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
  if (options.freq === undefined || options.freq === null)
    throw new UnreadableRuleError('noFrequency');
  if (
    options.interval !== undefined &&
    (!Number.isInteger(options.interval) || options.interval < 1)
  )
    throw new UnreadableRuleError('badInterval', { interval: String(options.interval) });
  if (until !== undefined) {
    const parsed = floatingValue(until, undefined, zone, allDay);
    if (!parsed) throw new UnreadableRuleError('badDate', { name: 'UNTIL', value: until });
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
export function startNear(
  options: Partial<Options>,
  startFloat: number,
  from: number,
): Partial<Options> {
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

const WEEKDAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
