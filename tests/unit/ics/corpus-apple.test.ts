// Apple Calendar's export: X-WR-* and X-APPLE-* properties, a structured location standing
// in for LOCATION, AUDIO alarms, the placeholder alarm of 1976 (ACTION:NONE), the calendar's
// default alarm copied into events (X-APPLE-DEFAULT-ALARM), floating times, non-ASCII text,
// and a zone used without its VTIMEZONE.
import { describe, expect, it } from 'vitest';
import { readIcs } from '../../../src-preload/ics/ics-reader';
import { readCorpus, titled } from './corpus';

// The user is in New York; the file's own zone (X-WR-TIMEZONE) still governs its floating times.
const calendar = readCorpus('apple-export.ics', { zone: 'America/New_York' });

describe('an Apple Calendar export', () => {
  it('reads the calendar’s name, colour and zone, and every event without a problem', () => {
    expect(calendar.problems).toEqual([]);
    expect(calendar).toMatchObject({
      name: 'Maison',
      color: '#FF2968',
      timeZone: 'Europe/Paris',
      method: 'PUBLISH',
    });
    expect(calendar.events).toHaveLength(4);
  });

  it('takes the structured location’s title when there is no LOCATION, and keeps the URL', () => {
    const lunch = titled(calendar, 'Déjeuner avec Léa 🥐');
    expect(lunch.location).toBe('Café de Flore');
    expect(lunch.icsProperties).toEqual({ url: 'https://cafedeflore.fr/' });
    expect(lunch.start).toEqual({
      dateTime: '2026-03-14T12:30:00+01:00',
      timeZone: 'Europe/Paris',
    });
  });

  it('makes the sound alarm a popup and drops the placeholder one', () => {
    expect(titled(calendar, 'Déjeuner avec Léa 🥐').reminders).toEqual({
      useDefault: false,
      overrides: [{ method: 'popup', minutes: 60 }],
    });
  });

  it('leaves an event with only the copied default alarm on the calendar’s default reminders', () => {
    const birthday = titled(calendar, 'Anniversaire de Théo 🎂');
    expect(birthday.reminders).toBeUndefined();
    expect(birthday).toMatchObject({
      kind: 'master',
      start: { date: '2026-07-04' },
      end: { date: '2026-07-05' },
      recurrence: ['RRULE:FREQ=YEARLY'],
      transparency: 'transparent',
      icsProperties: { categories: ['Famille'] },
    });
  });

  it('reads floating times on the wall clock of the file’s zone', () => {
    expect(titled(calendar, 'Yoga')).toMatchObject({
      start: { dateTime: '2026-03-20T07:30:00+01:00', timeZone: 'Europe/Paris' },
      end: { dateTime: '2026-03-20T08:00:00+01:00', timeZone: 'Europe/Paris' },
      startMs: Date.parse('2026-03-20T06:30:00Z'),
    });
  });

  it('knows an IANA zone by its name when the file does not define it', () => {
    const trip = titled(calendar, '東京出張 — réunion à Tokyo');
    expect(trip.location).toBe('東京駅');
    expect(trip.start).toEqual({ dateTime: '2026-04-15T09:00:00+09:00', timeZone: 'Asia/Tokyo' });
    expect(calendar.zones).toContainEqual({ tzid: 'Asia/Tokyo', how: 'iana', zone: 'Asia/Tokyo' });
  });
});

describe('floating times in a file that names no zone of its own', () => {
  it('are wall-clock times in the calendar’s zone, as Google reads them', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:floating@example.com',
      'DTSTART:20260701T090000',
      'DTEND:20260701T100000',
      'SUMMARY:Floating',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const inChicago = readFloating(text, 'America/Chicago');
    const inBerlin = readFloating(text, 'Europe/Berlin');
    expect(inChicago.start).toEqual({
      dateTime: '2026-07-01T09:00:00-05:00',
      timeZone: 'America/Chicago',
    });
    expect(inBerlin.start).toEqual({
      dateTime: '2026-07-01T09:00:00+02:00',
      timeZone: 'Europe/Berlin',
    });
  });
});

function readFloating(text: string, zone: string) {
  return readIcs(text, { zone }).events[0]!;
}
