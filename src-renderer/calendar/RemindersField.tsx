// Reminders: the calendar's defaults, or up to five of the user's own (Google's limit), each
// a notification or an email some minutes before the start.
import type { Reminders } from '../../src-preload/model/event';

export interface RemindersFieldProps {
  reminders: Reminders;
  onChange(reminders: Reminders): void;
  errorId?: string;
  invalid: boolean;
}

const MAX_REMINDERS = 5;

export function RemindersField({ reminders, onChange, errorId, invalid }: RemindersFieldProps) {
  const overrides = reminders.overrides ?? [];
  const setOverride = (index: number, change: Partial<(typeof overrides)[number]>) =>
    onChange({
      ...reminders,
      overrides: overrides.map((o, i) => (i === index ? { ...o, ...change } : o)),
    });

  return (
    <div className="reminders-field" aria-describedby={errorId}>
      <label className="checkbox-row">
        <input
          type="checkbox"
          checked={reminders.useDefault}
          onChange={(e) =>
            onChange(
              e.target.checked
                ? { useDefault: true }
                : { useDefault: false, overrides: [{ method: 'popup', minutes: 10 }] },
            )
          }
        />
        Default reminders
      </label>
      {!reminders.useDefault && (
        <ul className="reminder-list">
          {overrides.map((reminder, index) => (
            <li key={index} className="inline-fields">
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
                  overrides: [...overrides, { method: 'popup', minutes: 30 }],
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
