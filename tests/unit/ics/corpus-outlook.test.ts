// Outlook's export: Windows zone names with VTIMEZONEs reaching back to 1601, a "Customized
// Time Zone", quoted TZIDs, all-day events flagged X-MICROSOFT-CDO-ALLDAYEVENT (also the
// older midnight-to-midnight form), NON-PARTICIPANT rooms, X-ALT-DESC beside DESCRIPTION;
// and an older export saved in Windows-1252.
import { describe, expect, it } from 'vitest';
import { GOOGLE_EVENT_ID } from '../../../src-preload/model/instance-ids';
import { eventIdForUid } from '../../../src-preload/ics/event-ids';
import { exceptionsOf, readCorpus, titled } from './corpus';

const calendar = readCorpus('outlook-export.ics');

describe('an Outlook export', () => {
  it('reads every event without a problem', () => {
    expect(calendar.problems).toEqual([]);
    expect(calendar.events.map((e) => e.summary)).toEqual([
      'Quartalsbesprechung',
      'Quartalsbesprechung (verschoben)',
      'Good Friday',
      'Boston Marathon',
      'Call with the New York office',
      'Sydney stand-up',
    ]);
  });

  it('maps Windows zone names to IANA zones, and a customized zone by its rules', () => {
    expect(calendar.zones).toEqual([
      { tzid: 'W. Europe Standard Time', how: 'windows', zone: 'Europe/Berlin' },
      { tzid: 'Eastern Standard Time', how: 'windows', zone: 'America/New_York' },
      { tzid: 'Customized Time Zone', how: 'rules', zone: 'Australia/Sydney' },
    ]);
    expect(titled(calendar, 'Call with the New York office').start).toEqual({
      // The United States were on summer time from 8 March 2026.
      dateTime: '2026-03-12T09:00:00-04:00',
      timeZone: 'America/New_York',
    });
    expect(titled(calendar, 'Sydney stand-up').start).toEqual({
      dateTime: '2026-08-06T09:00:00+10:00',
      timeZone: 'Australia/Sydney',
    });
  });

  it('turns the long Exchange UID into a valid Google id, the same every time', () => {
    const series = titled(calendar, 'Quartalsbesprechung');
    expect(series.iCalUID).toBe(
      '040000008200E00074C5B7101A82E0080000000070B9E2F35FA8DC01000000000000000010000000A4C1B3E02C3D4F4B8D2E7A1C9B0F6E11',
    );
    expect(series.id).toMatch(GOOGLE_EVENT_ID);
    expect(series.id).toBe(eventIdForUid(series.iCalUID!));
    expect(readCorpus('outlook-export.ics').events.map((e) => e.id)).toEqual(
      calendar.events.map((e) => e.id),
    );
    expect(
      new Set(calendar.events.filter((e) => e.kind !== 'exception').map((e) => e.id)).size,
    ).toBe(5);
  });

  it('reads a monthly series with its excluded and its moved occurrence', () => {
    const series = titled(calendar, 'Quartalsbesprechung');
    expect(series.start).toEqual({
      dateTime: '2026-03-05T10:00:00+01:00',
      timeZone: 'Europe/Berlin',
    });
    expect(series.recurrence).toEqual([
      // The EXDATE's zone is written under its IANA name, which Google and Almanac read.
      'EXDATE;TZID=Europe/Berlin:20260505T100000',
      'RRULE:FREQ=MONTHLY;COUNT=6;BYMONTHDAY=5',
    ]);
    const [moved] = exceptionsOf(calendar, series);
    expect(moved).toMatchObject({
      id: `${series.id}_20260405T080000Z`,
      originalStartTime: { dateTime: '2026-04-05T10:00:00+02:00', timeZone: 'Europe/Berlin' },
      start: { dateTime: '2026-04-07T14:00:00+02:00', timeZone: 'Europe/Berlin' },
      location: 'Online',
    });
  });

  it('reads escaped text, the organizer, optional guests and rooms', () => {
    const series = titled(calendar, 'Quartalsbesprechung');
    expect(series.description).toBe(
      'Quarterly figures. Please bring the numbers for your region; we will go through them one by one and agree on the next steps before the board meeting.\n',
    );
    expect(series.location).toBe('Sitzungszimmer Zürich');
    expect(series.visibility).toBe('public');
    expect(series.organizer).toEqual({
      email: 'anna.mueller@example.ch',
      displayName: 'Müller, Anna',
    });
    expect(series.attendees).toEqual([
      {
        email: 'anna.mueller@example.ch',
        displayName: 'Müller, Anna',
        responseStatus: 'needsAction',
        organizer: true,
      },
      {
        email: 'peter.keller@example.ch',
        displayName: 'Peter Keller',
        responseStatus: 'needsAction',
        optional: true,
      },
      {
        email: 'room.zurich@example.ch',
        displayName: 'Sitzungszimmer Zürich',
        responseStatus: 'needsAction',
        resource: true,
      },
    ]);
    expect(series.reminders).toEqual({
      useDefault: false,
      overrides: [{ method: 'popup', minutes: 15 }],
    });
  });

  it('reads all-day events, also the midnight-to-midnight form older Outlooks write', () => {
    expect(titled(calendar, 'Good Friday')).toMatchObject({
      start: { date: '2026-04-10' },
      end: { date: '2026-04-11' },
      transparency: 'transparent',
    });
    expect(titled(calendar, 'Boston Marathon')).toMatchObject({
      start: { date: '2026-04-20' },
      end: { date: '2026-04-21' },
    });
  });
});

describe('an Outlook export saved in Windows-1252', () => {
  const old = readCorpus('outlook-windows-1252.ics');

  it('reads its accented text and says it was not UTF-8', () => {
    const [event] = old.events;
    expect(event).toMatchObject({
      summary: 'Frühstück mit Jürgen',
      location: 'Café Schröder',
      description: 'Frühstück – bring €5 for the kitty.\n',
      start: { dateTime: '2026-05-06T07:00:00Z' },
    });
    expect(old.problems).toEqual([
      {
        message: 'the file is not UTF-8; it was read as Windows-1252 (Western European)',
        reason: { id: 'notUtf8', values: {} },
        skipped: false,
      },
    ]);
  });
});
