// The locale, its clock and its week, and the one set of date formats built from them: what
// a French, American, German or British user sees, and the dates and times they may type.
import { describe, expect, it } from 'vitest';
import {
  conventionsFor,
  hourCycleFor,
  isLanguageTag,
  regionWeekStart,
  resolveLocale,
} from '../../../src-preload/locale';
import { dateFormats } from '../../../src-preload/date-formats';

describe('the locale and its conventions', () => {
  it('takes the chosen language, else the first preferred one the platform knows, else US English', () => {
    expect(resolveLocale('fr-CA', ['en-US'])).toBe('fr-CA');
    expect(resolveLocale(null, ['de-DE', 'en-US'])).toBe('de-DE');
    expect(resolveLocale(null, ['not a tag', 'en-GB'])).toBe('en-GB');
    expect(resolveLocale(null, [])).toBe('en-US');
    expect(isLanguageTag('<script>')).toBe(false);
  });

  it('follows the region’s clock unless the setting says 12- or 24-hour', () => {
    expect(hourCycleFor('fr-FR', 'region')).toBe('h23');
    expect(hourCycleFor('en-US', 'region')).toBe('h12');
    expect(hourCycleFor('en-US', '24h')).toBe('h23');
    expect(hourCycleFor('de-DE', '12h')).toBe('h12');
  });

  it('starts the week where the region does: Monday in France, Sunday in the US, Saturday in Egypt', () => {
    expect(regionWeekStart('fr-FR')).toBe(1);
    expect(regionWeekStart('en-US')).toBe(0);
    expect(regionWeekStart('ar-EG')).toBe(6);
    expect(
      conventionsFor({ language: 'en-US', timeFormat: 'region', weekStartsOn: 3 }, []),
    ).toEqual({ locale: 'en-US', hourCycle: 'h12', firstDay: 3 });
    expect(
      conventionsFor({ language: null, timeFormat: 'region', weekStartsOn: 'region' }, ['fr-FR']),
    ).toEqual({ locale: 'fr-FR', hourCycle: 'h23', firstDay: 1 });
  });
});

describe('the date formats', () => {
  const fr = dateFormats({ locale: 'fr-FR', hourCycle: 'h23' });
  const us = dateFormats({ locale: 'en-US', hourCycle: 'h12' });
  const de = dateFormats({ locale: 'de-DE', hourCycle: 'h23' });
  const instant = Date.UTC(2026, 5, 11, 12, 5);

  it('write times in one clock: 24-hour in France, 12-hour in the US, midnight as 00:00', () => {
    expect(fr.time(instant, 'Europe/Paris')).toBe('14:05');
    expect(us.time(instant, 'Europe/Paris')).toMatch(/^2:05\sPM$/);
    expect(fr.wallTime('00:00')).toBe('00:00');
    expect(us.wallTime('09:30')).toMatch(/^9:30\sAM$/);
  });

  it('write days and titles in the locale’s words and order', () => {
    expect(fr.dayShort('2026-06-11')).toBe('jeu. 11 juin');
    expect(de.dateNumeric('2026-06-11')).toBe('11.6.2026');
    expect(us.dateNumeric('2026-06-11')).toBe('6/11/2026');
    expect(fr.rangeTitles('month', '2026-06-01', '2026-07-01')[0]?.text).toBe('juin 2026');
    // ICU puts thin spaces around a range's dash: compared as plain spaces.
    const titles = (forms: { text: string }[]) => forms.map((f) => f.text.replace(/\s/g, ' '));
    expect(titles(us.rangeTitles('range', '2026-11-30', '2026-12-07'))).toEqual([
      'Nov 30 – Dec 6, 2026',
      'Nov – Dec 2026',
    ]);
    expect(titles(us.rangeTitles('range', '2026-12-28', '2027-01-04'))).toEqual([
      'Dec 28, 2026 – Jan 3, 2027',
      'Dec 28 – Jan 3, 2027',
      'Dec 2026 – Jan 2027',
      'Dec – Jan 2027',
    ]);
  });

  it('read a typed date in the locale’s order, or as YYYY-MM-DD, and refuse what is not a date', () => {
    expect(fr.parseDate('11/06/2026')).toBe('2026-06-11');
    expect(us.parseDate('6/11/2026')).toBe('2026-06-11');
    expect(de.parseDate('11.6.2026')).toBe('2026-06-11');
    expect(us.parseDate('2026-06-11')).toBe('2026-06-11');
    expect(fr.parseDate('31/02/2026')).toBeNull();
    expect(fr.parseDate('demain')).toBeNull();
  });

  it('read a typed time in either clock', () => {
    expect(fr.parseTime('14:30')).toBe('14:30');
    expect(fr.parseTime('14 h 30')).toBe('14:30');
    expect(us.parseTime('2:30 PM')).toBe('14:30');
    expect(us.parseTime('12am')).toBe('00:00');
    expect(us.parseTime('25:00')).toBeNull();
    expect(us.parseTime('13 pm')).toBeNull();
  });
});
