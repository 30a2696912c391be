// Carries out changes to Google calendars the person makes here: a new calendar
// (calendars.insert, then its colour and reminders in the account's calendar list) and a
// change of name, colour, zone or default reminders (calendars.patch and calendarList.patch,
// as calendar-write-plan decides). The calendar is stored as Google answers it, so what
// shows is what Google has; the next calendar discovery reads the same entry again.
import type { LocalStore } from '../../src-preload/local-store';
import type { Calendar } from '../../src-preload/model/event';
import {
  calendarProblems,
  problemSentence,
  type CalendarDetails,
} from '../../src-preload/model/calendar-details';
import type { GoogleGateway } from '../google/gateway';
import { refusalSentence, type BridgeWords } from '../../src-preload/bridge-words';
import { calendarOf } from './calendar-discovery';
import { planCalendarCreate, planCalendarUpdate } from './calendar-write-plan';

/** A change refused before anything went to Google; the message says why, as a sentence when it has one. */
export class CalendarChangeRefused extends Error {
  constructor(readonly why: string | (BridgeWords & { text: string })) {
    super(typeof why === 'string' ? why : why.text);
  }
}

/** Creates a calendar on Google, owned by `account`; it syncs from the start. */
export async function createGoogleCalendar(
  google: GoogleGateway,
  store: LocalStore,
  account: string,
  details: CalendarDetails,
): Promise<Calendar> {
  refuseProblems(details);
  const plan = planCalendarCreate(details);
  const created = await google.insertCalendar(plan.insert);
  if (!created.id) throw new Error('Google created the calendar without an id.');
  const entry = await google.patchCalendarListEntry(created.id, plan.listPatch);
  // Made here to be used here: it syncs without a tick in Preferences.
  const calendar = { ...calendarOf(entry, account, undefined), syncEnabled: true };
  await store.commit({ calendars: [calendar] });
  return calendar;
}

/** Changes a calendar of `account` on Google, then stores it as Google answered. */
export async function updateGoogleCalendar(
  google: GoogleGateway,
  store: LocalStore,
  account: string,
  calendarId: string,
  details: CalendarDetails,
): Promise<Calendar> {
  refuseProblems(details);
  const calendar = (await store.calendars()).find((c) => c.id === calendarId);
  if (!calendar) throw new CalendarChangeRefused(refusalSentence('calendarGone'));
  if (calendar.account !== account)
    throw new CalendarChangeRefused(
      refusalSentence('notCalendarOf', { calendar: calendar.summary, account }),
    );
  const plan = planCalendarUpdate(calendar, details);
  if (!plan.ok) throw new CalendarChangeRefused(plan.why);
  if (!plan.calendarPatch && !plan.listPatch) return calendar;
  if (plan.calendarPatch) await google.patchCalendar(calendarId, plan.calendarPatch);
  const entry = plan.listPatch
    ? await google.patchCalendarListEntry(calendarId, plan.listPatch)
    : await google.calendarListEntry(calendarId);
  const updated = calendarOf(entry, account, calendar);
  await store.commit({ calendars: [updated] });
  return updated;
}

function refuseProblems(details: CalendarDetails): void {
  // The window checks the same rule first and words it; only a window that skipped its own
  // check reads these, by the first problem's sentence (the English names them all).
  const sentences: ReturnType<typeof problemSentence>[] = [];
  calendarProblems(details, (problem) => {
    const sentence = problemSentence(problem);
    sentences.push(sentence);
    return sentence.text;
  });
  const [first] = sentences;
  if (first)
    throw new CalendarChangeRefused({ ...first, text: sentences.map((s) => s.text).join(' ') });
}
