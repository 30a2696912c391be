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
import { CROSS } from '../glyphs';
import { useLocale } from '../i18n/LocaleProvider';
import { bridgeErrorText } from '../i18n/bridge-error-words';
import { ChoiceField } from '../calendar/ChoiceField';
import { useNotificationPermission } from '../reminders/useNotificationPermission';

export interface NotificationsPaneProps {
  settings: Settings;
  onSave(patch: Partial<Settings>): Promise<Result<Settings>>;
  db: AlmanacDatabase;
  reminders: ReminderEngine;
}

export function NotificationsPane({ settings, onSave, db, reminders }: NotificationsPaneProps) {
  const { t } = useLocale();
  const [error, setError] = useState<string | null>(null);
  const [testResult, setTestResult] = useState<string | null>(null);
  const permission = useNotificationPermission();
  const { info } = permission;
  const calendars = useLiveQuery(() => listCalendars(db), [db]) ?? [];

  const save = async (patch: Partial<Settings>) => {
    setError(null);
    const result = await onSave(patch);
    if (!result.ok)
      setError(t('notifications.notSaved', { reason: bridgeErrorText(result.error) }));
  };
  const test = async () => {
    setTestResult(null);
    const { shown } = await reminders.testNotification();
    setTestResult(shown ? t('notifications.test.shown') : t('notifications.test.notShown'));
  };
  const desktop = info?.shell === 'electron';

  return (
    <div role="tabpanel" aria-label={t('prefs.tab.notifications')} className="notifications-pane">
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
          {t('notifications.enabled')}
        </label>
        <ChoiceField
          label={t('notifications.snooze')}
          value={settings.defaultSnoozeMinutes}
          choices={([5, 10, 15] as const).map((value) => ({
            value,
            label: t('display.minutes', { count: value }),
          }))}
          onChange={(defaultSnoozeMinutes) => void save({ defaultSnoozeMinutes })}
        />
        <label className="checkbox-row">
          <input
            type="checkbox"
            checked={settings.reminderSound}
            onChange={(e) => void save({ reminderSound: e.target.checked })}
          />
          {t('notifications.sound')}
        </label>
        <div className="inline-fields">
          <button type="button" className="button" onClick={() => void test()}>
            {t('notifications.test')}
          </button>
          {testResult && (
            <span role="status" className="hint">
              {testResult}
            </span>
          )}
        </div>
        {permission.state === 'default' && (
          <p className="hint">
            {t('notifications.permission.ask')}
            <button
              type="button"
              className="link-button inline-after"
              onClick={() => void permission.request()}
            >
              {t('notifications.permission.allow')}
            </button>
          </p>
        )}
        {permission.state === 'denied' && (
          <p className="hint">{t('notifications.permission.denied')}</p>
        )}

        <h3>{t('reminderField.default')}</h3>
        <p className="hint">{t('notifications.defaults.hint')}</p>
        {calendars.map((calendar) =>
          calendar.account ? (
            <GoogleDefaults key={calendar.id} calendar={calendar} />
          ) : (
            <LocalDefaults key={calendar.id} calendar={calendar} db={db} />
          ),
        )}

        {desktop && (
          <>
            <h3>{t('notifications.closed')}</h3>
            <label className="checkbox-row">
              <input
                type="checkbox"
                checked={settings.keepRunningInTray}
                onChange={(e) => void save({ keepRunningInTray: e.target.checked })}
              />
              {t('notifications.keepRunning')}
            </label>
            <p className="hint">
              {info?.platform === 'darwin'
                ? t('notifications.keepRunning.mac')
                : t('notifications.keepRunning.tray')}
            </p>
            <label className="checkbox-row">
              <input
                type="checkbox"
                checked={settings.openAtLogin}
                onChange={(e) => void save({ openAtLogin: e.target.checked })}
              />
              {t('notifications.openAtLogin')}
            </label>
          </>
        )}
      </div>
    </div>
  );
}

function GoogleDefaults({ calendar }: { calendar: Calendar }) {
  const list = defaultRemindersOf(calendar).filter((r) => r.method === 'popup');
  const { t } = useLocale();
  return (
    <div className="field">
      <span className="label">{calendar.summary}</span>
      <p className="hint">
        {list.length
          ? list.map((r) => describeReminder(r.minutes, false)).join(', ')
          : t('reminderField.none')}
        {calendar.syncEnabled ? t('notifications.setInGoogle') : t('notifications.notSynced')}
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
  const { t } = useLocale();
  const store = async (next: string[]) => {
    setRows(next);
    const minutes = next.map(Number);
    if (minutes.some((m) => !Number.isInteger(m) || m < 0 || m > MAX_REMINDER_MINUTES)) {
      setProblem(t('notifications.defaults.range'));
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
              aria-label={t('notifications.defaults.name', {
                calendar: calendar.summary,
                index: index + 1,
              })}
              aria-invalid={problem !== null || undefined}
              value={value}
              onChange={(e) => void store(rows.map((r, i) => (i === index ? e.target.value : r)))}
            />
            <span>{t('notifications.defaults.minutesBefore')}</span>
            <button
              type="button"
              className="icon-button small"
              onClick={() => void store(rows.filter((_, i) => i !== index))}
            >
              <span aria-hidden="true">{CROSS}</span>
              <span className="visually-hidden">
                {t('notifications.defaults.remove', {
                  calendar: calendar.summary,
                  index: index + 1,
                })}
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
            {t('notifications.defaults.add', { calendar: calendar.summary })}
          </button>
        </li>
      </ul>
      {rows.length === 0 && <p className="hint">{t('notifications.defaults.none')}</p>}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
