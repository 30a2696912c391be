// What is due and when to look again: the reminder schedule's decisions about time, apart
// from the engine that runs them (reminder-engine.ts), so they read as rules. Which
// reminders fell due (and which snoozes came back), how each is shown given when the
// schedule last looked, and the next moment anything can change.
import type { Claim, ReminderRecord } from './reminder-state';
import type { PlannedOccurrence, ReminderPlan } from './reminder-plan';
import type { PanelItem } from './reminder-notices';
import { agendaChangesAfter } from './tray-agenda';

/** After this long past its time, a reminder counts as missed rather than on time. */
export const LATE_MS = 60_000;
/** The timer never waits longer than this. */
export const MAX_WAIT_MS = 60_000;

/** An occurrence with something due: its reminders' minutes, the latest time, a snooze's end. */
export interface Due {
  entry: PlannedOccurrence;
  minutes: number[];
  at: number;
  snoozeUntil?: number;
}

/**
 * What fell due by `now`, one entry an occurrence: its reminders not yet fired (an event that
 * has ended reminds no one) and the snoozes whose time came.
 */
export function dueReminders(
  plan: ReminderPlan,
  records: ReadonlyMap<string, ReminderRecord>,
  now: number,
): Map<string, Due> {
  const due = new Map<string, Due>();
  for (const reminder of plan.reminders) {
    if (reminder.fireAt > now) break;
    if (reminder.endMs <= now) continue;
    const record = records.get(reminder.key);
    if (record?.start === reminder.start && record.fired.includes(reminder.minutes)) continue;
    const found = due.get(reminder.key);
    if (found) {
      found.minutes.push(reminder.minutes);
      found.at = Math.max(found.at, reminder.fireAt);
    } else
      due.set(reminder.key, {
        entry: reminder,
        minutes: [reminder.minutes],
        at: reminder.fireAt,
      });
  }
  for (const record of records.values()) {
    if (record.status !== 'snoozed' || record.snoozeUntil === undefined) continue;
    if (record.snoozeUntil > now || due.has(record.key)) continue;
    const entry = plan.occurrences.get(record.key);
    if (entry && entry.start === record.start && entry.endMs > now)
      due.set(record.key, {
        entry,
        minutes: [],
        at: record.snoozeUntil,
        snoozeUntil: record.snoozeUntil,
      });
  }
  return due;
}

/**
 * When the one timer fires: at the next reminder, snooze, agenda change or re-plan, when an
 * event in the panel ends, or a minute from now, whichever comes first.
 */
export function nextWakeAt(
  plan: ReminderPlan | null,
  records: ReadonlyMap<string, ReminderRecord>,
  panel: readonly PanelItem[],
  prefs: { enabled: boolean; zone: string },
  now: number,
): number {
  let next = now + MAX_WAIT_MS;
  if (plan)
    next = Math.min(next, plan.until - MAX_WAIT_MS, agendaChangesAfter(plan, prefs.zone, now));
  if (plan && prefs.enabled) {
    for (const reminder of plan.reminders) {
      if (reminder.fireAt <= now) continue;
      const record = records.get(reminder.key);
      if (record?.start === reminder.start && record.fired.includes(reminder.minutes)) continue;
      next = Math.min(next, reminder.fireAt);
      break;
    }
    for (const record of records.values())
      if (
        record.status === 'snoozed' &&
        record.snoozeUntil !== undefined &&
        record.snoozeUntil > now
      )
        next = Math.min(next, record.snoozeUntil);
    for (const item of panel) {
      const end = plan.occurrences.get(item.key)?.endMs;
      if (end !== undefined && end > now) next = Math.min(next, end);
    }
  }
  return next;
}

/**
 * How a reminder due at `at` is shown at `now`: on time (within a minute of it); missed, if
 * it fell due after the schedule last looked (Almanac was closed, the computer slept); and
 * otherwise it arrived late (an edit or a sync brought it after its time), shown if its
 * event has not started, passed over quietly if it has. A snooze always comes back.
 */
export function outcomeOf(
  at: number,
  now: number,
  checkedAt: number,
  startMs: number,
  snooze: boolean,
): Claim['outcome'] {
  if (now - at <= LATE_MS) return 'show';
  if (at > checkedAt) return 'missed';
  return snooze || startMs > now ? 'show' : 'quiet';
}
