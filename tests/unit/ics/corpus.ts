// Reading the .ics files of corpus/ (written after what the RFC's examples, Google, Outlook,
// Apple Calendar and Thunderbird put in files) and finding events in what was read.
import { readdirSync, readFileSync } from 'node:fs';
import type { CalendarEvent } from '../../../src-preload/model/event';
import type { IcsCalendar, IcsEvent, ReadOptions } from '../../../src-preload/ics/ics-calendar';
import { readIcs } from '../../../src-preload/ics/ics-reader';

/** Every file of the corpus. */
export const CORPUS_FILES = readdirSync(new URL('./corpus/', import.meta.url)).sort();

export function corpusFile(name: string): Uint8Array {
  return readFileSync(new URL(`./corpus/${name}`, import.meta.url));
}

export function readCorpus(name: string, options: Partial<ReadOptions> = {}): IcsCalendar {
  return readIcs(corpusFile(name), { zone: 'Europe/Paris', ...options });
}

/** The one event (not an exception) with this title. */
export function titled(calendar: IcsCalendar, summary: string): IcsEvent {
  const found = calendar.events.filter((e) => e.summary === summary && e.kind !== 'exception');
  if (found.length !== 1) throw new Error(`${found.length} events titled “${summary}”`);
  return found[0]!;
}

export function exceptionsOf(calendar: IcsCalendar, master: IcsEvent): IcsEvent[] {
  return calendar.events.filter((e) => e.recurringEventId === master.id);
}

/** What the importer stores for an event read from a file. */
export function stored(event: IcsEvent, calendarId = 'local'): CalendarEvent {
  return { ...event, calendarId, localVersion: 1, updatedAt: '2026-01-01T00:00:00.000Z' };
}
