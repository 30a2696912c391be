// Event drafts: what the editor edits (wall-clock fields in one zone), built from a click on
// the grid or from an existing occurrence, and checked before anything is written so bad
// input gets a message tied to its field instead of damaging saved data.
import type { CalendarEvent } from '../../../src-preload/model/event';
import type { DraftProblem, EventDraft, Occurrence, RepeatRule, Weekday } from './types';
import { parseLine, ruleParts } from '../../../src-preload/model/recurrence-lines';
import { recurrenceFromRepeatRule, repeatRuleFromRecurrence } from './repeat-rules';
import { seriesFloatsBetween } from './series-expansion';
import { activeLocale } from '../../i18n/active-locale';
import {
  DAY_MS,
  addDays,
  floatingFromWall,
  instantToFloating,
  isValidZone,
  isoDate,
  isoTime,
  wallToInstant,
} from '../../../src-preload/model/zoned-time';

/** A blank draft for a new event; start/end in Occurrence format. */
export function newDraft(opts: {
  start: string;
  end: string;
  allDay: boolean;
  timeZone: string;
  calendarId: string;
}): EventDraft {
  const zone = isValidZone(opts.timeZone) ? opts.timeZone : 'UTC';
  const span = wallSpan(opts.start, opts.end, opts.allDay, zone);
  return {
    calendarId: opts.calendarId,
    summary: '',
    allDay: opts.allDay,
    ...span,
    timeZone: opts.timeZone,
    repeat: null,
    location: '',
    description: '',
    attendees: [],
    reminders: { useDefault: true },
    // Google marks new all-day events free and timed ones busy.
    transparency: opts.allDay ? 'transparent' : 'opaque',
    visibility: 'default',
  };
}

/**
 * The draft for editing an occurrence. Timed events are edited in their own zone (so a
 * series keeps its zone), all-day ones in the viewer's; the repeat rule is the series'.
 */
export function draftFromOccurrence(occ: Occurrence, displayZone: string): EventDraft {
  const event = occ.event;
  const master = occ.master ?? (event.kind === 'master' ? event : undefined);
  const ownZone = event.start.timeZone ?? master?.start.timeZone;
  const zone =
    ownZone && isValidZone(ownZone) ? ownZone : isValidZone(displayZone) ? displayZone : 'UTC';
  const draft: EventDraft = {
    calendarId: event.calendarId,
    summary: event.summary ?? '',
    allDay: occ.allDay,
    ...wallSpan(occ.start, occ.end, occ.allDay, zone),
    timeZone: zone,
    repeat: master ? repeatRuleForDraft(master, zone) : null,
    location: event.location ?? '',
    description: event.description ?? '',
    attendees: (event.attendees ?? []).map((a) => ({ ...a })),
    reminders: event.reminders
      ? {
          ...event.reminders,
          ...(event.reminders.overrides
            ? { overrides: event.reminders.overrides.map((o) => ({ ...o })) }
            : {}),
        }
      : { useDefault: true },
    transparency: event.transparency ?? 'opaque',
    visibility: event.visibility ?? 'default',
  };
  if (event.colorId) draft.colorId = event.colorId;
  return draft;
}

/** Problems that stop the draft from being saved; [] when it is fine. */
export function validateDraft(draft: EventDraft): DraftProblem[] {
  const { t } = activeLocale();
  const problems: DraftProblem[] = [];
  if (!draft.summary.trim()) problems.push({ field: 'summary', message: t('problem.title') });
  const zoneOk = isValidZone(draft.timeZone);
  if (!zoneOk)
    problems.push({ field: 'timeZone', message: t('problem.zone', { zone: draft.timeZone }) });

  const start = floatingFromWall(draft.startDate, draft.allDay ? '00:00' : draft.startTime);
  const end = floatingFromWall(draft.endDate, draft.allDay ? '00:00' : draft.endTime);
  if (Number.isNaN(start)) problems.push({ field: 'start', message: t('problem.start') });
  if (Number.isNaN(end)) problems.push({ field: 'end', message: t('problem.end') });
  if (!Number.isNaN(start) && !Number.isNaN(end)) {
    const before =
      draft.allDay || !zoneOk
        ? end < start
        : wallToInstant(end, draft.timeZone) < wallToInstant(start, draft.timeZone);
    if (before) problems.push({ field: 'end', message: t('problem.endBeforeStart') });
  }

  if (draft.repeat) problems.push(...repeatProblems(draft, start, zoneOk));

  const overrides = draft.reminders.useDefault ? [] : (draft.reminders.overrides ?? []);
  if (overrides.length > 5)
    problems.push({ field: 'reminders', message: t('problem.reminders.count') });
  if (overrides.some((o) => !Number.isInteger(o.minutes) || o.minutes < 0 || o.minutes > 40320)) {
    problems.push({
      field: 'reminders',
      message: draft.allDay ? t('problem.reminders.allDayRange') : t('problem.reminders.range'),
    });
  }
  if (overrides.some((o) => o.method !== 'popup' && o.method !== 'email')) {
    problems.push({
      field: 'reminders',
      message: t('problem.reminders.method'),
    });
  }

  const seen = new Set<string>();
  for (const guest of draft.attendees) {
    const email = guest.email.trim().toLowerCase();
    if (!EMAIL.test(email))
      problems.push({ field: 'guests', message: t('problem.guest.email', { email: guest.email }) });
    else if (seen.has(email))
      problems.push({ field: 'guests', message: t('problem.guest.twice', { email: guest.email }) });
    seen.add(email);
  }
  if (draft.description.length > 8192)
    problems.push({
      field: 'description',
      message: t('problem.description.long'),
    });
  if (draft.location.length > 1024)
    problems.push({
      field: 'location',
      message: t('problem.location.long'),
    });
  return problems;
}

// ---------------------------------------------------------------------------------------

/**
 * The editor's rule for a series. Rules the editor cannot express are shown as their
 * nearest editable rule; the operations keep the original lines as long as the draft's
 * rule still equals this projection, so opening and saving never rewrites them.
 */
export function repeatRuleForDraft(master: CalendarEvent, zone: string): RepeatRule | null {
  const lines = master.recurrence;
  const start =
    master.start.date ?? isoDate(instantToFloating(Date.parse(master.start.dateTime ?? ''), zone));
  let rule = repeatRuleFromRecurrence(lines, zone, start);
  if (rule === null) return null;
  if (rule === 'custom') rule = nearestRule(lines ?? []);
  if (rule.freq === 'WEEKLY' && (!rule.byDay || rule.byDay.length === 0)) {
    const day = WEEKDAYS[(new Date(floatingFromWall(start)).getUTCDay() + 6) % 7];
    if (day) rule = { ...rule, byDay: [day] };
  }
  return rule;
}

const WEEKDAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

function wallSpan(start: string, end: string, allDay: boolean, zone: string) {
  if (allDay) {
    const startDate = start.slice(0, 10);
    const endExclusive = end.slice(0, 10);
    const endDate = endExclusive > startDate ? addDays(endExclusive, -1) : startDate;
    return { startDate, startTime: '09:00', endDate, endTime: '10:00' };
  }
  const s = instantToFloating(Date.parse(start), zone);
  const e = instantToFloating(Date.parse(end), zone);
  return { startDate: isoDate(s), startTime: isoTime(s), endDate: isoDate(e), endTime: isoTime(e) };
}

function repeatProblems(draft: EventDraft, start: number, zoneOk: boolean): DraftProblem[] {
  const rule = draft.repeat!;
  const problems: DraftProblem[] = [];
  const { t } = activeLocale();
  const fail = (message: string) => problems.push({ field: 'repeat', message });
  if (!Number.isInteger(rule.interval) || rule.interval < 1) fail(t('problem.repeat.interval'));
  else if (rule.interval > 1000) fail(t('problem.repeat.intervalMax'));
  if (rule.freq === 'WEEKLY' && (!rule.byDay || rule.byDay.length === 0))
    fail(t('problem.repeat.noDay'));
  if (rule.byDay?.some((d) => !WEEKDAYS.includes(d))) fail(t('problem.repeat.badDay'));
  if (rule.end.type === 'count' && (!Number.isInteger(rule.end.count) || rule.end.count < 1))
    fail(t('problem.repeat.count'));
  if (rule.end.type === 'until') {
    const until = floatingFromWall(rule.end.date);
    if (Number.isNaN(until)) fail(t('problem.repeat.until'));
    else if (!Number.isNaN(start) && until < floatingFromWall(draft.startDate))
      fail(t('problem.repeat.endsBefore'));
  }
  if (problems.length > 0 || Number.isNaN(start) || !zoneOk) return problems;
  // A rule can be well-formed and still never happen (weekly on Monday, ending on the
  // Sunday it starts): ask the expander for a first occurrence.
  const startDt = draft.allDay
    ? { date: draft.startDate }
    : { dateTime: `${draft.startDate}T${draft.startTime}:00`, timeZone: draft.timeZone };
  const probe = {
    id: 'draftprobe',
    calendarId: draft.calendarId,
    kind: 'master',
    status: 'confirmed',
    summary: '',
    start: startDt,
    end: startDt,
    recurrence: recurrenceFromRepeatRule(rule, startDt),
    startMs: 0,
    endMs: 0,
    localVersion: 0,
    updatedAt: '',
  } satisfies CalendarEvent;
  const last =
    rule.end.type === 'until'
      ? floatingFromWall(rule.end.date) + DAY_MS
      : start + 400 * 366 * DAY_MS;
  try {
    const floats =
      rule.end.type === 'until' || rule.end.type === 'count'
        ? seriesFloatsBetween(probe, start, last)
        : [1];
    if (floats.length === 0) fail(t('problem.repeat.never'));
  } catch {
    fail(t('problem.repeat.impossible'));
  }
  return problems;
}

function nearestRule(lines: string[]): RepeatRule {
  const rrule = lines.map(parseLine).find((l) => l.name === 'RRULE');
  const parts = ruleParts(rrule?.value ?? '');
  const freq = parts.get('FREQ');
  const rule: RepeatRule = {
    freq: freq === 'WEEKLY' || freq === 'MONTHLY' || freq === 'YEARLY' ? freq : 'DAILY',
    interval: Math.max(1, Math.floor(Number(parts.get('INTERVAL') ?? 1)) || 1),
    end: { type: 'never' },
  };
  const days = (parts.get('BYDAY') ?? '')
    .split(',')
    .map((d) => d.slice(-2) as Weekday)
    .filter((d) => WEEKDAYS.includes(d));
  if (rule.freq === 'WEEKLY' && days.length > 0) rule.byDay = [...new Set(days)];
  const count = Number(parts.get('COUNT'));
  if (Number.isInteger(count) && count > 0) rule.end = { type: 'count', count };
  return rule;
}
