// Main's log in Electron: electron-log writing <userData>/logs/almanac.log, rotated like the
// browser shell's (logging/log-rotation.ts), every message redacted before any transport
// sees it. console.warn/error of the main process go there too.
import path from 'node:path';
import { app } from 'electron';
import type { AppLog } from '../logging/app-log';
import { captureConsole } from '../logging/app-log';
import { LOG_ROTATION, rotateLogFiles } from '../logging/log-rotation';
import { formatForLog } from '../logging/format-for-log';

/** Loaded on demand: electron-log reaches for Electron itself as soon as it is imported. */
export async function electronAppLog(): Promise<AppLog> {
  const { default: log } = await import('electron-log/main');
  const dir = path.join(app.getPath('userData'), 'logs');
  log.transports.file.resolvePathFn = () => path.join(dir, `${LOG_ROTATION.name}.log`);
  log.transports.file.maxSize = LOG_ROTATION.maxBytes;
  log.transports.file.archiveLogFn = () =>
    rotateLogFiles(dir, LOG_ROTATION.name, LOG_ROTATION.keep);
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
