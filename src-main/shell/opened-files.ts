// .ics files opened with Almanac: named on the command line (Windows and Linux file
// associations start the app, or a second instance, with the path), or handed over by macOS's
// open-file event. Main reads them and keeps them until the page takes them, since the page
// may still be starting when the file arrives; then it tells the page one is waiting.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { OpenedFile } from '../../src-preload/contract';

/** Calendars larger than this are not read (a year of a busy calendar is a few megabytes). */
export const MAX_OPENED_FILE_BYTES = 50 * 1024 * 1024;

/** The iCalendar files among command-line arguments (never a switch, never the app itself). */
export function calendarPathsIn(argv: readonly string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && CALENDAR_FILE.test(arg));
}

export class OpenedFiles {
  private waiting: OpenedFile[] = [];

  /** `announce`: tells the page a file is waiting (it then takes them). */
  constructor(private readonly announce: () => void) {}

  /** Reads the files and announces them; one that cannot be read waits as its problem. */
  async open(paths: readonly string[]): Promise<void> {
    if (paths.length === 0) return;
    for (const file of paths) this.waiting.push(await readOpened(file));
    this.announce();
  }

  /** The files waiting, once: the page that takes them imports them. */
  take(): OpenedFile[] {
    const files = this.waiting;
    this.waiting = [];
    return files;
  }
}

// ---------------------------------------------------------------------------------------

const CALENDAR_FILE = /\.(ics|ical|icalendar|ifb)$/i;

async function readOpened(file: string): Promise<OpenedFile> {
  const name = path.basename(file);
  const unread = (problem: string, why: OpenedFile['why']): OpenedFile => ({
    name,
    bytes: new Uint8Array(),
    problem,
    why,
  });
  try {
    const size = (await stat(file)).size;
    const mb = Math.round(size / 1_048_576);
    const max = MAX_OPENED_FILE_BYTES / 1_048_576;
    if (size > MAX_OPENED_FILE_BYTES)
      return unread(`“${name}” is too large to import (${mb} MB; at most ${max} MB).`, {
        code: 'too-large',
        mb,
        max,
      });
    return { name, bytes: new Uint8Array(await readFile(file)) };
  } catch (error) {
    const gone = (error as NodeJS.ErrnoException).code === 'ENOENT';
    const reason = gone ? 'it no longer exists' : String(error);
    return unread(
      `Could not open “${name}”: ${reason}.`,
      gone ? { code: 'gone' } : { code: 'unreadable', detail: String(error) },
    );
  }
}
