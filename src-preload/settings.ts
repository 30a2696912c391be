// The person's preferences: what each one may hold and what a new installation starts with.
// Main owns and stores them; the renderer reads them over IPC and both sides validate with
// this one schema, so a preference means the same thing on either side of the bridge.
import { z } from 'zod';
import { isLanguageTag, TimeFormatSchema } from './locale';

export const ViewNameSchema = z.enum(['day', 'week', 'month', 'agenda']);
export type ViewName = z.infer<typeof ViewNameSchema>;

/**
 * An IANA zone name the platform knows (Europe/Berlin, UTC, America/Argentina/Buenos_Aires):
 * names only, so no markup, path or offset string reaches the calendar's date arithmetic.
 */
export function isIanaTimeZone(name: string): boolean {
  if (name.length > 64 || !/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(name))
    return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const SettingsSchema = z.object({
  /** IANA zone; null follows the operating system. */
  timeZone: z.string().refine(isIanaTimeZone, 'an IANA time zone such as Europe/Berlin').nullable(),
  /** Preferences → General → "Language and region": a BCP 47 tag; null follows the system. */
  language: z.string().refine(isLanguageTag, 'a language tag such as fr-FR').nullable(),
  /** 12-hour, 24-hour, or what the region writes. */
  timeFormat: TimeFormatSchema,
  /** 0 Sunday … 6 Saturday, or the region's first day. */
  weekStartsOn: z.union([z.literal('region'), z.number().int().min(0).max(6)]),
  defaultView: ViewNameSchema,
  theme: z.enum(['system', 'light', 'dark']),
  /** Whether to email guests about changes: ask each time, always, or never. */
  sendUpdates: z.enum(['ask', 'always', 'never']),
  syncIntervalMinutes: z.number().int().min(1).max(1440),
  /** "Pause synchronization": local changes queue and go out on resume. */
  syncPaused: z.boolean(),
  /** Accounts paused on their own (Preferences → Google Calendar, per account); the others sync on. */
  pausedAccounts: z.array(z.string().min(1).max(320)).max(100),
  /** Preferences → Notifications: whether popup reminders show on this computer at all. */
  remindersEnabled: z.boolean(),
  /** What a plain "Snooze" waits, in minutes. */
  defaultSnoozeMinutes: z.union([z.literal(5), z.literal(10), z.literal(15)]),
  reminderSound: z.boolean(),
  /** Desktop app: closing the window leaves Almanac running in the tray (sync and reminders go on). */
  keepRunningInTray: z.boolean(),
  /** Desktop app: start with the system, in the tray. */
  openAtLogin: z.boolean(),
  /** Preferences → Display: the grids without Saturday and Sunday. */
  hideWeekends: z.boolean(),
  showWeekNumbers: z.boolean(),
  /** Shaded outside these hours on these weekdays (0 Sunday); null: no shading. */
  workingHours: z
    .object({
      start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 09:00'),
      end: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 17:00'),
      days: z.array(z.number().int().min(0).max(6)).max(7),
    })
    .refine((h) => h.start < h.end, 'working hours end after they start')
    .nullable(),
  /** How long a new event made by a click or the New event button lasts. */
  defaultEventMinutes: z.number().int().min(5).max(1440),
  /** A second zone's times beside the hours in Day and Week; null: none. */
  secondaryTimeZone: z
    .string()
    .refine(isIanaTimeZone, 'an IANA time zone such as Asia/Tokyo')
    .nullable(),
  /** Invitations the person declined: shown as others, dimmed, or not shown. */
  declinedEvents: z.enum(['show', 'dim', 'hide']),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  timeZone: null,
  language: null,
  timeFormat: 'region',
  weekStartsOn: 'region',
  defaultView: 'week',
  theme: 'system',
  sendUpdates: 'ask',
  syncIntervalMinutes: 5,
  syncPaused: false,
  pausedAccounts: [],
  remindersEnabled: true,
  defaultSnoozeMinutes: 10,
  reminderSound: true,
  keepRunningInTray: true,
  openAtLogin: false,
  hideWeekends: false,
  showWeekNumbers: false,
  workingHours: null,
  defaultEventMinutes: 60,
  secondaryTimeZone: null,
  declinedEvents: 'dim',
};
