// The arithmetic rules in series-rules.ts must give exactly the set rrule gives: here the
// monthly "nth weekday" rules (2TH, -1FR, a fifth Monday some months lack) are checked
// against rrule itself over starts, intervals, COUNT and UNTIL, windows near and far.
import { describe, expect, it } from 'vitest';
import { RRule, ruleOptions, simpleRule } from '../../../src-renderer/calendar/model/series-rules';

describe('monthly nth-weekday rules by arithmetic', () => {
  const values = [
    'FREQ=MONTHLY;BYDAY=2TH',
    'FREQ=MONTHLY;BYDAY=1MO',
    'FREQ=MONTHLY;BYDAY=-1FR',
    'FREQ=MONTHLY;BYDAY=5MO',
    'FREQ=MONTHLY;BYDAY=-2SU',
    'FREQ=MONTHLY;INTERVAL=3;BYDAY=4WE',
    'FREQ=MONTHLY;BYDAY=2TH;COUNT=7',
    'FREQ=MONTHLY;INTERVAL=2;BYDAY=-1SA;COUNT=5',
    'FREQ=MONTHLY;BYDAY=3TU;UNTIL=20270315T235959Z',
  ];
  const starts = [Date.UTC(2021, 0, 14, 9), Date.UTC(2026, 2, 12, 17, 30), Date.UTC(2024, 1, 29)];
  const windows = [
    [Date.UTC(2026, 2, 1), Date.UTC(2026, 3, 12)],
    [Date.UTC(2021, 0, 1), Date.UTC(2021, 11, 31)],
    [Date.UTC(2027, 0, 1), Date.UTC(2027, 5, 1)],
  ] as const;

  for (const value of values) {
    it(`${value} matches rrule`, () => {
      for (const start of starts) {
        const rule = simpleRule(value, start, 'UTC', false);
        expect(rule).not.toBeNull();
        const reference = new RRule(ruleOptions(value, start, 'UTC', false));
        for (const [from, to] of windows) {
          const expected = reference
            .between(new Date(from), new Date(to), true)
            .map((d) => d.getTime());
          expect(rule!(from, to)).toEqual(expected);
        }
      }
    });
  }

  it('leaves a list of weekdays with places to rrule', () => {
    expect(simpleRule('FREQ=MONTHLY;BYDAY=1MO,3MO', Date.UTC(2026, 0, 5), 'UTC', false)).toBeNull();
    expect(simpleRule('FREQ=MONTHLY;BYDAY=TH', Date.UTC(2026, 0, 1), 'UTC', false)).toBeNull();
  });

  it('starts counting at DTSTART, which counts only when it matches', () => {
    // 10 March 2026 is a Tuesday, not the second Thursday (12 March).
    const rule = simpleRule(
      'FREQ=MONTHLY;BYDAY=2TH;COUNT=2',
      Date.UTC(2026, 2, 10, 9),
      'UTC',
      false,
    );
    expect(rule!(Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toEqual([
      Date.UTC(2026, 2, 12, 9),
      Date.UTC(2026, 3, 9, 9),
    ]);
  });
});
