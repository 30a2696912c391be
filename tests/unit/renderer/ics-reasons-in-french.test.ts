// An imported file's problems read in French: the reader gives each reason as a sentence id
// with its values, and the window words it from its catalogue (English stays the message).
import { afterEach, describe, expect, it } from 'vitest';
import { readIcs } from '../../../src-preload/ics/ics-reader';
import { conventionsFor } from '../../../src-preload/locale';
import { localeFor, setActiveLocale } from '../../../src-renderer/i18n/active-locale';
import { openedProblemText, problemText } from '../../../src-renderer/ics/import-words';

const FILE = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Example//FR',
  'BEGIN:VEVENT',
  'UID:sans-debut@example.org',
  'DTSTAMP:20260101T000000Z',
  'SUMMARY:Sans début',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:rappel@example.org',
  'DTSTAMP:20260101T000000Z',
  'DTSTART:20260616T130000Z',
  'DTEND:20260616T140000Z',
  'SUMMARY:Rappel',
  'BEGIN:VALARM',
  'ACTION:DISPLAY',
  'TRIGGER:PT15M',
  'END:VALARM',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

const locale = (language: string) =>
  localeFor(conventionsFor({ language, timeFormat: 'region', weekStartsOn: 'region' }, []));

afterEach(() => setActiveLocale(locale('en-GB')));

describe('a file’s problems in French', () => {
  it('words each reason in the reader’s language, with where it is', () => {
    const { problems } = readIcs(FILE, { zone: 'Europe/Paris' });
    expect(problems.map((p) => p.message)).toEqual([
      'it has no start (DTSTART)',
      'a reminder after the start was left out: reminders come before an event',
    ]);
    setActiveLocale(locale('fr-FR'));
    expect(problems.map(problemText)).toEqual([
      'ligne 4, événement « Sans début » : il n’a pas de début (DTSTART)',
      'ligne 15, événement « Rappel » : un rappel après le début a été laissé de côté : les rappels précèdent l’événement',
    ]);
  });

  it('words why a file opened with Almanac could not be read', () => {
    setActiveLocale(locale('fr-FR'));
    const bytes = new Uint8Array();
    expect(
      openedProblemText({
        name: 'a.ics',
        bytes,
        problem: 'x',
        why: { code: 'too-large', mb: 60, max: 50 },
      }),
    ).toBe('« a.ics » est trop gros pour être importé (60 Mo ; au plus 50 Mo).');
    expect(openedProblemText({ name: 'b.ics', bytes, problem: 'x', why: { code: 'gone' } })).toBe(
      'Impossible d’ouvrir « b.ics » : il n’existe plus.',
    );
  });
});

describe('a broken file’s own structure, in French', () => {
  const BROKEN = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'X-WR-CALNAME;X="a:Cal',
    'BEGIN:VEVENT',
    'UID:a@x',
    'DTSTAMP:20260101T000000Z',
    'DTSTART;TZID=Atlantis/Nowhere:20260615T090000',
    'SUMMARY:A',
    'X-ALMANAC-FIELDS:{not json',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:b@x',
    'DTSTART:20260615T090000Z',
    'SUMMARY:B',
    'RRULE:FREQ=WEEKLY;UNTIL=zz',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:d@x',
    'DTSTART:20260615T090000Z',
    'SUMMARY:D',
    'This line has no colon',
    'END:VEVENT',
    'END:VTODO',
    'BEGIN:VEVENT',
    'UID:c@x',
    'SUMMARY:C',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

  it('words every problem it finds in French, with the parser’s own words as a detail', () => {
    const { problems } = readIcs(BROKEN, { zone: 'Europe/Paris' });
    expect(problems.length).toBeGreaterThanOrEqual(6);
    expect(problems.filter((p) => !p.reason)).toEqual([]);
    setActiveLocale(locale('fr-FR'));
    const french = problems.map(problemText);
    expect(french).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ligne 3 : .*; ignorée$/),
        'ligne 7 : le fuseau horaire « Atlantis/Nowhere » n’est ni un fuseau connu ni défini dans le fichier ; ses heures ont été lues comme des heures de Europe/Paris',
        'ligne 9, événement « A » : son X-ALMANAC-FIELDS n’est pas du JSON lisible ; ces champs ont été laissés de côté',
        expect.stringMatching(/^ligne 11, événement « B » : il n’a pas pu être lu \(.*zz.*\)$/),
        'ligne 21, événement « D » : « This line has no colon » n’est pas une ligne iCalendar (un nom, puis « : » et la valeur)',
        'ligne 23 : END:VTODO sans BEGIN ; ignoré',
        'ligne 24, événement « C » : BEGIN:VEVENT n’est jamais fermé (END:VEVENT manque avant la ligne 27)',
      ]),
    );
    french.forEach((text, k) => expect(text).not.toContain(problems[k]!.message));
  });

  it('words a file that is no calendar, an empty one and one not in UTF-8', () => {
    const html = readIcs('<!DOCTYPE html>\r\n<html></html>\r\n', { zone: 'UTC' }).problems;
    const empty = readIcs('', { zone: 'UTC' }).problems;
    const latin = readIcs(
      new Uint8Array([...new TextEncoder().encode('BEGIN:VCALENDAR\r\nX-WR-CALNAME:Caf'), 0xe9]),
      { zone: 'UTC' },
    ).problems;
    setActiveLocale(locale('fr-FR'));
    expect([...html, ...empty, ...latin].map(problemText)).toEqual([
      'ligne 1 : ce n’est pas un fichier iCalendar : il devrait commencer par BEGIN:VCALENDAR, et commence par « <!DOCTYPE html> »',
      'le fichier est vide : il ne contient aucun agenda',
      'le fichier n’est pas en UTF-8 ; il a été lu en Windows-1252 (Europe occidentale)',
    ]);
  });

  it('words what an export had to leave out', async () => {
    const { writeIcs } = await import('../../../src-preload/ics/ics-writer');
    const bad = {
      id: 'badtime001',
      calendarId: 'c',
      summary: 'Mauvaise heure',
      start: { dateTime: 'demain' },
      end: { dateTime: '2026-06-15T10:00:00Z' },
    };
    const { problems } = writeIcs([bad as never], { now: new Date('2026-06-01T00:00:00Z') });
    setActiveLocale(locale('fr-FR'));
    expect(problems.map(problemText)).toEqual([
      'événement « Mauvaise heure » : DTSTART « demain » n’est pas une heure',
    ]);
  });
});
