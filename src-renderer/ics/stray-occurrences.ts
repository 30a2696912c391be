// A changed occurrence in a file names the occurrence of its series it replaces (its
// RECURRENCE-ID). One naming a time the series does not have (a writer's mistake, or a series
// changed since) has nothing to replace: Google refuses it, and nothing here would show it.
// So that nothing in the file is lost, it is imported as an event of its own, and the preview
// says so; a cancelled one has nothing to cancel and is left out.
import type { CalendarEvent } from '../../src-preload/model/event';
import type { IcsEvent } from '../../src-preload/ics/ics-calendar';
import { eventIdForUid } from '../../src-preload/ics/event-ids';
import type { ImportPlan } from '../../src-preload/ics/import-plan';
import { seriesInstances } from '../calendar/model/series-expansion';

const DAY_MS = 86_400_000;

/** `plan` with its stray occurrences made events of their own; `here`: the calendar's event ids. */
export function keepStrayOccurrences(plan: ImportPlan, here: ReadonlySet<string>): ImportPlan {
  const series = new Map(plan.events.filter((e) => e.kind === 'master').map((e) => [e.id, e]));
  const preview = { ...plan.preview, notes: [...plan.preview.notes] };
  const events: IcsEvent[] = [];
  for (const event of plan.events) {
    const master = event.recurringEventId ? series.get(event.recurringEventId) : undefined;
    if (!master || event.kind !== 'exception' || isOccurrenceOf(master, event)) {
      events.push(event);
      continue;
    }
    if (event.status === 'cancelled') continue;
    const { recurringEventId: _series, originalStartTime: _original, ...fields } = event;
    const id = eventIdForUid(event.id);
    events.push({ ...fields, id, kind: 'single' });
    preview.events += 1;
    if (here.has(id)) preview.updates += 1;
    preview.notes.push({
      event: event.summary || master.summary || '(no title)',
      message:
        'it changes an occurrence its series does not have (RECURRENCE-ID); it was imported as an event of its own',
      skipped: false,
    });
  }
  return { events, preview };
}

function isOccurrenceOf(master: IcsEvent, exception: IcsEvent): boolean {
  const at = Date.parse(
    exception.originalStartTime?.date ?? exception.originalStartTime?.dateTime ?? '',
  );
  if (Number.isNaN(at)) return true;
  const record: CalendarEvent = { ...master, calendarId: '', localVersion: 0, updatedAt: '' };
  try {
    return seriesInstances(record, {
      start: new Date(at - 2 * DAY_MS),
      end: new Date(at + 2 * DAY_MS),
    }).some((i) => i.instanceId === exception.id);
  } catch {
    // A rule the expansion cannot read: the occurrence is given the benefit of the doubt.
    return true;
  }
}
