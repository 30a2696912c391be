// What a reminder says: the notification's title and lines (title, time range, location,
// the call to join), the "N reminders while you were away" group, and the in-app panel's
// line for each reminder still waiting for the user.
import type { ReminderNotice } from '../../src-preload/reminder-messages';
import type { BridgeError } from '../../src-preload/contract';
import type { Occurrence } from '../calendar/model/types';
import { describeWhen } from '../calendar/model/display-dates';
import { meetLinkOf } from '../calendar/model/conference';
import type { PlannedOccurrence, ReminderPlan } from './reminder-plan';
import type { ReminderRecord } from './reminder-state';
import { activeLocale } from '../i18n/active-locale';

/** One reminder waiting for the user, as the in-app panel lists it. */
export interface PanelItem {
  key: string;
  occurrence: Occurrence;
  startMs: number;
  /** The time range, as the notification said it. */
  when: string;
  location?: string;
  joinUrl?: string;
  /** Shown in the group of reminders missed while Almanac was not running. */
  missed: boolean;
  canSnoozeUntilStart: boolean;
}

export interface PanelState {
  items: PanelItem[];
  /** The system's notifications carry Snooze and Dismiss themselves: no panel needed. */
  systemActions: boolean;
  /** A Join whose link could not be opened: the panel says why until it is dealt with. */
  linkProblem: LinkProblem | null;
}

/** The reminder whose link the browser was not given, and main's reason. */
export interface LinkProblem {
  key: string;
  error: BridgeError;
}

/** The key of the "while you were away" group (clicking it opens Almanac, nothing else). */
export const MISSED_GROUP_KEY = 'almanac-missed';

export function noticeFor(
  entry: PlannedOccurrence,
  prefs: { zone: string; sound: boolean },
  now: number,
): ReminderNotice {
  const { occurrence } = entry;
  const location = occurrence.event.location?.trim();
  const joinUrl = meetLinkOf(occurrence.event);
  return {
    key: occurrence.instanceId,
    // Within what the bridge carries: a title or place pasted in whole stays readable.
    title: occurrence.title.slice(0, 1000),
    body: [whenOf(occurrence, prefs.zone), location?.slice(0, 1000)].filter(Boolean).join('\n'),
    ...(joinUrl ? { joinUrl } : {}),
    canSnoozeUntilStart: entry.startMs > now,
    group: false,
    sound: prefs.sound,
  };
}

export function groupNotice(
  entries: PlannedOccurrence[],
  prefs: { sound: boolean },
): ReminderNotice {
  const { t } = activeLocale();
  const titles = entries.map((e) => e.occurrence.title.slice(0, 200));
  const lines = titles.slice(0, 4);
  if (titles.length > lines.length)
    lines.push(t('reminder.andMore', { count: titles.length - lines.length }));
  return {
    key: MISSED_GROUP_KEY,
    title: t('reminder.missed', { count: entries.length }),
    body: lines.join('\n'),
    canSnoozeUntilStart: false,
    group: true,
    sound: prefs.sound,
  };
}

/** Preferences → Notifications → "Test notification". */
export function testNotice(sound: boolean): ReminderNotice {
  const { t } = activeLocale();
  return {
    key: 'almanac-test',
    title: t('reminder.test.title'),
    body: t('reminder.test.body'),
    canSnoozeUntilStart: false,
    group: false,
    sound,
  };
}

/** The reminders shown and waiting for the user, earliest event first. */
export function panelItems(
  plan: ReminderPlan,
  records: Iterable<ReminderRecord>,
  zone: string,
  now: number,
): PanelItem[] {
  const items: PanelItem[] = [];
  for (const record of records) {
    if (record.status !== 'active') continue;
    const entry = plan.occurrences.get(record.key);
    if (!entry || entry.start !== record.start) continue;
    const location = entry.occurrence.event.location?.trim();
    const joinUrl = meetLinkOf(entry.occurrence.event);
    items.push({
      key: record.key,
      occurrence: entry.occurrence,
      startMs: entry.startMs,
      when: whenOf(entry.occurrence, zone),
      ...(location ? { location } : {}),
      ...(joinUrl ? { joinUrl } : {}),
      missed: record.missed === true,
      canSnoozeUntilStart: entry.startMs > now,
    });
  }
  return items.sort((a, b) => a.startMs - b.startMs || (a.key < b.key ? -1 : 1));
}

export function samePanel(a: PanelItem[], b: PanelItem[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (item, i) =>
        item.key === b[i]!.key &&
        item.when === b[i]!.when &&
        item.occurrence === b[i]!.occurrence &&
        item.missed === b[i]!.missed &&
        item.canSnoozeUntilStart === b[i]!.canSnoozeUntilStart,
    )
  );
}

// The panel is rebuilt on every check; describing each occurrence once per zone and locale
// is enough.
const described = new WeakMap<Occurrence, { key: string; text: string }>();

function whenOf(occurrence: Occurrence, zone: string): string {
  const { locale, hourCycle } = activeLocale();
  const key = `${zone}|${locale}|${hourCycle}`;
  const cached = described.get(occurrence);
  if (cached?.key === key) return cached.text;
  const text = describeWhen(occurrence, zone);
  described.set(occurrence, { key, text });
  return text;
}
