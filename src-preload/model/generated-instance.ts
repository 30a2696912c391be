// The occurrence Google generates for a series before anyone edits it on its own. Shared by
// the sync engine (the base a never-synced exception departs from) and iCalendar import (an
// occurrence a file cancels without saying more), so both sides build it the same way.
import type { EventDateTime, EventFields } from './event';
import { instantOf } from './event-time';

/**
 * The instance Google generates for a series at one occurrence, before anyone edits it on
 * its own: the series' fields without `recurrence`, moved to the occurrence (same duration,
 * same zones). This is the base a never-synced exception departs from, on both sides.
 */
export function generatedInstance(
  series: Partial<EventFields>,
  seriesId: string,
  originalStart: EventDateTime,
): Partial<EventFields> {
  const { recurrence: _recurrence, ...fields } = series;
  const out: Partial<EventFields> = {
    ...fields,
    status: 'confirmed',
    recurringEventId: seriesId,
    originalStartTime: originalStart,
  };
  if (series.start?.date && series.end?.date && originalStart.date) {
    const days = Math.round(
      (Date.parse(series.end.date) - Date.parse(series.start.date)) / 86_400_000,
    );
    out.start = { date: originalStart.date };
    out.end = {
      date: new Date(Date.parse(`${originalStart.date}T00:00:00Z`) + days * 86_400_000)
        .toISOString()
        .slice(0, 10),
    };
    return out;
  }
  const at = instantOf(originalStart);
  const duration = instantOf(series.end) - instantOf(series.start);
  if (!Number.isFinite(at) || !Number.isFinite(duration)) return out;
  out.start = {
    dateTime: new Date(at).toISOString(),
    ...(series.start?.timeZone ? { timeZone: series.start.timeZone } : {}),
  };
  const endZone = series.end?.timeZone ?? series.start?.timeZone;
  out.end = {
    dateTime: new Date(at + duration).toISOString(),
    ...(endZone ? { timeZone: endZone } : {}),
  };
  return out;
}
