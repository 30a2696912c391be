// Preferences, in tabs. General: language and region, time format, time zone, first day of
// the week, the view Almanac opens in, the theme, guest emails; Display: how the grids look (DisplayPane); saved in the main process through the bridge, and a
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
import { useLocale } from '../i18n/LocaleProvider';
import { languageChoices, languageName } from '../i18n/languages';
import { VIEW_LABELS } from '../calendar/Toolbar';
import { hourCycleFor, regionWeekStart, resolveLocale } from '../../src-preload/locale';
import { dateFormats } from '../../src-preload/date-formats';

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

const VIEWS: ViewName[] = ['day', 'week', 'month', 'agenda'];
// A select's value for "follow the operating system" (the setting's null).
const FOLLOW = '';

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
  const { t } = useLocale();
  const closeRow = (
    <div className="dialog-actions">
      <span className="spacer" />
      <button type="button" className="button" onClick={onClose}>
        {t('common.close')}
      </button>
    </div>
  );
  return (
    <Dialog label={t('prefs.title')} onClose={onClose} className="preferences-dialog">
      <h2 className="dialog-title">{t('prefs.title')}</h2>
      <div role="tablist" aria-label={t('prefs.sections')} className="tabs">
        {(
          [
            ['general', t('prefs.tab.general')],
            ['display', t('prefs.tab.display')],
            ['notifications', t('prefs.tab.notifications')],
            ['google', t('prefs.tab.google')],
            ['log', t('prefs.tab.log')],
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
        <div role="tabpanel" aria-label={t('prefs.tab.google')}>
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
            <p role="status" aria-label={t('prefs.resetResult')} className="notice pane-notice">
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
  const { t, formats, locale } = useLocale();
  const zones = useMemo(
    () => knownTimeZones(...(settings.timeZone ? [settings.timeZone] : [])),
    [settings.timeZone],
  );
  // What "follow" would give, named in each choice so the person sees what it means here.
  const system = useMemo(() => resolveLocale(null, navigator.languages), []);
  const chosenLocale = resolveLocale(form.language, navigator.languages);
  const languages = useMemo(() => languageChoices(form.language ?? undefined), [form.language]);
  const regionDay = formats.weekdayLong(regionWeekStart(chosenLocale));
  const example = (cycle: 'h12' | 'h23') =>
    dateFormats({ locale: chosenLocale, hourCycle: cycle }).wallTime('14:30');

  return (
    <SettingsPaneForm
      label={t('prefs.tab.general')}
      changes={() => ({
        language: form.language,
        timeFormat: form.timeFormat,
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
        <label htmlFor={`${id}-language`}>{t('prefs.language')}</label>
        <select
          id={`${id}-language`}
          data-autofocus=""
          value={form.language ?? FOLLOW}
          onChange={(e) =>
            setForm({ ...form, language: e.target.value === FOLLOW ? null : e.target.value })
          }
        >
          <option value={FOLLOW}>
            {t('prefs.language.system', { name: languageName(system, locale) })}
          </option>
          {languages.map((tag) => (
            <option key={tag} value={tag}>
              {languageName(tag, tag)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-time-format`}>{t('prefs.timeFormat')}</label>
        <select
          id={`${id}-time-format`}
          value={form.timeFormat}
          onChange={(e) =>
            setForm({ ...form, timeFormat: e.target.value as Settings['timeFormat'] })
          }
        >
          <option value="region">
            {t('prefs.timeFormat.region', {
              example: example(hourCycleFor(chosenLocale, 'region')),
            })}
          </option>
          <option value="12h">{t('prefs.timeFormat.12h', { example: example('h12') })}</option>
          <option value="24h">{t('prefs.timeFormat.24h', { example: example('h23') })}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-zone`}>{t('prefs.timeZone')}</label>
        <select
          id={`${id}-zone`}
          value={form.timeZone ?? FOLLOW}
          onChange={(e) =>
            setForm({
              ...form,
              timeZone: e.target.value === FOLLOW ? null : e.target.value,
            })
          }
        >
          <option value={FOLLOW}>
            {t('prefs.timeZone.system', { zone: osTimeZone().replaceAll('_', ' ') })}
          </option>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-week`}>{t('prefs.weekStartsOn')}</label>
        <select
          id={`${id}-week`}
          value={String(form.weekStartsOn)}
          onChange={(e) =>
            setForm({
              ...form,
              weekStartsOn: e.target.value === 'region' ? 'region' : Number(e.target.value),
            })
          }
        >
          <option value="region">{t('prefs.weekStartsOn.region', { day: regionDay })}</option>
          {[0, 1, 2, 3, 4, 5, 6].map((day) => (
            <option key={day} value={String(day)}>
              {formats.weekdayLong(day)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-view`}>{t('prefs.defaultView')}</label>
        <select
          id={`${id}-view`}
          value={form.defaultView}
          onChange={(e) => setForm({ ...form, defaultView: e.target.value as ViewName })}
        >
          {VIEWS.map((view) => (
            <option key={view} value={view}>
              {t(VIEW_LABELS[view].label)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-theme`}>{t('prefs.theme')}</label>
        <select
          id={`${id}-theme`}
          value={form.theme}
          onChange={(e) => setForm({ ...form, theme: e.target.value as Settings['theme'] })}
        >
          <option value="system">{t('prefs.theme.system')}</option>
          <option value="light">{t('prefs.theme.light')}</option>
          <option value="dark">{t('prefs.theme.dark')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-send`}>{t('prefs.sendUpdates')}</label>
        <select
          id={`${id}-send`}
          value={form.sendUpdates}
          onChange={(e) =>
            setForm({ ...form, sendUpdates: e.target.value as Settings['sendUpdates'] })
          }
        >
          <option value="ask">{t('prefs.sendUpdates.ask')}</option>
          <option value="always">{t('prefs.sendUpdates.always')}</option>
          <option value="never">{t('prefs.sendUpdates.never')}</option>
        </select>
      </div>
    </SettingsPaneForm>
  );
}
