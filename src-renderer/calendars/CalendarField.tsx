// The editor's "Calendar" field: which of the calendars that take changes an event goes
// into. A new event opens on the calendar last used for one (see lastUsedCalendar), as
// Google Calendar does; choosing another calendar for an existing event moves it there on
// save. An event that cannot move shows its calendar, disabled, with the reason.
import { useId } from 'react';
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
        {open.map((calendar) => (
          <option key={calendar.id} value={calendar.id}>
            {calendar.summary}
          </option>
        ))}
      </select>
      {refusal && !explainedBy && (
        <p id={`${id}-why`} className="type-note">
          {refusal}
        </p>
      )}
    </div>
  );
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
