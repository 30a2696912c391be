// The API object the renderer sees as `window.almanac`: named methods, nothing generic. Both
// shells (Electron's contextBridge and the browser shell's WebSocket) build it with
// `createApi` over their own `Transport`, on top of the channel map in ./contract.ts.

import type { z } from 'zod';
import {
  fail,
  failSaying,
  type AppInfo,
  type ChannelName,
  type ConnectionTest,
  type NotificationName,
  type NotificationOf,
  type OpenedFile,
  type RequestOf,
  type ResetChoices,
  type ResetReport,
  type ResponseOf,
  type Result,
} from './contract';
import type { GoogleCredentialsSchema, GoogleStatus, SyncStatus } from './google-status';
import type { LocalStore, StoreAnswer, StoreCall } from './local-store';
import { LOCAL_STORE_CALLS, isLocalStoreMethod } from './local-store';
import type { CalendarDetails } from './model/calendar-details';
import type { AgendaItem, ReminderAction, ReminderNotice } from './reminder-messages';
import type { Settings } from './settings';
import { said } from './log-words';

export interface AlmanacApi {
  getAppInfo(): Promise<Result<AppInfo>>;
  getSettings(): Promise<Result<Settings>>;
  updateSettings(patch: Partial<Settings>): Promise<Result<Settings>>;
  openExternal(url: string): Promise<Result<null>>;
  onSettingsChanged(listener: (settings: Settings) => void): () => void;
  getGoogleStatus(): Promise<Result<GoogleStatus>>;
  saveGoogleCredentials(
    credentials: z.input<typeof GoogleCredentialsSchema>,
  ): Promise<Result<GoogleStatus>>;
  testGoogleConnection(): Promise<Result<ConnectionTest>>;
  /**
   * Signs in through the system browser; resolves when sign-in finished or failed. With an
   * account, reconnects that one; without, adds whichever account the person consents with.
   */
  connectGoogle(account?: string): Promise<Result<GoogleStatus>>;
  cancelGoogleSignIn(): Promise<Result<GoogleStatus>>;
  /** Revokes and forgets one account (every account when none is named). */
  disconnectGoogle(account?: string): Promise<Result<GoogleStatus>>;
  resetGoogleAccount(choices: ResetChoices): Promise<Result<ResetReport>>;
  onGoogleStatus(listener: (status: GoogleStatus) => void): () => void;
  getSyncStatus(): Promise<Result<SyncStatus>>;
  syncNow(options?: { refreshCalendars?: boolean }): Promise<Result<SyncStatus>>;
  nudgeSync(reason: 'local-edit' | 'online'): Promise<Result<null>>;
  pauseSync(paused: boolean, account?: string): Promise<Result<SyncStatus>>;
  confirmRemoval(calendarIds: string[]): Promise<Result<SyncStatus>>;
  refusalsSeen(): Promise<Result<SyncStatus>>;
  onSyncStatus(listener: (status: SyncStatus) => void): () => void;
  /** The calendar arrives through the local store (sync's commit), like everything Google has. */
  createGoogleCalendar(details: CalendarDetails, account?: string): Promise<Result<null>>;
  updateGoogleCalendar(calendarId: string, details: CalendarDetails): Promise<Result<null>>;
  showReminder(notice: ReminderNotice): Promise<Result<{ shown: boolean; actions: boolean }>>;
  closeReminder(key: string): Promise<Result<null>>;
  onReminderAction(listener: (action: ReminderAction) => void): () => void;
  /** Asks main for a 'reminders:wake' in `ms` (the earliest request waiting wins). */
  wakeRemindersIn(ms: number): Promise<Result<null>>;
  onReminderWake(listener: () => void): () => void;
  setTrayAgenda(items: AgendaItem[]): Promise<Result<null>>;
  /** The application menu asked for Preferences. */
  onOpenPreferences(listener: () => void): () => void;
  /** The File menu's Import…, or an .ics file opened with Almanac (see takeOpenedFiles). */
  onImportFile(listener: (fromMenu: boolean) => void): () => void;
  /** Fetches a subscribed calendar's feed (https or webcal) in main. */
  fetchFeed(
    request: RequestOf<'subscriptions:fetch'>,
  ): Promise<Result<ResponseOf<'subscriptions:fetch'>>>;
  /** The .ics files opened with Almanac that no page has taken yet. */
  takeOpenedFiles(): Promise<Result<OpenedFile[]>>;
  /** The File menu's Export…. */
  onExportFile(listener: () => void): () => void;
  /** Lends the renderer's database to the sync engine in main. */
  serveLocalStore(store: LocalStore): () => void;
  /**
   * Whether main can be reached: false when the background process stopped (the browser
   * shell's `npm run web` ended), true again when it answers.
   */
  onConnection(listener: (connected: boolean) => void): () => void;
}

/** What a shell's transport must provide for `createApi` to build the API object. */
export interface Transport {
  invoke<C extends ChannelName>(channel: C, payload: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  subscribe<N extends NotificationName>(
    name: N,
    listener: (payload: NotificationOf<N>) => void,
  ): () => void;
  /** Answers main's calls to the LocalStore with `answer`. */
  serveStore(answer: (call: StoreCall) => Promise<StoreAnswer>): () => void;
  /** Tells `listener` each time main becomes unreachable (false) or reachable again (true). */
  onConnection(listener: (connected: boolean) => void): () => void;
}

export function createApi(transport: Transport): AlmanacApi {
  return {
    getAppInfo: () => transport.invoke('app:info', null),
    getSettings: () => transport.invoke('settings:get', null),
    updateSettings: (patch) => transport.invoke('settings:update', patch),
    openExternal: (url) => transport.invoke('shell:open-external', { url }),
    onSettingsChanged: (listener) => transport.subscribe('settings:changed', listener),
    getGoogleStatus: () => transport.invoke('google:status', null),
    saveGoogleCredentials: (credentials) => transport.invoke('google:save', credentials),
    testGoogleConnection: () => transport.invoke('google:test', null),
    connectGoogle: (account) => transport.invoke('google:connect', account ? { account } : null),
    cancelGoogleSignIn: () => transport.invoke('google:cancel', null),
    disconnectGoogle: (account) =>
      transport.invoke('google:disconnect', account ? { account } : null),
    resetGoogleAccount: (choices) => transport.invoke('google:reset', choices),
    onGoogleStatus: (listener) => transport.subscribe('google:status', listener),
    getSyncStatus: () => transport.invoke('sync:status', null),
    syncNow: (options = {}) => transport.invoke('sync:now', options),
    nudgeSync: (reason) => transport.invoke('sync:nudge', { reason }),
    pauseSync: (paused, account) =>
      transport.invoke('sync:pause', account ? { paused, account } : { paused }),
    confirmRemoval: (calendarIds) => transport.invoke('sync:confirm-removal', { calendarIds }),
    refusalsSeen: () => transport.invoke('sync:refusals-seen', null),
    onSyncStatus: (listener) => transport.subscribe('sync:status', listener),
    createGoogleCalendar: (details, account) =>
      transport.invoke('calendars:create-google', account ? { details, account } : { details }),
    updateGoogleCalendar: (calendarId, details) =>
      transport.invoke('calendars:update-google', { calendarId, details }),
    showReminder: (notice) => transport.invoke('reminders:show', notice),
    closeReminder: (key) => transport.invoke('reminders:close', { key }),
    onReminderAction: (listener) => transport.subscribe('reminders:action', listener),
    wakeRemindersIn: (ms) => transport.invoke('reminders:wake-in', { ms }),
    onReminderWake: (listener) => transport.subscribe('reminders:wake', () => listener()),
    setTrayAgenda: (items) => transport.invoke('tray:agenda', { items }),
    onOpenPreferences: (listener) => transport.subscribe('app:open-preferences', () => listener()),
    onImportFile: (listener) =>
      transport.subscribe('app:import-file', ({ fromMenu }) => listener(fromMenu)),
    takeOpenedFiles: () => transport.invoke('app:opened-files', null),
    fetchFeed: (request) => transport.invoke('subscriptions:fetch', request),
    onExportFile: (listener) => transport.subscribe('app:export-file', () => listener()),
    serveLocalStore: (store) => transport.serveStore((call) => answerStoreCall(store, call)),
    onConnection: (listener) => transport.onConnection(listener),
  };
}

async function answerStoreCall(store: LocalStore, call: StoreCall): Promise<StoreAnswer> {
  if (!isLocalStoreMethod(call.method) || !Array.isArray(call.args))
    return { id: call.id, ...failSaying('invalid-call', said('storeUnknownCall')) };
  if (!LOCAL_STORE_CALLS[call.method].safeParse(call.args).success)
    return {
      id: call.id,
      ...failSaying('invalid-call', said('storeMalformedCall', { method: call.method })),
    };
  try {
    const method = store[call.method] as (...args: unknown[]) => Promise<unknown>;
    return { id: call.id, ok: true, value: await method.apply(store, call.args) };
  } catch (error) {
    return {
      id: call.id,
      ...fail('store-failed', error instanceof Error ? error.message : String(error)),
    };
  }
}
