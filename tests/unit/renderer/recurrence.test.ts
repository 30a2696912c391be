import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../../src-preload/model/event';
import { INSTANCE_ID } from '../../../src-preload/model/instance-ids';
import {
  recurrenceFromRepeatRule,
  repeatRuleFromRecurrence,
} from '../../../src-renderer/calendar/model/repeat-rules';
import { expandSeries } from '../../../src-renderer/calendar/model/series-expansion';
import { repeatRuleWords } from '../../../src-renderer/calendar/model/rule-words';
import type { RepeatRule } from '../../../src-renderer/calendar/model/types';
import { allDay, range, timed } from './fixtures';

const starts = (
  master: CalendarEvent,
  from: string,
  to: string,
  exceptions: CalendarEvent[] = [],
) => expandSeries(master, exceptions, range(from, to), '#000').map((o) => o.start);

describe('expandSeries', () => {
  it('daily with interval and count', () => {
    const m = timed('daily1', '2026-01-05T09:00', '2026-01-05T09:30', 'UTC', {
      recurrence: ['RRULE:FREQ=DAILY;INTERVAL=2;COUNT=4'],
    });
    expect(starts(m, '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z')).toEqual([
      '2026-01-05T09:00:00.000Z',
      '2026-01-07T09:00:00.000Z',
      '2026-01-09T09:00:00.000Z',
      '2026-01-11T09:00:00.000Z',
    ]);
  });

  it('weekly on several days, only inside the range, far from DTSTART', () => {
    const m = timed('weekly1', '2020-01-06T09:00', '2020-01-06T10:00', 'UTC', {
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO,TH'],
    });
    expect(starts(m, '2026-03-09T00:00:00Z', '2026-03-16T00:00:00Z')).toEqual([
      '2026-03-09T09:00:00.000Z',
      '2026-03-12T09:00:00.000Z',
    ]);
  });

  it('every other week keeps its alignment years later', () => {
    const m = timed('biweekly', '2024-01-01T09:00', '2024-01-01T10:00', 'UTC', {
      recurrence: ['RRULE:FREQ=WEEKLY;INTERVAL=2'],
    });
    // 2024-01-01 is a Monday; 2026-03-02 is 113 weeks later (odd, skipped), 2026-03-09 is 114.
    expect(starts(m, '2026-03-01T00:00:00Z', '2026-03-31T00:00:00Z')).toEqual([
      '2026-03-09T09:00:00.000Z',
      '2026-03-23T09:00:00.000Z',
    ]);
  });

  it('monthly on the 31st skips short months, from an old start', () => {
    const m = timed('monthly1', '2019-01-31T12:00', '2019-01-31T13:00', 'UTC', {
      recurrence: ['RRULE:FREQ=MONTHLY'],
    });
    expect(starts(m, '2026-01-15T00:00:00Z', '2026-06-15T00:00:00Z')).toEqual([
      '2026-01-31T12:00:00.000Z',
      '2026-03-31T12:00:00.000Z',
      '2026-05-31T12:00:00.000Z',
    ]);
  });

  it('monthly by nth weekday and yearly with interval', () => {
    const nth = timed('second2', '2025-01-14T09:00', '2025-01-14T10:00', 'UTC', {
      recurrence: ['RRULE:FREQ=MONTHLY;BYDAY=2TU'],
    });
    expect(starts(nth, '2026-03-01T00:00:00Z', '2026-05-01T00:00:00Z')).toEqual([
      '2026-03-10T09:00:00.000Z',
      '2026-04-14T09:00:00.000Z',
    ]);
    const yearly = allDay('birthday', '2016-02-29', '2016-03-01', {
      recurrence: ['RRULE:FREQ=YEARLY;INTERVAL=2'],
    });
    // Leap day every other year: 2024 and 2028 have one, 2026 has no 29 February.
    const occ = expandSeries(
      yearly,
      [],
      range('2023-01-01T00:00:00Z', '2029-01-01T00:00:00Z'),
      '#000',
    );
    expect(occ.map((o) => [o.start, o.end, o.instanceId])).toEqual([
      ['2024-02-29', '2024-03-01', 'birthday_20240229'],
      ['2028-02-29', '2028-03-01', 'birthday_20280229'],
    ]);
  });

  it('UNTIL is inclusive', () => {
    const m = timed('until1', '2026-03-02T09:00', '2026-03-02T10:00', 'Europe/Berlin', {
      recurrence: ['RRULE:FREQ=DAILY;UNTIL=20260304T080000Z'],
    });
    expect(starts(m, '2026-03-01T00:00:00Z', '2026-03-10T00:00:00Z')).toEqual([
      '2026-03-02T08:00:00.000Z',
      '2026-03-03T08:00:00.000Z',
      '2026-03-04T08:00:00.000Z',
    ]);
  });

  it('EXDATE in UTC, with TZID and as a date; RDATE adds instances', () => {
    const m = timed('exrd1', '2026-03-02T09:00', '2026-03-02T10:00', 'Europe/Berlin', {
      recurrence: [
        'RRULE:FREQ=DAILY;COUNT=6',
        'EXDATE:20260303T080000Z',
        'EXDATE;TZID=Europe/Berlin:20260304T090000',
        'EXDATE;VALUE=DATE:20260305',
        'RDATE;TZID=Europe/Berlin:20260310T140000',
      ],
    });
    expect(starts(m, '2026-03-01T00:00:00Z', '2026-03-12T00:00:00Z')).toEqual([
      '2026-03-02T08:00:00.000Z',
      '2026-03-06T08:00:00.000Z',
      '2026-03-07T08:00:00.000Z',
      '2026-03-10T13:00:00.000Z',
    ]);
  });

  it('keeps the wall clock across DST in America/New_York', () => {
    const m = timed('eastcoast', '2026-03-06T09:00', '2026-03-06T10:00', 'America/New_York', {
      recurrence: ['RRULE:FREQ=DAILY'],
    });
    const occ = expandSeries(m, [], range('2026-03-06T00:00:00Z', '2026-03-10T00:00:00Z'), '#000');
    expect(occ.map((o) => o.start)).toEqual([
      '2026-03-06T14:00:00.000Z',
      '2026-03-07T14:00:00.000Z',
      '2026-03-08T13:00:00.000Z',
      '2026-03-09T13:00:00.000Z',
    ]);
    // Instance ids carry the UTC of the original start; originalStart keeps the zone's offset.
    expect(occ[2]!.instanceId).toBe('eastcoast_20260308T130000Z');
    expect(occ[2]!.originalStart).toEqual({
      dateTime: '2026-03-08T09:00:00-04:00',
      timeZone: 'America/New_York',
    });
    expect(occ.every((o) => INSTANCE_ID.test(o.instanceId))).toBe(true);
  });

  it('keeps the wall clock across DST in Europe/Berlin, both ways', () => {
    const m = timed('berlin', '2026-03-23T09:00', '2026-03-23T10:00', 'Europe/Berlin', {
      recurrence: ['RRULE:FREQ=WEEKLY'],
    });
    expect(starts(m, '2026-03-20T00:00:00Z', '2026-04-05T00:00:00Z')).toEqual([
      '2026-03-23T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
    expect(starts(m, '2026-10-19T00:00:00Z', '2026-11-05T00:00:00Z')).toEqual([
      '2026-10-19T07:00:00.000Z',
      '2026-10-26T08:00:00.000Z',
      '2026-11-02T08:00:00.000Z',
    ]);
  });

  it('all-day series: dates, exclusive ends, instance ids by date', () => {
    const m = allDay('trash', '2026-03-02', '2026-03-03', {
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO'],
    });
    const occ = expandSeries(m, [], range('2026-03-08T00:00:00Z', '2026-03-22T00:00:00Z'), '#000');
    expect(occ.map((o) => [o.instanceId, o.start, o.end, o.allDay])).toEqual([
      ['trash_20260309', '2026-03-09', '2026-03-10', true],
      ['trash_20260316', '2026-03-16', '2026-03-17', true],
    ]);
    expect(occ[0]!.originalStart).toEqual({ date: '2026-03-09' });
  });

  it('overlays exceptions by original start and hides cancelled ones', () => {
    const m = timed('overlay', '2026-03-02T09:00', '2026-03-02T10:00', 'America/New_York', {
      recurrence: ['RRULE:FREQ=DAILY;COUNT=5'],
    });
    const moved = timed(
      'overlay_20260303T140000Z',
      '2026-03-03T16:00',
      '2026-03-03T17:00',
      'America/New_York',
      {
        recurringEventId: 'overlay',
        originalStartTime: { dateTime: '2026-03-03T09:00:00-05:00', timeZone: 'America/New_York' },
        summary: 'Later today',
      },
    );
    const cancelled = timed(
      'overlay_20260304T140000Z',
      '2026-03-04T09:00',
      '2026-03-04T10:00',
      'America/New_York',
      {
        recurringEventId: 'overlay',
        originalStartTime: { dateTime: '2026-03-04T14:00:00Z' },
        status: 'cancelled',
      },
    );
    const occ = expandSeries(
      m,
      [moved, cancelled],
      range('2026-03-01T00:00:00Z', '2026-03-10T00:00:00Z'),
      '#111',
    );
    expect(occ.map((o) => [o.key, o.title, o.start])).toEqual([
      ['overlay_20260302T140000Z', 'overlay', '2026-03-02T14:00:00.000Z'],
      ['overlay_20260303T140000Z', 'Later today', '2026-03-03T21:00:00.000Z'],
      ['overlay_20260305T140000Z', 'overlay', '2026-03-05T14:00:00.000Z'],
      ['overlay_20260306T140000Z', 'overlay', '2026-03-06T14:00:00.000Z'],
    ]);
    expect(occ[1]!.event).toBe(moved);
  });

  it('a rule it cannot read shows the master once, and never throws', () => {
    const m = timed('bad1', '2026-03-02T09:00', '2026-03-02T10:00', 'UTC', {
      recurrence: ['RRULE:FREQ=WEEKLY;INTERVAL=0;BYDAY=ZZ'],
    });
    expect(() =>
      expandSeries(m, [], range('2026-03-01T00:00:00Z', '2026-03-10T00:00:00Z'), '#000'),
    ).not.toThrow();
    expect(starts(m, '2026-03-01T00:00:00Z', '2026-03-10T00:00:00Z')).toEqual([
      '2026-03-02T09:00:00.000Z',
    ]);
    expect(starts(m, '2026-04-01T00:00:00Z', '2026-04-10T00:00:00Z')).toEqual([]);
  });

  it('a cached expansion follows edits to the master', () => {
    const m = timed('edited', '2026-03-02T09:00', '2026-03-02T10:00', 'UTC', {
      recurrence: ['RRULE:FREQ=DAILY'],
    });
    expect(starts(m, '2026-03-05T00:00:00Z', '2026-03-07T00:00:00Z')).toHaveLength(2);
    const changed = { ...m, recurrence: ['RRULE:FREQ=WEEKLY'], localVersion: 2 };
    expect(starts(changed, '2026-03-05T00:00:00Z', '2026-03-07T00:00:00Z')).toEqual([]);
  });

  it('a cached expansion follows a master rewritten without a new version, and back again', () => {
    const m = timed('rewritten', '2026-03-02T09:00', '2026-03-02T10:00', 'UTC', {
      recurrence: ['RRULE:FREQ=DAILY'],
    });
    const window = ['2026-03-05T00:00:00Z', '2026-03-06T00:00:00Z'] as const;
    expect(starts(m, ...window)).toEqual(['2026-03-05T09:00:00.000Z']);
    // Sync moved the series an hour later in another zone and kept the local version.
    const moved = {
      ...m,
      start: { dateTime: '2026-03-02T09:00:00', timeZone: 'Europe/London' },
      end: { dateTime: '2026-03-02T10:00:00', timeZone: 'Europe/London' },
      recurrence: [...m.recurrence!],
    };
    expect(starts(moved, ...window)).toEqual(['2026-03-05T09:00:00.000Z']);
    const later = { ...moved, start: { ...moved.start, dateTime: '2026-03-02T11:00:00' } };
    expect(starts(later, ...window)).toEqual(['2026-03-05T11:00:00.000Z']);
    expect(starts(m, ...window)).toEqual(['2026-03-05T09:00:00.000Z']);
  });
});

describe('repeat rules', () => {
  it('reads the rules the editor can express', () => {
    expect(repeatRuleFromRecurrence(undefined)).toBeNull();
    expect(repeatRuleFromRecurrence([])).toBeNull();
    expect(repeatRuleFromRecurrence(['RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE,MO;COUNT=5'])).toEqual({
      freq: 'WEEKLY',
      interval: 2,
      byDay: ['MO', 'WE'],
      end: { type: 'count', count: 5 },
    });
    expect(
      repeatRuleFromRecurrence(['RRULE:FREQ=DAILY;UNTIL=20260311T035959Z'], 'America/New_York'),
    ).toEqual({ freq: 'DAILY', interval: 1, end: { type: 'until', date: '2026-03-10' } });
    expect(repeatRuleFromRecurrence(['RRULE:FREQ=YEARLY;UNTIL=20300101'])).toEqual({
      freq: 'YEARLY',
      interval: 1,
      end: { type: 'until', date: '2030-01-01' },
    });
    expect(repeatRuleFromRecurrence(['RRULE:FREQ=MONTHLY', 'EXDATE:20260302T090000Z'])).toEqual({
      freq: 'MONTHLY',
      interval: 1,
      end: { type: 'never' },
    });
  });

  it("reads the day a monthly rule picks, and leaves the start's own day to the start", () => {
    const monthly = { freq: 'MONTHLY', interval: 1, end: { type: 'never' } };
    expect(repeatRuleFromRecurrence(['RRULE:FREQ=MONTHLY;BYDAY=2TU'])).toEqual({
      ...monthly,
      monthDay: { type: 'nthWeekday', nth: 2, weekday: 'TU' },
    });
    expect(
      repeatRuleFromRecurrence(['RRULE:FREQ=MONTHLY;BYDAY=FR,TH,MO,TU,WE;BYSETPOS=-1']),
    ).toEqual({
      ...monthly,
      monthDay: { type: 'nthOfDays', nth: -1, days: ['MO', 'TU', 'WE', 'TH', 'FR'] },
    });
    expect(repeatRuleFromRecurrence(['RRULE:FREQ=MONTHLY;BYMONTHDAY=15'])).toEqual({
      ...monthly,
      monthDay: { type: 'monthDays', days: [15] },
    });
    expect(
      repeatRuleFromRecurrence(['RRULE:FREQ=MONTHLY;BYMONTHDAY=15'], 'UTC', '2026-03-15'),
    ).toEqual(monthly);
  });

  it('calls anything else custom', () => {
    expect(repeatRuleFromRecurrence(['RRULE:FREQ=MONTHLY;BYDAY=2TU,3WE'])).toBe('custom');
    expect(repeatRuleFromRecurrence(['RRULE:FREQ=MONTHLY;BYMONTHDAY=1,15'])).toBe('custom');
    expect(repeatRuleFromRecurrence(['RRULE:FREQ=WEEKLY;BYDAY=MO;BYSETPOS=1'])).toBe('custom');
    expect(repeatRuleFromRecurrence(['RRULE:FREQ=HOURLY'])).toBe('custom');
    expect(repeatRuleFromRecurrence(['RRULE:FREQ=DAILY', 'RDATE:20260302T090000Z'])).toBe('custom');
    expect(repeatRuleFromRecurrence(['RRULE:FREQ=DAILY', 'RRULE:FREQ=WEEKLY'])).toBe('custom');
    expect(repeatRuleFromRecurrence(['RRULE:FREQ=DAILY;BYMONTH=3'])).toBe('custom');
  });

  it('writes RRULE lines, with UNTIL in UTC for timed events and as a date for all-day ones', () => {
    const weekly = {
      freq: 'WEEKLY' as const,
      interval: 1,
      byDay: ['FR' as const, 'MO' as const],
      end: { type: 'never' as const },
    };
    expect(
      recurrenceFromRepeatRule(weekly, {
        dateTime: '2026-03-02T09:00:00-05:00',
        timeZone: 'America/New_York',
      }),
    ).toEqual(['RRULE:FREQ=WEEKLY;BYDAY=MO,FR']);
    const until = {
      freq: 'DAILY' as const,
      interval: 3,
      end: { type: 'until' as const, date: '2026-03-10' },
    };
    expect(
      recurrenceFromRepeatRule(until, {
        dateTime: '2026-03-02T09:00:00-05:00',
        timeZone: 'America/New_York',
      }),
    ).toEqual(['RRULE:FREQ=DAILY;INTERVAL=3;UNTIL=20260311T035959Z']);
    expect(recurrenceFromRepeatRule(until, { date: '2026-03-02' })).toEqual([
      'RRULE:FREQ=DAILY;INTERVAL=3;UNTIL=20260310',
    ]);
    const count = {
      freq: 'MONTHLY' as const,
      interval: 1,
      end: { type: 'count' as const, count: 12 },
    };
    expect(recurrenceFromRepeatRule(count, { date: '2026-03-02' })).toEqual([
      'RRULE:FREQ=MONTHLY;COUNT=12',
    ]);
  });

  it('round-trips through the editor rule', () => {
    const rule = {
      freq: 'WEEKLY' as const,
      interval: 2,
      byDay: ['TU' as const, 'TH' as const],
      end: { type: 'until' as const, date: '2026-12-31' },
    };
    const dtstart = { dateTime: '2026-03-03T09:00:00+01:00', timeZone: 'Europe/Berlin' };
    expect(
      repeatRuleFromRecurrence(recurrenceFromRepeatRule(rule, dtstart), 'Europe/Berlin'),
    ).toEqual(rule);
  });

  it('describes rules in plain words', () => {
    const start = { dateTime: '2026-03-02T09:00:00+01:00', timeZone: 'Europe/Berlin' };
    const words = (rule: RepeatRule) => repeatRuleWords(rule, start);
    const never = { type: 'never' } as const;
    expect(words({ freq: 'WEEKLY', interval: 1, byDay: ['WE', 'MO'], end: never })).toBe(
      'Weekly on Monday and Wednesday',
    );
    expect(words({ freq: 'DAILY', interval: 2, end: { type: 'count', count: 5 } })).toBe(
      'Every 2 days, 5 times',
    );
    expect(words({ freq: 'DAILY', interval: 1, end: never })).toBe('Daily');
    expect(
      words({ freq: 'MONTHLY', interval: 3, end: { type: 'until', date: '2026-12-31' } }),
    ).toBe('Every 3 months on day 2, until Dec 31, 2026');
    expect(words({ freq: 'YEARLY', interval: 1, end: { type: 'count', count: 1 } })).toBe(
      'Annually on March 2, once',
    );
    expect(
      words({ freq: 'WEEKLY', interval: 1, byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], end: never }),
    ).toBe('Every weekday (Monday to Friday)');
    expect(
      words({
        freq: 'MONTHLY',
        interval: 1,
        monthDay: { type: 'nthOfDays', nth: -1, days: ['MO', 'TU', 'WE', 'TH', 'FR'] },
        end: never,
      }),
    ).toBe('Monthly on the last weekday');
  });
});

describe('fast paths agree with rrule', () => {
  // The expander skips rrule for common rules and starts iterating near the window; both
  // must give exactly the set rrule gives when iterating from the real DTSTART.
  const cases = [
    'FREQ=DAILY',
    'FREQ=DAILY;INTERVAL=3',
    'FREQ=DAILY;INTERVAL=2;COUNT=300',
    'FREQ=WEEKLY',
    'FREQ=WEEKLY;INTERVAL=3;BYDAY=SU,WE',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SA;WKST=SU',
    'FREQ=WEEKLY;BYDAY=TU;COUNT=70',
    'FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20260320T000000Z',
    'FREQ=MONTHLY',
    'FREQ=MONTHLY;INTERVAL=5',
    'FREQ=MONTHLY;COUNT=40',
    'FREQ=MONTHLY;BYDAY=-1FR',
    'FREQ=MONTHLY;BYMONTHDAY=1,15',
    'FREQ=YEARLY',
    'FREQ=YEARLY;INTERVAL=3;COUNT=4',
    'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
  ];
  const starts0 = ['2023-01-31T10:00', '2024-02-29T07:30', '2025-08-15T23:00'];
  for (const rule of cases) {
    it(rule, async () => {
      const { RRule } = await import('rrule');
      for (const start of starts0) {
        const master = timed(
          'fastpath',
          start,
          start.replace(
            /T\d\d/,
            (t) => `T${String((Number(t.slice(1)) + 1) % 24).padStart(2, '0')}`,
          ),
          'UTC',
          { recurrence: [`RRULE:${rule}`] },
        );
        for (const [from, to] of [
          ['2023-01-01T00:00:00Z', '2023-03-01T00:00:00Z'],
          ['2026-02-20T00:00:00Z', '2026-04-05T00:00:00Z'],
          ['2027-03-01T00:00:00Z', '2027-04-12T00:00:00Z'],
        ] as const) {
          const got = expandSeries(master, [], range(from, to), '#000').map((o) =>
            Date.parse(o.start),
          );
          const parsed = RRule.parseString(rule);
          const reference = new RRule({ ...parsed, dtstart: new Date(`${start}:00Z`) })
            .between(new Date(Date.parse(from) - 3_600_000), new Date(to), true)
            .map((d) => d.getTime())
            .filter((ms) => ms + 3_600_000 > Date.parse(from) && ms < Date.parse(to));
          expect(got, `${rule} from ${start} in ${from}`).toEqual(reference);
        }
      }
    });
  }
});
