// The main process's log, as the services see it: three levels, any values. Each shell
// decides where it goes (a rotating file in the data folder for the browser shell,
// electron-log in Electron); every implementation redacts secrets before writing.
import type { SyncReport } from '../sync/sync-engine';

export type LogLevelName = 'info' | 'warn' | 'error';

export interface AppLog {
  info(...parts: unknown[]): void;
  warn(...parts: unknown[]): void;
  error(...parts: unknown[]): void;
}

/** Sends console.warn and console.error to `log` as well (the console keeps printing). */
export function captureConsole(
  log: AppLog,
  target: Pick<Console, 'warn' | 'error'> = console,
): () => void {
  const { warn, error } = target;
  target.warn = (...parts: unknown[]) => {
    log.warn(...parts);
    warn.apply(target, parts);
  };
  target.error = (...parts: unknown[]) => {
    log.error(...parts);
    error.apply(target, parts);
  };
  return () => {
    target.warn = warn;
    target.error = error;
  };
}

/** One line per sync cycle, as in the sync log. */
export function logSyncReport(log: AppLog, report: SyncReport): void {
  const counts = `pushed ${report.pushed}, pulled ${report.pulled}, conflicts ${report.conflicts}, parked ${report.parked}`;
  if (report.ok)
    log.info(
      `[sync] synced ${report.calendars.length} calendar(s) in ${report.durationMs} ms: ${counts}`,
    );
  else
    log.warn(
      `[sync] sync failed after ${report.durationMs} ms (${report.error?.code ?? 'failed'}: ${report.error?.message ?? 'see the sync log'}): ${counts}`,
    );
}
