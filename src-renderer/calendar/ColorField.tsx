// The event's colour: the calendar's own, or one of Google's event colours, as a row of named
// swatches (radio buttons, so arrow keys move between them).
import { useId } from 'react';
import { useLocale } from '../i18n/LocaleProvider';
import type { EventColor } from './model/colors';

export interface ColorFieldProps {
  colorId: string | undefined;
  /** What "Default colour" (the calendar's) looks like for this event. */
  calendarColor: string;
  /** Google's event colours, in the order to offer them (see eventColors). */
  colors: EventColor[];
  onChange(colorId: string | undefined): void;
}

export function ColorField({ colorId, calendarColor, colors, onChange }: ColorFieldProps) {
  const { t } = useLocale();
  const name = useId();
  const choices = [
    { id: undefined as string | undefined, name: t('color.default'), background: calendarColor },
    ...colors,
  ];
  return (
    <div role="radiogroup" aria-label={t('editor.color')} className="color-field">
      {choices.map((choice) => (
        // Named by title, not a label: Google's "Lavender" contains "end", and a label would
        // make the editor's "End" field ambiguous to anyone finding fields by label text.
        <span
          key={choice.id ?? 'calendar'}
          className="swatch"
          style={{ background: choice.background }}
        >
          <input
            type="radio"
            name={name}
            title={choice.name}
            checked={colorId === choice.id}
            onChange={() => onChange(choice.id)}
          />
        </span>
      ))}
    </div>
  );
}
