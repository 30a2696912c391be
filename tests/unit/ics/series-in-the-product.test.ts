// Series read from files, as the rest of Almanac uses them: the calendar views expand them
// (src-renderer's recurrence code) to the occurrences the file means, the sync engine's
// mapping accepts their recurrence lines, and the occurrences and ids import makes are the
// shared model's (instance ids, an occurrence before anyone edits it).
import { describe, expect, it } from 'vitest';
import type { EventDateTime } from '../../../src-preload/model/event';
import { generatedOccurrence } from '../../../src-preload/ics/series-assembly';
import { generatedInstance } from '../../../src-preload/model/generated-instance';
import { recurrenceError } from '../../../src-preload/model/recurrence-lines';
import { changedFields } from '../../../src-preload/model/fields';
import { instanceIdFor } from '../../../src-preload/model/instance-ids';
import { expandSeries } from '../../../src-renderer/calendar/model/series-expansion';
import { CORPUS_FILES, exceptionsOf, readCorpus, stored, titled } from './corpus';

function occurrences(file: string, title: string, from: string, to: string, zone = 'Europe/Paris') {
  const calendar = readCorpus(file, { zone });
  const master = titled(calendar, title);
  const exceptions = exceptionsOf(calendar, master).map((e) => stored(e));
  return expandSeries(
    stored(master),
    exceptions,
    { start: new Date(from), end: new Date(to) },
    '#000',
  );
}

describe('series read from files, expanded by the calendar views', () => {
  it('Google’s weekly series: its Mondays until UNTIL, without the EXDATE, with the moved one moved', () => {
    const shown = occurrences(
      'google-export.ics',
      'Planning',
      '2026-03-01T00:00:00Z',
      '2026-08-01T00:00:00Z',
    );
    const starts = shown.map((o) => o.start);
    expect(starts).toHaveLength(17);
    expect(starts[0]).toBe('2026-03-02T08:30:00.000Z');
    // Summer time from 29 March: still 09:30 in Berlin.
    expect(starts).toContain('2026-03-30T07:30:00.000Z');
    expect(starts).not.toContain('2026-04-06T07:30:00.000Z');
    expect(starts).not.toContain('2026-03-16T08:30:00.000Z');
    expect(starts).toContain('2026-03-18T10:00:00.000Z');
    expect(starts.at(-1)).toBe('2026-06-29T07:30:00.000Z');
  });

  it('Outlook’s monthly series: five of six, one of them moved to the 7th', () => {
    const shown = occurrences(
      'outlook-export.ics',
      'Quartalsbesprechung',
      '2026-01-01T00:00:00Z',
      '2027-01-01T00:00:00Z',
    );
    expect(shown.map((o) => o.start)).toEqual([
      '2026-03-05T09:00:00.000Z',
      '2026-04-07T12:00:00.000Z',
      '2026-06-05T08:00:00.000Z',
      '2026-07-05T08:00:00.000Z',
      '2026-08-05T08:00:00.000Z',
    ]);
  });

  it('Thunderbird’s series: first Thursdays, the extra RDATE, without the EXDATE and the cancelled one', () => {
    const shown = occurrences(
      'thunderbird-export.ics',
      'Book club',
      '2026-03-01T00:00:00Z',
      '2026-08-01T00:00:00Z',
    );
    expect(shown.map((o) => o.start)).toEqual([
      '2026-03-05T18:30:00.000Z',
      '2026-04-02T17:30:00.000Z',
      '2026-06-18T17:30:00.000Z',
      '2026-07-02T17:30:00.000Z',
    ]);
  });

  it('the RFC’s every-other-week rule with WKST=SU until 24 December 1997: 17 occurrences', () => {
    const shown = occurrences(
      'rfc5545-examples.ics',
      'Every other week on Tuesday and Thursday until December 24',
      '1997-01-01T00:00:00Z',
      '1998-01-01T00:00:00Z',
    );
    expect(shown.map((o) => o.start.slice(0, 10))).toEqual([
      '1997-09-02',
      '1997-09-04',
      '1997-09-16',
      '1997-09-18',
      '1997-09-30',
      '1997-10-02',
      '1997-10-14',
      '1997-10-16',
      '1997-10-28',
      '1997-10-30',
      '1997-11-11',
      '1997-11-13',
      '1997-11-25',
      '1997-11-27',
      '1997-12-09',
      '1997-12-11',
      '1997-12-23',
    ]);
  });

  it('the RFC’s RDATE list: the start and the ten dates', () => {
    const shown = occurrences(
      'rfc5545-examples.ics',
      'Holidays (RDATE list)',
      '1997-01-01T00:00:00Z',
      '1998-01-01T00:00:00Z',
    );
    expect(shown.map((o) => o.start)).toEqual([
      '1997-01-01',
      '1997-01-20',
      '1997-02-17',
      '1997-04-21',
      '1997-05-26',
      '1997-07-04',
      '1997-09-01',
      '1997-10-14',
      '1997-11-28',
      '1997-11-29',
      '1997-12-25',
    ]);
  });

  it('a series in a zone of fixed rules (+05:17): exact instants, repeating in UTC', () => {
    const shown = occurrences(
      'not-in-iana.ics',
      'Relay check',
      '2026-02-01T00:00:00Z',
      '2026-04-01T00:00:00Z',
    );
    expect(shown.map((o) => o.start)).toEqual(
      ['01', '02', '03', '04', '06', '07', '08', '09', '10'].map(
        (d) => `2026-03-${d}T00:43:00.000Z`,
      ),
    );
  });

  it('every series of the corpus has recurrence lines the sync engine accepts', () => {
    const masters = CORPUS_FILES.flatMap((f) =>
      readCorpus(f).events.filter((e) => e.kind === 'master'),
    );
    expect(masters.length).toBe(11);
    for (const master of masters)
      expect(recurrenceError(master.recurrence!, master.start), master.summary).toBeNull();
  });
});

describe('the rules this module keeps until the shared event model has them', () => {
  it('names occurrences as the renderer does', () => {
    const calendar = readCorpus('google-export.ics');
    const master = titled(calendar, 'Planning');
    const [moved] = exceptionsOf(calendar, master);
    expect(moved!.id).toBe(instanceIdFor(master.id, moved!.originalStartTime!));
    const thunderbird = readCorpus('thunderbird-export.ics');
    const club = titled(thunderbird, 'Book club');
    const [cancelled] = exceptionsOf(thunderbird, club);
    expect(cancelled!.id).toBe(instanceIdFor(club.id, cancelled!.originalStartTime!));
  });

  it('makes the occurrence of a series before anyone edits it as the sync engine does', () => {
    const masters = [
      titled(readCorpus('google-export.ics'), 'Planning'),
      titled(readCorpus('apple-export.ics'), 'Anniversaire de Théo 🎂'),
      titled(readCorpus('not-in-iana.ics'), 'Relay check'),
    ];
    const originals: EventDateTime[] = [
      { dateTime: '2026-03-23T09:30:00+01:00', timeZone: 'Europe/Berlin' },
      { date: '2027-07-04' },
      { dateTime: '2026-03-04T00:43:00Z', timeZone: 'UTC' },
    ];
    masters.forEach((master, k) => {
      const ours = generatedOccurrence(master, originals[k]!);
      const engine = generatedInstance(master, master.id, originals[k]!);
      expect(changedFields(ours, engine), master.summary).toEqual([]);
      expect(ours.id).toBe(instanceIdFor(master.id, originals[k]!));
    });
  });
});
