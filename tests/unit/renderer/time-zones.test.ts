import { describe, expect, it } from 'vitest';
import {
  currentZoneName,
  findZones,
  zoneChoices,
} from '../../../src-renderer/calendar/model/time-zones';

// 10 June 2026: summer time in Europe and North America.
const choices = zoneChoices(Date.parse('2026-06-10T08:00:00Z'), ['Europe/Berlin']);
const first = (query: string) => findZones(choices, query)[0]?.id;

describe('time-zone choices', () => {
  it('lists current names only, the given zone first, then the most used ones', () => {
    const ids = choices.map((c) => c.id);
    expect(ids).toContain('Asia/Kolkata');
    expect(ids).toContain('Europe/Kyiv');
    expect(ids).not.toContain('Asia/Calcutta');
    expect(ids).not.toContain('Europe/Kiev');
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 3)).toEqual(['Europe/Berlin', 'America/Los_Angeles', 'America/Denver']);
    expect(currentZoneName('Asia/Saigon')).toBe('Asia/Ho_Chi_Minh');
  });

  it('says the offset and name at that moment', () => {
    expect(choices.find((c) => c.id === 'Asia/Kolkata')).toMatchObject({
      offsetMinutes: 330,
      offset: 'GMT+05:30',
      name: 'India Standard Time',
      abbreviations: ['IST'],
      formerly: 'Asia/Calcutta',
    });
    expect(choices.find((c) => c.id === 'Europe/Berlin')).toMatchObject({
      offsetMinutes: 120,
      abbreviations: ['CEST'],
    });
  });

  it('finds a zone by offset, abbreviation, city, name or former name', () => {
    expect(first('+5:30')).toBe('Asia/Kolkata');
    expect(first('+05:30')).toBe('Asia/Kolkata');
    expect(first('IST')).toBe('Asia/Kolkata');
    expect(first('kolk')).toBe('Asia/Kolkata');
    expect(first('India Standard')).toBe('Asia/Kolkata');
    expect(first('calcutta')).toBe('Asia/Kolkata');
    expect(first('new york')).toBe('America/New_York');
    expect(first('America/New_York')).toBe('America/New_York');
    expect(first('EDT')).toBe('America/New_York');
    expect(findZones(choices, 'gmt-4').every((c) => c.offsetMinutes === -240)).toBe(true);
    expect(findZones(choices, 'CET').map((c) => c.id)).not.toContain('Europe/Berlin');
    expect(findZones(choices, 'no such place')).toEqual([]);
    expect(findZones(choices, '  ')).toHaveLength(choices.length);
  });
});

describe('time-zone choices in French', () => {
  const french = zoneChoices(Date.parse('2026-06-10T08:00:00Z'), [], 'fr-FR');
  const firstFr = (query: string) => findZones(french, query)[0]?.id;

  it('names each zone and its offset in French, not English', () => {
    const kolkata = french.find((c) => c.id === 'Asia/Kolkata');
    expect(kolkata).toMatchObject({ offsetMinutes: 330, offset: 'UTC+05:30' });
    expect(kolkata?.name).toMatch(/^heure .*Inde/);
    expect(french.find((c) => c.id === 'Europe/Berlin')?.name).toMatch(/^heure d’été/);
    expect(french.find((c) => c.id === 'UTC')?.name).toBe('temps universel coordonné');
    expect(french.filter((c) => /\bTime\b/.test(c.name))).toEqual([]);
  });

  it('still finds a zone by its French or English name, its initials and its offset', () => {
    expect(firstFr('inde')).toBe('Asia/Kolkata');
    expect(firstFr('India Standard')).toBe('Asia/Kolkata');
    expect(firstFr('IST')).toBe('Asia/Kolkata');
    expect(firstFr('EDT')).toBe('America/New_York');
    expect(firstFr('+5:30')).toBe('Asia/Kolkata');
  });
});
