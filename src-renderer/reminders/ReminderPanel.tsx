// The in-app reminder panel: every reminder shown and still waiting for the user, with the
// actions the system's notification cannot carry here (Join, Snooze for 5, 10 or 15
// minutes or until the event starts, Dismiss), and the event's title to open it. It sits
// over the bottom of the sidebar, out of the grid's way. In the browser shell it also asks,
// on a click, for permission to show reminders as desktop notifications.
import { useState, useSyncExternalStore } from 'react';
import type { SnoozeChoice } from '../../src-preload/reminder-messages';
import type { PanelItem, ReminderEngine } from './reminder-engine';
import { useNotificationPermission } from './useNotificationPermission';
import './reminders.css';

export interface ReminderPanelProps {
  engine: ReminderEngine;
  /** What the Snooze choice starts on (Preferences → Notifications). */
  defaultSnooze: 5 | 10 | 15;
}

export function ReminderPanel({ engine, defaultSnooze }: ReminderPanelProps) {
  const panel = useSyncExternalStore(engine.subscribe, engine.getPanel);
  const permission = useNotificationPermission();
  if (panel.systemActions || panel.items.length === 0) return null;
  const missed = panel.items.filter((item) => item.missed).length;
  return (
    <section className="reminder-panel" aria-label="Reminders">
      <header className="reminder-panel-head">
        <h2>{missed > 1 ? `${missed} reminders while you were away` : 'Reminders'}</h2>
        {panel.items.length > 1 && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              for (const item of panel.items) void engine.act(item.key, 'dismiss');
            }}
          >
            Dismiss all
          </button>
        )}
      </header>
      {permission.state === 'default' && (
        <button type="button" className="link-button" onClick={() => void permission.request()}>
          Also show reminders as desktop notifications
        </button>
      )}
      <ul>
        {panel.items.map((item) => (
          <ReminderCard key={item.key} item={item} engine={engine} defaultSnooze={defaultSnooze} />
        ))}
      </ul>
    </section>
  );
}

function ReminderCard({
  item,
  engine,
  defaultSnooze,
}: {
  item: PanelItem;
  engine: ReminderEngine;
  defaultSnooze: 5 | 10 | 15;
}) {
  const [choice, setChoice] = useState<string>(String(defaultSnooze));
  const title = item.occurrence.title;
  const snooze: SnoozeChoice =
    choice === 'start' && item.canSnoozeUntilStart ? 'start' : (Number(choice) as 5 | 10 | 15);
  return (
    <li className="reminder-card" aria-label={title}>
      <button
        type="button"
        className="reminder-title"
        aria-label={`Open ${title}`}
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
            Join
          </button>
        )}
        <select
          aria-label={`Snooze ${title} for`}
          value={snooze === 'start' ? 'start' : String(snooze)}
          onChange={(e) => setChoice(e.target.value)}
        >
          <option value="5">5 minutes</option>
          <option value="10">10 minutes</option>
          <option value="15">15 minutes</option>
          {item.canSnoozeUntilStart && <option value="start">Until it starts</option>}
        </select>
        <button
          type="button"
          className="button"
          onClick={() => void engine.act(item.key, { snooze })}
        >
          Snooze
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void engine.act(item.key, 'dismiss')}
        >
          Dismiss
        </button>
      </div>
    </li>
  );
}
