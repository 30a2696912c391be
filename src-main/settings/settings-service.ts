// Non-secret preferences. The storage is injected: electron-store in the Electron shell,
// a JSON file in the browser shell and in tests. A stored value that no longer fits the
// schema (hand-edited file, older version) falls back field by field to the defaults
// instead of refusing to start.
import { DEFAULT_SETTINGS, SettingsSchema } from '../../src-preload/contract';
import type { Settings } from '../../src-preload/contract';
import type { StoredValue } from './stored-value';

export type SettingsBackend = StoredValue<Settings>;

export class SettingsService {
  private current: Settings;
  private readonly listeners = new Set<(s: Settings) => void>();

  constructor(private readonly backend: SettingsBackend) {
    this.current = repair(backend.read());
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

function repair(stored: unknown): Settings {
  const result: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (stored && typeof stored === 'object') {
    for (const [key, schema] of Object.entries(SettingsSchema.shape)) {
      const value = (stored as Record<string, unknown>)[key];
      if (value !== undefined && schema.safeParse(value).success) result[key] = value;
    }
  }
  return SettingsSchema.parse(result);
}
