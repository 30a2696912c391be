// A date and a time typed the way the locale writes them ("11/06/2026", "6/11/2026",
// "14:00", "2:00 PM"), not in the browser's own format: <input type="date"> and "time" follow
// the browser's language, which may not be the one chosen in Preferences, and would mix
// 12- and 24-hour with the rest of the screen. Both also take YYYY-MM-DD and either clock.
// The date has a button that opens the browser's calendar picker; a value that cannot be
// read is marked invalid and says how to write it, and the event keeps its last good value.
import { useEffect, useRef, useState } from 'react';
import type { InputHTMLAttributes } from 'react';
import { useLocale } from '../i18n/LocaleProvider';

type Passed = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'disabled' | 'className' | 'aria-label' | 'aria-describedby'
> & { invalid?: boolean };

export interface LocaleDateInputProps extends Passed {
  /** YYYY-MM-DD, or '' for none. */
  value: string;
  /** What the field is called, for its calendar button ("Start", "Until"). */
  name: string;
  onChange(date: string): void;
}

export function LocaleDateInput(props: LocaleDateInputProps) {
  const { value, onChange, invalid, name, ...input } = props;
  const { formats, t } = useLocale();
  const picker = useRef<HTMLInputElement>(null);
  const pattern = formats
    .dateOrder()
    .map((part) => t(`date.pattern.${part}` as const))
    .join(formats.dateSeparator());
  const field = useTypedValue(
    value,
    (date) => (date ? formats.dateNumeric(date) : ''),
    (text) => formats.parseDate(text),
  );
  return (
    <span className="locale-input">
      <input
        {...input}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={pattern}
        value={field.text}
        aria-invalid={invalid || field.unreadable || undefined}
        title={field.unreadable ? t('date.unreadable', { pattern }) : undefined}
        onChange={(e) => field.type(e.target.value, onChange)}
        onBlur={field.settle}
      />
      <button
        type="button"
        className="icon-button small picker-button"
        title={t('date.pick', { field: name })}
        disabled={input.disabled}
        onClick={() => openPicker(picker.current)}
      >
        <CalendarIcon />
        {/* Named by content, not aria-label, so the field's own label names only the field. */}
        <span className="visually-hidden">{t('date.pick', { field: name })}</span>
      </button>
      <input
        ref={picker}
        type="date"
        className="picker-anchor"
        tabIndex={-1}
        aria-hidden="true"
        value={value}
        onChange={(e) => e.target.value && onChange(e.target.value)}
      />
      {field.unreadable && (
        <span className="input-problem" role="alert">
          {t('date.unreadable', { pattern })}
        </span>
      )}
    </span>
  );
}

export interface LocaleTimeInputProps extends Passed {
  /** HH:mm, or '' for none. */
  value: string;
  onChange(time: string): void;
}

export function LocaleTimeInput({ value, onChange, invalid, ...input }: LocaleTimeInputProps) {
  const { formats, t } = useLocale();
  const example = formats.wallTime('14:30');
  const field = useTypedValue(
    value,
    (time) => (time ? formats.wallTime(time) : ''),
    (text) => formats.parseTime(text),
  );
  return (
    <span className="locale-input">
      <input
        {...input}
        type="text"
        autoComplete="off"
        className={`time-text ${input.className ?? ''}`}
        value={field.text}
        aria-invalid={invalid || field.unreadable || undefined}
        title={field.unreadable ? t('time.unreadable', { example }) : undefined}
        onChange={(e) => field.type(e.target.value, onChange)}
        onBlur={field.settle}
      />
      {field.unreadable && (
        <span className="input-problem" role="alert">
          {t('time.unreadable', { example })}
        </span>
      )}
    </span>
  );
}

/**
 * What the field shows while typed, and the value it stands for: each readable keystroke
 * goes out at once (the editor's draft follows), an unreadable one only marks the field,
 * and leaving the field writes the value the locale's way. A value changed from outside (the
 * end following the start) or a new locale rewrites the text.
 */
function useTypedValue(
  value: string,
  write: (value: string) => string,
  read: (text: string) => string | null,
) {
  const [text, setText] = useState(() => write(value));
  const written = write(value);
  const latest = useRef({ read, value });
  latest.current = { read, value };
  useEffect(() => {
    const { read: readNow, value: now } = latest.current;
    setText((shown) => ((readNow(shown) ?? '') === now && shown !== '' ? shown : written));
  }, [written]);
  const unreadable = text.trim() !== '' && read(text) === null;
  return {
    text,
    unreadable,
    type(next: string, onChange: (value: string) => void) {
      setText(next);
      if (next.trim() === '') onChange('');
      else {
        const parsed = read(next);
        if (parsed !== null) onChange(parsed);
      }
    },
    settle() {
      if (!unreadable) setText(written);
    },
  };
}

/** The browser's calendar for the hidden date input; typing stays possible where it has none. */
function openPicker(input: HTMLInputElement | null) {
  try {
    input?.showPicker?.();
  } catch {
    // No picker here (an old engine, or no user gesture): the text field still takes the date.
  }
}

function CalendarIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect
        x="3"
        y="5"
        width="18"
        height="16"
        rx="2"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      />
      <path d="M3 10h18M8 3v4M16 3v4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
