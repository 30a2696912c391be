// Keeps the browser shell's data folder the user's alone: it holds the encrypted sign-in
// and the key next to it, so anyone else who can read it can read the sign-in. The folder
// is created 0700; files that an older version created readable by others (0644) are
// tightened to 0600, and a folder of ours that others could list to 0700. A folder that
// also holds files Almanac did not write (someone pointed --data-dir at their home) keeps
// its own mode: only our files are touched. POSIX modes only; Windows has none to fix.
import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Makes `dir` and the named files in it private; answers a note for each repair. */
export function makePrivate(dir: string, files: string[], logFolder: string): string[] {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform === 'win32') return [];
  const notes: string[] = [];
  const entries = readdirSync(dir);
  const ours = (name: string) =>
    name === logFolder || files.some((file) => name === file || name === `${file}.tmp`);
  if (entries.every(ours)) tighten(dir, 0o700, notes);
  for (const name of entries.filter(ours)) {
    const path = join(dir, name);
    if (name !== logFolder) {
      tighten(path, 0o600, notes);
      continue;
    }
    tighten(path, 0o700, notes);
    for (const log of safeList(path).filter((f) => f.endsWith('.log')))
      tighten(join(path, log), 0o600, notes);
  }
  return notes;
}

/** True when others than the owner may read, write or enter `path`. */
function isOpenToOthers(mode: number): boolean {
  return (mode & 0o077) !== 0;
}

function tighten(path: string, mode: number, notes: string[]): void {
  // lstat: a symlink is not followed, so a link cannot make us change a file elsewhere.
  const info = lstatSync(path, { throwIfNoEntry: false });
  if (!info || info.isSymbolicLink() || !isOpenToOthers(info.mode)) return;
  try {
    chmodSync(path, mode);
    notes.push(
      `[data] ${path} could be read by other users of this computer; it is now private (${mode.toString(8)}).`,
    );
  } catch (error) {
    notes.push(
      `[data] ${path} can be read by other users of this computer and could not be made private (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
