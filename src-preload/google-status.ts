// The Google connection and sync as the renderer may see them, over the IPC contract
// (./contract.ts): each connected account's state, the toolbar's sync status, and the
// sign-in's client credentials as Preferences sends them. Never a token, never the secret.
import { z } from 'zod';
import { LogWordsSchema } from './log-words';

// ---------------------------------------------------------------------------------------
// The Google connection, as the renderer may see it: never a token, never the secret.

/** Why secrets are stored weakly (see GoogleStatus.storageWarning). */
export const StorageWeaknessSchema = z.enum(['file-key', 'no-keychain']);
export type StorageWeakness = z.infer<typeof StorageWeaknessSchema>;

export const GoogleProblemSchema = z.object({
  code: z.string(),
  title: z.string(),
  fix: z.string(),
});
export type GoogleProblemInfo = z.infer<typeof GoogleProblemSchema>;

/** One connected Google account: it syncs, or its sign-in expired and it asks for "Reconnect". */
export const AccountStatusSchema = z.object({
  email: z.string(),
  state: z.enum(['connected', 'reconnect']),
  problem: GoogleProblemSchema.nullable(),
});
export type AccountStatus = z.infer<typeof AccountStatusSchema>;

export const GoogleStatusSchema = z.object({
  enabled: z.boolean(),
  clientId: z.string(),
  /** The secret's last four characters behind dots, or null when none is saved. */
  secretHint: z.string().nullable(),
  /** 'connected' while any account syncs; 'reconnect' when every account's sign-in expired. */
  state: z.enum(['not-configured', 'ready', 'signing-in', 'connected', 'reconnect']),
  /** The first connected account (what one-account parts of the interface show). */
  account: z.string().nullable(),
  /** Every connected account, in the order they were added. */
  accounts: z.array(AccountStatusSchema),
  /** While signing in: the consent page's address, to copy when the browser did not open. */
  authUrl: z.string().nullable(),
  /**
   * Set when secrets can only be stored weakly: 'file-key' in the browser shell (its key sits
   * in the data folder), 'no-keychain' when Electron's safeStorage falls back to basic_text.
   * A code, worded by the window in the reader's language.
   */
  storageWarning: StorageWeaknessSchema.nullable(),
  problem: GoogleProblemSchema.nullable(),
});
export type GoogleStatus = z.infer<typeof GoogleStatusSchema>;

/** The accounts whose sign-in works now, in the order they were added (none while signed out). */
export function connectedAccounts(status: GoogleStatus | null | undefined): string[] {
  return (status?.accounts ?? []).filter((a) => a.state === 'connected').map((a) => a.email);
}

/** Which connected account a request is for (an email address); absent for the first, or a new one. */
export const AccountChoiceSchema = z.object({ account: z.string().min(1).max(320) }).strict();

export const GoogleCredentialsSchema = z
  .object({
    enabled: z.boolean(),
    clientId: z.string().max(512),
    /** Omitted or empty keeps the stored secret. */
    clientSecret: z.string().max(512).optional(),
  })
  .strict();

// ---------------------------------------------------------------------------------------
// Sync, as the toolbar and Preferences show it.

export const RemovalQuestionSchema = z.object({
  calendarId: z.string(),
  summary: z.string(),
  wouldRemove: z.number(),
  total: z.number(),
});

export const SyncStatusSchema = z.object({
  running: z.boolean(),
  paused: z.boolean(),
  lastSyncAt: z.string().nullable(),
  lastResult: z
    .object({
      ok: z.boolean(),
      pushed: z.number(),
      pulled: z.number(),
      conflicts: z.number(),
      parked: z.number(),
      durationMs: z.number(),
      error: z
        .object({
          code: z.string(),
          /** English, for a reader that does not know the sentence. */
          message: z.string(),
          /** The sentence the window words it by (src-preload/log-words.ts, as the log). */
          said: LogWordsSchema.optional(),
          /** With several accounts, the one whose sync failed. */
          account: z.string().optional(),
        })
        .optional(),
    })
    .nullable(),
  /** Full resyncs waiting for the user to confirm that many events may go. */
  needsConfirmation: z.array(RemovalQuestionSchema),
  /** A Reset Account under way, or cut short and waiting to be finished: nothing syncs meanwhile. */
  reset: z.enum(['running', 'waiting']).nullable(),
  /** Changes Google refused (their events went back to Google's version) the person has not looked at yet. */
  refused: z.number(),
  /**
   * Google failed and sync waits before trying again: when the next try goes (ISO time) and
   * why (Google not answering, or Google asking Almanac to slow down). Null once Google
   * answers again or the cycle ends.
   */
  retry: z.object({ at: z.string(), reason: z.enum(['unavailable', 'rate-limited']) }).nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;
export type SyncRetry = NonNullable<SyncStatus['retry']>;
