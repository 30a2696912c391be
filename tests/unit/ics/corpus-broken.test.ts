// A broken file: each problem is named by its line and its event, in plain words, and every
// event that can be read still is.
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../src-preload/ics/ics-calendar';
import { readIcs } from '../../../src-preload/ics/ics-reader';
import { readCorpus } from './corpus';

const calendar = readCorpus('broken.ics');

describe('a broken file', () => {
  it('still reads every event that can be read', () => {
    expect(calendar.events.map((e) => e.summary)).toEqual([
      'Good morning',
      'Still here',
      'Ends before it starts',
      'Last one',
    ]);
  });

  it('names the line and the event of each problem, in plain words', () => {
    expect(calendar.problems.map(describeProblem)).toEqual([
      'line 11, event “No start”: it has no start (DTSTART)',
      'line 19, event “Thirty-first of February”: DTSTART “20260231T100000Z” is not a real date or time',
      'line 27, event “Garbage line”: “This line has no colon in it at all” is not an iCalendar line (a name, then “:” and the value)',
      'line 34, event “Bad rule”: the repeat rule’s FREQ=FORTNIGHTLY is none of DAILY, WEEKLY, MONTHLY, YEARLY (or HOURLY, MINUTELY, SECONDLY)',
      'line 37, event “Never closed”: BEGIN:VEVENT is never closed (END:VEVENT is missing before line 42)',
      'line 54, event “Wrong end”: END:VTODO where END:VEVENT was expected, in the VEVENT starting on line 49',
      'line 60, event “Ends before it starts”: it ends before it starts; it was given no length',
    ]);
    expect(calendar.problems.map((p) => p.skipped)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('gives an event that ends before it starts no length instead of losing it', () => {
    const backwards = calendar.events.find((e) => e.summary === 'Ends before it starts')!;
    expect(backwards.start).toEqual({ dateTime: '2026-03-08T10:00:00Z' });
    expect(backwards.end).toEqual(backwards.start);
  });

  it('gives an all-day event without DTEND its one day', () => {
    const last = calendar.events.find((e) => e.summary === 'Last one')!;
    expect(last.start).toEqual({ date: '2026-03-09' });
    expect(last.end).toEqual({ date: '2026-03-10' });
  });
});

describe('what is not an iCalendar file at all', () => {
  it('says so, quoting how it starts (a feed that answers with a web page)', () => {
    const page = readIcs('<!DOCTYPE html>\n<html><head><title>Sign in</title></head></html>\n', {
      zone: 'UTC',
    });
    expect(page.events).toEqual([]);
    expect(page.problems.map(describeProblem)).toEqual([
      'line 1: this is not an iCalendar file: it should start with BEGIN:VCALENDAR, and starts with “<!DOCTYPE html>”',
    ]);
  });

  it('says an empty file holds no calendar', () => {
    expect(readIcs('', { zone: 'UTC' }).problems.map(describeProblem)).toEqual([
      'the file is empty: it holds no calendar',
    ]);
    expect(readIcs(new Uint8Array(), { zone: 'UTC' }).events).toEqual([]);
  });

  it('reads a bare VEVENT without its VCALENDAR, as other calendar programs do', () => {
    const bare = readIcs(
      'BEGIN:VEVENT\r\nUID:bare@example.com\r\nDTSTART:20260101T100000Z\r\nSUMMARY:Bare\r\nEND:VEVENT\r\n',
      { zone: 'UTC' },
    );
    expect(bare.problems).toEqual([]);
    expect(bare.events.map((e) => e.summary)).toEqual(['Bare']);
  });
});

describe('events that are there twice', () => {
  it('keeps the newest version of an event the file has twice, and says so', () => {
    const twice = readIcs(
      [
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'UID:twice@example.com',
        'SEQUENCE:2',
        'DTSTART:20260101T100000Z',
        'SUMMARY:Second version',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:twice@example.com',
        'SEQUENCE:1',
        'DTSTART:20260101T090000Z',
        'SUMMARY:First version',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\n'),
      { zone: 'UTC' },
    );
    expect(twice.events.map((e) => e.summary)).toEqual(['Second version']);
    expect(twice.problems.map(describeProblem)).toEqual([
      'line 8, event “First version”: the file has another version of this event (line 2); the newer one was kept',
    ]);
  });

  it('gives an event without a UID one made from its start and title, the same on every import', () => {
    const text =
      'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101T100000Z\nSUMMARY:No UID\nEND:VEVENT\nEND:VCALENDAR\n';
    const first = readIcs(text, { zone: 'UTC' });
    const again = readIcs(text, { zone: 'UTC' });
    expect(first.events[0]!.iCalUID).toMatch(/^almanac-[0-9a-v]{13}$/);
    expect(again.events[0]!.id).toBe(first.events[0]!.id);
    expect(first.problems.map((p) => p.message)).toEqual([
      'it has no UID; it was given one made from its start and title, so importing it again updates it',
    ]);
  });
});
