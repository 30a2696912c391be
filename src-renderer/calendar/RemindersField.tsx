// Reminders: the calendar's defaults (said in words, so "Default reminders" means something),
// or up to five of the user's own (Google's limit), each a notification or an email. A
// timed event's reminder is some minutes, hours, days or weeks before the start; an all-day event's is counted
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
import { LocaleTimeInput } from './LocaleInputs';
import { useLocale } from '../i18n/LocaleProvider';
import { activeLocale } from '../i18n/active-locale';
import { CROSS } from '../glyphs';
import { ReminderBefore } from './ReminderBefore';

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
  const { t } = useLocale();
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
          {t('reminderField.default')}
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
                aria-label={t('reminderField.type.name', { index: index + 1 })}
                value={reminder.method}
                onChange={(e) =>
                  setOverride(index, { method: e.target.value as 'popup' | 'email' })
                }
              >
                <option value="popup">{t('reminderField.popup')}</option>
                <option value="email">{t('reminderField.email')}</option>
              </select>
              {allDay ? (
                <AllDayWhen
                  index={index}
                  minutes={reminder.minutes}
                  invalid={invalid}
                  onMinutes={(minutes) => setOverride(index, { minutes })}
                />
              ) : (
                <ReminderBefore
                  index={index + 1}
                  minutes={reminder.minutes}
                  invalid={invalid}
                  onMinutes={(minutes) => setOverride(index, { minutes })}
                />
              )}
              <button
                type="button"
                className="icon-button small"
                onClick={() =>
                  onChange({ ...reminders, overrides: overrides.filter((_, i) => i !== index) })
                }
              >
                <span aria-hidden="true">{CROSS}</span>
                <span className="visually-hidden">
                  {t('reminderField.remove', { index: index + 1 })}
                </span>
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
              {t('reminderField.add')}
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
  const { t } = useLocale();
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
        aria-label={t('reminderField.days.name', { index: index + 1 })}
        aria-invalid={invalid || undefined}
        value={typed.days}
        onChange={(e) => change({ ...typed, days: e.target.value })}
      />
      <span>{t('reminderField.daysBeforeAt', { count: typed.days === '1' ? 1 : 2 })}</span>
      <LocaleTimeInput
        aria-label={t('reminderField.time.name', { index: index + 1 })}
        invalid={invalid}
        value={typed.time}
        onChange={(time) => change({ ...typed, time })}
      />
    </>
  );
}

function describeDefaults(defaults: ReminderOverride[], allDay: boolean): string {
  const { t } = activeLocale();
  if (defaults.length === 0) return t('reminderField.none');
  return defaults
    .map((r) =>
      r.method === 'email'
        ? t('reminderField.byEmail', { when: describeReminder(r.minutes, allDay) })
        : describeReminder(r.minutes, allDay),
    )
    .map((text, i) => (i === 0 ? text : text.charAt(0).toLocaleLowerCase() + text.slice(1)))
    .join(', ');
}
