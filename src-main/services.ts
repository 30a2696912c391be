// The main process's services, assembled once per shell. Everything Electron-specific
// arrives through `ShellCapabilities`, so the same handlers run in Electron, in the
// browser shell and in tests.
import type { AgendaItem, ReminderNotice } from '../src-preload/reminder-messages';
import type {
  AppInfo,
  NotificationName,
  NotificationOf,
  OpenedFile,
} from '../src-preload/contract';
import type { LocalStore } from '../src-preload/local-store';
import { GoogleAccount } from './auth/google-account';
import type { GoogleConfig } from './auth/account-registry';
import type { TokenVault } from './auth/token-vault';
import type { GoogleEndpoints } from './google/endpoints';
import type { StoredValue } from './settings/stored-value';
import { refusalSentence } from '../src-preload/bridge-words';
import { UserFacingError } from './ipc/dispatch';
import type { Handlers } from './ipc/dispatch';
import { SettingsService } from './settings/settings-service';
import { SyncService } from './sync/sync-service';
import { ResetRefused, ResetService } from './sync/reset';
import type { SavedReset } from './sync/reset';
import type { AppLog } from './logging/app-log';
import { logSyncReport } from './logging/app-log';
import type { SettingsBackend } from './settings/settings-service';
import { AuthFailure, CallFailed, GoogleGateway } from './google/gateway';
import {
  CalendarChangeRefused,
  createGoogleCalendar,
  updateGoogleCalendar,
} from './sync/google-calendar-writes';
import { fetchFeed, type FeedLimits } from './subscriptions/feed-fetch';
import { ReminderWakeTimer, type WakeClock } from './reminders/wake-timer';
import { signInPageWords } from '../src-preload/sign-in-page-words';

export interface ShellCapabilities {
  appInfo: AppInfo;
  settingsBackend: SettingsBackend;
  /** Opens an https URL in the user's browser; false when it could not. */
  openExternal(url: string): Promise<boolean>;
  google: {
    endpoints: GoogleEndpoints;
    config: StoredValue<GoogleConfig>;
    vault: TokenVault;
    /** Where an unfinished Reset Account and its "only new events" marker are kept. */
    reset: StoredValue<SavedReset>;
    /** Opens Google's consent page (the emulator's is http on 127.0.0.1) in the user's browser. */
    openSignInPage(url: string): Promise<boolean>;
  };
  /** The renderer's database, as the sync engine reaches it. */
  localStore: LocalStore;
  /** Main's log (file or electron-log); redacted by the implementation. */
  log?: AppLog;
  /** Tells every window about a change main made on its own. */
  notify<N extends NotificationName>(name: N, payload: NotificationOf<N>): void;
  /** The desktop's notification centre and tray (Electron); the browser shell has neither. */
  desktop?: DesktopIntegration;
  /** Limits on subscribed feeds' fetches (tests allow http to 127.0.0.1). */
  feedLimits?: FeedLimits;
  /** .ics files opened with Almanac (Electron), handed to the page once each. */
  takeOpenedFiles?(): OpenedFile[];
  /** The clock of the reminders' wake-up timer (tests move a fake one). */
  wakeClock?: WakeClock;
}

/** What a desktop shell does for reminders: the page plans them, the shell shows them. */
export interface DesktopIntegration {
  /** `actions`: whether the notification carries Snooze and Dismiss itself. */
  showReminder(notice: ReminderNotice): { shown: boolean; actions: boolean };
  closeReminder(key: string): void;
  setAgenda(items: AgendaItem[]): void;
}

export interface Services {
  settings: SettingsService;
  google: GoogleAccount;
  sync: SyncService;
  reset: ResetService;
  handlers: Handlers;
  /** The app is quitting: no sync starts, and a reset under way stops where it is (it resumes at the next start). */
  shutdown(): void;
}

export function createServices(shell: ShellCapabilities): Services {
  const settings = new SettingsService(
    shell.settingsBackend,
    shell.log ? (note) => shell.log?.warn(note) : undefined,
  );
  const google = new GoogleAccount({
    ...shell.google,
    openBrowser: shell.google.openSignInPage,
    pageWords: (browserLanguages) =>
      signInPageWords(settings.get(), shell.appInfo.locales ?? [], browserLanguages),
  });
  google.onStatus((status) => shell.notify('google:status', status));
  const reset = new ResetService({
    store: shell.localStore,
    account: google,
    endpoints: shell.google.endpoints,
    saved: shell.google.reset,
  });
  const sync = new SyncService({
    account: google,
    store: shell.localStore,
    endpoints: shell.google.endpoints,
    settings,
    notify: (status) => shell.notify('sync:status', status),
    reset,
    onReport: (report) => shell.log && logSyncReport(shell.log, report),
  });
  const reminderWake = new ReminderWakeTimer(
    () => shell.notify('reminders:wake', null),
    shell.wakeClock,
  );
  const handlers: Handlers = {
    'app:info': () => shell.appInfo,
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
    'shell:open-external': async ({ url }) => {
      if (!(await shell.openExternal(url)))
        throw new UserFacingError('open-failed', refusalSentence('openFailed', { url }));
      return null;
    },
    'google:status': () => google.status(),
    'google:save': (credentials) => google.saveCredentials(credentials),
    'google:test': () => google.testConnection(),
    'google:connect': (choice) => google.connect(choice?.account),
    'google:cancel': () => google.cancelSignIn(),
    // After the cycles under way: none of them may store anything of the account once the
    // window has removed its calendars.
    'google:disconnect': (choice) => sync.exclusive(() => google.disconnect(choice?.account)),
    'google:reset': async (choices) => {
      try {
        // Only the account reset waits; the others sync on meanwhile.
        const account = (await reset.accountFor(choices)) ?? undefined;
        const report = await sync.exclusive(() => reset.reset(choices), account);
        shell.log?.info(`[reset] ${report.message}`);
        return report;
      } catch (error) {
        if (error instanceof ResetRefused)
          throw new UserFacingError('reset-refused', error.message);
        throw error;
      }
    },
    'sync:status': () => sync.status(),
    'sync:now': (options) => sync.syncNow(options),
    'sync:nudge': ({ reason }) => {
      sync.trigger(reason);
      return null;
    },
    'sync:pause': ({ paused, account }) => sync.setPaused(paused, account),
    'sync:refusals-seen': () => sync.refusalsSeen(),
    'sync:confirm-removal': ({ calendarIds }) => sync.confirmRemoval(calendarIds),
    'calendars:create-google': ({ details, account }) =>
      changeGoogleCalendars(google, shell, sync, account, (gateway, email) =>
        createGoogleCalendar(gateway, shell.localStore, email, details),
      ),
    'calendars:update-google': async ({ calendarId, details }) => {
      const owner = (await shell.localStore.calendars()).find((c) => c.id === calendarId)?.account;
      return changeGoogleCalendars(google, shell, sync, owner, (gateway, email) =>
        updateGoogleCalendar(gateway, shell.localStore, email, calendarId, details),
      );
    },
    'reminders:show': (notice) =>
      shell.desktop?.showReminder(notice) ?? { shown: false, actions: false },
    'reminders:close': ({ key }) => {
      shell.desktop?.closeReminder(key);
      return null;
    },
    'reminders:wake-in': ({ ms }) => {
      reminderWake.request(ms);
      return null;
    },
    'tray:agenda': ({ items }) => {
      shell.desktop?.setAgenda(items);
      return null;
    },
    'app:opened-files': () => shell.takeOpenedFiles?.() ?? [],
    'subscriptions:fetch': (request) => fetchFeed(request, shell.feedLimits),
  };
  const shutdown = () => {
    reminderWake.stop();
    sync.shutdown();
    reset.stop();
  };
  return { settings, google, sync, reset, handlers, shutdown };
}

/**
 * Runs a change to one account's calendars on Google (the first account's when none is
 * named) between sync cycles (so a calendar list read before it cannot overwrite what it
 * stored), with only that account's sign-in, and words what stops it for the person.
 */
async function changeGoogleCalendars(
  google: GoogleAccount,
  shell: ShellCapabilities,
  sync: SyncService,
  asked: string | undefined,
  work: (gateway: GoogleGateway, account: string) => Promise<unknown>,
): Promise<null> {
  const status = await google.status();
  const wanted = asked?.toLowerCase() ?? status.account?.toLowerCase();
  const entry = status.accounts.find((a) => a.email.toLowerCase() === wanted);
  if (!entry || entry.state !== 'connected')
    throw new UserFacingError(
      'not-connected',
      entry
        ? refusalSentence('signInAgainTo', { account: entry.email })
        : 'Connect Google Calendar first (Preferences).',
    );
  const client = await google.authorizedClient(entry.email);
  if (!client)
    throw new UserFacingError('not-connected', 'Connect Google Calendar first (Preferences).');
  const gateway = new GoogleGateway({ client, apiRoot: shell.google.endpoints.apiRoot });
  const account = entry.email;
  try {
    await sync.exclusive(() => work(gateway, account));
    return null;
  } catch (error) {
    if (error instanceof CalendarChangeRefused)
      throw new UserFacingError('calendar-refused', error.why);
    if (error instanceof AuthFailure) {
      await google.reportAuthFailure(error.failure, account);
      throw new UserFacingError('signed-out', 'Google asks you to sign in again (Preferences).');
    }
    if (error instanceof CallFailed)
      throw new UserFacingError(
        'google-refused',
        // Google's reason stays as Google wrote it, inside the sentence.
        refusalSentence('googleRefused', { reason: error.failure.message }),
      );
    throw error;
  }
}
