// A labelled drop-down of named choices, the shape of most preferences and of the editor's
// "Show as" and "Visibility". The values keep their type (a number stays a number), so a
// caller never parses what the select hands back.
import { useId } from 'react';

export interface Choice<V extends string | number> {
  value: V;
  label: string;
}

export interface ChoiceFieldProps<V extends string | number> {
  label: string;
  value: V;
  choices: readonly Choice<V>[];
  onChange(value: V): void;
  disabled?: boolean;
  /** aria-describedby: why the field is read-only, say. */
  describedBy?: string;
  /** The field a dialog focuses first. */
  autoFocus?: boolean;
}

export function ChoiceField<V extends string | number>({
  label,
  value,
  choices,
  onChange,
  disabled,
  describedBy,
  autoFocus,
}: ChoiceFieldProps<V>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={String(value)}
        disabled={disabled}
        aria-describedby={describedBy}
        data-autofocus={autoFocus ? '' : undefined}
        onChange={(e) => {
          const chosen = choices.find((choice) => String(choice.value) === e.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={String(choice.value)}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
