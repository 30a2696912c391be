// A repeat rule Almanac cannot read is said in the reader's language, rrule's own words kept
// inside; a series whose failure was kept from an earlier read is said in the language shown
// now, not the one it first failed in.
import { afterEach, expect, it } from 'vitest';
import { conventionsFor } from '../../../src-preload/locale';
import { localeFor, setActiveLocale } from '../../../src-renderer/i18n/active-locale';
import { seriesInstances } from '../../../src-renderer/calendar/model/series-expansion';
import { range, timed } from './fixtures';

const locale = (language: string) =>
  localeFor(conventionsFor({ language, timeFormat: 'region', weekStartsOn: 'region' }, []));
const WEEK = range('2026-01-05T00:00:00Z', '2026-01-12T00:00:00Z');
const series = (id: string, recurrence: string[]) =>
  timed(id, '2026-01-05T09:00', '2026-01-05T09:30', 'UTC', { recurrence });
const failure = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('it read the rule');
};

afterEach(() => setActiveLocale(locale('en-GB')));

it('says why a rule cannot be read in French, and again in English after a switch', () => {
  setActiveLocale(locale('fr-FR'));
  const noFreq = series('no-freq', ['RRULE:INTERVAL=2']);
  expect(failure(() => seriesInstances(noFreq, WEEK))).toBe(
    'Almanac ne sait pas lire cette règle de répétition : elle ne dit pas à quelle fréquence elle se répète (FREQ).',
  );
  expect(
    failure(() => seriesInstances(series('bad-exdate', ['RRULE:FREQ=DAILY', 'EXDATE:soon']), WEEK)),
  ).toBe('Almanac ne sait pas lire cette règle de répétition : soon (EXDATE) n’est pas une date.');
  expect(
    failure(() => seriesInstances(series('bad-until', ['RRULE:FREQ=DAILY;UNTIL=later']), WEEK)),
  ).toBe('Almanac ne sait pas lire cette règle de répétition : later (UNTIL) n’est pas une date.');
  expect(failure(() => seriesInstances(series('x-line', ['X-RULE:1']), WEEK))).toMatch(
    /^Almanac ne sait pas lire cette règle de répétition : elle a une ligne X-RULE\.$/,
  );
  // The same series, its failure kept from the read above, in the language shown now.
  setActiveLocale(locale('en-GB'));
  expect(failure(() => seriesInstances(noFreq, WEEK))).toBe(
    'Almanac cannot read this repeat rule: it does not say how often it repeats (FREQ).',
  );
});

it('keeps rrule’s own words inside a French sentence', () => {
  setActiveLocale(locale('fr-FR'));
  const said = failure(() =>
    seriesInstances(series('rrule-says', ['RRULE:FREQ=MONTHLY;BYDAY=XX']), WEEK),
  );
  expect(said).toMatch(/^Almanac ne sait pas lire cette règle de répétition : \S/);
});
