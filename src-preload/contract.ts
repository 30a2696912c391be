// The IPC contract between the renderer and the main process: the channel map with a zod
// schema for every payload and the notifications main sends on its own. Both shells
// (Electron's contextBridge and the browser shell's WebSocket) build the narrow API object
// the preload exposes (./almanac-api.ts) on top of the same `channels` map, so nothing here
// knows about transport. The event model both sides share is in ./model/, the sync
// engine's view of the local calendar in ./local-store.ts, the Google connection's and sync's
// status in ./google-status.ts, the preferences in ./settings.ts
// and the reminder and tray messages in ./reminder-messages.ts.
import { z } from 'zod';
import {
  GoogleCredentialsSchema,
  GoogleStatusSchema,
  SyncStatusSchema,
  AccountChoiceSchema,
} from './google-status';
import { LogWordsSchema, type LogSentence, type LogWords } from './log-words';
import type { BridgeWords } from './bridge-words';
import { CalendarDetailsSchema } from './model/calendar-details';
import {
  AgendaItemSchema,
  ReminderActionSchema,
  ReminderNoticeSchema,
  httpsUrl,
} from './reminder-messages';
import { SettingsSchema } from './settings';

// The status shapes are part of the contract; importers may keep reading them from here.
export * from './google-status';

// ---------------------------------------------------------------------------------------
// Results cross the bridge as data, never as thrown strings.

/**
 * A refusal: its code, its English, and (for what main refuses in sentences the person
 * reads, src-preload/bridge-words.ts) the sentence the window words in the reader's language.
 * A failed call to the window's database says why in a sentence of the sync log (`said`,
 * src-preload/log-words.ts) instead, since the sync log is where main reports it.
 */
export type BridgeError = { code: string; message: string; words?: BridgeWords; said?: LogWords };
export type Result<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: string, message: string, words?: BridgeWords): Result<never> => ({
  ok: false,
  error: words ? { code, message, words } : { code, message },
});

/** A store call's failure said by one of the sync log's sentences: its English, id and values. */
export const failSaying = (code: string, sentence: LogSentence): Result<never> => ({
  ok: false,
  error: { code, message: sentence.text, said: { id: sentence.id, values: sentence.values } },
});

/** A failure said by one of bridge-words' sentences: its English, its id and values. */
export const refuse = (code: string, sentence: BridgeWords & { text: string }): Result<never> =>
  fail(code, sentence.text, { id: sentence.id, values: sentence.values });

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  shell: z.enum(['electron', 'web']),
  /**
   * The system's preferred languages, most wanted first (Electron reads them from the OS);
   * absent in the browser shell, where the page's own `navigator.languages` is the system's.
   */
  locales: z.array(z.string().max(35)).max(20).optional(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

// ---------------------------------------------------------------------------------------
// Reset Account (Preferences → Google Calendar), with the labels the dialog shows.

export const ResetChoicesSchema = z
  .object({
    /** "User's Existing Events": what happens to the synced calendars' events linked to Google. */
    existing: z.enum(['keep', 'delete-google', 'delete-local', 'delete-both']),
    /** "Next Synchronization": only events created after the reset, or everything. */
    next: z.enum(['new', 'all']),
    /** "Notify guests about deleted events": sendUpdates 'all' for the Google deletions. */
    notifyGuests: z.boolean(),
    /** The account the reset is for; absent: the first connected account. */
    account: z.string().min(1).max(320).optional(),
  })
  .strict();
export type ResetChoices = z.infer<typeof ResetChoicesSchema>;

export const ResetReportSchema = z.object({
  ok: z.boolean(),
  deletedOnGoogle: z.number(),
  removedHere: z.number(),
  unlinked: z.number(),
  /** Google deletions that failed for good (with their reason in the sync log). */
  failed: z.number(),
  /** What it did, in English (the log's line). */
  message: z.string(),
  /** The same as a sentence of the log (log-words.ts), for the window to word in its language. */
  words: LogWordsSchema.optional(),
});
export type ResetReport = z.infer<typeof ResetReportSchema>;

/**
 * Test connection's answer: `code` says what Google made of the client ("accepted",
 * "accepted-sign-in", else a problem's code) for the window to word; `message` is English.
 */
export const ConnectionTestSchema = z.object({
  ok: z.boolean(),
  code: z.string(),
  message: z.string(),
});
export type ConnectionTest = z.infer<typeof ConnectionTestSchema>;

// ---------------------------------------------------------------------------------------
// The channel map: every request the renderer may make, with its payload and answer schema.

/**
 * A file opened with Almanac: its name and bytes (the .ics reader finds the charset), or why
 * it could not be read.
 */
export const OpenedFileSchema = z.object({
  name: z.string(),
  bytes: z.instanceof(Uint8Array),
  /** Why it could not be read, in English. */
  problem: z.string().optional(),
  /**
   * The same for the window to word: too large (`mb` of at most `max`), gone, or unreadable
   * (`detail` is the system's own words).
   */
  why: z
    .object({
      code: z.enum(['too-large', 'gone', 'unreadable']),
      mb: z.number().optional(),
      max: z.number().optional(),
      detail: z.string().optional(),
    })
    .optional(),
});
export type OpenedFile = z.infer<typeof OpenedFileSchema>;

export const channels = {
  'app:info': { request: z.null(), response: AppInfoSchema },
  'settings:get': { request: z.null(), response: SettingsSchema },
  'settings:update': { request: SettingsSchema.partial().strict(), response: SettingsSchema },
  'shell:open-external': {
    request: z.object({ url: httpsUrl }).strict(),
    response: z.null(),
  },
  'google:status': { request: z.null(), response: GoogleStatusSchema },
  'google:save': { request: GoogleCredentialsSchema, response: GoogleStatusSchema },
  'google:test': { request: z.null(), response: ConnectionTestSchema },
  /** With an account: reconnect that one; without: add an account (or connect the first). */
  'google:connect': { request: AccountChoiceSchema.nullable(), response: GoogleStatusSchema },
  'google:cancel': { request: z.null(), response: GoogleStatusSchema },
  /** With an account: that one; without: every account. */
  'google:disconnect': { request: AccountChoiceSchema.nullable(), response: GoogleStatusSchema },
  /** Runs the whole Reset Account and answers when it finished (or stopped, to resume later). */
  'google:reset': { request: ResetChoicesSchema, response: ResetReportSchema },
  'sync:status': { request: z.null(), response: SyncStatusSchema },
  /** Runs a sync now and answers when it finished. */
  'sync:now': {
    request: z.object({ refreshCalendars: z.boolean().optional() }).strict(),
    response: SyncStatusSchema,
  },
  /** A local change was saved (sync a few seconds later), or the page came back online (sync now). */
  'sync:nudge': {
    request: z.object({ reason: z.enum(['local-edit', 'online']) }).strict(),
    response: z.null(),
  },
  /** With an account: pauses or resumes that one alone; without: every account. */
  'sync:pause': {
    request: z
      .object({ paused: z.boolean(), account: z.string().min(1).max(320).optional() })
      .strict(),
    response: SyncStatusSchema,
  },
  /** The person looked at the sync log: refused changes no longer wait for their attention. */
  'sync:refusals-seen': { request: z.null(), response: SyncStatusSchema },
  'sync:confirm-removal': {
    request: z.object({ calendarIds: z.array(z.string()).max(1000) }).strict(),
    response: SyncStatusSchema,
  },
  /** Creates a calendar on the connected Google account (calendars.insert); it syncs from then on. */
  'calendars:create-google': {
    /** `account`: which connected account gets the calendar (absent: the first). */
    request: z
      .object({ details: CalendarDetailsSchema, account: z.string().min(1).max(320).optional() })
      .strict(),
    response: z.null(),
  },
  /** Changes a Google calendar's name, colour, zone or default reminders on Google. */
  'calendars:update-google': {
    request: z
      .object({ calendarId: z.string().min(1).max(1100), details: CalendarDetailsSchema })
      .strict(),
    response: z.null(),
  },
  /**
   * Shows a reminder in the system's notification centre. `shown` false: this shell has none
   * (the browser shell), so the page uses Web Notifications; `actions` false: the system
   * cannot put Snooze and Dismiss on it, so the page's reminder panel offers them.
   */
  'reminders:show': {
    request: ReminderNoticeSchema,
    response: z.object({ shown: z.boolean(), actions: z.boolean() }),
  },
  /** The reminder was dismissed or snoozed elsewhere: its notification goes. */
  'reminders:close': {
    request: z.object({ key: z.string().min(1).max(1100) }).strict(),
    response: z.null(),
  },
  /**
   * The page's next reminder check is due in `ms`: main answers with 'reminders:wake' then.
   * A browser throttles a hidden tab's timers (up to a minute late); its socket messages it
   * delivers at once, so the reminder stays on its second.
   */
  'reminders:wake-in': {
    request: z.object({ ms: z.number().int().min(0).max(86_400_000) }).strict(),
    response: z.null(),
  },
  /** The tray's "next events" (at most three). */
  'tray:agenda': {
    request: z.object({ items: z.array(AgendaItemSchema).max(3) }).strict(),
    response: z.null(),
  },
  /** A subscribed calendar's feed, fetched by main (only what changed since etag/lastModified). */
  'subscriptions:fetch': {
    request: z
      .object({
        url: z.string().max(4096),
        etag: z.string().max(1024).optional(),
        lastModified: z.string().max(200).optional(),
      })
      .strict(),
    response: z.union([
      z.object({ unchanged: z.literal(true) }),
      z.object({
        unchanged: z.literal(false),
        text: z.string(),
        etag: z.string().optional(),
        lastModified: z.string().optional(),
      }),
    ]),
  },
  /** .ics files opened with Almanac (Electron) since the page last asked, read by main. */
  'app:opened-files': { request: z.null(), response: z.array(OpenedFileSchema) },
} as const;

export type ChannelName = keyof typeof channels;
export type RequestOf<C extends ChannelName> = z.input<(typeof channels)[C]['request']>;
/** The request after validation, as handlers in main receive it. */
export type PayloadOf<C extends ChannelName> = z.output<(typeof channels)[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<(typeof channels)[C]['response']>;

/** Messages the main process sends on its own (no request), with their schemas. */
export const notifications = {
  'settings:changed': SettingsSchema,
  /** Browser shell only: main cannot open the user's browser itself, so the page opens the tab. */
  'browser:open-url': z.object({ url: z.string() }),
  'google:status': GoogleStatusSchema,
  'sync:status': SyncStatusSchema,
  /** A notification or a tray item was clicked (Electron): main has shown the window. */
  'reminders:action': ReminderActionSchema,
  /** A reminder check the page asked for with 'reminders:wake-in' is due. */
  'reminders:wake': z.null(),
  /** The application menu's Preferences… (Electron): the page opens its Preferences dialog. */
  'app:open-preferences': z.null(),
  /**
   * Electron: the File menu's Import… (`fromMenu`), or an .ics file opened with Almanac
   * waiting in main (the page takes it with 'app:opened-files').
   */
  'app:import-file': z.object({ fromMenu: z.boolean() }),
  /** Electron: the File menu's Export…. */
  'app:export-file': z.null(),
} as const;
export type NotificationName = keyof typeof notifications;
export type NotificationOf<N extends NotificationName> = z.output<(typeof notifications)[N]>;

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}
