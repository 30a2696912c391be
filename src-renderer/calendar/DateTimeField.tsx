// One point in time in the event editor — the start or the end: a date, and a time unless the
// event lasts all day. A type that fixes the date or the times (a birthday, a working
// location) leaves them disabled; a problem with the value is shown under the field.
import { LocaleDateInput, LocaleTimeInput } from './LocaleInputs';
import type { ReactNode } from 'react';

export interface DateTimeFieldProps {
  /** The date input's id (the label points at it). */
  id: string;
  label: string;
  /** The time input's accessible name ("From time", "To time"). */
  timeLabel: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm */
  time: string;
  allDay: boolean;
  dateLocked: boolean;
  timeLocked: boolean;
  invalid: boolean;
  /** The ids of what describes the date input (its problem, why it is read-only). */
  describedBy: string | undefined;
  onDate(date: string): void;
  onTime(time: string): void;
  /** The problem to show under the field, if any. */
  error: ReactNode;
}

export function DateTimeField(props: DateTimeFieldProps) {
  const { id, label, timeLabel, date, time, allDay, invalid, error } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="inline-fields">
        <LocaleDateInput
          id={id}
          name={label}
          value={date}
          disabled={props.dateLocked}
          invalid={invalid}
          aria-describedby={props.describedBy}
          onChange={props.onDate}
        />
        {!allDay && (
          <LocaleTimeInput
            aria-label={timeLabel}
            value={time}
            disabled={props.timeLocked}
            invalid={invalid}
            onChange={props.onTime}
          />
        )}
      </div>
      {error}
    </div>
  );
}
