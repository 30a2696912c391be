// The command palette (Ctrl+K / Cmd+K): every action by name, filtered as it is typed. A
// typed date ("next friday", "3 July", "2026-07-03") offers "Go to" that date; `g` opens the
// palette for just that. Arrows move, Enter runs, Esc closes.
import { useId, useMemo, useState } from 'react';
import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { useLocale } from '../i18n/LocaleProvider';
import { Dialog } from '../calendar/Dialog';

export interface Command {
  label: string;
  /** The key that does the same, shown beside it. */
  keys?: string;
  run(): void;
}

export interface CommandPaletteProps {
  commands: Command[];
  /** Goes to a date (YYYY-MM-DD). */
  onGoTo(date: string): void;
  /** Opened with `g`: the palette asks for a date. */
  dateOnly?: boolean;
  onClose(): void;
}

export function CommandPalette({ commands, onGoTo, dateOnly, onClose }: CommandPaletteProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { formats, locale, t } = useLocale();
  const shown = useMemo(() => {
    const date = dateOf(query, locale);
    const goTo: Command[] = date
      ? [
          {
            label: t('palette.goTo', { date: formats.dayLongWithYear(date) }),
            run: () => onGoTo(date),
          },
        ]
      : [];
    if (dateOnly) return goTo;
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const named = commands.filter((c) => words.every((w) => c.label.toLowerCase().includes(w)));
    return [...named, ...goTo];
  }, [query, commands, dateOnly, onGoTo, formats, locale, t]);

  const run = (command: Command | undefined) => {
    if (!command) return;
    onClose();
    // After the dialog has closed and given focus back, so a command can move focus itself
    // (Search focuses its field).
    setTimeout(() => command.run(), 0);
  };

  return (
    <Dialog label={t('palette.name')} onClose={onClose} className="palette-dialog">
      <input
        data-autofocus=""
        role="combobox"
        aria-label={dateOnly ? t('palette.goToDate') : t('palette.command')}
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={shown[active] ? `${id}-${active}` : undefined}
        autoComplete="off"
        placeholder={dateOnly ? t('palette.goToDate.placeholder') : t('palette.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const by = e.key === 'ArrowDown' ? 1 : -1;
            setActive((a) => Math.max(0, Math.min(shown.length - 1, a + by)));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            run(shown[active]);
          }
        }}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={t('palette.commands')}
        className="palette-list"
      >
        {shown.length === 0 && (
          <li className="hint">
            {dateOnly ? t('palette.typeDate') : t('palette.noMatch', { query })}
          </li>
        )}
        {shown.map((command, i) => (
          <li
            key={command.label}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              run(command);
            }}
          >
            <span>{command.label}</span>
            {command.keys && <kbd>{command.keys}</kbd>}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

/**
 * The date a typed text names, read by chrono in the interface's language when chrono knows
 * it ("vendredi prochain"), else in English; null when it names none.
 */
function dateOf(text: string, locale: string): string | null {
  if (!text.trim()) return null;
  const own = CHRONO_BY_LANGUAGE[locale.split('-')[0] ?? ''];
  const parsed =
    own?.parseDate(text, new Date(), { forwardDate: true }) ??
    chrono.parseDate(text, new Date(), { forwardDate: true });
  return parsed ? DateTime.fromJSDate(parsed).toISODate() : null;
}

const CHRONO_BY_LANGUAGE: Record<string, Pick<typeof chrono, 'parseDate'> | undefined> = {
  fr: chrono.fr,
  de: chrono.de,
};
