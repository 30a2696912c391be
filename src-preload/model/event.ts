// An event and a calendar as both processes know them: shaped after Google Calendar's Event
// and CalendarList resources, named exactly as Google names them, so sync is a
// field-for-field mapping. The zod schemas check what crosses a process boundary; the
// rules about these values (which fields may be written, how two values compare, what
// time an EventDateTime means) live next to this file.
import { z } from 'zod';
import type { BridgeError } from '../contract';
import type { IcsProblem } from '../ics/ics-calendar';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-11-24');

/** Google's EventDateTime: `date` for all-day events (end exclusive), else `dateTime` (+ zone). */
export const EventDateTimeSchema = z.object({
  date: isoDate.optional(),
  dateTime: z.string().optional(),
  timeZone: z.string().optional(),
});
export type EventDateTime = z.infer<typeof EventDateTimeSchema>;

export const ResponseStatusSchema = z.enum(['needsAction', 'declined', 'tentative', 'accepted']);
export type ResponseStatus = z.infer<typeof ResponseStatusSchema>;

export const AttendeeSchema = z.object({
  email: z.string(),
  displayName: z.string().optional(),
  responseStatus: ResponseStatusSchema.default('needsAction'),
  optional: z.boolean().optional(),
  organizer: z.boolean().optional(),
  self: z.boolean().optional(),
  resource: z.boolean().optional(),
  comment: z.string().optional(),
});
export type Attendee = z.infer<typeof AttendeeSchema>;

export const PersonSchema = z.object({
  email: z.string().optional(),
  displayName: z.string().optional(),
  self: z.boolean().optional(),
});

/** Google allows reminders from 0 to 40320 minutes (four weeks) before the start. */
export const MAX_REMINDER_MINUTES = 40320;

export const ReminderOverrideSchema = z.object({
  method: z.enum(['popup', 'email']),
  minutes: z.number().int().min(0).max(MAX_REMINDER_MINUTES),
});
export type ReminderOverride = z.infer<typeof ReminderOverrideSchema>;
export const RemindersSchema = z.object({
  useDefault: z.boolean(),
  overrides: z.array(ReminderOverrideSchema).max(5).optional(),
});
export type Reminders = z.infer<typeof RemindersSchema>;

export const EventStatusSchema = z.enum(['confirmed', 'tentative', 'cancelled']);
export const TransparencySchema = z.enum(['opaque', 'transparent']);
export const VisibilitySchema = z.enum(['default', 'public', 'private', 'confidential']);

/*
 * Google's special event types (eventType: birthday, fromGmail, focusTime, outOfOffice,
 * workingLocation) bring their own properties, kept verbatim; only what the screens show
 * is named here.
 */
export const BirthdayPropertiesSchema = z.looseObject({
  /** birthday | anniversary | custom | other | self (the user's own, from their Google Account). */
  type: z.string().optional(),
  /** The Google Contacts person it comes from, e.g. "people/c12345". */
  contact: z.string().optional(),
  customTypeName: z.string().optional(),
});
export const WorkingLocationPropertiesSchema = z.looseObject({
  /** homeOffice | officeLocation | customLocation */
  type: z.string().optional(),
  homeOffice: z.unknown().optional(),
  officeLocation: z.looseObject({ label: z.string().optional() }).optional(),
  customLocation: z.looseObject({ label: z.string().optional() }).optional(),
});
/** focusTimeProperties and outOfOfficeProperties (auto-decline, decline message, chat status). */
export const StatusPropertiesSchema = z.record(z.string(), z.unknown());

/**
 * The fields of an event both sides know about: a subset of Google's Event resource,
 * named exactly as Google names them. Special fields we do not edit (conferenceData, the
 * event type and its properties) are kept verbatim so a round trip never corrupts them.
 */
export const EventFieldsSchema = z.object({
  status: EventStatusSchema.default('confirmed'),
  summary: z.string().default(''),
  description: z.string().optional(),
  location: z.string().optional(),
  start: EventDateTimeSchema,
  end: EventDateTimeSchema,
  recurrence: z.array(z.string()).optional(),
  recurringEventId: z.string().optional(),
  originalStartTime: EventDateTimeSchema.optional(),
  attendees: z.array(AttendeeSchema).optional(),
  organizer: PersonSchema.optional(),
  creator: PersonSchema.optional(),
  reminders: RemindersSchema.optional(),
  transparency: TransparencySchema.optional(),
  visibility: VisibilitySchema.optional(),
  colorId: z.string().optional(),
  iCalUID: z.string().optional(),
  /** Any string: a type Google adds later is kept as it came. */
  eventType: z.string().optional(),
  birthdayProperties: BirthdayPropertiesSchema.optional(),
  focusTimeProperties: StatusPropertiesSchema.optional(),
  outOfOfficeProperties: StatusPropertiesSchema.optional(),
  workingLocationProperties: WorkingLocationPropertiesSchema.optional(),
  hangoutLink: z.string().optional(),
  conferenceData: z.unknown().optional(),
  guestsCanModify: z.boolean().optional(),
});
export type EventFields = z.infer<typeof EventFieldsSchema>;
export type EventFieldName = keyof EventFields;

/** How a record stands in a series: a plain event, a series master, or one of its exceptions. */
export type EventKind = 'single' | 'master' | 'exception';

/**
 * One event as stored locally. The id is a valid Google event id (or an instance id), the
 * same here and on Google, so there is no mapping table.
 */
export interface CalendarEvent extends EventFields {
  id: string;
  calendarId: string;
  kind: EventKind;
  /** Instants (ms) bounding the record, for range queries. For a master, its first occurrence. */
  startMs: number;
  endMs: number;
  /** Bumped on every local write; a commit from sync must carry the version it read. */
  localVersion: number;
  /** ISO time of the last change on either side (local edit time or Google's `updated`). */
  updatedAt: string;
  /** What Google last told us about this event; absent for events that never reached Google. */
  google?: { etag: string; updated: string };
  /** The last version both sides agreed on, for the three-way merge. */
  base?: Partial<EventFields>;
  /** Fields changed locally since `base`. */
  dirty?: EventFieldName[];
  /**
   * Moved here to another Google calendar, the move not yet on Google: the calendar Google
   * still has it in. Its outbox there carries the move; until it is done, the event's other
   * changes wait, and that calendar's sync neither brings it back nor removes it.
   */
  movingFrom?: string;
  /**
   * A copy made by moving an event off a Google calendar (to this computer or another
   * account): the original's id, whose delete waits to go to Google. Moved back before that
   * delete went up, the original comes back instead of a second event on Google — also
   * once Google has the copy (its push and pulls keep this), the copy then deleted there.
   */
  copiedFrom?: string;
  /**
   * A series deleted here by a move off Google, its delete still waiting (its copy has
   * `copiedFrom`): what both sides last agreed on for each exception Google has of it, keyed
   * by the exception id's part after the series id (the records themselves went with the
   * copy). Should the copy come back as this series, those exceptions are Google's again, and
   * a change made to one while it was away merges against that version, not the series'.
   */
  agreedExceptions?: Record<string, AgreedVersion>;
}

/** The version of a record both sides last agreed on: Google's etag and the fields. */
export interface AgreedVersion {
  google: { etag: string; updated: string };
  base?: Partial<EventFields>;
}

export const AccessRoleSchema = z.enum(['owner', 'writer', 'reader', 'freeBusyReader']);
export type AccessRole = z.infer<typeof AccessRoleSchema>;

export interface Calendar {
  id: string;
  summary: string;
  /** CSS colour of the calendar's events. */
  color: string;
  accessRole: AccessRole;
  timeZone?: string;
  primary?: boolean;
  /** The Google account this calendar is linked to; absent for a calendar kept only here. */
  account?: string;
  /** Whether sync includes this calendar (the user's checkbox in Preferences). */
  syncEnabled: boolean;
  /**
   * What "Default reminders" means for this calendar's events: Google's calendarList
   * `defaultReminders` for a Google calendar, the user's own choice for one kept here.
   */
  defaultReminders?: ReminderOverride[];
  /** A calendar subscribed to from a URL: read-only here, refreshed from it, never on Google. */
  subscription?: CalendarSubscription;
}

/**
 * Why a feed could not be fetched or read: main's refusal as it crossed the bridge (a sentence
 * of bridge-words, or a code the catalogue words; a server's status text stays as it came),
 * or an answer that is not a calendar, with the first problem the reader met in it.
 */
export type FeedFailureWords = { refused: BridgeError } | { notCalendar: IcsProblem | null };

/** Where a subscribed calendar comes from and how its last refresh went. */
export interface CalendarSubscription {
  /** As the user gave it (https:// or webcal://). */
  url: string;
  /** How often to fetch it: the feed's REFRESH-INTERVAL, else twelve hours. */
  refreshMinutes: number;
  /** The feed's validators, sent back so an unchanged feed costs a 304. */
  etag?: string;
  lastModified?: string;
  /** ISO time of the last fetch that worked (changed or not). */
  lastRefreshAt?: string;
  /**
   * Why the last fetch failed, in the language it was first shown in; cleared by the next one
   * that works. Shown as it is only when `lastErrorWords` is absent (a failure saved before
   * failures had words, or one nobody words: the database's own error).
   */
  lastError?: string;
  /** The same failure as what was said, so it is worded in the reader's language when shown. */
  lastErrorWords?: FeedFailureWords;
  lastAttemptAt?: string;
  /** How many fetches failed in a row (the retries back off by it); cleared with lastError. */
  failures?: number;
}

/** One colour of Google's palettes, as colors.get gives it. */
export interface PaletteColor {
  background: string;
  foreground: string;
}

/**
 * Google's event colours (colors.get `event`): what each colorId looks like. The sync engine
 * reads it with the calendar list; the renderer draws and offers events in these colours.
 */
export interface EventPalette {
  colors: Record<string, PaletteColor>;
  /** colors.get `updated`: when Google last changed its palettes. */
  updated?: string;
}
