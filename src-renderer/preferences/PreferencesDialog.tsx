// Preferences, in tabs. General: language and region, time format, time zone, first day of
// the week, the view Almanac opens in, the theme, guest emails; Display: how the grids look (DisplayPane); saved in the main process through the bridge, and a
// failed save keeps the dialog open with the reason, so nothing the user chose is thrown
// away. Google Calendar: the connection (GoogleCalendarPane), the calendars to sync, Pause,
// Reset Account and Stop synchronization. Sync log: what sync did and what went wrong.
// Notifications: reminders, their defaults, and the desktop app's life in the tray.
import { useMemo, useState } from 'react';
import type { Result } from '../../src-preload/contract';
import type { Settings, ViewName } from '../../src-preload/settings';
import { Dialog } from '../calendar/Dialog';
import { SettingsPaneForm } from './SettingsPaneForm';
import { ChoiceField } from '../calendar/ChoiceField';
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
      <ChoiceField
        label={t('prefs.language')}
        autoFocus
        value={form.language ?? FOLLOW}
        choices={[
          {
            value: FOLLOW,
            label: t('prefs.language.system', { name: languageName(system, locale) }),
          },
          ...languages.map((tag) => ({ value: tag, label: languageName(tag, tag) })),
        ]}
        onChange={(language) =>
          setForm({ ...form, language: language === FOLLOW ? null : language })
        }
      />
      <ChoiceField
        label={t('prefs.timeFormat')}
        value={form.timeFormat}
        choices={[
          {
            value: 'region',
            label: t('prefs.timeFormat.region', {
              example: example(hourCycleFor(chosenLocale, 'region')),
            }),
          },
          { value: '12h', label: t('prefs.timeFormat.12h', { example: example('h12') }) },
          { value: '24h', label: t('prefs.timeFormat.24h', { example: example('h23') }) },
        ]}
        onChange={(timeFormat) => setForm({ ...form, timeFormat })}
      />
      <ChoiceField
        label={t('prefs.timeZone')}
        value={form.timeZone ?? FOLLOW}
        choices={[
          {
            value: FOLLOW,
            label: t('prefs.timeZone.system', { zone: osTimeZone().replaceAll('_', ' ') }),
          },
          ...zones.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') })),
        ]}
        onChange={(zone) => setForm({ ...form, timeZone: zone === FOLLOW ? null : zone })}
      />
      <ChoiceField<Settings['weekStartsOn']>
        label={t('prefs.weekStartsOn')}
        value={form.weekStartsOn}
        choices={[
          { value: 'region', label: t('prefs.weekStartsOn.region', { day: regionDay }) },
          ...[0, 1, 2, 3, 4, 5, 6].map((day) => ({ value: day, label: formats.weekdayLong(day) })),
        ]}
        onChange={(weekStartsOn) => setForm({ ...form, weekStartsOn })}
      />
      <ChoiceField
        label={t('prefs.defaultView')}
        value={form.defaultView}
        choices={VIEWS.map((view) => ({ value: view, label: t(VIEW_LABELS[view].label) }))}
        onChange={(defaultView) => setForm({ ...form, defaultView })}
      />
      <ChoiceField
        label={t('prefs.theme')}
        value={form.theme}
        choices={(['system', 'light', 'dark'] as const).map((value) => ({
          value,
          label: t(`prefs.theme.${value}`),
        }))}
        onChange={(theme) => setForm({ ...form, theme })}
      />
      <ChoiceField
        label={t('prefs.sendUpdates')}
        value={form.sendUpdates}
        choices={(['ask', 'always', 'never'] as const).map((value) => ({
          value,
          label: t(`prefs.sendUpdates.${value}`),
        }))}
        onChange={(sendUpdates) => setForm({ ...form, sendUpdates })}
      />
    </SettingsPaneForm>
  );
}
