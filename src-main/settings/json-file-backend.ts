// The browser shell's storage for a StoredValue: one JSON file, written atomically (temp file +
// rename) so a crash mid-write never leaves a half-written file behind.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StoredValue } from './stored-value';

export function jsonFileBackend<T>(path: string): StoredValue<T> {
  return {
    read() {
      try {
        return JSON.parse(readFileSync(path, 'utf8'));
      } catch {
        return undefined; // missing or unreadable: start from defaults
      }
    },
    write(value: T) {
      mkdirSync(dirname(path), { recursive: true });
      const temp = `${path}.tmp`;
      writeFileSync(temp, JSON.stringify(value, null, 2));
      renameSync(temp, path);
    },
  };
}
