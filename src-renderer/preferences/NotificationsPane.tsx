// Preferences → Notifications: whether reminders show at all, what Snooze waits, the sound,
// a "Test notification" button, the default reminders of each calendar (set here for a
// calendar kept on this computer, shown for Google's, which are set in Google Calendar),
// and, in the desktop app, whether Almanac keeps running when its window is closed and
// starts at login. Every choice is saved as it is made, and a failed save says why.
import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { MAX_REMINDER_MINUTES } from '../../src-preload/model/event';
import type { Result } from '../../src-preload/contract';
import type { Settings } from '../../src-preload/settings';
import type { Calendar, ReminderOverride } from '../../src-preload/model/event';
import type { AlmanacDatabase } from '../db/database';
import { listCalendars } from '../db/queries';
import type { ReminderEngine } from '../reminders/reminder-engine';
import { defaultRemindersOf, describeReminder } from '../reminders/reminder-times';
import { useNotificationPermission } from '../reminders/useNotificationPermission';

export interface NotificationsPaneProps {
  settings: Settings;
  onSave(patch: Partial<Settings>): Promise<Result<Settings>>;
  db: AlmanacDatabase;
  reminders: ReminderEngine;
}

export function NotificationsPane({ settings, onSave, db, reminders }: NotificationsPaneProps) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [testResult, setTestResult] = useState<string | null>(null);
  const permission = useNotificationPermission();
  const { info } = permission;
  const calendars = useLiveQuery(() => listCalendars(db), [db]) ?? [];

  const save = async (patch: Partial<Settings>) => {
    setError(null);
    const result = await onSave(patch);
    if (!result.ok) setError(`That was not saved: ${result.error.message}`);
  };
  const test = async () => {
    setTestResult(null);
    const { shown } = await reminders.testNotification();
    setTestResult(
      shown
        ? 'Sent. It should be on your screen now.'
        : 'This computer did not show it: reminders appear in Almanac’s reminder panel instead.',
    );
  };
  const desktop = info?.shell === 'electron';

  return (
    <div role="tabpanel" aria-label="Notifications" className="notifications-pane">
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="editor-body">
        <label className="checkbox-row">
          <input
            type="checkbox"
            checked={settings.remindersEnabled}
            onChange={(e) => void save({ remindersEnabled: e.target.checked })}
          />
          Remind me of events
        </label>
        <div className="field">
          <label htmlFor={`${id}-snooze`}>Snooze for</label>
          <select
            id={`${id}-snooze`}
            value={settings.defaultSnoozeMinutes}
            onChange={(e) =>
              void save({ defaultSnoozeMinutes: Number(e.target.value) as 5 | 10 | 15 })
            }
          >
            {[5, 10, 15].map((m) => (
              <option key={m} value={m}>
                {m} minutes
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox-row">
          <input
            type="checkbox"
            checked={settings.reminderSound}
            onChange={(e) => void save({ reminderSound: e.target.checked })}
          />
          Play a sound
        </label>
        <div className="inline-fields">
          <button type="button" className="button" onClick={() => void test()}>
            Test notification
          </button>
          {testResult && (
            <span role="status" className="hint">
              {testResult}
            </span>
          )}
        </div>
        {permission.state === 'default' && (
          <p className="hint">
            Your browser shows Almanac’s reminders as desktop notifications once you allow it.{' '}
            <button type="button" className="link-button" onClick={() => void permission.request()}>
              Allow desktop notifications
            </button>
          </p>
        )}
        {permission.state === 'denied' && (
          <p className="hint">
            Your browser blocks Almanac’s notifications, so reminders appear in Almanac’s own
            reminder panel. Allow notifications for this page in the browser’s site settings to get
            them on your desktop.
          </p>
        )}

        <h3>Default reminders</h3>
        <p className="hint">What “Default reminders” means for the events of each calendar.</p>
        {calendars.map((calendar) =>
          calendar.account ? (
            <GoogleDefaults key={calendar.id} calendar={calendar} />
          ) : (
            <LocalDefaults key={calendar.id} calendar={calendar} db={db} />
          ),
        )}

        {desktop && (
          <>
            <h3>When the window is closed</h3>
            <label className="checkbox-row">
              <input
                type="checkbox"
                checked={settings.keepRunningInTray}
                onChange={(e) => void save({ keepRunningInTray: e.target.checked })}
              />
              Keep running when the window is closed
            </label>
            <p className="hint">
              {info?.platform === 'darwin'
                ? 'Almanac stays in the Dock when its window is closed, as Mac apps do; this also puts it in the menu bar.'
                : 'Almanac stays in the tray, and sync and reminders go on. Quit it from the tray.'}
            </p>
            <label className="checkbox-row">
              <input
                type="checkbox"
                checked={settings.openAtLogin}
                onChange={(e) => void save({ openAtLogin: e.target.checked })}
              />
              Open at login
            </label>
          </>
        )}
      </div>
    </div>
  );
}

function GoogleDefaults({ calendar }: { calendar: Calendar }) {
  const list = defaultRemindersOf(calendar).filter((r) => r.method === 'popup');
  return (
    <div className="field">
      <span className="label">{calendar.summary}</span>
      <p className="hint">
        {list.length ? list.map((r) => describeReminder(r.minutes, false)).join(', ') : 'None'}
        {calendar.syncEnabled ? ' (set in Google Calendar)' : ' (not synced: no reminders)'}
      </p>
    </div>
  );
}

/** A calendar kept here: its default notifications, up to five, each some minutes before. */
function LocalDefaults({ calendar, db }: { calendar: Calendar; db: AlmanacDatabase }) {
  const stored = defaultRemindersOf(calendar).filter((r) => r.method === 'popup');
  const [rows, setRows] = useState(() => stored.map((r) => String(r.minutes)));
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const store = async (next: string[]) => {
    setRows(next);
    const minutes = next.map(Number);
    if (minutes.some((m) => !Number.isInteger(m) || m < 0 || m > MAX_REMINDER_MINUTES)) {
      setProblem('Reminders can be from 0 minutes to 4 weeks (40320 minutes) before the start.');
      return;
    }
    setProblem(null);
    const defaultReminders: ReminderOverride[] = minutes.map((m) => ({
      method: 'popup',
      minutes: m,
    }));
    await db.calendars.update(calendar.id, { defaultReminders });
  };
  return (
    <div className="field" role="group" aria-labelledby={`${id}-name`}>
      <span className="label" id={`${id}-name`}>
        {calendar.summary}
      </span>
      <ul className="reminder-defaults">
        {rows.map((value, index) => (
          <li key={index} className="inline-fields">
            <input
              type="number"
              min={0}
              max={MAX_REMINDER_MINUTES}
              className="narrow"
              aria-label={`${calendar.summary}: default reminder ${index + 1}, minutes before`}
              aria-invalid={problem !== null || undefined}
              value={value}
              onChange={(e) => void store(rows.map((r, i) => (i === index ? e.target.value : r)))}
            />
            <span>minutes before</span>
            <button
              type="button"
              className="icon-button small"
              onClick={() => void store(rows.filter((_, i) => i !== index))}
            >
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">
                Remove {calendar.summary} default reminder {index + 1}
              </span>
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="link-button"
            disabled={rows.length >= 5}
            onClick={() => void store([...rows, '10'])}
          >
            Add a default reminder to {calendar.summary}
          </button>
        </li>
      </ul>
      {rows.length === 0 && <p className="hint">No reminders unless an event sets its own.</p>}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
