// The editor's time-zone field: a searchable list (a combobox) of every zone in its current
// name, with its offset and name, the event's own zone and this computer's first, then the
// most used ones. Typing a city, a name, an offset ("+5:30") or an abbreviation ("IST")
// narrows it; arrows move, Enter picks, Esc puts back what was there.
import { useId, useMemo, useRef, useState } from 'react';
import { wordsLocale } from '../i18n/catalogues';
import { useLocale } from '../i18n/LocaleProvider';
import { currentZoneName, findZones, zoneChoices, type ZoneChoice } from './model/time-zones';

export interface TimeZoneFieldProps {
  /** The input's id, so the editor's visible "Time zone" label names it. */
  id: string;
  value: string;
  onChange(zone: string): void;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
}

export function TimeZoneField({
  id,
  value,
  onChange,
  disabled,
  invalid,
  describedBy,
}: TimeZoneFieldProps) {
  const { t, locale } = useLocale();
  const names = wordsLocale(locale);
  const listId = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const open = query !== null;
  // Formatting every zone's name and offset takes a moment: only once the list opens.
  const choices = useMemo(() => (open ? choicesFor(value, names) : []), [open, value, names]);
  const found = useMemo(() => (open ? findZones(choices, query) : []), [open, choices, query]);
  const current = useMemo(
    () => choicesFor(value, names).find((c) => c.id === value),
    [value, names],
  );

  const pick = (choice: ZoneChoice | undefined) => {
    if (choice) onChange(choice.id);
    setQuery(null);
  };
  const move = (by: number) => {
    const next = Math.max(0, Math.min(found.length - 1, active + by));
    setActive(next);
    listRef.current?.children[next]?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <div className="time-zone-field">
      <input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && found[active] ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        disabled={disabled}
        autoComplete="off"
        spellCheck={false}
        value={query ?? value}
        onFocus={(e) => e.target.select()}
        onClick={() => query === null && setQuery('')}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onBlur={() => setQuery(null)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            if (!open) setQuery('');
            else move(e.key === 'ArrowDown' ? 1 : -1);
          } else if (e.key === 'Enter' && open) {
            e.preventDefault();
            pick(found[active]);
          } else if (e.key === 'Escape' && open) {
            // Closes the list, not the editor (the dialog's cancel is the key's default).
            e.preventDefault();
            e.stopPropagation();
            setQuery(null);
          }
        }}
      />
      {current && !open && (
        <span className="hint">
          {t('zone.current', { offset: current.offset, name: current.name })}
        </span>
      )}
      {open && (
        <ul
          id={listId}
          role="listbox"
          ref={listRef}
          className="time-zone-list"
          aria-label={t('zone.list')}
        >
          {found.length === 0 && <li className="hint">{t('zone.none', { query })}</li>}
          {found.map((choice, i) => (
            <li
              key={choice.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(choice);
              }}
            >
              <span className="zone-offset">{t('zone.offset', { offset: choice.offset })}</span>
              {choice.id.replace(/_/g, ' ')}
              <span className="hint">{t('zone.name', { name: choice.name })}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

let cached: { hour: number; zone: string; locale: string; list: ZoneChoice[] } | null = null;

/** The choices for this hour (offsets change with daylight saving time, names with them). */
function choicesFor(zone: string, locale: string): ZoneChoice[] {
  const hour = Math.floor(Date.now() / 3_600_000);
  if (cached?.hour === hour && cached.zone === zone && cached.locale === locale) return cached.list;
  const here = currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const list = zoneChoices(hour * 3_600_000, [zone, here], locale);
  cached = { hour, zone, locale, list };
  return list;
}
