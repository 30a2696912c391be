// What importing a file into a calendar will do, worked out before anything is written, from
// what was read and what the calendar already holds: which events are new, which update an
// event already here, and what could not be read. Pure: the caller passes the calendar's
// event ids and iCalUIDs (LocalStore.eventIndex gives both) and writes the planned events.
//
// An event is already here when a record of this calendar has its id (it was imported
// before, or is Google's own event exported and brought back) or, under another id, its
// iCalUID (Google gave the event an id of its own). The planned events then take that
// record's id, exceptions included, so a re-import updates and never duplicates. A new event
// takes its id in this calendar: the same UID in another calendar is another record.
import { INSTANCE_ID, instanceIdFor } from '../model/instance-ids';
import { type EventIndexEntry } from '../local-store';
import { calendarEventId, standaloneOccurrenceId } from './event-ids';
import type { IcsCalendar, IcsEvent, IcsProblem } from './ics-calendar';

export type ExistingEvent = Pick<EventIndexEntry, 'id' | 'iCalUID'>;

export interface ImportPreview {
  /** Events the file brings: single events and series (a series with its changes counts once). */
  events: number;
  repeating: number;
  /** Of those, how many are already here and will be updated. */
  updates: number;
  /** Events here that the file marks cancelled, which the import removes. */
  removals: number;
  /** Events that could not be read, each with why. */
  unreadable: IcsProblem[];
  /** Things read with a change worth knowing (a reminder Google cannot keep, …). */
  notes: IcsProblem[];
  /** Components Almanac does not keep, by kind (VTODO, VJOURNAL, …). */
  leftOut: Record<string, number>;
}

export interface ImportPlan {
  /** The records to write, under the ids of the records they update. */
  events: IcsEvent[];
  preview: ImportPreview;
}

/** Plans `calendar` (the file read) against `existing`, the events of `calendarId`. */
export function planImport(
  calendar: IcsCalendar,
  existing: readonly ExistingEvent[],
  calendarId: string,
): ImportPlan {
  const ids = new Set(existing.map((e) => e.id));
  const byUid = new Map<string, string>();
  for (const entry of existing)
    if (entry.iCalUID && !INSTANCE_ID.test(entry.id) && !byUid.has(entry.iCalUID))
      byUid.set(entry.iCalUID, entry.id);
  const own = (id: string) => calendarEventId(calendarId, id);
  const here = (id: string, uid: string | undefined) =>
    ids.has(id) ? id : ids.has(own(id)) ? own(id) : uid ? (byUid.get(uid) ?? null) : null;

  const preview: ImportPreview = {
    events: 0,
    repeating: 0,
    updates: 0,
    removals: 0,
    unreadable: calendar.problems.filter((p) => p.skipped),
    notes: calendar.problems.filter((p) => !p.skipped),
    leftOut: calendar.leftOut,
  };
  const roots = new Map(
    calendar.events.filter((e) => e.kind !== 'exception').map((e) => [e.id, e]),
  );
  const renamed = new Map<string, string>();
  const dropped = new Set<string>();
  const events: IcsEvent[] = [];
  for (const root of roots.values()) {
    const target = here(root.id, root.iCalUID);
    if (root.status === 'cancelled') {
      // Cancelling an event the calendar does not have changes nothing.
      if (!target) {
        dropped.add(root.id);
        continue;
      }
      preview.removals += 1;
    } else {
      preview.events += 1;
      if (root.kind === 'master') preview.repeating += 1;
      if (target) preview.updates += 1;
    }
    const id = target ?? own(root.id);
    if (id !== root.id) renamed.set(root.id, id);
    events.push({ ...root, id });
  }
  for (const exception of calendar.events.filter((e) => e.kind === 'exception')) {
    const seriesId = exception.recurringEventId!;
    if (dropped.has(seriesId)) continue;
    if (roots.has(seriesId)) {
      const target = renamed.get(seriesId) ?? seriesId;
      events.push({
        ...exception,
        id: instanceIdFor(target, exception.originalStartTime!),
        recurringEventId: target,
      });
      continue;
    }
    // One occurrence without its series: it joins the series if the calendar has it, and is
    // an event of its own otherwise.
    const series = here(seriesId, exception.iCalUID);
    if (exception.status !== 'cancelled') preview.events += 1;
    if (series) {
      if (exception.status !== 'cancelled') preview.updates += 1;
      events.push({
        ...exception,
        id: instanceIdFor(series, exception.originalStartTime!),
        recurringEventId: series,
      });
    } else if (exception.status !== 'cancelled') {
      const { recurringEventId: _series, originalStartTime: _original, ...single } = exception;
      const read = standaloneOccurrenceId(
        exception.iCalUID ?? seriesId,
        exception.id.slice(seriesId.length + 1),
      );
      const id = ids.has(read) ? read : own(read);
      if (ids.has(id)) preview.updates += 1;
      events.push({ ...single, id, kind: 'single' });
    }
  }
  return { events, preview };
}
