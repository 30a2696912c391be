// Thunderbird's export: IANA TZIDs with X-LIC-LOCATION, the old Sunbird "/mozilla.org/…" zone
// names, a cancelled occurrence written as RECURRENCE-ID with STATUS:CANCELLED, EXDATE in
// UTC beside an RDATE, CATEGORIES and URL, floating "local time", DURATION instead of DTEND,
// an alarm relative to the end, PARTSTAT of every kind, and a to-do among the events.
import { describe, expect, it } from 'vitest';
import { exceptionsOf, readCorpus, titled } from './corpus';

const calendar = readCorpus('thunderbird-export.ics', {
  zone: 'America/Chicago',
  selfEmails: ['me@example.org'],
});

describe('a Thunderbird export', () => {
  it('reads the events, leaving out the to-do, without a problem', () => {
    expect(calendar.problems).toEqual([]);
    expect(calendar.leftOut).toEqual({ VTODO: 1 });
    expect(calendar.events.filter((e) => e.kind !== 'exception').map((e) => e.summary)).toEqual([
      'Book club',
      'Dentist (old Sunbird zone name)',
      'Call home (floating: same hour wherever I am)',
      'Project kick-off',
      'Conference',
    ]);
  });

  it('reads a monthly series with its EXDATE, RDATE, categories, URL and class', () => {
    const club = titled(calendar, 'Book club');
    expect(club).toMatchObject({
      kind: 'master',
      start: { dateTime: '2026-03-05T18:30:00Z', timeZone: 'Europe/London' },
      end: { dateTime: '2026-03-05T20:00:00Z', timeZone: 'Europe/London' },
      visibility: 'private',
      icsProperties: { categories: ['Books', 'Friends'], url: 'https://example.org/bookclub' },
      reminders: { useDefault: false, overrides: [{ method: 'popup', minutes: 1440 }] },
    });
    expect(club.recurrence).toEqual([
      'RRULE:FREQ=MONTHLY;BYDAY=1TH',
      'EXDATE:20260604T173000Z',
      'RDATE;TZID=Europe/London:20260618T183000',
    ]);
  });

  it('makes the occurrence cancelled with STATUS:CANCELLED a cancelled exception', () => {
    const club = titled(calendar, 'Book club');
    expect(exceptionsOf(calendar, club)).toEqual([
      expect.objectContaining({
        id: `${club.id}_20260507T173000Z`,
        kind: 'exception',
        status: 'cancelled',
        originalStartTime: { dateTime: '2026-05-07T18:30:00+01:00', timeZone: 'Europe/London' },
      }),
    ]);
  });

  it('understands the old Sunbird zone names', () => {
    expect(titled(calendar, 'Dentist (old Sunbird zone name)').start).toEqual({
      dateTime: '2026-03-10T09:00:00Z',
      timeZone: 'Europe/London',
    });
    expect(calendar.zones).toContainEqual({
      tzid: '/mozilla.org/20070129_1/Europe/London',
      how: 'iana',
      zone: 'Europe/London',
    });
  });

  it('reads floating time in the calendar’s zone and DURATION as the length', () => {
    expect(titled(calendar, 'Call home (floating: same hour wherever I am)')).toMatchObject({
      start: { dateTime: '2026-03-11T19:00:00-05:00', timeZone: 'America/Chicago' },
      end: { dateTime: '2026-03-11T20:30:00-05:00', timeZone: 'America/Chicago' },
    });
  });

  it('reads every answer a guest can give, and which guest is the user', () => {
    const kickOff = titled(calendar, 'Project kick-off');
    expect(kickOff.organizer).toEqual({ email: 'priya@example.org', displayName: 'Priya Shah' });
    expect(kickOff.attendees).toEqual([
      {
        email: 'priya@example.org',
        displayName: 'Priya Shah',
        responseStatus: 'accepted',
        organizer: true,
      },
      { email: 'tom@example.org', displayName: "Tom O'Neill", responseStatus: 'declined' },
      {
        email: 'ME@example.org',
        displayName: 'Me',
        responseStatus: 'tentative',
        optional: true,
        self: true,
      },
      // Google has no "delegated": the guest has not answered for themselves.
      { email: 'lee@example.org', responseStatus: 'needsAction' },
    ]);
    expect(kickOff.location).toBe('Room 2, Level 3');
    expect(kickOff.description).toBe('Agenda:\n1. Goals\n2. Timeline\n3. Risks');
  });

  it('turns an alarm two hours before the end of a 90-minute event into one 30 minutes before it', () => {
    expect(titled(calendar, 'Project kick-off').reminders).toEqual({
      useDefault: false,
      overrides: [{ method: 'popup', minutes: 30 }],
    });
  });

  it('reads a three-day all-day event', () => {
    expect(titled(calendar, 'Conference')).toMatchObject({
      start: { date: '2026-05-27' },
      end: { date: '2026-05-30' },
      transparency: 'transparent',
    });
  });
});
