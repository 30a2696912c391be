// Time zones: a zone no IANA zone matches (kept as its rules), one with a single odd offset,
// the RFC's "Fictitious" zone (matched by its rules), one defined nowhere; names with vendor
// prefixes; and the VTIMEZONEs an export writes, read back by ical.js, against Intl's data.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../src-preload/ics/ics-calendar';
import { vtimezone } from '../../../src-preload/ics/vtimezone-writer';
import { ianaOffsets, ruleOffsets, wallToInstant } from '../../../src-preload/ics/zone-offsets';
import { ianaName } from '../../../src-preload/ics/zone-resolver';
import { readCorpus, titled } from './corpus';

const calendar = readCorpus('not-in-iana.ics');

describe('a zone that is in no IANA database', () => {
  it('is read by the file’s own rules: standard time in winter, its summer time in June', () => {
    const winter = titled(calendar, 'Winter briefing');
    const summer = titled(calendar, 'Summer briefing');
    expect(winter.start).toEqual({ dateTime: '2026-01-15T09:00:00+03:17' });
    expect(winter.startMs).toBe(Date.parse('2026-01-15T05:43:00Z'));
    expect(summer.start).toEqual({ dateTime: '2026-06-15T09:00:00+04:17' });
    expect(summer.startMs).toBe(Date.parse('2026-06-15T04:43:00Z'));
    expect(calendar.zones).toContainEqual(
      expect.objectContaining({ tzid: 'Station Local Time', how: 'own-rules' }),
    );
  });

  it('repeats a series in the closest IANA zone from the exact first instant, and says so', () => {
    const supply = titled(calendar, 'Supply run');
    const { zone } = calendar.zones.find((z) => z.tzid === 'Station Local Time')!;
    expect(supply.start.timeZone).toBe(zone);
    expect(supply.startMs).toBe(Date.parse('2026-04-20T04:43:00Z'));
    expect(calendar.problems.map(describeProblem)).toContain(
      `line 56: the time zone “Station Local Time” matches no standard zone; its times were read by the file's own rules, and repeating events in it repeat in ${zone}, the closest standard zone`,
    );
  });

  it('repeats a series of a single odd offset in UTC, which is exact', () => {
    const relay = titled(calendar, 'Relay check');
    expect(relay.start).toEqual({ dateTime: '2026-03-01T00:43:00Z', timeZone: 'UTC' });
    // UNTIL was floating (Relay Time); Google wants it in UTC.
    expect(relay.recurrence).toEqual([
      'RRULE:FREQ=DAILY;UNTIL=20260310T004300Z',
      'EXDATE:20260305T004300Z',
    ]);
  });

  it('matches the RFC’s fictitious zone to an IANA zone with its rules in the year it is used', () => {
    const lunch = titled(calendar, "Lunch in the RFC's fictitious zone");
    const match = calendar.zones.find((z) => z.tzid === 'Fictitious')!;
    expect(match.how).toBe('rules');
    // Its summer time ended in 1998: five hours behind UTC all year.
    const offsets = ianaOffsets(match.zone);
    expect([offsets(Date.UTC(2026, 0, 15)), offsets(Date.UTC(2026, 6, 15))]).toEqual([
      -18000, -18000,
    ]);
    expect(lunch.start).toEqual({ dateTime: '2026-07-01T12:00:00-05:00', timeZone: match.zone });
  });

  it('reads a zone defined nowhere as floating time, and says so', () => {
    expect(titled(calendar, 'Meeting in a zone nobody defined').start).toEqual({
      dateTime: '2026-08-01T10:00:00+02:00',
      timeZone: 'Europe/Paris',
    });
    expect(calendar.problems.map(describeProblem)).toContain(
      'line 94: the time zone “Atlantis/Poseidonia” is neither a known zone nor defined in the file; its times were read as Europe/Paris times',
    );
  });
});

describe('local times where clocks change', () => {
  const berlin = ianaOffsets('Europe/Berlin');
  const newYork = ianaOffsets('America/New_York');
  const at = (wall: number, offsets: typeof berlin) =>
    new Date(wallToInstant(wall, offsets)).toISOString();

  it('mean the first of the two when clocks go back, as RFC 5545 says', () => {
    expect(at(Date.UTC(2026, 9, 25, 2, 30), berlin)).toBe('2026-10-25T00:30:00.000Z');
    expect(at(Date.UTC(2026, 10, 1, 1, 30), newYork)).toBe('2026-11-01T05:30:00.000Z');
  });

  it('are read with the offset before the change when clocks skip them', () => {
    expect(at(Date.UTC(2026, 2, 29, 2, 30), berlin)).toBe('2026-03-29T01:30:00.000Z');
    expect(at(Date.UTC(2026, 2, 8, 2, 30), newYork)).toBe('2026-03-08T07:30:00.000Z');
  });

  it('are plain elsewhere', () => {
    expect(at(Date.UTC(2026, 6, 1, 9, 0), berlin)).toBe('2026-07-01T07:00:00.000Z');
    expect(at(Date.UTC(2026, 0, 1, 9, 0), newYork)).toBe('2026-01-01T14:00:00.000Z');
  });
});

describe('zone names', () => {
  it('are known with or without a vendor’s prefix', () => {
    expect(ianaName('Europe/Berlin')).toBe('Europe/Berlin');
    expect(ianaName('/mozilla.org/20070129_1/Europe/London')).toBe('Europe/London');
    expect(ianaName('/citadel.org/20190914_1/America/Argentina/Buenos_Aires')).toBe(
      'America/Argentina/Buenos_Aires',
    );
    expect(ianaName('/freeassociation.sourceforge.net/Tzfile/Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(ianaName('"America/New_York"')).toBe('America/New_York');
    expect(ianaName('W. Europe Standard Time')).toBeNull();
    expect(ianaName('Customized Time Zone')).toBeNull();
  });
});

describe('VTIMEZONEs an export writes', () => {
  const zones = [
    'Europe/Berlin',
    'America/New_York',
    'Australia/Sydney',
    'America/Sao_Paulo',
    'Asia/Tokyo',
    'Asia/Kolkata',
    'Pacific/Chatham',
    'Europe/Dublin',
    'Asia/Tehran',
    'Africa/Casablanca',
  ];

  it.each(zones)(
    '%s: ical.js reads from it the offsets Intl gives, over the years covered',
    (zone) => {
      const component = vtimezone(zone, 2005, 2026);
      const parsed = new ICAL.Component(ICAL.parse(component.toString()));
      const fromFile = ruleOffsets(ICAL.Timezone.fromData({ component: parsed }));
      const fromIntl = ianaOffsets(zone);
      const wrong: string[] = [];
      // Every 3 h 17 min, through the events' years and the ten after.
      for (let at = Date.UTC(2005, 0, 1); at < Date.UTC(2037, 0, 1); at += 11_820_000)
        if (fromFile(at) !== fromIntl(at)) wrong.push(new Date(at).toISOString());
      expect(wrong).toEqual([]);
    },
  );

  it('folds regular years into one rule, and a rule still in force ends nowhere', () => {
    const text = vtimezone('America/New_York', 2005, 2026).toString();
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060402T070000Z');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n');
    expect(text).toContain('X-LIC-LOCATION:America/New_York');
    // The observance in force when the first event happens.
    expect(text).toContain('DTSTART:20031231T190000');
    expect(text.split('\r\n').filter((l) => l.startsWith('BEGIN:DAYLIGHT'))).toHaveLength(2);
  });

  it('gives a zone without summer time its one observance', () => {
    const text = vtimezone('Asia/Tokyo', 2026, 2026).toString();
    expect(text.split('\r\n').filter((l) => /^BEGIN:(STANDARD|DAYLIGHT)/.test(l))).toEqual([
      'BEGIN:STANDARD',
    ]);
    expect(text).toContain('TZOFFSETTO:+0900');
  });
});
