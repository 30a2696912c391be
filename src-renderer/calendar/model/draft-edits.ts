// What the editor does to a draft when the person changes one field that others follow, as
// Google Calendar does: a new start keeps the event's length (and a weekly repeat follows
// the new weekday), and switching all day on or off keeps sensible times. Pure.
import { DateTime } from 'luxon';
import type { EventDraft, RepeatRule } from './types';

/**
 * Changing the start keeps the duration, as in Google Calendar, and a weekly preset follows
 * the new weekday rather than silently turning into a custom rule.
 */
export function moveStart(draft: EventDraft, startDate: string, startTime: string): EventDraft {
  const before = wall(draft.startDate, draft.allDay ? '00:00' : draft.startTime);
  const after = wall(startDate, draft.allDay ? '00:00' : startTime);
  const end = wall(draft.endDate, draft.allDay ? '00:00' : draft.endTime);
  let next: EventDraft = { ...draft, startDate, startTime };
  if (before.isValid && after.isValid && end.isValid) {
    const shifted = end.plus(after.diff(before));
    next = {
      ...next,
      endDate: shifted.toISODate() ?? draft.endDate,
      endTime: draft.allDay ? draft.endTime : shifted.toFormat('HH:mm'),
    };
  }
  return { ...next, repeat: followWeekday(draft.repeat, draft.startDate, startDate) };
}

function followWeekday(
  rule: RepeatRule | null,
  oldDate: string,
  newDate: string,
): RepeatRule | null {
  if (!rule || rule.freq !== 'WEEKLY' || rule.byDay?.length !== 1) return rule;
  const oldCode = weekdayCode(oldDate);
  const newCode = weekdayCode(newDate);
  if (!oldCode || !newCode || rule.byDay[0] !== oldCode) return rule;
  return { ...rule, byDay: [newCode] };
}

function weekdayCode(date: string): NonNullable<RepeatRule['byDay']>[number] | undefined {
  const parsed = DateTime.fromISO(date, { zone: 'UTC' });
  return parsed.isValid
    ? (['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const)[parsed.weekday - 1]
    : undefined;
}

export function toggleAllDay(draft: EventDraft, allDay: boolean): EventDraft {
  if (allDay === draft.allDay) return draft;
  if (allDay) {
    return {
      ...draft,
      allDay,
      endDate: draft.endDate < draft.startDate ? draft.startDate : draft.endDate,
      transparency: draft.transparency,
    };
  }
  // Back to timed: an hour from 9:00 unless the draft still remembers times.
  const startTime = draft.startTime && draft.startTime !== '00:00' ? draft.startTime : '09:00';
  const endTime = draft.endTime && draft.endTime > startTime ? draft.endTime : addHour(startTime);
  return { ...draft, allDay, startTime, endTime };
}

function addHour(time: string): string {
  const t = DateTime.fromFormat(time, 'HH:mm', { zone: 'UTC' });
  return t.isValid ? t.plus({ hours: 1 }).toFormat('HH:mm') : '10:00';
}

function wall(date: string, time: string): DateTime {
  return DateTime.fromISO(`${date}T${time || '00:00'}`, { zone: 'UTC' });
}
