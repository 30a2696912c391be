// Examples from RFC 5545 itself: events in UTC and in a zone whose VTIMEZONE holds only a
// couple of observances, all-day events with and without DTEND, DURATION, RDATE lists,
// EXDATE in UTC, an absolute alarm, and the ATTENDEE parameters of section 3.8.4.1.
import { describe, expect, it } from 'vitest';
import { readCorpus, titled } from './corpus';

const calendar = readCorpus('rfc5545-examples.ics');

describe('the RFC 5545 examples', () => {
  it('read without a problem', () => {
    expect(calendar.problems).toEqual([]);
    expect(calendar.events).toHaveLength(12);
  });

  it('read the full example of section 4 in its zone', () => {
    expect(titled(calendar, 'XYZ Project Review')).toMatchObject({
      start: { dateTime: '1998-03-12T08:30:00-05:00', timeZone: 'America/New_York' },
      end: { dateTime: '1998-03-12T09:30:00-05:00', timeZone: 'America/New_York' },
      description: 'Project XYZ Review Meeting',
      location: '1CP Conference Room 4350',
      visibility: 'public',
      organizer: { email: 'mrbig@example.com' },
      attendees: [{ email: 'employee-A@example.com', responseStatus: 'needsAction' }],
      icsProperties: { categories: ['MEETING'] },
    });
  });

  it('read CLASS, TRANSP and multi-valued CATEGORIES', () => {
    expect(titled(calendar, 'Annual Employee Review')).toMatchObject({
      visibility: 'private',
      icsProperties: { categories: ['BUSINESS', 'HUMAN RESOURCES'] },
      start: { dateTime: '1997-09-03T16:30:00Z' },
    });
    expect(titled(calendar, 'Laurel is in sensitivity awareness class.')).toMatchObject({
      visibility: 'public',
      transparency: 'transparent',
    });
    expect(titled(calendar, 'Our Blissful Anniversary')).toMatchObject({
      kind: 'master',
      visibility: 'confidential',
      start: { date: '1997-11-02' },
      end: { date: '1997-11-03' },
      recurrence: ['RRULE:FREQ=YEARLY'],
      icsProperties: { categories: ['ANNIVERSARY', 'PERSONAL', 'SPECIAL OCCASION'] },
    });
  });

  it('read all-day and overnight events', () => {
    expect(titled(calendar, 'Festival International de Jazz de Montreal')).toMatchObject({
      start: { date: '2007-06-28' },
      end: { date: '2007-07-09' },
    });
    expect(titled(calendar, 'Bastille Day Party')).toMatchObject({
      start: { dateTime: '1997-07-14T17:00:00Z' },
      end: { dateTime: '1997-07-15T04:00:00Z' },
    });
  });

  it('read DURATION, COUNT, INTERVAL with WKST and UNTIL, and RDATE lists', () => {
    expect(titled(calendar, 'Daily for 10 occurrences')).toMatchObject({
      start: { dateTime: '1997-09-02T09:00:00-04:00', timeZone: 'America/New_York' },
      end: { dateTime: '1997-09-02T10:00:00-04:00', timeZone: 'America/New_York' },
      recurrence: ['RRULE:FREQ=DAILY;COUNT=10'],
    });
    expect(
      titled(calendar, 'Every other week on Tuesday and Thursday until December 24').recurrence,
    ).toEqual(['RRULE:FREQ=WEEKLY;INTERVAL=2;WKST=SU;UNTIL=19971224T000000Z;BYDAY=TU,TH']);
    expect(titled(calendar, 'Holidays (RDATE list)')).toMatchObject({
      kind: 'master',
      start: { date: '1997-01-01' },
      recurrence: [
        'RDATE;VALUE=DATE:19970120,19970217,19970421,19970526,19970704,19970901,19971014,19971128,19971129,19971225',
      ],
    });
    expect(titled(calendar, 'EXDATE in UTC that matches no occurrence').recurrence).toEqual([
      'RRULE:FREQ=DAILY;COUNT=5',
      'EXDATE:19960402T010000Z,19960403T010000Z,19960404T010000Z',
    ]);
  });

  it('turn an alarm at an absolute time into minutes before the start', () => {
    expect(titled(calendar, 'Audio alarm at an absolute time').reminders).toEqual({
      useDefault: false,
      overrides: [{ method: 'popup', minutes: 60 }],
    });
  });

  it('read the attendee parameters of section 3.8.4.1', () => {
    const event = titled(calendar, 'Attendee parameters');
    expect(event.organizer).toEqual({ email: 'jsmith@example.com', displayName: 'John Smith' });
    expect(event.attendees).toEqual([
      { email: 'joecool@example.com', responseStatus: 'needsAction' },
      { email: 'ildoit@example.com', responseStatus: 'needsAction' },
      { email: 'hcabot@example.com', displayName: 'Henry Cabot', responseStatus: 'tentative' },
      { email: 'jdoe@example.com', displayName: 'Jane Doe', responseStatus: 'accepted' },
      { email: 'jimdo@example.com', displayName: 'John Smith', responseStatus: 'needsAction' },
    ]);
  });
});
