// Preferences, in tabs. General: time zone, first day of the week, the view Almanac
// opens in, the theme, guest emails; Display: how the grids look (DisplayPane); saved in the main process through the bridge, and a
// failed save keeps the dialog open with the reason, so nothing the user chose is thrown
// away. Google Calendar: the connection (GoogleCalendarPane), the calendars to sync, Pause,
// Reset Account and Stop synchronization. Sync log: what sync did and what went wrong.
// Notifications: reminders, their defaults, and the desktop app's life in the tray.
import { useId, useMemo, useState } from 'react';
import type { Result } from '../../src-preload/contract';
import type { Settings, ViewName } from '../../src-preload/settings';
import { Dialog } from '../calendar/Dialog';
import { SettingsPaneForm } from './SettingsPaneForm';
import { knownTimeZones, osTimeZone } from '../calendar/model/display-dates';
import type { GoogleState } from '../sync/useGoogleStatus';
import { GoogleCalendarPane } from './GoogleCalendarPane';
import { SyncedCalendars } from './SyncedCalendars';
import { AccountActions } from './AccountActions';
import { getApi } from '../bridge';
import { SyncLogPane } from './SyncLogPane';
import { NotificationsPane } from './NotificationsPane';
import { DisplayPane } from './DisplayPane';
import type { ReminderEngine } from '../reminders/reminder-engine';
import type { AlmanacDatabase } from '../db/database';
import type { SyncState } from '../sync/useSyncStatus';

export type PreferencesTab = 'general' | 'display' | 'notifications' | 'google' | 'log';

export interface PreferencesDialogProps {
  settings: Settings;
  onSave(patch: Partial<Settings>): Promise<Result<Settings>>;
  onClose(): void;
  google: GoogleState;
  initialTab?: PreferencesTab;
  db: AlmanacDatabase;
  sync: SyncState;
  /** "Open event" on a sync log line. */
  onOpenEvent(eventId: string): void;
  /** The reminder schedule, for "Test notification". */
  reminders: ReminderEngine;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const VIEWS: { value: ViewName; label: string }[] = [
  { value: 'day', label: 'Day' },
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
  { value: 'agenda', label: 'Agenda' },
];
// The select's value for "follow the operating system" (the setting's null).
const SYSTEM_ZONE = '';

export function PreferencesDialog({
  settings,
  onSave,
  onClose,
  google,
  initialTab = 'general',
  db,
  sync,
  onOpenEvent,
  reminders,
}: PreferencesDialogProps) {
  const [tab, setTab] = useState<PreferencesTab>(initialTab);
  const [resetNotice, setResetNotice] = useState<string | null>(null);
  const closeRow = (
    <div className="dialog-actions">
      <span className="spacer" />
      <button type="button" className="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
  return (
    <Dialog label="Preferences" onClose={onClose} className="preferences-dialog">
      <h2 className="dialog-title">Preferences</h2>
      <div role="tablist" aria-label="Preferences sections" className="tabs">
        {(
          [
            ['general', 'General'],
            ['display', 'Display'],
            ['notifications', 'Notifications'],
            ['google', 'Google Calendar'],
            ['log', 'Sync log'],
          ] as const
        ).map(([value, label]) => (
          <button
            key={value}
            type="button"
            role="tab"
            aria-selected={tab === value}
            className="tab"
            onClick={() => setTab(value)}
          >
            {label}
          </button>
        ))}
      </div>
      {tab === 'general' ? (
        <GeneralPane settings={settings} onSave={onSave} onClose={onClose} />
      ) : tab === 'display' ? (
        <DisplayPane settings={settings} onSave={onSave} onClose={onClose} />
      ) : tab === 'notifications' ? (
        <>
          <NotificationsPane settings={settings} onSave={onSave} db={db} reminders={reminders} />
          {closeRow}
        </>
      ) : tab === 'log' ? (
        <>
          <SyncLogPane db={db} onOpenEvent={onOpenEvent} />
          {closeRow}
        </>
      ) : (
        <div role="tabpanel" aria-label="Google Calendar">
          <GoogleCalendarPane db={db} google={google} />
          {google.status?.accounts.map((account, index) => (
            <section key={account.email} className="account-section" aria-label={account.email}>
              {google.status && google.status.accounts.length > 1 && <h3>{account.email}</h3>}
              <SyncedCalendars
                db={db}
                account={account.email}
                sync={sync}
                paused={settings.syncPaused || settings.pausedAccounts.includes(account.email)}
                onPause={(paused) => void getApi().pauseSync(paused, account.email)}
                intervalMinutes={index === 0 ? settings.syncIntervalMinutes : undefined}
                onSettings={(patch) => void onSave(patch)}
              />
              <AccountActions
                db={db}
                account={account.email}
                google={google}
                onNotice={setResetNotice}
              />
            </section>
          ))}
          {resetNotice && (
            <p role="status" aria-label="Reset result" className="notice pane-notice">
              {resetNotice}
            </p>
          )}
          {closeRow}
        </div>
      )}
    </Dialog>
  );
}

function GeneralPane({
  settings,
  onSave,
  onClose,
}: Pick<PreferencesDialogProps, 'settings' | 'onSave' | 'onClose'>) {
  const [form, setForm] = useState(settings);
  const id = useId();
  const zones = useMemo(
    () => knownTimeZones(...(settings.timeZone ? [settings.timeZone] : [])),
    [settings.timeZone],
  );

  return (
    <SettingsPaneForm
      label="General"
      changes={() => ({
        timeZone: form.timeZone,
        weekStartsOn: form.weekStartsOn,
        defaultView: form.defaultView,
        theme: form.theme,
        sendUpdates: form.sendUpdates,
      })}
      onSave={onSave}
      onClose={onClose}
    >
      <div className="field">
        <label htmlFor={`${id}-zone`}>Time zone</label>
        <select
          id={`${id}-zone`}
          data-autofocus=""
          value={form.timeZone ?? SYSTEM_ZONE}
          onChange={(e) =>
            setForm({
              ...form,
              timeZone: e.target.value === SYSTEM_ZONE ? null : e.target.value,
            })
          }
        >
          <option value={SYSTEM_ZONE}>
            Follow this computer ({osTimeZone().replaceAll('_', ' ')})
          </option>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-week`}>Week starts on</label>
        <select
          id={`${id}-week`}
          value={form.weekStartsOn}
          onChange={(e) => setForm({ ...form, weekStartsOn: Number(e.target.value) })}
        >
          {WEEKDAYS.map((day, index) => (
            <option key={day} value={index}>
              {day}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-view`}>Default view</label>
        <select
          id={`${id}-view`}
          value={form.defaultView}
          onChange={(e) => setForm({ ...form, defaultView: e.target.value as ViewName })}
        >
          {VIEWS.map((v) => (
            <option key={v.value} value={v.value}>
              {v.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-theme`}>Theme</label>
        <select
          id={`${id}-theme`}
          value={form.theme}
          onChange={(e) => setForm({ ...form, theme: e.target.value as Settings['theme'] })}
        >
          <option value="system">Same as the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-send`}>Email guests about changes</label>
        <select
          id={`${id}-send`}
          value={form.sendUpdates}
          onChange={(e) =>
            setForm({ ...form, sendUpdates: e.target.value as Settings['sendUpdates'] })
          }
        >
          <option value="ask">Ask each time</option>
          <option value="always">Always</option>
          <option value="never">Never</option>
        </select>
      </div>
    </SettingsPaneForm>
  );
}
