import { describe, expect, it } from 'vitest';
import { quickAdd, type QuickAddContext } from '../../../src-renderer/calendar/model/quick-add';
import { validateDraft } from '../../../src-renderer/calendar/model/drafts';
import { repeatRuleFromRecurrence } from '../../../src-renderer/calendar/model/repeat-rules';
import { expandSeries } from '../../../src-renderer/calendar/model/series-expansion';
import type { CalendarEvent } from '../../../src-preload/model/event';
import { QUICK_ADD_AT, QUICK_ADD_PHRASES } from '../../support/quick-add-phrases';

const BERLIN: QuickAddContext = { ...QUICK_ADD_AT, calendarId: 'work', defaultMinutes: 60 };
const TABLE = QUICK_ADD_PHRASES;

describe('quick add: the phrase table', () => {
  it('holds at least 30 phrases', () => expect(TABLE.length).toBeGreaterThanOrEqual(30));

  it.each(TABLE)('%s', (text, expected) => {
    const { draft, recurrence } = quickAdd(text, BERLIN);
    const timed = !draft.allDay;
    expect({
      title: draft.summary,
      start: timed ? `${draft.startDate} ${draft.startTime}` : draft.startDate,
      end: timed ? `${draft.endDate} ${draft.endTime}` : draft.endDate,
      location: draft.location,
      recurrence,
      guests: draft.attendees.map((a) => a.email),
    }).toEqual({ location: '', recurrence: [], guests: [], ...expected });
    // What the editor opens on is a draft it would save as it is.
    expect(validateDraft(draft)).toEqual([]);
    expect(draft).toMatchObject({ calendarId: 'work', timeZone: 'Europe/Berlin' });
    // The editor's rule and the lines Google stores say the same.
    expect(repeatRuleFromRecurrence(recurrence, draft.timeZone, draft.startDate)).toEqual(
      draft.repeat,
    );
  });
});

describe('quick add', () => {
  it('says which parts of the phrase it understood, in the order they were typed', () => {
    const { recognised } = quickAdd(
      'Lunch with Ana tomorrow 1pm at Café Central for 30 min',
      BERLIN,
    );
    expect(recognised.map((p) => [p.field, p.text])).toEqual([
      ['when', 'tomorrow 1pm'],
      ['location', 'at Café Central'],
      ['duration', 'for 30 min'],
    ]);
    const repeat = quickAdd('Standup 9:30 every weekday 5 times', BERLIN).recognised;
    expect(repeat.map((p) => p.field)).toEqual(['when', 'repeat', 'repeatEnd']);
    expect(repeat[1]).toEqual({ field: 'repeat', text: 'every weekday', index: 13 });
  });

  it('reads the phrase in the person’s zone, whatever the day is in UTC', () => {
    // 02:00 UTC on 4 March is still 3 March, 21:00 in New York.
    const ny = { ...BERLIN, now: Date.parse('2026-03-04T02:00:00Z'), timeZone: 'America/New_York' };
    const { draft } = quickAdd('Breakfast tomorrow 8am', ny);
    expect([draft.startDate, draft.startTime, draft.timeZone]).toEqual([
      '2026-03-04',
      '08:00',
      'America/New_York',
    ]);
  });

  it('gives a start time the default event length', () => {
    const { draft } = quickAdd('Call mum at 18:00', { ...BERLIN, defaultMinutes: 25 });
    expect([draft.startTime, draft.endTime]).toEqual(['18:00', '18:25']);
  });

  it('makes all-day drafts free and timed ones busy, as Google does', () => {
    expect(quickAdd('Trip 12-15 March', BERLIN).draft.transparency).toBe('transparent');
    expect(quickAdd('Call mum at 18:00', BERLIN).draft.transparency).toBe('opaque');
  });

  it('starts a repeat on its first occurrence, which the lines give first when expanded', () => {
    const { draft, recurrence } = quickAdd('Payroll on the last weekday of the month 4pm', BERLIN);
    const master: CalendarEvent = {
      id: 'quickaddprobe',
      calendarId: 'work',
      kind: 'master',
      status: 'confirmed',
      summary: draft.summary,
      start: {
        dateTime: `${draft.startDate}T${draft.startTime}:00+02:00`,
        timeZone: 'Europe/Berlin',
      },
      end: { dateTime: `${draft.endDate}T${draft.endTime}:00+02:00`, timeZone: 'Europe/Berlin' },
      recurrence,
      startMs: 0,
      endMs: 0,
      localVersion: 1,
      updatedAt: '',
    };
    const occurrences = expandSeries(
      master,
      [],
      { start: new Date('2026-03-01T00:00:00Z'), end: new Date('2026-07-01T00:00:00Z') },
      '#000',
    );
    // 31 March (Tue), 30 April (Thu), 29 May (Fri), 30 June (Tue), at 16:00 in Berlin (summer time).
    expect(occurrences.map((o) => o.start)).toEqual([
      '2026-03-31T14:00:00.000Z',
      '2026-04-30T14:00:00.000Z',
      '2026-05-29T14:00:00.000Z',
      '2026-06-30T14:00:00.000Z',
    ]);
  });

  it('keeps a phrase with nothing to read as the title of an all-day event today', () => {
    const { draft, recognised } = quickAdd('  Think  ', BERLIN);
    expect([draft.summary, draft.allDay, draft.startDate, recognised]).toEqual([
      'Think',
      true,
      '2026-03-04',
      [],
    ]);
  });
});

describe('quick add in French', () => {
  const PARIS: QuickAddContext = { ...BERLIN, language: 'fr' };

  it('reads French dates and times, the rest of the phrase being the title', () => {
    const { draft } = quickAdd('Déjeuner avec Ana demain 13h', PARIS);
    expect([draft.summary, draft.startDate, draft.startTime, draft.endTime]).toEqual([
      'Déjeuner avec Ana',
      '2026-03-05',
      '13:00',
      '14:00',
    ]);
  });

  it('reads French words for the repeat, its end, the length and the place', () => {
    const standup = quickAdd('Point équipe tous les lundis 9h pendant 30 min 10 fois', PARIS);
    expect(standup.draft.summary).toBe('Point équipe');
    expect([standup.draft.startTime, standup.draft.endTime]).toEqual(['09:00', '09:30']);
    expect(standup.recurrence).toEqual(['RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=10']);

    const lunch = quickAdd('Déjeuner avec Ana demain 13h au Café Central', PARIS);
    expect([lunch.draft.summary, lunch.draft.location]).toEqual([
      'Déjeuner avec Ana',
      'Café Central',
    ]);

    const review = quickAdd('Revue toutes les 2 semaines pendant 1h30', PARIS);
    expect(review.draft.summary).toBe('Revue');
    expect(review.recurrence[0]).toMatch(/^RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=[A-Z]{2}$/);
    const minutes =
      (Date.parse(`${review.draft.endDate}T${review.draft.endTime}`) -
        Date.parse(`${review.draft.startDate}T${review.draft.startTime}`)) /
      60_000;
    expect(minutes).toBe(90);

    const course = quickAdd('Cours tous les lundis 18h jusqu’au 20 avril', PARIS);
    expect(course.draft.summary).toBe('Cours');
    expect(course.recurrence).toEqual(['RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260420T215959Z']);

    const yoga = quickAdd('Yoga chaque jour pendant 3 semaines chez Léa', PARIS);
    expect([yoga.draft.summary, yoga.draft.location]).toEqual(['Yoga', 'Léa']);
    expect(yoga.recurrence[0]).toMatch(/^RRULE:FREQ=DAILY;UNTIL=/);
  });

  it('leaves French words in an English reader’s title alone', () => {
    const { draft, recurrence } = quickAdd('Cours tous les lundis', BERLIN);
    expect(recurrence).toEqual([]);
    expect(draft.summary).toBe('Cours tous les lundis');
  });

  it('still reads English ones', () => {
    const { draft } = quickAdd('Lunch tomorrow 1pm', PARIS);
    expect([draft.summary, draft.startDate, draft.startTime]).toEqual([
      'Lunch',
      '2026-03-05',
      '13:00',
    ]);
  });
});
