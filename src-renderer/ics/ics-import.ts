// Importing an .ics file into a calendar, in two steps so the user sees what will happen
// before anything is written: `prepareImport` reads the file and plans it against what the
// calendar holds (new events, events already here that get updated, what could not be read),
// and `applyImport` writes the plan through the one writer of local changes, in one
// transaction. For a Google calendar the writer queues the new events for the sync engine,
// which sends them with events.import (their UIDs kept as iCalUIDs, nobody emailed).
import type { Calendar, CalendarEvent } from '../../src-preload/model/event';
import { readIcs } from '../../src-preload/ics/ics-reader';
import { planImport, type ImportPlan } from '../../src-preload/ics/import-plan';
import { importSummary, type ImportCounts } from './import-words';
import type { IcsEvent } from '../../src-preload/ics/ics-calendar';
import { importedValues } from '../../src-preload/ics/imported-fields';
import { keepStrayOccurrences } from './stray-occurrences';
import { eventZone, instantOf, timedDateTime } from '../../src-preload/model/event-time';
import { addDays } from '../../src-preload/model/zoned-time';
import type { AlmanacDatabase } from '../db/database';
import { createDexieLocalStore } from '../db/local-store';
import { changeEvents, LocalChanges } from '../db/local-changes';
import { activeLocale } from '../i18n/active-locale';

export interface PreparedImport {
  calendar: Calendar;
  plan: ImportPlan;
  /** "Import 42 events (3 repeating) into Work; 2 already here will be updated; …" */
  summary: string;
  /** The file's METHOD: REQUEST for an invitation, which is answered rather than imported. */
  method?: string;
}

export type ImportResult = ImportCounts;

/** Reads `input` and plans it against `calendarId`'s events; writes nothing. */
export async function prepareImport(
  db: AlmanacDatabase,
  calendarId: string,
  input: string | Uint8Array,
  options: { zone: string; selfEmails?: readonly string[] },
): Promise<PreparedImport> {
  const calendar = await db.calendars.get(calendarId);
  if (!calendar) throw new Error(activeLocale().t('changes.noCalendar'));
  // Floating times are wall-clock times in the calendar the events go into, as on Google.
  const read = readIcs(input, { ...options, zone: calendar.timeZone ?? options.zone });
  const existing = await createDexieLocalStore(db).eventIndex(calendarId);
  const plan = keepStrayOccurrences(
    planImport(read, existing, calendarId),
    new Set(existing.map((e) => e.id)),
  );
  return {
    calendar,
    plan,
    summary: importSummary(plan.preview, calendar.summary),
    ...(read.method ? { method: read.method } : {}),
  };
}

/**
 * Writes a prepared import. Series go before their changed occurrences, which are written
 * as the series' exceptions. An event already here becomes what the file says for every
 * field an import owns (one the file no longer has is removed) and keeps the others (a
 * colour chosen here, say); a changed occurrence the file no longer has goes back to being
 * a plain occurrence of its series.
 */
export async function applyImport(
  db: AlmanacDatabase,
  prepared: PreparedImport,
): Promise<ImportResult> {
  const result: ImportResult = { added: 0, updated: 0, removed: 0 };
  const roots = prepared.plan.events.filter((e) => e.kind !== 'exception');
  const exceptions = prepared.plan.events.filter((e) => e.kind === 'exception');
  const calendarId = prepared.calendar.id;
  await changeEvents(db, async () => {
    const changes = await LocalChanges.open(db, calendarId, 'none');
    const updatedAt = new Date().toISOString();
    const inFile = new Set(exceptions.map((e) => e.id));
    // The series as written here, for their exceptions below; new events are written together.
    const series = new Map<string, CalendarEvent>();
    const added: NewRecord[] = [];
    const storedRoots = await changes.readAll(roots.map((e) => e.id));
    for (const [index, event] of roots.entries()) {
      const record = recordOf(event, calendarId, updatedAt);
      const stored = storedRoots[index];
      if (event.status === 'cancelled') {
        if (stored && stored.status !== 'cancelled') {
          await changes.remove(stored);
          result.removed += 1;
        }
      } else if (stored && stored.status !== 'cancelled') {
        await changes.edit(stored, {
          ...importedValues(fieldsOf(record)),
          startMs: record.startMs,
          endMs: record.endMs,
          ...(stored.kind !== record.kind ? { kind: record.kind } : {}),
        });
        await resetLeftOut(db, changes, stored, inFile);
        series.set(stored.id, stored);
        result.updated += 1;
      } else {
        if (stored) await db.events.delete(stored.id);
        added.push(record);
      }
    }
    for (const created of await changes.insertAll(added)) series.set(created.id, created);
    result.added += added.length;
    for (const event of exceptions) {
      const seriesId = event.recurringEventId;
      const master = seriesId
        ? (series.get(seriesId) ?? (await changes.read(seriesId)))
        : undefined;
      if (!master || !event.originalStartTime) continue;
      const record = recordOf(event, calendarId, updatedAt);
      await changes.putException(
        master,
        event.id,
        event.originalStartTime,
        { ...importedValues(fieldsOf(record)), startMs: record.startMs, endMs: record.endMs },
        event.status === 'cancelled' ? 'cancelled' : 'confirmed',
      );
    }
  });
  return result;
}

// ---------------------------------------------------------------------------------------

type NewRecord = Omit<CalendarEvent, 'localVersion' | 'dirty'>;

/** A stored record for an event read from the file (the file's own extras left out). */
function recordOf(event: IcsEvent, calendarId: string, updatedAt: string): NewRecord {
  const { icsProperties: _extras, ...fields } = event;
  return { ...fields, calendarId, updatedAt };
}

/** What an import sets on a record already here: the file's fields and the record's bounds. */
function fieldsOf(record: NewRecord): Partial<CalendarEvent> {
  const { id: _id, calendarId: _calendar, kind: _kind, updatedAt: _updated, ...fields } = record;
  return fields;
}

/**
 * The changed occurrences of `series` (as just updated) that the file no longer has: each
 * becomes a plain occurrence again. One Google never had simply goes, and the series shows
 * the occurrence; one Google knows is patched back to the series' values, or, when the
 * series no longer repeats, goes with the repeats — deleted on Google too, which would
 * otherwise keep it as an event of its own beside the event the series became.
 */
async function resetLeftOut(
  db: AlmanacDatabase,
  changes: LocalChanges,
  series: CalendarEvent,
  inFile: ReadonlySet<string>,
): Promise<void> {
  const here = await db.events.where('recurringEventId').equals(series.id).toArray();
  const leftOut = here.filter((e) => e.calendarId === series.calendarId && !inFile.has(e.id));
  if (leftOut.length === 0) return;
  if (series.kind !== 'master' || !series.recurrence?.length) {
    for (const exception of leftOut) await changes.dropException(exception);
    return;
  }
  for (const exception of leftOut) {
    if (!exception.google || !exception.originalStartTime) {
      await db.events.delete(exception.id);
      continue;
    }
    await changes.resetOccurrence(series, exception.id, occurrenceAt(series, exception));
  }
}

/** The times of the occurrence `exception` replaces: its original start and the series' length. */
function occurrenceAt(series: CalendarEvent, exception: CalendarEvent) {
  const originalStart = exception.originalStartTime!;
  const startMs = instantOf(originalStart);
  const endMs = startMs + (series.endMs - series.startMs);
  if (originalStart.date) {
    const end = { date: addDays(originalStart.date, Math.round((endMs - startMs) / DAY_MS)) };
    return { originalStart, start: { date: originalStart.date }, end, startMs, endMs };
  }
  const zone = eventZone(series.start);
  return {
    originalStart,
    start: timedDateTime(startMs, zone),
    end: timedDateTime(endMs, zone),
    startMs,
    endMs,
  };
}

const DAY_MS = 86_400_000;
