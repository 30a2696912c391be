// Google Calendar's export: UTC times for single events, TZID and EXDATE for series, a moved
// occurrence as RECURRENCE-ID, guests with CN set to their address, Meet links in
// X-GOOGLE-CONFERENCE, DISPLAY and EMAIL alarms, and UIDs of the form <id>@google.com.
import { describe, expect, it } from 'vitest';
import { exceptionsOf, readCorpus, titled } from './corpus';

const calendar = readCorpus('google-export.ics', { selfEmails: ['Jane.Doe@gmail.com'] });

describe('a Google Calendar export', () => {
  it('reads every event and the calendar’s own properties, without a problem', () => {
    expect(calendar.problems).toEqual([]);
    expect(calendar.method).toBe('PUBLISH');
    expect(calendar.name).toBe('jane.doe@gmail.com');
    expect(calendar.timeZone).toBe('Europe/Berlin');
    expect(calendar.events.map((e) => [e.kind, e.summary])).toEqual([
      ['master', 'Planning'],
      ['exception', 'Planning (Wednesday this week)'],
      ['single', 'Dentist'],
      ['single', 'Labour Day (day off)'],
      ['single', 'Summer holiday'],
    ]);
  });

  it('keeps Google’s own ids for its UIDs, so an exported calendar comes back under the same ids', () => {
    const planning = titled(calendar, 'Planning');
    expect(planning.id).toBe('5qk9m3t2rd1b0h8v6c4e2a1f0g');
    expect(planning.iCalUID).toBe('5qk9m3t2rd1b0h8v6c4e2a1f0g@google.com');
    expect(titled(calendar, 'Dentist').id).toBe('0a1b2c3d4e5f6g7h8i9j0k1l2m');
  });

  it('reads a weekly series in its zone, with its EXDATE and UNTIL as written', () => {
    const planning = titled(calendar, 'Planning');
    expect(planning.start).toEqual({
      dateTime: '2026-03-02T09:30:00+01:00',
      timeZone: 'Europe/Berlin',
    });
    expect(planning.end).toEqual({
      dateTime: '2026-03-02T10:00:00+01:00',
      timeZone: 'Europe/Berlin',
    });
    expect(planning.startMs).toBe(Date.parse('2026-03-02T08:30:00Z'));
    expect(planning.recurrence).toEqual([
      'RRULE:FREQ=WEEKLY;WKST=MO;UNTIL=20260629T073000Z;BYDAY=MO',
      'EXDATE;TZID=Europe/Berlin:20260406T093000',
    ]);
  });

  it('makes the moved occurrence an exception under Google’s instance id', () => {
    const planning = titled(calendar, 'Planning');
    const [moved] = exceptionsOf(calendar, planning);
    expect(moved).toMatchObject({
      id: '5qk9m3t2rd1b0h8v6c4e2a1f0g_20260316T083000Z',
      kind: 'exception',
      recurringEventId: '5qk9m3t2rd1b0h8v6c4e2a1f0g',
      iCalUID: '5qk9m3t2rd1b0h8v6c4e2a1f0g@google.com',
      originalStartTime: { dateTime: '2026-03-16T09:30:00+01:00', timeZone: 'Europe/Berlin' },
      start: { dateTime: '2026-03-18T11:00:00+01:00', timeZone: 'Europe/Berlin' },
      summary: 'Planning (Wednesday this week)',
    });
    expect(moved!.attendees?.find((a) => a.email === 'max@example.com')?.responseStatus).toBe(
      'declined',
    );
  });

  it('reads the organizer, guests with their answers, a room, and who the user is', () => {
    const planning = titled(calendar, 'Planning');
    expect(planning.organizer).toEqual({
      email: 'jane.doe@gmail.com',
      displayName: 'Jane Doe',
      self: true,
    });
    expect(planning.attendees).toEqual([
      {
        email: 'jane.doe@gmail.com',
        displayName: 'Jane Doe',
        responseStatus: 'accepted',
        organizer: true,
        self: true,
      },
      // Google writes a guest's address as the name when there is none: no name then.
      { email: 'max@example.com', responseStatus: 'needsAction' },
      {
        email: 'c_1888a9b2c3d4e5f6@resource.calendar.google.com',
        displayName: 'Room 4.01 (8)',
        responseStatus: 'accepted',
        resource: true,
      },
    ]);
  });

  it('keeps the Meet link, the description and a popup reminder', () => {
    const planning = titled(calendar, 'Planning');
    expect(planning.hangoutLink).toBe('https://meet.google.com/abc-defg-hij');
    expect(planning.description).toMatch(
      /^Weekly planning: what ships this week and who needs help\.\n\n-::~/,
    );
    expect(planning.description).toContain(
      '\nJoin with Google Meet: https://meet.google.com/abc-defg-hij\n',
    );
    expect(planning.reminders).toEqual({
      useDefault: false,
      overrides: [{ method: 'popup', minutes: 10 }],
    });
    expect(planning.transparency).toBe('opaque');
    // LOCATION: with nothing after it is no location.
    expect(planning.location).toBeUndefined();
  });

  it('reads a UTC event without a zone, its escaped location and CLASS:PRIVATE', () => {
    const dentist = titled(calendar, 'Dentist');
    expect(dentist.start).toEqual({ dateTime: '2026-03-12T14:00:00Z' });
    expect(dentist.end).toEqual({ dateTime: '2026-03-12T15:00:00Z' });
    expect(dentist.location).toBe('Dentist, Torstraße 12, 10119 Berlin');
    expect(dentist.visibility).toBe('private');
    expect(dentist.description).toBeUndefined();
  });

  it('reads all-day events with their exclusive end, STATUS, TRANSP and both kinds of alarm', () => {
    expect(titled(calendar, 'Labour Day (day off)')).toMatchObject({
      start: { date: '2026-05-01' },
      end: { date: '2026-05-02' },
      startMs: Date.parse('2026-05-01T00:00:00Z'),
      endMs: Date.parse('2026-05-02T00:00:00Z'),
      transparency: 'transparent',
      status: 'confirmed',
    });
    const holiday = titled(calendar, 'Summer holiday');
    expect(holiday).toMatchObject({
      start: { date: '2026-08-03' },
      end: { date: '2026-08-15' },
      status: 'tentative',
    });
    expect(holiday.reminders).toEqual({
      useDefault: false,
      overrides: [
        { method: 'popup', minutes: 1440 },
        { method: 'email', minutes: 2880 },
      ],
    });
  });
});
