// "[30] [minutes ▾] before": how long before a timed event's start a reminder comes, chosen
// in minutes, hours, days or weeks as Google Calendar offers it. What is typed stays as typed
// (an empty amount is the editor's validation to name), and the unit is kept when the amount
// changes: "2 hours" stays hours while the 2 becomes 3.
import { useState } from 'react';
import { useLocale } from '../i18n/LocaleProvider';
import { REMINDER_UNITS, reminderAmount, type ReminderUnit } from '../reminders/reminder-times';

export interface ReminderBeforeProps {
  /** 1-based, for the accessible names: "Reminder 2 before", "Reminder 2 unit". */
  index: number;
  minutes: number;
  invalid: boolean;
  onMinutes(minutes: number): void;
}

export function ReminderBefore({ index, minutes, invalid, onMinutes }: ReminderBeforeProps) {
  const { t } = useLocale();
  const [own, setTyped] = useState(() => partsOf(minutes));
  // A reminder removed above this one hands its place to the next: show the minutes given,
  // unless they are what was typed.
  const typed = Object.is(minutesOf(own), minutes) ? own : partsOf(minutes);
  const change = (next: Typed) => {
    setTyped(next);
    onMinutes(minutesOf(next));
  };
  return (
    <>
      <input
        type="number"
        min={0}
        className="narrow"
        aria-label={t('reminderField.before.name', { index })}
        aria-invalid={invalid || undefined}
        value={typed.amount}
        onChange={(e) => change({ ...typed, amount: e.target.value })}
      />
      <select
        aria-label={t('reminderField.unit.name', { index })}
        value={typed.unit}
        onChange={(e) => change({ ...typed, unit: e.target.value as ReminderUnit })}
      >
        {[...REMINDER_UNITS].reverse().map(([, unit]) => (
          <option key={unit} value={unit}>
            {t('reminderField.unit', { unit, count: typed.amount === '1' ? 1 : 2 })}
          </option>
        ))}
      </select>
      <span>{t('reminderField.before')}</span>
    </>
  );
}

interface Typed {
  amount: string;
  unit: ReminderUnit;
}

function partsOf(minutes: number): Typed {
  const parts = Number.isFinite(minutes) ? reminderAmount(minutes) : null;
  return { amount: parts ? String(parts.amount) : '', unit: parts?.unit ?? 'minute' };
}

function minutesOf(typed: Typed): number {
  const size = REMINDER_UNITS.find(([, unit]) => unit === typed.unit)![0];
  return typed.amount === '' ? Number.NaN : Number(typed.amount) * size;
}
