// How Google names the occurrences of a series: `<seriesId>_<stamp>`, where the stamp is the
// occurrence's original start, YYYYMMDD for an all-day series and the UTC instant
// YYYYMMDDTHHMMSSZ for a timed one. An occurrence edited on its own keeps that id, on Google
// and here, so the id alone tells which series and which original start a record is about.
// (Also the stamp format of UNTIL, RDATE and EXDATE values in recurrence lines.)
import type { EventDateTime } from './event';
import { instantOf } from './event-time';

/** Google's rule for client-chosen event ids: base32hex, 5 to 1024 characters. */
export const GOOGLE_EVENT_ID = /^[a-v0-9]{5,1024}$/;

/** Instance ids of a series: `<seriesId>_<YYYYMMDD>` or `<seriesId>_<YYYYMMDDTHHMMSSZ>`. */
export const INSTANCE_ID = /^([a-v0-9]{5,1024})_(\d{8}(?:T\d{6}Z)?)$/;

/** The series of an instance id; null for an event's own id (event ids have no underscore). */
export function seriesOf(id: string): string | null {
  const cut = id.indexOf('_');
  return cut > 0 ? id.slice(0, cut) : null;
}

/** Google's id for the occurrence of `seriesId` originally starting at `originalStart`. */
export function instanceIdFor(seriesId: string, originalStart: EventDateTime): string {
  return originalStart.date
    ? `${seriesId}_${dateStamp(originalStart.date)}`
    : `${seriesId}_${instantStamp(instantOf(originalStart))}`;
}

/** The original start an instance id names: a date, or an instant (ms); null for other ids. */
export function originalStartOf(
  id: string,
): { date: string; instant?: never } | { instant: number; date?: never } | null {
  const stamp = INSTANCE_ID.exec(id)?.[2];
  if (!stamp) return null;
  const s = (from: number, to: number) => Number(stamp.slice(from, to));
  if (stamp.length === 8)
    return { date: `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}` };
  return { instant: Date.UTC(s(0, 4), s(4, 6) - 1, s(6, 8), s(9, 11), s(11, 13), s(13, 15)) };
}

/** Google's timed instance stamp: the UTC of the original start, YYYYMMDDTHHMMSSZ. */
export function instantStamp(instant: number): string {
  return isoStamp(new Date(instant).toISOString());
}

/** The stamp of an instant already written as toISOString() writes it (expansion has it at hand). */
export function isoStamp(iso: string): string {
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/** Google's all-day instance stamp: YYYYMMDD. */
export function dateStamp(date: string): string {
  return date.replace(/-/g, '');
}
