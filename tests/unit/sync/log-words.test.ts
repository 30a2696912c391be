// The sync log's lines carry their sentence, so the log pane words them in the reader's
// language: a line main writes (here: an edit kept against a delete on Google) reads in French
// once the reader's language is French, and in English in the log file and for old lines.
import { afterEach, expect, test } from 'vitest';
import { planPull } from '../../../src-main/sync/pull-plan';
import { said } from '../../../src-preload/log-words';
import { logLine, type SyncLogEntry } from '../../../src-preload/sync-log';
import type { CalendarEvent } from '../../../src-preload/model/event';
import { activeLocale, localeFor, setActiveLocale } from '../../../src-renderer/i18n/active-locale';
import { lineText } from '../../../src-renderer/i18n/log-line-words';

const english = activeLocale();
const french = localeFor({ locale: 'fr-FR', hourCycle: 'h23', firstDay: 1 });
afterEach(() => setActiveLocale(english));

const slot = {
  start: { dateTime: '2030-01-01T09:00:00Z' },
  end: { dateTime: '2030-01-01T10:00:00Z' },
};
const mine: CalendarEvent = {
  id: 'evt00001',
  calendarId: 'a@x',
  kind: 'single',
  status: 'confirmed',
  summary: 'Mine',
  ...slot,
  startMs: 0,
  endMs: 0,
  localVersion: 3,
  updatedAt: '2030-01-01T11:00:00.000Z',
  google: { etag: '"1"', updated: '2030-01-01T10:00:00.000Z' },
  base: { status: 'confirmed', summary: 'Base', ...slot },
  dirty: ['summary'],
};

test('a line main writes keeps its English and reads in French in the pane', () => {
  const kept = planPull(
    mine,
    { id: 'evt00001', etag: '"2"', status: 'cancelled', ...slot },
    {
      calendarId: 'a@x',
      readOnly: false,
      deleting: new Set<string>(),
      now: '2030-01-02T00:00:00Z',
    },
  );
  const line = kept.log[0]!;
  expect(line.message).toBe(
    '“Mine” was deleted on Google, but you changed it here, so it was kept.',
  );
  expect(lineText(line, english.t)).toBe(line.message);
  expect(lineText(line, french.t)).toBe(
    '« Mine » a été supprimé sur Google, mais vous l’aviez modifié ici : il a été conservé.',
  );
});

test('a line counts in the reader’s language; a line without a known sentence stays as stored', () => {
  const cycle = logLine(
    { now: '2030-01-01T00:00:00Z' },
    'info',
    'removed-vanished',
    undefined,
    said('removedVanished', { count: 2, calendar: 'Work' }),
    { ids: ['a', 'b'] },
  );
  expect(cycle.message).toBe('2 events of “Work” are no longer on Google and were removed here.');
  expect(lineText(cycle, french.t)).toBe(
    '2 événements de « Work » ne sont plus sur Google et ont été supprimés ici.',
  );
  const old: SyncLogEntry = { ...cycle, words: undefined, message: 'Written long ago.' };
  expect(lineText(old, french.t)).toBe('Written long ago.');
  const unknown: SyncLogEntry = { ...cycle, words: { id: 'gone', values: {} } };
  expect(lineText(unknown, french.t)).toBe(cycle.message);
});
