// The editor's "Calendar" field: which of the calendars that take changes an event goes
// into. A new event opens on the calendar last used for one (see lastUsedCalendar), as
// Google Calendar does; choosing another calendar for an existing event moves it there on
// save. An event that cannot move shows its calendar, disabled, with the reason. With Google
// accounts connected, the calendars are grouped by account, after those kept on this computer.
import { Fragment, useId } from 'react';
import type { Calendar } from '../../src-preload/model/event';
import { activeLocale } from '../i18n/active-locale';
import { calendarRefusal, canWrite } from '../../src-preload/model/calendar-access';

export function CalendarField({
  value,
  calendars,
  refusal,
  explainedBy,
  onChange,
}: {
  value: string;
  calendars: Calendar[];
  /** Why the event cannot move to another calendar; null when it can. */
  refusal?: string | null;
  /** The id of a note above that already gives the same reason (then none is repeated here). */
  explainedBy?: string;
  onChange(calendarId: string): void;
}) {
  const id = useId();
  const open = calendars.filter((c) => !calendarRefusal(c) || c.id === value);
  return (
    <div className="field">
      <label htmlFor={id}>{activeLocale().t('quickLook.calendar')}</label>
      <select
        id={id}
        value={value}
        disabled={Boolean(refusal)}
        aria-describedby={refusal ? (explainedBy ?? `${id}-why`) : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {groupsOf(open).map(({ account, list }) =>
          account === null ? (
            <Fragment key="">{list.map(option)}</Fragment>
          ) : (
            <optgroup key={account} label={account}>
              {list.map(option)}
            </optgroup>
          ),
        )}
      </select>
      {refusal && !explainedBy && (
        <p id={`${id}-why`} className="type-note">
          {refusal}
        </p>
      )}
    </div>
  );
}

function option(calendar: Calendar) {
  return (
    <option key={calendar.id} value={calendar.id}>
      {calendar.summary}
    </option>
  );
}

/** The calendars kept here (no group), then each account's, in the order they come. */
function groupsOf(calendars: Calendar[]): { account: string | null; list: Calendar[] }[] {
  const groups = new Map<string | null, Calendar[]>([[null, []]]);
  for (const c of calendars) {
    const key = c.account ?? null;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups].map(([account, list]) => ({ account, list }));
}

const LAST_USED = 'almanac:last-calendar';

/** The calendar the last new event went into, if it is still one that takes events. */
export function lastUsedCalendar(calendars: Calendar[] | undefined): Calendar | undefined {
  const id = readLastUsed();
  return calendars?.find((c) => c.id === id && canWrite(c));
}

export function rememberCalendar(calendarId: string): void {
  try {
    localStorage.setItem(LAST_USED, calendarId);
  } catch {
    // Storage full or refused: the next new event opens on the main calendar instead.
  }
}

function readLastUsed(): string | null {
  try {
    return localStorage.getItem(LAST_USED);
  } catch {
    return null;
  }
}
