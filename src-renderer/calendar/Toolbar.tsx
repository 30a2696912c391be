// The bar above the grid: navigation, the range title, the view switch and the two actions.
// FullCalendar's own header is hidden so every control here has exactly the accessible name
// later tests and screen-reader users rely on ("Today", "Previous", "Week", "New event"...).
import { useRef } from 'react';
import type { ReactNode } from 'react';
import type { ViewName } from '../../src-preload/settings';
import type { TitleForm } from '../../src-preload/date-formats';
import { useLocale } from '../i18n/LocaleProvider';
import type { MessageId } from '../i18n/catalogues';
import { useFittingTitle } from './range-title';
import { shortMonths, useToolbarDensity } from './toolbar-density';

export interface ToolbarProps {
  /** The range's title, longest form first (the locale's date formats write them). */
  titles: readonly TitleForm[];
  view: ViewName;
  onToday(): void;
  onPrevious(): void;
  onNext(): void;
  onView(view: ViewName): void;
  onNewEvent(): void;
  onPreferences(): void;
  /** The Google sync control, drawn before "New event". */
  sync?: ReactNode;
  /** The search field, drawn before the view switch. */
  search?: ReactNode;
}

export const VIEW_LABELS: Record<ViewName, { label: MessageId; key: string }> = {
  day: { label: 'view.day', key: 'd' },
  week: { label: 'view.week', key: 'w' },
  month: { label: 'view.month', key: 'm' },
  agenda: { label: 'view.agenda', key: 'a' },
};

export function Toolbar({
  titles,
  view,
  onToday,
  onPrevious,
  onNext,
  onView,
  onNewEvent,
  onPreferences,
  sync,
  search,
}: ToolbarProps) {
  // A tight toolbar shortens the month names ("Dec 4, 2026"), and a title that still does not
  // fit its room gets shorter still; the full title is the tooltip.
  const header = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const density = useToolbarDensity(header, heading, titles);
  const fitted = useFittingTitle(titles, shortMonths(density), heading);
  const { t } = useLocale();
  const title = titles[0]?.text ?? '';
  return (
    <header className="toolbar" ref={header}>
      <div className="toolbar-group">
        <button
          type="button"
          className="button"
          onClick={onToday}
          title={t('toolbar.today.hint', { key: 't' })}
        >
          {t('toolbar.today')}
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={onPrevious}
          aria-label={t('toolbar.previous')}
          title={t('toolbar.previous.hint')}
        >
          <Chevron direction="left" />
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={onNext}
          aria-label={t('toolbar.next')}
          title={t('toolbar.next.hint')}
        >
          <Chevron direction="right" />
        </button>
        <h1 className="range-title" aria-live="polite" title={title} ref={heading}>
          {fitted.text}
        </h1>
      </div>
      <div className="toolbar-group">
        {search}
        <div className="segmented" role="group" aria-label={t('toolbar.view')}>
          {(Object.keys(VIEW_LABELS) as ViewName[]).map((name) => (
            <button
              key={name}
              type="button"
              className="segment"
              aria-pressed={view === name}
              onClick={() => onView(name)}
              title={t('shortcut.hint', {
                action: t(VIEW_LABELS[name].label),
                key: VIEW_LABELS[name].key,
              })}
            >
              {t(VIEW_LABELS[name].label)}
            </button>
          ))}
        </div>
        {sync}
        <button
          type="button"
          className="button primary"
          onClick={onNewEvent}
          title={t('shortcut.hint', { action: t('toolbar.newEvent'), key: 'c' })}
          aria-label={t('toolbar.newEvent')}
        >
          <span className="label-full">{t('toolbar.newEvent')}</span>
          <span className="label-short">{t('toolbar.new')}</span>
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={onPreferences}
          aria-label={t('toolbar.preferences')}
          title={t('toolbar.preferences')}
        >
          <GearIcon />
        </button>
      </div>
    </header>
  );
}

function Chevron({ direction }: { direction: 'left' | 'right' }) {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={direction === 'left' ? 'M15 5l-7 7 7 7' : 'M9 5l7 7-7 7'}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function GearIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="3" fill="none" stroke="currentColor" strokeWidth="2" />
      <path
        d="M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      />
    </svg>
  );
}
