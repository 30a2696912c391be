import { describe, expect, it } from 'vitest';
import {
  draftFromOccurrence,
  newDraft,
  validateDraft,
} from '../../../src-renderer/calendar/model/drafts';
import { expandSeries } from '../../../src-renderer/calendar/model/series-expansion';
import type { EventDraft } from '../../../src-renderer/calendar/model/types';
import { range, timed } from './fixtures';

const base = (): EventDraft => ({
  ...newDraft({
    start: '2026-03-10T14:00:00Z',
    end: '2026-03-10T15:00:00Z',
    allDay: false,
    timeZone: 'Europe/Berlin',
    calendarId: 'local',
  }),
  summary: 'Review',
});
const messages = (d: EventDraft) => validateDraft(d).map((p) => `${p.field}: ${p.message}`);

describe('newDraft', () => {
  it('turns grid instants into wall times in the zone', () => {
    expect(base()).toMatchObject({
      startDate: '2026-03-10',
      startTime: '15:00',
      endDate: '2026-03-10',
      endTime: '16:00',
      allDay: false,
      repeat: null,
      transparency: 'opaque',
      reminders: { useDefault: true },
    });
  });
  it('shows the inclusive last day of an all-day range', () => {
    const d = newDraft({
      start: '2026-03-10',
      end: '2026-03-11',
      allDay: true,
      timeZone: 'UTC',
      calendarId: 'local',
    });
    expect([d.startDate, d.endDate, d.transparency]).toEqual([
      '2026-03-10',
      '2026-03-10',
      'transparent',
    ]);
  });
});

describe('draftFromOccurrence', () => {
  it('edits a series instance in the series zone with the series rule', () => {
    const master = timed('series01', '2026-03-02T09:00', '2026-03-02T10:00', 'America/New_York', {
      recurrence: ['RRULE:FREQ=WEEKLY'],
      location: 'Room 1',
    });
    const [occ] = expandSeries(
      master,
      [],
      range('2026-03-09T00:00:00Z', '2026-03-10T00:00:00Z'),
      '#000',
    );
    const d = draftFromOccurrence(occ!, 'Asia/Tokyo');
    expect(d).toMatchObject({
      timeZone: 'America/New_York',
      startDate: '2026-03-09',
      startTime: '09:00',
      endTime: '10:00',
      location: 'Room 1',
      summary: 'series01',
    });
    // Weekly without BYDAY repeats on the start's weekday; the editor needs it spelled out.
    expect(d.repeat).toEqual({
      freq: 'WEEKLY',
      interval: 1,
      byDay: ['MO'],
      end: { type: 'never' },
    });
  });
  it('gives an exception the series rule too', () => {
    const master = timed('series02', '2026-03-02T09:00', '2026-03-02T10:00', 'UTC', {
      recurrence: ['RRULE:FREQ=DAILY;COUNT=10'],
    });
    const exception = timed(
      'series02_20260303T090000Z',
      '2026-03-03T11:00',
      '2026-03-03T12:00',
      'UTC',
      { recurringEventId: 'series02', originalStartTime: { dateTime: '2026-03-03T09:00:00Z' } },
    );
    const occ = expandSeries(
      master,
      [exception],
      range('2026-03-03T00:00:00Z', '2026-03-04T00:00:00Z'),
      '#000',
    )[0]!;
    expect(occ.event).toBe(exception);
    expect(draftFromOccurrence(occ, 'UTC').repeat).toEqual({
      freq: 'DAILY',
      interval: 1,
      end: { type: 'count', count: 10 },
    });
  });
});

describe('validateDraft', () => {
  it('accepts a good draft', () => {
    expect(validateDraft(base())).toEqual([]);
    expect(
      validateDraft({
        ...base(),
        repeat: {
          freq: 'WEEKLY',
          interval: 2,
          byDay: ['TU'],
          end: { type: 'until', date: '2026-06-01' },
        },
      }),
    ).toEqual([]);
  });
  it('needs a title and an end after the start', () => {
    expect(messages({ ...base(), summary: ' ' })).toEqual(['summary: Add a title.']);
    expect(messages({ ...base(), endTime: '14:59' })).toEqual([
      'end: The end is before the start.',
    ]);
    expect(messages({ ...base(), allDay: true, endDate: '2026-03-09' })).toEqual([
      'end: The end is before the start.',
    ]);
    expect(messages({ ...base(), startDate: '2026-02-30' })).toEqual([
      'start: Enter a valid start date and time.',
    ]);
    expect(messages({ ...base(), timeZone: 'Mars/Olympus' })).toEqual([
      'timeZone: “Mars/Olympus” is not a time zone.',
    ]);
  });
  it('rejects impossible repeat rules', () => {
    const r = (repeat: EventDraft['repeat']) => messages({ ...base(), repeat });
    expect(r({ freq: 'DAILY', interval: 0, end: { type: 'never' } })).toEqual([
      'repeat: Repeat every must be a whole number, at least 1.',
    ]);
    expect(r({ freq: 'WEEKLY', interval: 1, byDay: [], end: { type: 'never' } })).toEqual([
      'repeat: Pick at least one day of the week.',
    ]);
    expect(r({ freq: 'DAILY', interval: 1, end: { type: 'count', count: 0 } })).toEqual([
      'repeat: Repeat at least once (the number of occurrences must be 1 or more).',
    ]);
    expect(r({ freq: 'DAILY', interval: 1, end: { type: 'until', date: '2026-03-01' } })).toEqual([
      'repeat: The repeat ends before the event starts.',
    ]);
    // Tuesday 10 March, weekly on Monday, ending Sunday 15 March: never happens.
    expect(
      r({ freq: 'WEEKLY', interval: 1, byDay: ['MO'], end: { type: 'until', date: '2026-03-15' } }),
    ).toEqual(['repeat: This repeat never happens: no occurrence falls before its end.']);
    expect(
      r({ freq: 'WEEKLY', interval: 1, byDay: ['MO'], end: { type: 'until', date: '2026-03-16' } }),
    ).toEqual([]);
  });
  it('checks reminders and guests', () => {
    const overrides = Array.from({ length: 6 }, (_, i) => ({
      method: 'popup' as const,
      minutes: i,
    }));
    expect(messages({ ...base(), reminders: { useDefault: false, overrides } })).toEqual([
      'reminders: An event can have at most 5 reminders.',
    ]);
    expect(
      messages({
        ...base(),
        reminders: { useDefault: false, overrides: [{ method: 'email', minutes: 50000 }] },
      }),
    ).toEqual(['reminders: Reminders can be from 0 minutes to 4 weeks before the start.']);
    const guest = (email: string) => ({ email, responseStatus: 'needsAction' as const });
    expect(
      messages({
        ...base(),
        attendees: [guest('ann@example.com'), guest('not an email'), guest('ANN@example.com')],
      }),
    ).toEqual([
      'guests: “not an email” is not an email address.',
      'guests: ANN@example.com is on the guest list twice.',
    ]);
  });
});
