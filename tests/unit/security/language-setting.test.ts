// "Language and region", "Time format" and "Week starts on" hold only what they mean: a
// language tag Intl accepts, one of three clocks, a weekday or "region". Anything else is
// refused when saved, and a bad value on disk falls back to following the system, while the
// week start saved by an older version (a weekday number) is kept.
import { describe, expect, it } from 'vitest';
import { SettingsSchema } from '../../../src-preload/settings';
import { SettingsService } from '../../../src-main/settings/settings-service';
import type { StoredValue } from '../../../src-main/settings/stored-value';

function memory(initial: unknown): StoredValue<unknown> {
  let value = initial;
  return { read: () => value, write: (next) => void (value = next) };
}

describe('the language and region settings', () => {
  it.each(['fr-FR', 'en', 'zh-Hant-TW', 'de-CH'])('accepts the language %s', (tag) => {
    expect(SettingsSchema.shape.language.safeParse(tag).success).toBe(true);
  });

  it.each(['<script>', '../../etc', 'fr_FR', '', 'x'.repeat(80)])(
    'refuses the language %j',
    (tag) => {
      expect(SettingsSchema.shape.language.safeParse(tag).success).toBe(false);
    },
  );

  it('refuses a clock or a week start that is not one, and keeps what it had', () => {
    const service = new SettingsService(memory({ timeFormat: '24h' }) as never, () => {});
    expect(() => service.update({ timeFormat: '13h' as never })).toThrow();
    expect(() => service.update({ weekStartsOn: 7 })).toThrow();
    expect(service.get()).toMatchObject({ timeFormat: '24h', weekStartsOn: 'region' });
  });

  it('reads a stored bad language as "follow the system", and keeps an older numeric week start', () => {
    const notes: string[] = [];
    const service = new SettingsService(
      memory({ language: '<b>fr</b>', weekStartsOn: 1 }) as never,
      (note) => notes.push(note),
    );
    expect(service.get()).toMatchObject({ language: null, timeFormat: 'region', weekStartsOn: 1 });
    expect(notes).toEqual([expect.stringMatching(/saved language .* is not valid/)]);
  });
});
