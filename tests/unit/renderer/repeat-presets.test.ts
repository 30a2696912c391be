import { describe, expect, it } from 'vitest';
import {
  monthlyChoices,
  presetOf,
  repeatPresets,
} from '../../../src-renderer/calendar/model/repeat-presets';
import {
  recurrenceFromRepeatRule,
  repeatRuleFromRecurrence,
} from '../../../src-renderer/calendar/model/repeat-rules';
import { expandSeries } from '../../../src-renderer/calendar/model/series-expansion';
import type { RepeatRule } from '../../../src-renderer/calendar/model/types';
import type { CalendarEvent } from '../../../src-preload/model/event';

// A first Friday; a Tuesday that is the last weekday of its month (and its last Tuesday); the
// fifth Friday of May, its last Friday and last weekday; a leap day.
const DATES = ['2026-03-06', '2026-03-31', '2026-05-29', '2028-02-29'];

describe('repeat presets', () => {
  it('offers Google Calendar’s choices for a first Friday', () => {
    expect(repeatPresets('2026-03-06').map((p) => [p.id, p.label, p.lines])).toEqual([
      ['none', 'Does not repeat', []],
      ['daily', 'Daily', ['RRULE:FREQ=DAILY']],
      ['weekly', 'Weekly on Friday', ['RRULE:FREQ=WEEKLY;BYDAY=FR']],
      ['weekdays', 'Every weekday (Monday to Friday)', ['RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR']],
      ['monthlyOnDay', 'Monthly on day 6', ['RRULE:FREQ=MONTHLY']],
      ['monthlyOnNthWeekday', 'Monthly on the first Friday', ['RRULE:FREQ=MONTHLY;BYDAY=1FR']],
      ['yearly', 'Annually on March 6', ['RRULE:FREQ=YEARLY']],
    ]);
  });

  it('offers the last weekday and the last Tuesday on the last weekday of a month', () => {
    expect(repeatPresets('2026-03-31').map((p) => [p.id, p.label, p.lines])).toEqual([
      ['none', 'Does not repeat', []],
      ['daily', 'Daily', ['RRULE:FREQ=DAILY']],
      ['weekly', 'Weekly on Tuesday', ['RRULE:FREQ=WEEKLY;BYDAY=TU']],
      ['weekdays', 'Every weekday (Monday to Friday)', ['RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR']],
      ['monthlyOnDay', 'Monthly on day 31', ['RRULE:FREQ=MONTHLY']],
      [
        'monthlyOnLastWeekdayOfKind',
        'Monthly on the last Tuesday',
        ['RRULE:FREQ=MONTHLY;BYDAY=-1TU'],
      ],
      [
        'monthlyOnLastWeekday',
        'Monthly on the last weekday',
        ['RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'],
      ],
      ['yearly', 'Annually on March 31', ['RRULE:FREQ=YEARLY']],
    ]);
  });

  it('offers the fourth and the last Friday when the fourth is the last', () => {
    const ids = repeatPresets('2026-03-27').map((p) => p.label);
    expect(ids).toContain('Monthly on the fourth Friday');
    expect(ids).toContain('Monthly on the last Friday');
    expect(ids).not.toContain('Monthly on the last weekday'); // 30 and 31 March are weekdays
  });

  describe.each(DATES)('from %s', (date) => {
    it('each preset round-trips through Google’s lines', () => {
      for (const preset of repeatPresets(date)) {
        expect(presetOf(preset.lines, date), preset.id).toBe(preset.id);
        expect(repeatRuleFromRecurrence(preset.lines, 'UTC', date), preset.id).toEqual(preset.rule);
      }
    });

    it('each preset repeats on the start date, then where its words say', () => {
      for (const preset of repeatPresets(date)) {
        if (!preset.rule) continue;
        const [first, second] = occurrences(preset.lines, date, 2);
        expect(first, preset.id).toBe(date);
        expect(second, preset.id).toBe(NEXT[date]![preset.id]);
      }
    });
  });

  it('reads other spellings of a preset as that preset', () => {
    expect(presetOf(['RRULE:FREQ=MONTHLY;BYMONTHDAY=6'], '2026-03-06')).toBe('monthlyOnDay');
    expect(presetOf(['RRULE:FREQ=MONTHLY;BYDAY=+1FR'], '2026-03-06')).toBe('monthlyOnNthWeekday');
    expect(presetOf(['RRULE:FREQ=WEEKLY;WKST=SU;BYDAY=FR'], '2026-03-06')).toBe('weekly');
    expect(
      presetOf(['RRULE:FREQ=WEEKLY;BYDAY=FR', 'EXDATE;VALUE=DATE:20260313'], '2026-03-06'),
    ).toBe('weekly');
  });

  it('calls everything else custom', () => {
    const custom = [
      ['RRULE:FREQ=WEEKLY;BYDAY=FR;COUNT=3'],
      ['RRULE:FREQ=DAILY;INTERVAL=2'],
      ['RRULE:FREQ=WEEKLY;BYDAY=MO'], // not the start's weekday
      ['RRULE:FREQ=MONTHLY;BYDAY=2FR'], // not the start's place in the month
      ['RRULE:FREQ=MONTHLY;BYMONTHDAY=1,15'],
      ['RRULE:FREQ=DAILY;BYHOUR=9'],
      ['RRULE:FREQ=WEEKLY;BYDAY=FR', 'RDATE;VALUE=DATE:20260320'],
    ];
    for (const lines of custom) expect(presetOf(lines, '2026-03-06'), lines[0]).toBe('custom');
    expect(presetOf([], '2026-03-06')).toBe('none');
    expect(presetOf(undefined, '2026-03-06')).toBe('none');
  });

  it('labels the presets in another locale through Intl', () => {
    const labels = repeatPresets('2026-03-06', { locale: 'en-GB' }).map((p) => p.label);
    expect(labels).toContain('Annually on 6 March');
  });
});

describe('custom monthly', () => {
  it('offers "on day N" and "on the Nth weekday" for the start date', () => {
    expect(monthlyChoices('2026-03-06')).toEqual([
      { monthDay: { type: 'monthDays', days: [6] }, label: 'day 6' },
      { monthDay: { type: 'nthWeekday', nth: 1, weekday: 'FR' }, label: 'the first Friday' },
    ]);
    expect(monthlyChoices('2026-03-31').map((c) => c.label)).toEqual([
      'day 31',
      'the last Tuesday',
      'the last weekday',
    ]);
  });

  it('writes BYDAY and BYSETPOS with the interval and the end, and reads them back', () => {
    const cases: [RepeatRule, string][] = [
      [
        {
          freq: 'MONTHLY',
          interval: 2,
          monthDay: { type: 'nthWeekday', nth: 2, weekday: 'TU' },
          end: { type: 'count', count: 5 },
        },
        'RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU;COUNT=5',
      ],
      [
        {
          freq: 'MONTHLY',
          interval: 1,
          monthDay: { type: 'nthOfDays', nth: -1, days: ['MO', 'TU', 'WE', 'TH', 'FR'] },
          end: { type: 'until', date: '2026-12-31' },
        },
        // The last second of 31 December in Berlin.
        'RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;UNTIL=20261231T225959Z',
      ],
      [
        {
          freq: 'MONTHLY',
          interval: 1,
          monthDay: { type: 'monthDays', days: [20] },
          end: { type: 'never' },
        },
        'RRULE:FREQ=MONTHLY;BYMONTHDAY=20',
      ],
    ];
    const start = { dateTime: '2026-03-10T09:00:00+01:00', timeZone: 'Europe/Berlin' };
    for (const [rule, line] of cases) {
      expect(recurrenceFromRepeatRule(rule, start)).toEqual([line]);
      expect(repeatRuleFromRecurrence([line], 'Europe/Berlin', '2026-03-10')).toEqual(rule);
    }
  });
});

/** Where each preset's second occurrence falls, per start date. */
const NEXT: Record<string, Record<string, string>> = {
  '2026-03-06': {
    daily: '2026-03-07',
    weekly: '2026-03-13',
    weekdays: '2026-03-09',
    monthlyOnDay: '2026-04-06',
    monthlyOnNthWeekday: '2026-04-03',
    yearly: '2027-03-06',
  },
  '2026-03-31': {
    daily: '2026-04-01',
    weekly: '2026-04-07',
    weekdays: '2026-04-01',
    monthlyOnDay: '2026-05-31', // April has no 31st
    monthlyOnLastWeekdayOfKind: '2026-04-28',
    monthlyOnLastWeekday: '2026-04-30',
    yearly: '2027-03-31',
  },
  '2026-05-29': {
    daily: '2026-05-30',
    weekly: '2026-06-05',
    weekdays: '2026-06-01',
    monthlyOnDay: '2026-06-29',
    monthlyOnLastWeekdayOfKind: '2026-06-26',
    monthlyOnLastWeekday: '2026-06-30',
    yearly: '2027-05-29',
  },
  '2028-02-29': {
    daily: '2028-03-01',
    weekly: '2028-03-07',
    weekdays: '2028-03-01',
    monthlyOnDay: '2028-03-29',
    monthlyOnLastWeekdayOfKind: '2028-03-28',
    monthlyOnLastWeekday: '2028-03-31',
    yearly: '2032-02-29', // the next leap year
  },
};

function occurrences(lines: string[], date: string, n: number): string[] {
  const master: CalendarEvent = {
    id: 'presetprobe',
    calendarId: 'local',
    kind: 'master',
    status: 'confirmed',
    summary: 'Probe',
    start: { date },
    end: { date },
    recurrence: lines,
    startMs: Date.parse(`${date}T00:00:00Z`),
    endMs: Date.parse(`${date}T00:00:00Z`) + 86_400_000,
    localVersion: 1,
    updatedAt: '',
  };
  const from = new Date(`${date}T00:00:00Z`);
  const to = new Date(from.getTime() + 5 * 366 * 86_400_000);
  return expandSeries(master, [], { start: from, end: to }, '#000')
    .slice(0, n)
    .map((o) => o.start);
}
