// The browser shell's storage for a StoredValue: one JSON file, written atomically (temp file +
// rename) so a crash mid-write never leaves a half-written file behind, and readable by the
// user alone (0600) like everything in the data folder.
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      const temp = `${path}.tmp`;
      writeFileSync(temp, JSON.stringify(value, null, 2), { mode: 0o600 });
      // The mode above only applies to a new file; a temp file left by a crash keeps its own.
      chmodSync(temp, 0o600);
      renameSync(temp, path);
    },
  };
}
