// Reminders: the calendar's defaults (said in words, so "Default reminders" means something),
// or up to five of the user's own (Google's limit), each a notification or an email. A
// timed event's reminder is some minutes before the start; an all-day event's is counted
// back from midnight at the start of its day, as Google counts it, and offered that way:
// "1 day before at 09:00".
import { useState } from 'react';
import type { ReminderOverride, Reminders } from '../../src-preload/model/event';
import {
  ALL_DAY_FIRST_REMINDER,
  allDayMinutes,
  allDayParts,
  describeReminder,
} from '../reminders/reminder-times';

export interface RemindersFieldProps {
  reminders: Reminders;
  onChange(reminders: Reminders): void;
  errorId?: string;
  invalid: boolean;
  allDay: boolean;
  /** The event's calendar's default reminders, when known. */
  defaults?: ReminderOverride[];
}

const MAX_REMINDERS = 5;

export function RemindersField({
  reminders,
  onChange,
  errorId,
  invalid,
  allDay,
  defaults,
}: RemindersFieldProps) {
  const overrides = reminders.overrides ?? [];
  const setOverride = (index: number, change: Partial<(typeof overrides)[number]>) =>
    onChange({
      ...reminders,
      overrides: overrides.map((o, i) => (i === index ? { ...o, ...change } : o)),
    });
  const firstMinutes = allDay ? ALL_DAY_FIRST_REMINDER : 10;

  return (
    <div className="reminders-field" aria-describedby={errorId}>
      <div className="inline-fields">
        <label className="checkbox-row">
          <input
            type="checkbox"
            checked={reminders.useDefault}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? { useDefault: true }
                  : { useDefault: false, overrides: [{ method: 'popup', minutes: firstMinutes }] },
              )
            }
          />
          Default reminders
        </label>
        {reminders.useDefault && defaults && (
          <span className="hint">{describeDefaults(defaults, allDay)}</span>
        )}
      </div>
      {!reminders.useDefault && (
        <ul className="reminder-list">
          {overrides.map((reminder, index) => (
            <li key={`${allDay}-${index}`} className="inline-fields">
              <select
                aria-label={`Reminder ${index + 1} type`}
                value={reminder.method}
                onChange={(e) =>
                  setOverride(index, { method: e.target.value as 'popup' | 'email' })
                }
              >
                <option value="popup">Notification</option>
                <option value="email">Email</option>
              </select>
              {allDay ? (
                <AllDayWhen
                  index={index}
                  minutes={reminder.minutes}
                  invalid={invalid}
                  onMinutes={(minutes) => setOverride(index, { minutes })}
                />
              ) : (
                <>
                  <input
                    type="number"
                    min={0}
                    max={40320}
                    className="narrow"
                    aria-label={`Reminder ${index + 1} minutes before`}
                    aria-invalid={invalid || undefined}
                    value={Number.isFinite(reminder.minutes) ? reminder.minutes : ''}
                    onChange={(e) =>
                      setOverride(index, {
                        minutes: e.target.value === '' ? Number.NaN : Number(e.target.value),
                      })
                    }
                  />
                  <span>minutes before</span>
                </>
              )}
              <button
                type="button"
                className="icon-button small"
                onClick={() =>
                  onChange({ ...reminders, overrides: overrides.filter((_, i) => i !== index) })
                }
              >
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">Remove reminder {index + 1}</span>
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              className="link-button"
              disabled={overrides.length >= MAX_REMINDERS}
              onClick={() =>
                onChange({
                  ...reminders,
                  overrides: [
                    ...overrides,
                    { method: 'popup', minutes: allDay ? ALL_DAY_FIRST_REMINDER : 30 },
                  ],
                })
              }
            >
              Add reminder
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}

/** "[1] day before at [09:00]": the inputs keep what is typed until it reads as a time. */
function AllDayWhen({
  index,
  minutes,
  invalid,
  onMinutes,
}: {
  index: number;
  minutes: number;
  invalid: boolean;
  onMinutes(minutes: number): void;
}) {
  const [typed, setTyped] = useState(() =>
    Number.isFinite(minutes)
      ? { days: String(allDayParts(minutes).days), time: allDayParts(minutes).time }
      : { days: '', time: '' },
  );
  const change = (next: { days: string; time: string }) => {
    setTyped(next);
    onMinutes(next.days === '' ? Number.NaN : allDayMinutes(Number(next.days), next.time));
  };
  return (
    <>
      <input
        type="number"
        min={0}
        max={28}
        className="narrow"
        aria-label={`Reminder ${index + 1} days before`}
        aria-invalid={invalid || undefined}
        value={typed.days}
        onChange={(e) => change({ ...typed, days: e.target.value })}
      />
      <span>{typed.days === '1' ? 'day' : 'days'} before at</span>
      <input
        type="time"
        aria-label={`Reminder ${index + 1} time`}
        aria-invalid={invalid || undefined}
        value={typed.time}
        onChange={(e) => change({ ...typed, time: e.target.value })}
      />
    </>
  );
}

function describeDefaults(defaults: ReminderOverride[], allDay: boolean): string {
  if (defaults.length === 0) return 'None';
  return defaults
    .map((r) => `${r.method === 'email' ? 'Email ' : ''}${describeReminder(r.minutes, allDay)}`)
    .map((text, i) => (i === 0 ? text : text.charAt(0).toLowerCase() + text.slice(1)))
    .join(', ');
}
