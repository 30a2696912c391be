// Words made outside JSX follow the reader's language too: what the local database refuses,
// why an event cannot change or move (and a fixed chip's tooltip), a calendar's details
// problems and what an import will do and did. Read in French, none of it is English; read in English, it is as before.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { activeLocale, localeFor, setActiveLocale } from '../../../src-renderer/i18n/active-locale';
import { refusalText } from '../../../src-renderer/i18n/refusal-words';
import { fixedTooltip } from '../../../src-renderer/calendar/event-chips';
import { moveRefusal, calendarRefusal } from '../../../src-preload/model/calendar-access';
import { calendarProblems } from '../../../src-preload/model/calendar-details';
import {
  createLocalCalendar,
  deleteLocalCalendar,
  detailsProblems,
} from '../../../src-renderer/db/calendar-writes';
import { importResultText, importSummary } from '../../../src-renderer/ics/import-words';
import type { ImportPreview } from '../../../src-preload/ics/import-plan';
import { freshDb } from './fixtures';

const english = activeLocale();
afterEach(() => setActiveLocale(english));

function inFrench() {
  setActiveLocale(localeFor({ locale: 'fr-FR', hourCycle: 'h23', firstDay: 1 }));
}

const PREVIEW: ImportPreview = {
  events: 3,
  repeating: 1,
  updates: 2,
  removals: 0,
  unreadable: [
    { line: 11, event: 'No start', message: 'it has no start (DTSTART)', skipped: true },
  ],
  notes: [],
  leftOut: { VTODO: 2 },
};

const READER = {
  account: 'a@example.com',
  accessRole: 'reader',
  summary: 'Fêtes',
  syncEnabled: true,
} as const;

describe('words made outside JSX', () => {
  it('say what an import will do and did in French', () => {
    inFrench();
    expect(importSummary(PREVIEW, 'Travail')).toBe(
      'Importer 3 événements (1 périodique) dans Travail; 2 déjà présents seront mis à jour; 1 illisible : ligne 11, événement « No start » : it has no start (DTSTART); 2 tâches laissé(s) de côté (Almanac garde les événements)',
    );
    expect(importResultText({ added: 2, updated: 1, removed: 0 }, 'Travail')).toBe(
      '2 événements ajoutés, 1 événement mis à jour dans Travail.',
    );
    expect(importResultText({ added: 0, updated: 0, removed: 0 }, 'Travail')).toBe(
      'Rien n’a changé dans Travail.',
    );
  });

  it('and in English as before', () => {
    expect(importSummary(PREVIEW, 'Work')).toBe(
      'Import 3 events (1 repeating) into Work; 2 already here will be updated; 1 could not be read: line 11, event “No start”: it has no start (DTSTART); 2 to-dos left out (Almanac keeps events)',
    );
    expect(importResultText({ added: 2, updated: 1, removed: 0 }, 'Work')).toBe(
      'Added 2 events, updated 1 event in Work.',
    );
  });

  it('say why an event cannot change or move, in the reader’s language', () => {
    const refused = calendarRefusal(READER)!;
    expect(refusalText(refused)).toBe('“Fêtes” is read-only: its events change on Google only.');
    inFrench();
    expect(refusalText(refused)).toBe(
      '« Fêtes » est en lecture seule : ses événements ne se modifient que sur Google.',
    );
    const birthday = moveRefusal(
      { eventType: 'birthday' },
      { ...READER, accessRole: 'owner', id: 'c' },
    )!;
    expect(refusalText(birthday)).toBe(
      'Les anniversaires restent dans l’agenda où Google les garde.',
    );
    // The tooltip of a chip that cannot move: the reason, then that a click still opens it.
    expect(fixedTooltip(refusalText(refused))).toBe(
      '« Fêtes » est en lecture seule : ses événements ne se modifient que sur Google. Cliquez pour le voir.',
    );
  });

  it('word a calendar’s problems in French in the renderer, in English in main', () => {
    const details = { summary: ' ', color: 'blue', timeZone: 'Mars/Base', defaultReminders: [] };
    inFrench();
    expect(detailsProblems(details).map((p) => p.message)).toEqual([
      'Donnez un nom à l’agenda.',
      'Choisissez une couleur comme #4986e7.',
      '« Mars/Base » n’est pas un fuseau horaire ; choisissez-en un dans la liste.',
    ]);
    expect(calendarProblems(details)[0]!.message).toBe('Give the calendar a name.');
  });

  it('refuse in French what the local database cannot do', async () => {
    const db = freshDb();
    const id = await createLocalCalendar(db, {
      summary: 'Maison',
      color: '#0b8043',
      timeZone: 'Europe/Paris',
      defaultReminders: [],
    });
    await db.calendars.update(id, { primary: true });
    inFrench();
    await expect(deleteLocalCalendar(db, id)).rejects.toThrow(
      '« Maison » est votre agenda principal.',
    );
  });
});
