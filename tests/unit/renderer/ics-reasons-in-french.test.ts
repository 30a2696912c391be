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
