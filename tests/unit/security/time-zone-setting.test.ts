// The time zone setting holds IANA zone names only: a request to save anything else is
// refused as bad input, and a bad value already on disk (a hand-edited file, an older
// version) falls back to the system's zone with a note in the log, so the calendar renders.
import { describe, expect, it } from 'vitest';
import { SettingsSchema, isIanaTimeZone } from '../../../src-preload/settings';
import { SettingsService } from '../../../src-main/settings/settings-service';
import type { StoredValue } from '../../../src-main/settings/stored-value';

function memory(initial: unknown): StoredValue<unknown> & { value: unknown } {
  return {
    value: initial,
    read() {
      return this.value;
    },
    write(next) {
      this.value = next;
    },
  };
}

const HOSTILE = [
  '<script>x</script>/../../etc',
  '../../etc/passwd',
  'Europe/Berlin/../../x',
  '',
  ' ',
  'Mars/Olympus_Mons',
  '+01:00',
  'Europe/Berlin\u0000',
  'a'.repeat(200),
];

describe('time zone names', () => {
  it.each(['Europe/Berlin', 'UTC', 'America/Argentina/Buenos_Aires', 'Etc/GMT+2', 'Asia/Kolkata'])(
    'accepts %s',
    (zone) => {
      expect(isIanaTimeZone(zone)).toBe(true);
      expect(SettingsSchema.shape.timeZone.safeParse(zone).success).toBe(true);
    },
  );

  it.each(HOSTILE)('refuses %j', (zone) => {
    expect(isIanaTimeZone(zone)).toBe(false);
    expect(SettingsSchema.partial().strict().safeParse({ timeZone: zone }).success).toBe(false);
  });
});

describe('the settings service', () => {
  it('refuses to save a zone that is not one, and keeps what it had', () => {
    const service = new SettingsService(memory({ timeZone: 'Europe/Berlin' }) as never, () => {});
    expect(() => service.update({ timeZone: '<script>x</script>/../../etc' })).toThrow();
    expect(service.get().timeZone).toBe('Europe/Berlin');
  });

  it('reads a stored bad zone as the system zone, with a note, and keeps the other settings', () => {
    const notes: string[] = [];
    const service = new SettingsService(
      memory({ timeZone: '<script>x</script>/../../etc', weekStartsOn: 0, theme: 'dark' }) as never,
      (note) => notes.push(note),
    );
    expect(service.get()).toMatchObject({ timeZone: null, weekStartsOn: 0, theme: 'dark' });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(
      /time zone .* is not one Almanac knows.*follows the system's time zone/,
    );
  });
});
