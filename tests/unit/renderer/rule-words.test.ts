import { describe, expect, it } from 'vitest';
import {
  RULE_MESSAGES_EN,
  recurrenceWords,
  ruleWords,
  type RuleMessages,
} from '../../../src-renderer/calendar/model/rule-words';
import { describeRecurrence } from '../../../src-renderer/calendar/model/rule-description';

// Friday 6 March 2026 (the first Friday of March).
const ALL_DAY = { date: '2026-03-06' };
// Tuesday 3 March 2026, 09:00 in Los Angeles.
const TIMED = { dateTime: '2026-03-03T09:00:00-08:00', timeZone: 'America/Los_Angeles' };

describe('repeat rules in words', () => {
  it.each([
    ['RRULE:FREQ=DAILY', 'Daily'],
    ['RRULE:FREQ=DAILY;INTERVAL=3', 'Every 3 days'],
    ['RRULE:FREQ=DAILY;COUNT=1', 'Daily, once'],
    ['RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR', 'Every weekday (Monday to Friday)'],
    ['RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'Every weekday (Monday to Friday)'],
    ['RRULE:FREQ=WEEKLY', 'Weekly on Friday'],
    ['RRULE:FREQ=WEEKLY;BYDAY=SA,SU', 'Weekly on Saturday and Sunday'],
    ['RRULE:FREQ=WEEKLY;BYDAY=FR,MO,WE', 'Weekly on Monday, Wednesday, and Friday'],
    ['RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU', 'Daily'],
    [
      'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=5',
      'Every 2 weeks on Monday and Thursday, 5 times',
    ],
    [
      'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TU,WE,TH,FR',
      'Every 2 weeks on weekdays (Monday to Friday)',
    ],
    ['RRULE:FREQ=MONTHLY', 'Monthly on day 6'],
    ['RRULE:FREQ=MONTHLY;BYMONTHDAY=15', 'Monthly on day 15'],
    ['RRULE:FREQ=MONTHLY;BYMONTHDAY=1,15', 'Monthly on days 1 and 15'],
    ['RRULE:FREQ=MONTHLY;BYMONTHDAY=-1', 'Monthly on the last day'],
    ['RRULE:FREQ=MONTHLY;BYDAY=1FR', 'Monthly on the first Friday'],
    ['RRULE:FREQ=MONTHLY;BYDAY=-1FR', 'Monthly on the last Friday'],
    ['RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=-2SU', 'Every 3 months on the second-to-last Sunday'],
    ['RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', 'Monthly on the last weekday'],
    ['RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1', 'Monthly on the first weekday'],
    ['RRULE:FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=1', 'Monthly on the first weekend day'],
    ['RRULE:FREQ=MONTHLY;BYDAY=TU,TH;BYSETPOS=2', 'Monthly on the second of Tuesday or Thursday'],
    ['RRULE:FREQ=MONTHLY;BYMONTH=3,9;BYMONTHDAY=1', 'Monthly on day 1 in March and September'],
    ['RRULE:FREQ=YEARLY', 'Annually on March 6'],
    ['RRULE:FREQ=YEARLY;INTERVAL=2', 'Every 2 years on March 6'],
    ['RRULE:FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO', 'Annually on the last Monday of May'],
    ['RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', 'Annually on February 29'],
    ['RRULE:FREQ=HOURLY;INTERVAL=4', 'Every 4 hours'],
    ['RRULE:FREQ=DAILY;BYHOUR=9,17', 'Daily (custom rule)'],
    ['RRULE:FREQ=YEARLY;BYWEEKNO=20', 'Annually on March 6 (custom rule)'],
  ])('%s → %s', (line, words) => {
    expect(recurrenceWords([line], ALL_DAY)).toBe(words);
  });

  it('reads an UNTIL date as a date, and a UTC UNTIL as the day it is in the series’ zone', () => {
    expect(recurrenceWords(['RRULE:FREQ=YEARLY;UNTIL=20270601'], TIMED)).toBe(
      'Annually on March 3, until Jun 1, 2027',
    );
    // 06:59:59 UTC on 1 June is still 31 May in Los Angeles.
    expect(recurrenceWords(['RRULE:FREQ=YEARLY;UNTIL=20270601T065959Z'], TIMED)).toBe(
      'Annually on March 3, until May 31, 2027',
    );
  });

  it('takes the day a plain rule repeats on from the start in the series’ own zone', () => {
    // 23:30 on Tuesday in Los Angeles is already Wednesday in UTC.
    const late = { dateTime: '2026-03-04T07:30:00Z', timeZone: 'America/Los_Angeles' };
    expect(recurrenceWords(['RRULE:FREQ=WEEKLY'], late)).toBe('Weekly on Tuesday');
    expect(recurrenceWords(['RRULE:FREQ=MONTHLY'], late)).toBe('Monthly on day 3');
  });

  it('says only how often when the start is not known', () => {
    expect(recurrenceWords(['RRULE:FREQ=MONTHLY'])).toBe('Monthly');
    expect(recurrenceWords(['RRULE:FREQ=WEEKLY;INTERVAL=2'])).toBe('Every 2 weeks');
  });

  it('describes the rule of a series with exceptions, and marks a second rule as custom', () => {
    expect(
      recurrenceWords(['RRULE:FREQ=WEEKLY;BYDAY=MO', 'EXDATE;VALUE=DATE:20260316'], ALL_DAY),
    ).toBe('Weekly on Monday');
    expect(
      recurrenceWords(['RRULE:FREQ=WEEKLY;BYDAY=MO', 'RRULE:FREQ=MONTHLY;BYDAY=1FR'], ALL_DAY),
    ).toBe('Weekly on Monday (custom rule)');
  });

  it('has no words for lines without a rule it can read', () => {
    expect(recurrenceWords([], ALL_DAY)).toBeNull();
    expect(recurrenceWords(['EXDATE:20260316T090000Z'], ALL_DAY)).toBeNull();
    expect(recurrenceWords(['RRULE:FREQ=SOMETIMES'], ALL_DAY)).toBeNull();
    expect(recurrenceWords(['RRULE:FREQ=DAILY;INTERVAL=0'], ALL_DAY)).toBeNull();
  });

  it('goes from the rule to a small value before any word', () => {
    expect(
      describeRecurrence([
        'RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=4',
      ]),
    ).toEqual({
      freq: 'MONTHLY',
      interval: 2,
      on: { type: 'nthOfDays', nth: -1, days: ['MO', 'TU', 'WE', 'TH', 'FR'] },
      end: { type: 'count', count: 4 },
      approximate: false,
    });
  });
});

describe('repeat rules in another language', () => {
  // What a translation supplies: the same ids, its own words. Names, lists and dates follow
  // the locale through Intl.
  const FRENCH: RuleMessages = {
    ...RULE_MESSAGES_EN,
    'repeat.weeklyOn':
      '{interval, plural, one {Toutes les semaines le {days}} other {Toutes les # semaines le {days}}}',
    'repeat.everyWeekday':
      '{interval, plural, one {Tous les jours ouvrés (du lundi au vendredi)} other {Toutes les # semaines en semaine}}',
    'repeat.monthlyOn':
      '{interval, plural, one {Tous les mois le {when}} other {Tous les # mois le {when}}}',
    'repeat.yearlyOn':
      '{interval, plural, one {Tous les ans le {when}} other {Tous les # ans le {when}}}',
    'when.nthWeekday': '{ordinal} {weekday}',
    'when.nthWorkday': '{ordinal} jour ouvré',
    ordinal:
      '{nth, select, first {premier} second {deuxième} third {troisième} fourth {quatrième} fifth {cinquième} last {dernier} secondLast {avant-dernier} other {{abs}e}}',
    'end.count': '{rule}, {count, plural, one {une fois} other {# fois}}',
    'end.until': '{rule}, jusqu’au {date}',
  };
  const fr = { locale: 'fr', messages: FRENCH };

  it('says the same rules in French', () => {
    expect(recurrenceWords(['RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=5'], ALL_DAY, fr)).toBe(
      'Toutes les 2 semaines le lundi et jeudi, 5 fois',
    );
    expect(recurrenceWords(['RRULE:FREQ=MONTHLY;BYDAY=1FR'], ALL_DAY, fr)).toBe(
      'Tous les mois le premier vendredi',
    );
    expect(
      recurrenceWords(['RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'], ALL_DAY, fr),
    ).toBe('Tous les mois le dernier jour ouvré');
    expect(recurrenceWords(['RRULE:FREQ=YEARLY;UNTIL=20270601'], TIMED, fr)).toBe(
      'Tous les ans le 3 mars, jusqu’au 1 juin 2027',
    );
    expect(recurrenceWords(['RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'], ALL_DAY, fr)).toBe(
      'Tous les jours ouvrés (du lundi au vendredi)',
    );
  });

  it('writes dates and names the locale’s way with the English words', () => {
    const description = describeRecurrence(['RRULE:FREQ=YEARLY;UNTIL=20270601'], TIMED)!;
    expect(ruleWords(description, { locale: 'en-GB' })).toBe(
      'Annually on 3 March, until 1 Jun 2027',
    );
  });
});
