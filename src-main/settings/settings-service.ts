// Non-secret preferences. The storage is injected: electron-store in the Electron shell,
// a JSON file in the browser shell and in tests. A stored value that no longer fits the
// schema (hand-edited file, older version) falls back field by field to the defaults
// instead of refusing to start, and the log says which (a time zone that is not one falls
// back to the system's zone).
import { DEFAULT_SETTINGS, SettingsSchema } from '../../src-preload/settings';
import type { Settings } from '../../src-preload/settings';
import type { StoredValue } from './stored-value';

export type SettingsBackend = StoredValue<Settings>;

export class SettingsService {
  private current: Settings;
  private readonly listeners = new Set<(s: Settings) => void>();

  constructor(
    private readonly backend: SettingsBackend,
    note: (message: string) => void = console.warn,
  ) {
    this.current = repair(backend.read(), note);
  }

  get(): Settings {
    return this.current;
  }

  update(patch: Partial<Settings>): Settings {
    const next = SettingsSchema.parse({ ...this.current, ...patch });
    this.backend.write(next);
    this.current = next;
    for (const listener of this.listeners) listener(next);
    return next;
  }

  onChange(listener: (s: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

function repair(stored: unknown, note: (message: string) => void): Settings {
  const result: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (stored && typeof stored === 'object') {
    for (const [key, schema] of Object.entries(SettingsSchema.shape)) {
      const value = (stored as Record<string, unknown>)[key];
      if (value === undefined) continue;
      if (schema.safeParse(value).success) result[key] = value;
      else note(repairNote(key, value));
    }
  }
  return SettingsSchema.parse(result);
}

function repairNote(key: string, value: unknown): string {
  const shown = JSON.stringify(value)?.slice(0, 80) ?? String(value);
  if (key === 'timeZone')
    return `[settings] The saved time zone ${shown} is not one Almanac knows, so the calendar follows the system's time zone. Choose another in Preferences → General.`;
  return `[settings] The saved ${key} ${shown} is not valid, so the default is used.`;
}
