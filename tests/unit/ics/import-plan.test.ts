// The preview before an import, and the records it will write: re-importing a file updates
// what the first import wrote; an event Google holds under its own id is found by its iCalUID;
// an occurrence sent without its series joins the series when the calendar has it.
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../src-preload/ics/import-plan';
import { importSummary } from '../../../src-renderer/ics/import-words';
import { calendarEventId } from '../../../src-preload/ics/event-ids';
import { readIcs } from '../../../src-preload/ics/ics-reader';
import { readCorpus, titled } from './corpus';

describe('the preview of an import', () => {
  it('counts events, repeating ones, and what could not be read, with why', () => {
    const calendar = readCorpus('broken.ics');
    const { preview } = planImport(calendar, [], 'local');
    expect(preview).toMatchObject({ events: 4, repeating: 0, updates: 0, removals: 0 });
    expect(importSummary(preview, 'Work')).toBe(
      'Import 4 events into Work; 6 could not be read: line 11, event “No start”: it has no start (DTSTART), and 5 more',
    );
  });

  it('says what re-importing the same file will update, and writes the same ids again', () => {
    const calendar = readCorpus('outlook-export.ics');
    const first = planImport(calendar, [], 'local');
    expect(importSummary(first.preview, 'Work')).toBe('Import 5 events (1 repeating) into Work');
    const here = first.events.map((e) => ({ id: e.id, iCalUID: e.iCalUID }));
    const again = planImport(readCorpus('outlook-export.ics'), here, 'local');
    expect(again.preview).toMatchObject({ events: 5, repeating: 1, updates: 5 });
    expect(importSummary(again.preview, 'Work')).toBe(
      'Import 5 events (1 repeating) into Work; 5 already here will be updated',
    );
    expect(again.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
  });

  it('gives a new event an id of its own in each calendar, its changes under it', () => {
    const calendar = readCorpus('outlook-export.ics');
    const series = titled(calendar, 'Quartalsbesprechung');
    const work = planImport(calendar, [], 'work').events.filter(
      (e) => e.iCalUID === series.iCalUID,
    );
    const home = planImport(calendar, [], 'home').events.filter(
      (e) => e.iCalUID === series.iCalUID,
    );
    expect(work[0]!.id).toBe(calendarEventId('work', series.id));
    expect(home[0]!.id).toBe(calendarEventId('home', series.id));
    expect(work[0]!.id).not.toBe(home[0]!.id);
    expect(work.slice(1).every((e) => e.recurringEventId === work[0]!.id)).toBe(true);
    expect(work.length).toBeGreaterThan(1);
  });

  it('finds an event Google keeps under its own id by its iCalUID, exceptions included', () => {
    const calendar = readCorpus('outlook-export.ics');
    const series = titled(calendar, 'Quartalsbesprechung');
    const plan = planImport(
      calendar,
      [
        { id: 'googleownid0001', iCalUID: series.iCalUID! },
        { id: 'googleownid0001_20260405T080000Z', iCalUID: series.iCalUID! },
      ],
      'local',
    );
    expect(plan.preview.updates).toBe(1);
    const written = plan.events.filter((e) => e.iCalUID === series.iCalUID);
    expect(written.map((e) => [e.id, e.recurringEventId])).toEqual([
      ['googleownid0001', undefined],
      ['googleownid0001_20260405T080000Z', 'googleownid0001'],
    ]);
  });

  it('mentions what Almanac does not keep', () => {
    const { preview } = planImport(readCorpus('thunderbird-export.ics'), [], 'local');
    expect(importSummary(preview, 'Work')).toBe(
      'Import 5 events (1 repeating) into Work; 1 to-do left out (Almanac keeps events)',
    );
  });
});

describe('an occurrence without its series', () => {
  const invitation = readIcs(
    [
      'BEGIN:VCALENDAR',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
      'UID:weekly-standup@example.com',
      'RECURRENCE-ID;TZID=Europe/Berlin:20260310T090000',
      'DTSTART;TZID=Europe/Berlin:20260310T100000',
      'DTEND;TZID=Europe/Berlin:20260310T103000',
      'SUMMARY:Stand-up (one hour later this week)',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n'),
    { zone: 'Europe/Berlin' },
  );

  it('joins the series when the calendar has it', () => {
    const plan = planImport(
      invitation,
      [{ id: 'seriesfromgoogle', iCalUID: 'weekly-standup@example.com' }],
      'local',
    );
    expect(plan.events).toEqual([
      expect.objectContaining({
        id: 'seriesfromgoogle_20260310T080000Z',
        kind: 'exception',
        recurringEventId: 'seriesfromgoogle',
        originalStartTime: { dateTime: '2026-03-10T09:00:00+01:00', timeZone: 'Europe/Berlin' },
      }),
    ]);
    expect(importSummary(plan.preview, 'Work')).toBe(
      'Import 1 event into Work; 1 already here will be updated',
    );
  });

  it('is an event of its own otherwise, under the same id on every import', () => {
    const plan = planImport(invitation, [], 'local');
    expect(plan.events).toHaveLength(1);
    const [single] = plan.events;
    expect(single).toMatchObject({
      kind: 'single',
      summary: 'Stand-up (one hour later this week)',
    });
    expect(single!.recurringEventId).toBeUndefined();
    expect(single!.originalStartTime).toBeUndefined();
    expect(planImport(invitation, [], 'local').events[0]!.id).toBe(single!.id);
    expect(planImport(invitation, [{ id: single!.id }], 'local').preview.updates).toBe(1);
  });
});

describe('cancelled events in a file', () => {
  const text = (status: string) =>
    `BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:party@example.com\nSTATUS:${status}\nDTSTART:20260601T180000Z\nSUMMARY:Party\nEND:VEVENT\nEND:VCALENDAR\n`;

  it('remove the event when the calendar has it', () => {
    const calendar = readIcs(text('CANCELLED'), { zone: 'UTC' });
    const here = planImport(readIcs(text('CONFIRMED'), { zone: 'UTC' }), [], 'local').events.map(
      (e) => ({
        id: e.id,
      }),
    );
    const plan = planImport(calendar, here, 'local');
    expect(plan.events.map((e) => [e.id, e.status])).toEqual([[here[0]!.id, 'cancelled']]);
    expect(importSummary(plan.preview, 'Work')).toBe('1 cancelled event will be removed');
  });

  it('change nothing when it does not', () => {
    const plan = planImport(readIcs(text('CANCELLED'), { zone: 'UTC' }), [], 'local');
    expect(plan.events).toEqual([]);
    expect(importSummary(plan.preview, 'Home')).toBe('No events to import into Home');
  });
});
