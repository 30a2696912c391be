// Main's log in Electron: electron-log writing <userData>/logs/almanac.log, rotated at ~1 MB
// with three old files kept (almanac.1.log … almanac.3.log), every message redacted before
// any transport sees it. console.warn/error of the main process go there too.
import { renameSync, rmSync, existsSync } from 'node:fs';
import path from 'node:path';
import { app } from 'electron';
import type { AppLog } from '../logging/app-log';
import { captureConsole } from '../logging/app-log';
import { formatForLog } from '../logging/redact';

/** Loaded on demand: electron-log reaches for Electron itself as soon as it is imported. */
export async function electronAppLog(): Promise<AppLog> {
  const { default: log } = await import('electron-log/main');
  const dir = path.join(app.getPath('userData'), 'logs');
  log.transports.file.resolvePathFn = () => path.join(dir, 'almanac.log');
  log.transports.file.maxSize = 1024 * 1024;
  log.transports.file.archiveLogFn = (file) => {
    const at = (i: number) => path.join(dir, `almanac.${i}.log`);
    rmSync(at(KEEP), { force: true });
    for (let i = KEEP - 1; i >= 1; i--) if (existsSync(at(i))) renameSync(at(i), at(i + 1));
    renameSync(file.path, at(1));
  };
  // Redacted once, as one string, so no transport (file, console) ever sees a secret.
  log.hooks.push((message) => ({ ...message, data: [formatForLog(message.data)] }));
  log.errorHandler.startCatching();
  const appLog: AppLog = {
    info: (...p) => log.info(...p),
    warn: (...p) => log.warn(...p),
    error: (...p) => log.error(...p),
  };
  // electron-log's console transport prints to the original console, so capturing cannot loop.
  log.transports.console.level = false;
  captureConsole(appLog);
  return appLog;
}

const KEEP = 3;
