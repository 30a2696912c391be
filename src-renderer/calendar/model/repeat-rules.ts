// The editor's view of recurrence lines: which RepeatRule the lines are ('custom' when they
// say more than the editor shows, kept verbatim), the lines for a rule, and a rule in plain
// words.
import { DateTime } from 'luxon';
import type { EventDateTime } from '../../../src-preload/model/event';
import type { RepeatRule, Weekday } from './types';
import {
  DAY_MS,
  floatingFromWall,
  isoDate,
  wallToInstant,
} from '../../../src-preload/model/zoned-time';
import { dateStamp, instantStamp } from '../../../src-preload/model/instance-ids';
import { floatingValue, parseLine, ruleParts } from '../../../src-preload/model/recurrence-lines';
import { eventZone } from '../../../src-preload/model/event-time';

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
