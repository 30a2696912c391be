// A calendar row's menu: "Display this only", "Settings", "Change colour" (a row of colours
// in place) and, for a calendar kept here other than the main one, "Delete". It closes on
// Escape, on a click elsewhere and after a choice; arrow keys move between its items.
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Calendar } from '../../src-preload/model/event';
import { useLocale } from '../i18n/LocaleProvider';
import { ColorChoices } from './ColorChoices';

export type CalendarMenuChoice =
  { kind: 'only' } | { kind: 'settings' } | { kind: 'color'; color: string } | { kind: 'delete' };

export function CalendarMenu({
  calendar,
  canEdit,
  onChoose,
  onClose,
}: {
  calendar: Calendar;
  /** Whether its settings and colour can change from here (kept here, or of the connected account). */
  canEdit: boolean;
  onChoose(choice: CalendarMenuChoice): void;
  onClose(): void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [colors, setColors] = useState(false);
  const { t } = useLocale();
  // Deleting a Google calendar deletes it for everyone it is shared with: that stays Google's.
  const deletable = !calendar.account && !calendar.primary;

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const outside = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      return onClose();
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const step = event.key === 'ArrowDown' ? 1 : -1;
    items[(at + step + items.length) % items.length]?.focus();
  };

  const item = (label: string, choice: CalendarMenuChoice | (() => void), danger = false) => (
    <button
      type="button"
      role="menuitem"
      className={`menu-item${danger ? ' danger' : ''}`}
      onClick={() => (typeof choice === 'function' ? choice() : onChoose(choice))}
    >
      {label}
    </button>
  );

  return (
    <div
      ref={ref}
      role="menu"
      aria-label={t('calendarMenu.name', { calendar: calendar.summary })}
      className="calendar-menu"
      onKeyDown={onKeyDown}
    >
      {item(t('calendarMenu.only'), { kind: 'only' })}
      {canEdit && item(t('calendarMenu.settings'), { kind: 'settings' })}
      {canEdit && item(t('calendarMenu.colour'), () => setColors(!colors))}
      {colors && (
        <ColorChoices
          label={t('calendarMenu.colourOf', { calendar: calendar.summary })}
          value={calendar.color}
          onChange={(color) => onChoose({ kind: 'color', color })}
        />
      )}
      {deletable && item(t('common.delete'), { kind: 'delete' }, true)}
    </div>
  );
}
