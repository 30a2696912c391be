// Which of Google's calls a change to a calendar takes. Google keeps a calendar in two
// places: the calendar itself (calendars.*: its name and zone, the same for everyone who
// sees it, the owner's to change) and each person's entry in their calendar list
// (calendarList.*: its colour, default reminders, and a name of their own). So an owner's
// rename goes to the calendar, anyone else's to their own entry; colour and reminders always
// to the entry; and a zone only its owner may change. Pure: table-tested.
import type { calendar_v3 } from '@googleapis/calendar';
import type { Calendar } from '../../src-preload/model/event';
import { textColorOn, type CalendarDetails } from '../../src-preload/model/calendar-details';
import { refusalSentence, type BridgeWords } from '../../src-preload/bridge-words';

export type CalendarWritePlan =
  | {
      ok: true;
      /** calendars.patch, when the calendar itself changes. */
      calendarPatch?: calendar_v3.Schema$Calendar;
      /** calendarList.patch (colorRgbFormat), when this account's entry changes. */
      listPatch?: calendar_v3.Schema$CalendarListEntry;
    }
  | { ok: false; why: BridgeWords & { text: string } };

/** A new calendar: calendars.insert's body, then its list entry's colour and reminders. */
export function planCalendarCreate(details: CalendarDetails): {
  insert: calendar_v3.Schema$Calendar;
  listPatch: calendar_v3.Schema$CalendarListEntry;
} {
  return {
    insert: { summary: details.summary.trim(), timeZone: details.timeZone },
    listPatch: {
      ...colorFields(details.color),
      defaultReminders: details.defaultReminders,
    },
  };
}

/** What changing `calendar` (as stored here) to `details` sends; nothing when nothing changed. */
export function planCalendarUpdate(
  calendar: Calendar,
  details: CalendarDetails,
): CalendarWritePlan {
  const owner = calendar.accessRole === 'owner';
  const calendarPatch: calendar_v3.Schema$Calendar = {};
  const listPatch: calendar_v3.Schema$CalendarListEntry = {};
  const summary = details.summary.trim();
  if (summary !== calendar.summary) {
    if (owner) calendarPatch.summary = summary;
    else listPatch.summaryOverride = summary;
  }
  if (calendar.timeZone && details.timeZone !== calendar.timeZone) {
    if (!owner)
      return { ok: false, why: refusalSentence('zoneOwnerOnly', { calendar: calendar.summary }) };
    calendarPatch.timeZone = details.timeZone;
  }
  if (details.color.toLowerCase() !== calendar.color.toLowerCase())
    Object.assign(listPatch, colorFields(details.color));
  if (!sameReminders(details.defaultReminders, calendar.defaultReminders ?? []))
    listPatch.defaultReminders = details.defaultReminders;
  return {
    ok: true,
    ...(Object.keys(calendarPatch).length > 0 ? { calendarPatch } : {}),
    ...(Object.keys(listPatch).length > 0 ? { listPatch } : {}),
  };
}

// ---------------------------------------------------------------------------------------

function colorFields(color: string): calendar_v3.Schema$CalendarListEntry {
  const background = color.toLowerCase();
  return { backgroundColor: background, foregroundColor: textColorOn(background) };
}

function sameReminders(
  a: CalendarDetails['defaultReminders'],
  b: CalendarDetails['defaultReminders'],
): boolean {
  const key = (list: CalendarDetails['defaultReminders']) =>
    JSON.stringify(list.map((r) => [r.method, r.minutes]).sort());
  return key(a) === key(b);
}
