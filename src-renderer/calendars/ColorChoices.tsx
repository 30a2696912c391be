// A row of named calendar colours (radio buttons, so arrow keys move between them), used by
// the calendar settings dialog and the sidebar's "Change colour".
import { useId } from 'react';
import { CALENDAR_COLORS } from './calendar-colors';

export function ColorChoices({
  value,
  label,
  onChange,
}: {
  value: string;
  /** The group's accessible name. */
  label: string;
  onChange(color: string): void;
}) {
  const name = useId();
  const current = value.toLowerCase();
  return (
    <div role="radiogroup" aria-label={label} className="color-field">
      {CALENDAR_COLORS.map((color) => (
        <span key={color.value} className="swatch" style={{ background: color.value }}>
          <input
            type="radio"
            name={name}
            aria-label={color.name}
            title={color.name}
            checked={current === color.value}
            onChange={() => onChange(color.value)}
          />
        </span>
      ))}
    </div>
  );
}
