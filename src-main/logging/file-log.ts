// Main's log file for the browser shell: <data-dir>/logs/almanac.log, one line per entry
// (time, level, text), every line redacted. When the file passes ~1 MB it becomes
// almanac.1.log (the older ones shift to .2 and .3, the oldest goes), so the folder never
// holds more than the current file and three old ones. Writes are synchronous and small:
// a log that loses its last lines when the process dies is no help in explaining the death.
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatForLog } from './redact';
import type { AppLog, LogLevelName } from './app-log';

export interface FileLogOptions {
  dir: string;
  name?: string;
  maxBytes?: number;
  /** Old files kept besides the current one. */
  keep?: number;
}

export function createFileLog(options: FileLogOptions): AppLog & { file: string } {
  const name = options.name ?? 'almanac';
  const file = join(options.dir, `${name}.log`);
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 3;
  mkdirSync(options.dir, { recursive: true });
  let size = existsSync(file) ? statSync(file).size : 0;

  const rotate = () => {
    rmSync(join(options.dir, `${name}.${keep}.log`), { force: true });
    for (let i = keep - 1; i >= 1; i--) {
      const from = join(options.dir, `${name}.${i}.log`);
      if (existsSync(from)) renameSync(from, join(options.dir, `${name}.${i + 1}.log`));
    }
    if (existsSync(file)) renameSync(file, join(options.dir, `${name}.1.log`));
    size = 0;
  };

  const write = (level: LogLevelName, parts: unknown[]) => {
    const line = `${new Date().toISOString()} [${level}] ${formatForLog(parts).replace(/\r?\n/g, '\n    ')}\n`;
    const bytes = Buffer.byteLength(line);
    if (size > 0 && size + bytes > maxBytes) rotate();
    try {
      appendFileSync(file, line);
      size += bytes;
    } catch {
      // A full disk or a removed folder must not take the app down with it.
    }
  };

  return {
    file,
    info: (...parts) => write('info', parts),
    warn: (...parts) => write('warn', parts),
    error: (...parts) => write('error', parts),
  };
}
