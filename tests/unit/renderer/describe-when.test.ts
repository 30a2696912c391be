// When a timed occurrence happens, as its chip's accessible name and reminders say it: the
// days are the display zone's, whatever day the instants fall on in UTC.
import { describe, expect, it } from 'vitest';
import { describeWhen } from '../../../src-renderer/calendar/model/display-dates';
import type { Occurrence } from '../../../src-renderer/calendar/model/types';
import type { CalendarEvent } from '../../../src-preload/model/event';

function timedOccurrence(start: string, end: string): Occurrence {
  const event = {
    id: 'e1',
    calendarId: 'local',
    kind: 'single',
    status: 'confirmed',
    summary: 'Talk',
    start: { dateTime: start },
    end: { dateTime: end },
    startMs: Date.parse(start),
    endMs: Date.parse(end),
    localVersion: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
  } as CalendarEvent;
  return {
    key: event.id,
    instanceId: event.id,
    event,
    title: 'Talk',
    allDay: false,
    start,
    end,
    startMs: event.startMs,
    endMs: event.endMs,
    color: '#4986e7',
  };
}

describe('describeWhen', () => {
  const lateInUtc = timedOccurrence('2026-03-10T23:30:00.000Z', '2026-03-11T00:30:00.000Z');

  it('names one day when start and end fall on the same day in the display zone', () => {
    expect(describeWhen(lateInUtc, 'Asia/Tokyo')).toBe('Wed 11 Mar, 08:30 – 09:30');
  });

  it('names both days when the event crosses midnight in the display zone', () => {
    expect(describeWhen(lateInUtc, 'UTC')).toBe('Tue 10 Mar 23:30 – Wed 11 Mar 00:30');
  });

  it('follows the zone across a change of clocks', () => {
    // Europe/Berlin moves from 02:00 to 03:00 on 29 March 2026.
    const night = timedOccurrence('2026-03-29T00:30:00.000Z', '2026-03-29T01:30:00.000Z');
    expect(describeWhen(night, 'Europe/Berlin')).toBe('Sun 29 Mar, 01:30 – 03:30');
  });
});
