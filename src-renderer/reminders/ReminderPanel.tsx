// The in-app reminder panel: every reminder shown and still waiting for the user, with the
// actions the system's notification cannot carry here (Join, Snooze for 5, 10 or 15
// minutes or until the event starts, Dismiss), and the event's title to open it. It sits
// over the bottom of the sidebar, out of the grid's way. In the browser shell it also asks,
// on a click, for permission to show reminders as desktop notifications.
import { useState, useSyncExternalStore } from 'react';
import type { SnoozeChoice } from '../../src-preload/reminder-messages';
import type { PanelItem, ReminderEngine } from './reminder-engine';
import { useNotificationPermission } from './useNotificationPermission';
import { useLocale } from '../i18n/LocaleProvider';
import { bridgeErrorText } from '../i18n/bridge-error-words';
import './reminders.css';

export interface ReminderPanelProps {
  engine: ReminderEngine;
  /** What the Snooze choice starts on (Preferences → Notifications). */
  defaultSnooze: 5 | 10 | 15;
}

export function ReminderPanel({ engine, defaultSnooze }: ReminderPanelProps) {
  const panel = useSyncExternalStore(engine.subscribe, engine.getPanel);
  const permission = useNotificationPermission();
  const { t } = useLocale();
  const problem = panel.linkProblem;
  // Where the system's notifications carry the actions, the panel shows only a reminder
  // whose Join could not open its link: the notification that was clicked is gone.
  const items = panel.systemActions
    ? panel.items.filter((item) => item.key === problem?.key)
    : panel.items;
  if (items.length === 0 && !problem) return null;
  const problemText = problem && bridgeErrorText(problem.error);
  const onCard = items.some((item) => item.key === problem?.key);
  const missed = items.filter((item) => item.missed).length;
  return (
    <section className="reminder-panel" aria-label={t('editor.reminders')}>
      <header className="reminder-panel-head">
        <h2>{missed > 1 ? t('reminder.missed', { count: missed }) : t('editor.reminders')}</h2>
        {items.length > 1 && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              for (const item of items) void engine.act(item.key, 'dismiss');
            }}
          >
            {t('panel.dismissAll')}
          </button>
        )}
      </header>
      {problemText && !onCard && (
        <p className="reminder-problem" role="alert">
          <span>{problemText}</span>
          <button type="button" className="link-button" onClick={() => engine.dismissLinkProblem()}>
            {t('common.dismiss')}
          </button>
        </p>
      )}
      {permission.state === 'default' && (
        <button type="button" className="link-button" onClick={() => void permission.request()}>
          {t('panel.alsoDesktop')}
        </button>
      )}
      <ul>
        {items.map((item) => (
          <ReminderCard
            key={item.key}
            item={item}
            engine={engine}
            defaultSnooze={defaultSnooze}
            problem={item.key === problem?.key ? problemText : null}
          />
        ))}
      </ul>
    </section>
  );
}

function ReminderCard({
  item,
  engine,
  defaultSnooze,
  problem,
}: {
  item: PanelItem;
  engine: ReminderEngine;
  defaultSnooze: 5 | 10 | 15;
  /** Why its Join did not open the link, worded. */
  problem: string | null;
}) {
  const [choice, setChoice] = useState<string>(String(defaultSnooze));
  const { t } = useLocale();
  const title = item.occurrence.title;
  const snooze: SnoozeChoice =
    choice === 'start' && item.canSnoozeUntilStart ? 'start' : (Number(choice) as 5 | 10 | 15);
  return (
    <li className="reminder-card" aria-label={title}>
      <button
        type="button"
        className="reminder-title"
        aria-label={t('panel.open', { title })}
        style={{ borderColor: item.occurrence.color }}
        onClick={() => void engine.act(item.key, 'open')}
      >
        {title}
      </button>
      <p className="reminder-line">{item.when}</p>
      {item.location && <p className="reminder-line">{item.location}</p>}
      <div className="reminder-actions">
        {item.joinUrl && (
          <button
            type="button"
            className="button primary"
            onClick={() => void engine.act(item.key, 'join')}
          >
            {t('panel.join')}
          </button>
        )}
        <select
          aria-label={t('panel.snoozeFor', { title })}
          value={snooze === 'start' ? 'start' : String(snooze)}
          onChange={(e) => setChoice(e.target.value)}
        >
          {[5, 10, 15].map((m) => (
            <option key={m} value={String(m)}>
              {t('display.minutes', { count: m })}
            </option>
          ))}
          {item.canSnoozeUntilStart && <option value="start">{t('panel.untilStart')}</option>}
        </select>
        <button
          type="button"
          className="button"
          onClick={() => void engine.act(item.key, { snooze })}
        >
          {t('panel.snooze')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void engine.act(item.key, 'dismiss')}
        >
          {t('common.dismiss')}
        </button>
      </div>
      {problem && (
        <p className="reminder-problem" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}
