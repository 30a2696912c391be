// The tray's short agenda: the next three timed events that can still remind (under way or
// upcoming, in calendars that remind here, not declined), worded in the user's zone, with a
// Join link on the one about to start. The schedule sends it to main whenever it changes,
// and wakes when the words would change (an event starting soon, starting, ending, midnight).
import { DateTime } from 'luxon';
import type { AgendaItem } from '../../src-preload/reminder-messages';
import { meetLinkOf } from '../calendar/model/conference';
import type { PlannedOccurrence, ReminderPlan } from './reminder-plan';
import { activeLocale } from '../i18n/active-locale';

/** An event "about to start" gets a Join item from this long before its start. */
export const JOIN_BEFORE_MS = 10 * 60_000;
const SIZE = 3;

export function agendaOf(plan: ReminderPlan, zone: string, now: number): AgendaItem[] {
  const { formats, t } = activeLocale();
  const today = DateTime.fromMillis(now, { zone }).toISODate();
  return nextTimed(plan, now).map((entry) => {
    const start = DateTime.fromMillis(entry.startMs, { zone });
    const title = entry.occurrence.title;
    const label =
      entry.startMs <= now
        ? t('tray.now', { title, end: formats.time(entry.endMs, zone) })
        : t('tray.next', {
            day: start.toISODate() === today ? 'today' : formats.weekdayShort(start.weekday % 7),
            time: formats.time(entry.startMs, zone),
            title,
          });
    const joinUrl =
      entry.startMs - JOIN_BEFORE_MS <= now ? meetLinkOf(entry.occurrence.event) : undefined;
    return {
      key: entry.occurrence.instanceId,
      label: label.slice(0, 300),
      title: title.slice(0, 300),
      ...(joinUrl ? { joinUrl } : {}),
    };
  });
}

/** The next instant after `now` at which `agendaOf` would say something else. */
export function agendaChangesAfter(plan: ReminderPlan, zone: string, now: number): number {
  let next = DateTime.fromMillis(now, { zone }).plus({ days: 1 }).startOf('day').toMillis();
  for (const entry of nextTimed(plan, now))
    for (const at of [entry.startMs - JOIN_BEFORE_MS, entry.startMs, entry.endMs])
      if (at > now) next = Math.min(next, at);
  return next;
}

/** The first few timed occurrences not ended, by start: one pass, no sort of them all. */
function nextTimed(plan: ReminderPlan, now: number): PlannedOccurrence[] {
  const first: PlannedOccurrence[] = [];
  const before = (a: PlannedOccurrence, b: PlannedOccurrence) =>
    a.startMs - b.startMs || a.endMs - b.endMs;
  for (const entry of plan.occurrences.values()) {
    if (entry.occurrence.allDay || entry.endMs <= now) continue;
    if (first.length === SIZE && before(entry, first[SIZE - 1]!) >= 0) continue;
    first.push(entry);
    first.sort(before);
    if (first.length > SIZE) first.pop();
  }
  return first;
}
