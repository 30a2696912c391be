// The sync log's lines main writes, and the Reset Account summary, read in French: main keeps
// each as a sentence id with its values (the reason Google gave nested inside), and the window
// words it from its catalogue. English stays the stored text for the log file.
import { describe, expect, it } from 'vitest';
import { LOG_WORDS, said, type LogWordsId } from '../../../src-preload/log-words';
import { conventionsFor } from '../../../src-preload/locale';
import { localeFor } from '../../../src-renderer/i18n/active-locale';
import { lineText, sentenceText } from '../../../src-renderer/i18n/log-line-words';
import en from '../../../src-renderer/i18n/messages/en';
import fr from '../../../src-renderer/i18n/messages/fr';
import { plainSaid, reasonSaid } from '../../../src-main/google/errors';
import {
  describe as describePlan,
  reportOf,
  type ResetPlan,
} from '../../../src-main/sync/reset-plan';
import { logLine } from '../../../src-preload/sync-log';

const french = localeFor(
  conventionsFor({ language: 'fr-FR', timeFormat: 'region', weekStartsOn: 'region' }, []),
);

function plan(over: Partial<ResetPlan> = {}): ResetPlan {
  return {
    startedAt: '2026-06-01T09:00:00.000Z',
    account: 'ana@example.org',
    calendars: ['primary'],
    choices: { existing: 'delete-both', next: 'new', notifyGuests: false },
    stage: 'revoke',
    google: [
      { calendarId: 'primary', id: 'a', summary: 'A', state: 'done' },
      { calendarId: 'primary', id: 'b', summary: 'B', state: 'done' },
      { calendarId: 'primary', id: 'c', summary: 'C', state: 'failed' },
    ],
    removedHere: 1,
    unlinked: 0,
    ...over,
  };
}

describe('log lines made in main, in French', () => {
  it('has a French sentence for every sentence of the log, not English left in place', () => {
    for (const id of Object.keys(LOG_WORDS) as LogWordsId[]) {
      const key = `log.line.${id}` as keyof typeof fr;
      expect(fr[key], id).toBeTruthy();
      if (id !== 'resetDid' && id !== 'parked') expect(fr[key], id).not.toBe(en[key]);
    }
  });

  it('words the Reset Account summary in French, its counts and parts too', () => {
    const report = reportOf(plan());
    expect(report.message).toBe(
      'Reset Account finished: deleted 2 event(s) from Google Calendar (1 could not be deleted, see above), removed 1 event(s) from this computer; Google was signed out and the next sign-in synchronizes only events created from now on.',
    );
    expect(sentenceText(report.words!, french.t)).toBe(
      'Réinitialisation du compte terminée : 2 événements supprimés de Google Agenda (1 n’a pas pu l’être, voir plus haut), 1 événement supprimé de cet ordinateur ; Google a été déconnecté et la prochaine connexion ne synchronise que les événements créés à partir de maintenant.',
    );
    const nothing = reportOf(plan({ google: [], removedHere: 0 }));
    expect(sentenceText(nothing.words!, french.t)).toMatch(
      /^Réinitialisation du compte terminée : aucun événement modifié ;/,
    );
    const started = said('resetStarted', { plan: describePlan(plan()) });
    expect(sentenceText(started, french.t)).toBe(
      'Réinitialisation du compte commencée : événements existants supprimés de Google Agenda et de cet ordinateur, invités non prévenus ; prochaine synchronisation : uniquement les nouveaux événements.',
    );
  });

  it('words a refused change with Google’s reason, both in French', () => {
    const why = reasonSaid({ status: 403, reason: 'forbiddenForNonOrganizer', message: 'm' });
    const line = logLine(
      { now: '2026-06-01T09:00:00.000Z' },
      'error',
      'refused',
      'e1',
      said('refused', { named: 'yes', summary: 'Budget', why }),
      {
        status: 403,
        reason: 'forbiddenForNonOrganizer',
        op: 'patch',
        change: null,
        newEvent: null,
      },
    );
    expect(line.message).toMatch(/^“Budget”: Only the organizer can make this change/);
    expect(lineText(line, french.t)).toBe(
      '« Budget » : Seul l’organisateur peut faire cette modification sur Google Agenda (403 forbiddenForNonOrganizer : vous êtes invité à cet événement) ; elle n’a été gardée qu’ici. Demandez à l’organisateur de la faire. La version de Google est de retour sur cet ordinateur.',
    );
  });

  it('words the retry line’s reason in French', () => {
    const slow = plainSaid({ status: 429, reason: 'rateLimitExceeded', message: 'm' });
    expect(sentenceText(slow, french.t)).toMatch(
      /^Google Agenda a demandé à Almanac de ralentir \(429 rateLimitExceeded : trop de requêtes/,
    );
    const merged = plainSaid({ status: 412, message: 'm' }, 'Budget');
    expect(sentenceText(merged, french.t)).toMatch(/^« Budget » a été modifié sur Google Agenda/);
  });
});

describe('a Google connection problem’s line', () => {
  it('reads in French as the guide words it, and keeps Google’s words for a problem it does not know', () => {
    const at = { now: '2026-06-01T09:00:00.000Z' };
    const known = logLine(at, 'error', 'google-problem', undefined, 'Google refused … English', {
      problem: 'access_denied',
    });
    const words = lineText(known, french.t);
    expect(words).toBe(
      `${french.t('problem.access_denied.title')} ${french.t('problem.access_denied.fix')}`,
    );
    expect(words).not.toBe(known.message);
    expect(words).not.toMatch(/\bGoogle refused\b|\bsign in\b/);
    const unknown = logLine(at, 'error', 'google-problem', undefined, 'Odd thing: said Google', {
      problem: 'odd_thing',
    });
    expect(lineText(unknown, french.t)).toBe('Odd thing: said Google');
  });
});
