// The browser shell's settings storage: one JSON file, written atomically (temp file +
// rename) so a crash mid-write never leaves a half-written file behind.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Settings } from '../../src-preload/contract';
import type { SettingsBackend } from './settings-service';

export function jsonFileBackend(path: string): SettingsBackend {
  return {
    read() {
      try {
        return JSON.parse(readFileSync(path, 'utf8'));
      } catch {
        return undefined; // missing or unreadable: start from defaults
      }
    },
    write(settings: Settings) {
      mkdirSync(dirname(path), { recursive: true });
      const temp = `${path}.tmp`;
      writeFileSync(temp, JSON.stringify(settings, null, 2));
      renameSync(temp, path);
    },
  };
}
