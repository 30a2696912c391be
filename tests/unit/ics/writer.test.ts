// Writing events out: valid RFC 5545 (ical.js reads it whole; lines of at most 75 octets, CRLF),
// VTIMEZONEs for the zones used, series with their exceptions and cancelled occurrences,
// guests with their answers, reminders as alarms, the iCalUID as UID, escaped text; and the
// corpus written out and read back gives the same events.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { EventFields } from '../../../src-preload/model/event';
import type { ExportableEvent } from '../../../src-preload/ics/ics-calendar';
import { readIcs } from '../../../src-preload/ics/ics-reader';
import { writeIcs } from '../../../src-preload/ics/ics-writer';
import { changedFields } from '../../../src-preload/model/fields';
import { CORPUS_FILES, readCorpus } from './corpus';

const NOW = new Date('2026-02-01T12:00:00Z');

function event(fields: Partial<ExportableEvent> & { id: string }): ExportableEvent {
  return {
    status: 'confirmed',
    summary: 'Event',
    start: { dateTime: '2026-03-10T09:00:00+01:00', timeZone: 'Europe/Berlin' },
    end: { dateTime: '2026-03-10T10:00:00+01:00', timeZone: 'Europe/Berlin' },
    ...fields,
  };
}

const master = event({
  id: 'series0001',
  kind: 'master',
  summary: 'Weekly; with, special \\ characters\nand a second line',
  iCalUID: 'series-1@example.com',
  recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=TU', 'EXDATE;TZID=Europe/Berlin:20260317T090000'],
  attendees: [
    {
      email: 'ana@example.com',
      displayName: 'Ana, "the boss"',
      responseStatus: 'accepted',
      organizer: true,
    },
    {
      email: 'ben@example.com',
      responseStatus: 'tentative',
      optional: true,
      comment: 'Late; sorry',
    },
    {
      email: 'room@example.com',
      displayName: 'Room 1',
      responseStatus: 'accepted',
      resource: true,
    },
  ],
  organizer: { email: 'ana@example.com', displayName: 'Ana, "the boss"' },
  reminders: {
    useDefault: false,
    overrides: [
      { method: 'popup', minutes: 15 },
      { method: 'email', minutes: 60 },
    ],
  },
  updatedAt: '2026-01-15T08:00:00.000Z',
});
const moved = event({
  id: 'series0001_20260324T080000Z',
  kind: 'exception',
  summary: 'Weekly (moved)',
  recurringEventId: 'series0001',
  originalStartTime: { dateTime: '2026-03-24T09:00:00+01:00', timeZone: 'Europe/Berlin' },
  start: { dateTime: '2026-03-25T15:00:00-04:00', timeZone: 'America/New_York' },
  end: { dateTime: '2026-03-25T16:00:00-04:00', timeZone: 'America/New_York' },
});
const cancelled = event({
  id: 'series0001_20260331T070000Z',
  kind: 'exception',
  status: 'cancelled',
  recurringEventId: 'series0001',
  originalStartTime: { dateTime: '2026-03-31T09:00:00+02:00', timeZone: 'Europe/Berlin' },
});
const local = event({
  id: 'madehere01',
  summary: 'Made here, not on Google yet',
  start: { date: '2026-04-01' },
  end: { date: '2026-04-03' },
});
const deleted = event({ id: 'deleted001', status: 'cancelled', summary: 'Deleted' });
const utc = event({
  id: 'utcevent01',
  start: { dateTime: '2026-05-01T10:00:00Z' },
  end: { dateTime: '2026-05-01T11:00:00Z' },
});

const written = writeIcs([master, moved, cancelled, local, deleted, utc], {
  name: 'Work',
  timeZone: 'Europe/Berlin',
  now: NOW,
});

describe('an exported file', () => {
  it('is one VCALENDAR ical.js reads whole, with CRLF lines of at most 75 octets', () => {
    expect(written.problems).toEqual([]);
    const calendar = new ICAL.Component(ICAL.parse(written.text));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Almanac//Almanac Calendar//EN');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Work');
    expect(written.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = written.text.slice(0, -2).split('\r\n');
    expect(lines.every((l) => !l.includes('\n') && !l.includes('\r'))).toBe(true);
    expect(Math.max(...lines.map((l) => new TextEncoder().encode(l).length))).toBeLessThanOrEqual(
      75,
    );
  });

  it('defines every zone it names, and only those', () => {
    const calendar = new ICAL.Component(ICAL.parse(written.text));
    const defined = calendar
      .getAllSubcomponents('vtimezone')
      .map((z) => z.getFirstPropertyValue('tzid'));
    const used = new Set([...written.text.matchAll(/;TZID=([^:;]+)/g)].map((m) => m[1]));
    expect(defined.sort()).toEqual([...used].sort());
    expect(defined.sort()).toEqual(['America/New_York', 'Europe/Berlin']);
  });

  it('writes a series, its changed occurrence under the same UID, and its cancelled one as EXDATE', () => {
    const calendar = new ICAL.Component(ICAL.parse(written.text));
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents.map((v) => v.getFirstPropertyValue('uid'))).toEqual([
      'series-1@example.com',
      'series-1@example.com',
      'madehere01@google.com',
      'utcevent01@google.com',
    ]);
    expect(written.text).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU\r\n');
    expect(written.text).toContain('EXDATE;TZID=Europe/Berlin:20260317T090000\r\n');
    expect(written.text).toContain(
      'EXDATE;TZID=Europe/Berlin;X-ALMANAC-INSTANCE=CANCELLED:20260331T090000\r\n',
    );
    expect(written.text).toContain('RECURRENCE-ID;TZID=Europe/Berlin:20260324T090000\r\n');
    expect(written.text).toContain('DTSTART;TZID=America/New_York:20260325T150000\r\n');
    expect(written.text).not.toContain('Deleted');
  });

  it('writes dates, UTC times, DTSTAMP and escaped text', () => {
    expect(written.text).toContain('DTSTART;VALUE=DATE:20260401\r\nDTEND;VALUE=DATE:20260403\r\n');
    expect(written.text).toContain('DTSTART:20260501T100000Z\r\n');
    expect(written.text).toContain('DTSTAMP:20260115T080000Z\r\n');
    expect(written.text).toContain('DTSTAMP:20260201T120000Z\r\n');
    expect(written.text).toContain(
      'SUMMARY:Weekly\\; with\\, special \\\\ characters\\nand a second line\r\n',
    );
  });

  it('writes guests with their answers and roles, and popup reminders as DISPLAY alarms', () => {
    const unfolded = written.text.replace(/\r\n /g, '');
    // Quotes inside a parameter are written ^' (RFC 6868).
    expect(unfolded).toContain(`ORGANIZER;CN="Ana, ^'the boss^'":mailto:ana@example.com`);
    expect(unfolded).toContain(
      `ATTENDEE;CN="Ana, ^'the boss^'";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ana@example.com`,
    );
    expect(unfolded).toContain(
      'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;X-RESPONSE-COMMENT="Late; sorry":mailto:ben@example.com',
    );
    expect(unfolded).toContain(
      'ATTENDEE;CN=Room 1;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:room@example.com',
    );
    expect(unfolded).toContain('BEGIN:VALARM\r\nACTION:DISPLAY\r\n');
    expect(unfolded).toContain('TRIGGER:-PT15M\r\nEND:VALARM');
    // E-mail reminders need a recipient an export does not know: they travel in Almanac's field.
    expect(unfolded).toContain(
      'X-ALMANAC-FIELDS;VALUE=TEXT:{"reminders":{"useDefault":false\\,"email":[60]}}',
    );
  });

  it('reads back as the events it was written from', () => {
    const back = readIcs(written.text, { zone: 'Europe/Berlin' });
    expect(back.problems).toEqual([]);
    const byId = new Map(back.events.map((e) => [e.id, e]));
    // The UID of an event made here is Google's id with @google.com, so it keeps its id.
    for (const original of [local, utc]) {
      const read = byId.get(original.id)!;
      expect(
        changedFields(read, { ...original, iCalUID: `${original.id}@google.com` }),
        original.id,
      ).toEqual([]);
    }
    const series = back.events.filter((e) => e.iCalUID === 'series-1@example.com');
    expect(series.map((e) => [e.kind, e.status, e.originalStartTime?.dateTime])).toEqual([
      ['master', 'confirmed', undefined],
      ['exception', 'confirmed', '2026-03-24T09:00:00+01:00'],
      ['exception', 'cancelled', '2026-03-31T09:00:00+02:00'],
    ]);
    // Into an empty calendar a series gets the id its UID gives; its occurrences follow it.
    const [readMaster, readMoved, readCancelled] = series;
    expect(changedFields(readMaster!, master)).toEqual([]);
    expect(
      changedFields(readMoved!, {
        ...moved,
        iCalUID: 'series-1@example.com',
        recurringEventId: readMaster!.id,
      }),
    ).toEqual([]);
    expect([readMoved!.id, readCancelled!.id]).toEqual([
      `${readMaster!.id}_20260324T080000Z`,
      `${readMaster!.id}_20260331T070000Z`,
    ]);
  });

  it('strips control characters and turns CR LF into LF, which iCalendar text can carry', () => {
    const { text } = writeIcs([event({ id: 'ctrl000001', summary: 'a\r\nb\u0007c\u0000d\te' })], {
      now: NOW,
    });
    expect(text).toContain('SUMMARY:a\\nbcd\te\r\n');
  });

  it('leaves out an event whose time cannot be read, says which, and writes the rest', () => {
    const bad = event({ id: 'badtime001', summary: 'Bad time', start: { dateTime: 'tomorrow' } });
    const out = writeIcs([bad, utc], { now: NOW });
    expect(out.problems).toEqual([
      {
        event: 'Bad time',
        message: 'DTSTART “tomorrow” is not a time',
        reason: { id: 'notATimeToWrite', values: { name: 'DTSTART', value: 'tomorrow' } },
        skipped: true,
      },
    ]);
    expect(readIcs(out.text, { zone: 'UTC' }).events.map((e) => e.id)).toEqual(['utcevent01']);
  });
});

describe('the corpus, written out and read back', () => {
  it.each(CORPUS_FILES)('%s gives the same events, field for field', (file) => {
    const first = readCorpus(file, { selfEmails: ['me@example.org'] });
    const out = writeIcs(first.events, { now: NOW });
    expect(out.problems).toEqual([]);
    const again = readIcs(out.text, { zone: 'Europe/Paris', selfEmails: ['me@example.org'] });
    expect(again.problems).toEqual([]);
    expect(again.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
    again.events.forEach((read, k) => {
      const original = first.events[k]!;
      expect(changedFields(read, original as EventFields), `${file}: ${original.summary}`).toEqual(
        [],
      );
      expect([read.kind, read.startMs, read.endMs, read.icsProperties]).toEqual([
        original.kind,
        original.startMs,
        original.endMs,
        original.icsProperties,
      ]);
    });
  });
});
