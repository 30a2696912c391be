// The editor's "Calendar" field: which of the writable calendars a new event goes into. It
// opens on the calendar last used for a new event (see lastUsedCalendar), as Google
// Calendar does.
import { useId } from 'react';
import type { Calendar } from '../../src-preload/model/event';
import { canWrite } from '../../src-preload/model/calendar-access';

export function CalendarField({
  value,
  calendars,
  onChange,
}: {
  value: string;
  calendars: Calendar[];
  onChange(calendarId: string): void;
}) {
  const id = useId();
  const writable = calendars.filter(canWrite);
  return (
    <div className="field">
      <label htmlFor={id}>Calendar</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {writable.map((calendar) => (
          <option key={calendar.id} value={calendar.id}>
            {calendar.summary}
          </option>
        ))}
      </select>
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
