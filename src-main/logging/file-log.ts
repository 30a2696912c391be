// Main's log file for the browser shell: <data-dir>/logs/almanac.log, one line per entry
// (time, level, text), every line redacted, rotated as logging/log-rotation.ts says. The
// folder and files are the user's alone (0700 and 0600), like the rest of the data folder.
// Writes are synchronous and small: a log that loses its last lines when the process dies
// is no help in explaining the death.
import { appendFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatForLog } from './format-for-log';
import type { AppLog, LogLevelName } from './app-log';
import { LOG_ROTATION, rotateLogFiles } from './log-rotation';

export interface FileLogOptions {
  dir: string;
  name?: string;
  maxBytes?: number;
  /** Old files kept besides the current one. */
  keep?: number;
}

export function createFileLog(options: FileLogOptions): AppLog & { file: string } {
  const name = options.name ?? LOG_ROTATION.name;
  const file = join(options.dir, `${name}.log`);
  const maxBytes = options.maxBytes ?? LOG_ROTATION.maxBytes;
  const keep = options.keep ?? LOG_ROTATION.keep;
  mkdirSync(options.dir, { recursive: true, mode: 0o700 });
  let size = existsSync(file) ? statSync(file).size : 0;

  const write = (level: LogLevelName, parts: unknown[]) => {
    const line = `${new Date().toISOString()} [${level}] ${formatForLog(parts).replace(/\r?\n/g, '\n    ')}\n`;
    const bytes = Buffer.byteLength(line);
    try {
      if (size > 0 && size + bytes > maxBytes) {
        rotateLogFiles(options.dir, name, keep);
        size = 0;
      }
      appendFileSync(file, line, { mode: 0o600 });
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
