// Reminders between VALARMs and Google's reminder overrides. A DISPLAY alarm (and Apple's
// AUDIO one, a sound where others show a message) is a popup reminder so many minutes before
// the start; an EMAIL one (Google's exports have them) an e-mail reminder. E-mail reminders
// are written back in X-ALMANAC-FIELDS: an EMAIL alarm must name its recipient, and Google
// sends them to the calendar's owner, whom an export does not know. Google keeps at most five, from 0 to 40,320 minutes (four weeks) before the
// start; anything else is said, not silently dropped.
import { because, type IcsReason } from './ics-reasons';
import ICAL from 'ical.js';
import type { Reminders } from '../model/event';

type Override = NonNullable<Reminders['overrides']>[number];

/**
 * The reminders of an event from its VALARMs, plus those only Almanac's own field carries
 * (`extra`: e-mail reminders, or the calendar's default ones). Undefined when the file says
 * nothing, which leaves the calendar's defaults. Overrides come sorted, nearest the start first.
 */
export function readReminders(
  event: ICAL.Component,
  startMs: number,
  endMs: number,
  extra: { useDefault: boolean; email?: number[] } | undefined,
  note: (why: IcsReason) => void,
): Reminders | undefined {
  const overrides: Override[] = [];
  for (const alarm of event.getAllSubcomponents('valarm')) {
    const action = String(alarm.getFirstPropertyValue('action') ?? '').toUpperCase();
    const method =
      action === 'DISPLAY' || action === 'AUDIO' ? 'popup' : action === 'EMAIL' ? 'email' : null;
    if (!method) continue;
    // Apple copies the calendar's default alarm into each event and marks it so.
    if (String(alarm.getFirstPropertyValue('x-apple-default-alarm') ?? '').toUpperCase() === 'TRUE')
      continue;
    const minutes = minutesBefore(alarm, startMs, endMs);
    if (minutes === null) note(because('unreadableReminder'));
    else if (minutes < 0) note(because('reminderAfterStart'));
    else if (minutes > MAX_MINUTES) note(because('reminderTooEarly'));
    else overrides.push({ method, minutes });
  }
  for (const minutes of extra?.email ?? []) overrides.push({ method: 'email', minutes });
  const unique = [...new Map(overrides.map((o) => [`${o.method}${o.minutes}`, o])).values()].sort(
    (a, b) => a.minutes - b.minutes || a.method.localeCompare(b.method),
  );
  if (unique.length > MAX_OVERRIDES) {
    note(because('tooManyReminders', { count: unique.length }));
    unique.length = MAX_OVERRIDES;
  }
  if (unique.length > 0) return { useDefault: false, overrides: unique };
  return extra ? { useDefault: extra.useDefault } : undefined;
}

/** Writes the popup reminders of an event into it as DISPLAY alarms. */
export function addAlarms(
  event: ICAL.Component,
  reminders: Reminders | undefined,
  summary: string,
): void {
  if (!reminders || reminders.useDefault) return;
  for (const override of reminders.overrides ?? []) {
    if (override.method !== 'popup') continue;
    const alarm = new ICAL.Component('valarm');
    alarm.addPropertyWithValue('action', 'DISPLAY');
    // DISPLAY alarms must say something (RFC 5545); the event's title is what one expects.
    alarm.addPropertyWithValue('description', summary || 'Reminder');
    const trigger = new ICAL.Duration({
      minutes: override.minutes,
      isNegative: override.minutes > 0,
    });
    alarm.addPropertyWithValue('trigger', trigger);
    event.addSubcomponent(alarm);
  }
}

// ---------------------------------------------------------------------------------------

const MAX_MINUTES = 40_320;
const MAX_OVERRIDES = 5;

/** Minutes from the alarm to the start (positive: before), or null if unreadable. */
function minutesBefore(alarm: ICAL.Component, startMs: number, endMs: number): number | null {
  const trigger = alarm.getFirstProperty('trigger');
  if (!trigger) return null;
  try {
    const value = trigger.getFirstValue();
    if (value instanceof ICAL.Duration) {
      const fromEnd = String(trigger.getParameter('related') ?? '').toUpperCase() === 'END';
      const at = (fromEnd ? endMs : startMs) + value.toSeconds() * 1000;
      return Math.round((startMs - at) / 60_000);
    }
    if (value instanceof ICAL.Time)
      return Math.round((startMs - value.toUnixTime() * 1000) / 60_000);
  } catch {
    return null;
  }
  return null;
}
