// Which popup reminders an event has, and when each falls due: overrides or the calendar's
// defaults, email never, all-day reminders counted back from local midnight on the wall
// clock (so "the day before at 09:00" stays 09:00 across a DST change).
import { describe, expect, it } from 'vitest';
import type { Calendar } from '../../../src-preload/model/event';
import {
  allDayMinutes,
  allDayParts,
  describeReminder,
  fireTime,
  occurrenceSpan,
  popupMinutes,
} from '../../../src-renderer/reminders/reminder-times';
import { timed } from '../renderer/fixtures';

const local: Calendar = {
  id: 'local',
  summary: 'My calendar',
  color: '#4986e7',
  accessRole: 'owner',
  syncEnabled: false,
};
const google: Calendar = {
  id: 'ada@example.com',
  summary: 'Ada',
  color: '#4986e7',
  accessRole: 'owner',
  account: 'ada@example.com',
  syncEnabled: true,
  defaultReminders: [
    { method: 'popup', minutes: 15 },
    { method: 'email', minutes: 60 },
  ],
};

describe('popupMinutes', () => {
  const event = timed('abcde', '2026-06-10T10:00', '2026-06-10T11:00', 'Europe/Berlin');

  it("takes the event's own popup overrides, sorted, once each, and never email", () => {
    const own = {
      ...event,
      reminders: {
        useDefault: false,
        overrides: [
          { method: 'popup' as const, minutes: 30 },
          { method: 'email' as const, minutes: 10 },
          { method: 'popup' as const, minutes: 5 },
          { method: 'popup' as const, minutes: 30 },
        ],
      },
    };
    expect(popupMinutes(own, undefined, google)).toEqual([5, 30]);
  });

  it("uses the calendar's defaults when the event says so (or says nothing)", () => {
    expect(popupMinutes({ ...event, reminders: { useDefault: true } }, undefined, google)).toEqual([
      15,
    ]);
    expect(popupMinutes(event, undefined, google)).toEqual([15]);
  });

  it('a calendar kept here reminds 30 minutes before until its own default is set', () => {
    expect(popupMinutes(event, undefined, local)).toEqual([30]);
    expect(
      popupMinutes(event, undefined, {
        ...local,
        defaultReminders: [{ method: 'popup', minutes: 45 }],
      }),
    ).toEqual([45]);
    expect(popupMinutes(event, undefined, { ...local, defaultReminders: [] })).toEqual([]);
  });

  it('a Google calendar whose defaults are not known yet reminds of nothing by default', () => {
    expect(popupMinutes(event, undefined, { ...google, defaultReminders: undefined })).toEqual([]);
  });

  it("an exception without reminders of its own follows its series'", () => {
    const master = {
      ...event,
      reminders: { useDefault: false, overrides: [{ method: 'popup' as const, minutes: 7 }] },
    };
    expect(popupMinutes(event, master, google)).toEqual([7]);
  });

  it('no overrides and no defaults: no reminder', () => {
    expect(popupMinutes({ ...event, reminders: { useDefault: false } }, undefined, google)).toEqual(
      [],
    );
  });
});

describe('fireTime and occurrenceSpan', () => {
  it('a timed event reminds minutes before its start', () => {
    const occurrence = { allDay: false, start: '2026-06-10T08:00:00.000Z' };
    expect(new Date(fireTime(occurrence, 10, 'Europe/Berlin')).toISOString()).toBe(
      '2026-06-10T07:50:00.000Z',
    );
  });

  it('an all-day event counts back from midnight at the start of its day in the user’s zone', () => {
    const occurrence = { allDay: true, start: '2026-06-10' };
    // 900 minutes: the day before at 09:00 in Berlin (UTC+2 in June).
    expect(new Date(fireTime(occurrence, 900, 'Europe/Berlin')).toISOString()).toBe(
      '2026-06-09T07:00:00.000Z',
    );
    // The same reminder for someone in New York is 09:00 there.
    expect(new Date(fireTime(occurrence, 900, 'America/New_York')).toISOString()).toBe(
      '2026-06-09T13:00:00.000Z',
    );
    expect(new Date(fireTime(occurrence, 0, 'Europe/Berlin')).toISOString()).toBe(
      '2026-06-09T22:00:00.000Z',
    );
  });

  it('across a DST change an all-day reminder keeps its wall-clock time', () => {
    // Berlin moves from UTC+1 to UTC+2 at 02:00 on 29 March 2026.
    const monday = { allDay: true, start: '2026-03-30' };
    // "2 days before at 09:00" is Saturday 09:00 CET (08:00Z), not 08:00 because of the lost hour.
    expect(new Date(fireTime(monday, 2 * 1440 - 540, 'Europe/Berlin')).toISOString()).toBe(
      '2026-03-28T08:00:00.000Z',
    );
    // "1 day before at 09:00" is Sunday 09:00 CEST (07:00Z).
    expect(new Date(fireTime(monday, 900, 'Europe/Berlin')).toISOString()).toBe(
      '2026-03-29T07:00:00.000Z',
    );
    // And in autumn (back to UTC+1 on 25 October): Sunday 09:00 CET is 08:00Z.
    expect(
      new Date(fireTime({ allDay: true, start: '2026-10-26' }, 900, 'Europe/Berlin')).toISOString(),
    ).toBe('2026-10-25T08:00:00.000Z');
  });

  it('an all-day occurrence spans local midnight to local midnight', () => {
    const span = occurrenceSpan(
      { allDay: true, start: '2026-03-29', end: '2026-03-30' },
      'Europe/Berlin',
    );
    expect(new Date(span.startMs).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(new Date(span.endMs).toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });
});

describe('the editor’s words for a reminder', () => {
  it('all-day: days before and the time on that day, both ways', () => {
    expect(allDayParts(900)).toEqual({ days: 1, time: '09:00' });
    expect(allDayParts(0)).toEqual({ days: 0, time: '00:00' });
    expect(allDayParts(1440)).toEqual({ days: 1, time: '00:00' });
    expect(allDayParts(2 * 1440 - 17 * 60)).toEqual({ days: 2, time: '17:00' });
    expect(allDayMinutes(1, '09:00')).toBe(900);
    expect(allDayMinutes(2, '17:00')).toBe(2 * 1440 - 17 * 60);
    expect(allDayMinutes(0, '09:00')).toBe(-540);
    expect(allDayMinutes(1, '9 am')).toBeNaN();
    expect(describeReminder(900, true)).toBe('1 day before at 09:00');
    expect(describeReminder(3 * 1440 - 600, true)).toBe('3 days before at 10:00');
    expect(describeReminder(0, true)).toBe('On the day at 00:00');
  });

  it('timed: in the largest whole unit', () => {
    expect(describeReminder(10, false)).toBe('10 minutes before');
    expect(describeReminder(60, false)).toBe('1 hour before');
    expect(describeReminder(90, false)).toBe('90 minutes before');
    expect(describeReminder(2880, false)).toBe('2 days before');
    expect(describeReminder(10080, false)).toBe('1 week before');
    expect(describeReminder(0, false)).toBe('At the start');
  });
});
