// How main's log file rotates, in both shells (the browser shell's file log and electron-log
// in Electron): almanac.log until it passes ~1 MB, then it becomes almanac.1.log, the older
// ones shift to .2 and .3, and the oldest goes, so the folder never holds more than the
// current file and three old ones.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const LOG_ROTATION = { name: 'almanac', maxBytes: 1024 * 1024, keep: 3 };

/** Moves `<name>.log` to `<name>.1.log`, shifting the old files up and dropping the oldest. */
export function rotateLogFiles(dir: string, name: string, keep: number): void {
  const at = (i: number) => join(dir, `${name}.${i}.log`);
  rmSync(at(keep), { force: true });
  for (let i = keep - 1; i >= 1; i--) if (existsSync(at(i))) renameSync(at(i), at(i + 1));
  const current = join(dir, `${name}.log`);
  if (existsSync(current)) renameSync(current, at(1));
}
