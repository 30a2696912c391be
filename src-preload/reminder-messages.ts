// The reminder and tray messages that cross the bridge. The renderer plans reminders next to
// the data; main shows them in the system's notification centre (Electron) and keeps the
// tray's short agenda, so these are the shapes both sides agree on.
import { z } from 'zod';

/** A link Almanac may hand to the user's browser (a call, shell:open-external): https only. */
export const httpsUrl = z
  .string()
  .url()
  .refine((u) => u.startsWith('https://'), 'only https links open');

/** One notification: a reminder of one occurrence, or the group of those missed. */
export const ReminderNoticeSchema = z
  .object({
    /** The occurrence it is about (its instance id), or a group's own key. */
    key: z.string().min(1).max(1100),
    title: z.string().max(1100),
    /** The time range and the location, one a line. */
    body: z.string().max(4000),
    /** The video call to join, when the event has one. */
    joinUrl: httpsUrl.optional(),
    /** Whether "until it starts" is still a snooze choice (the event has not started). */
    canSnoozeUntilStart: z.boolean(),
    /** Whether this is the "while you were away" group (click opens Almanac; no snooze). */
    group: z.boolean(),
    sound: z.boolean(),
  })
  .strict();
export type ReminderNotice = z.infer<typeof ReminderNoticeSchema>;

export const SnoozeChoiceSchema = z.union([
  z.literal(5),
  z.literal(10),
  z.literal(15),
  z.literal('start'),
]);
export type SnoozeChoice = z.infer<typeof SnoozeChoiceSchema>;

/** What the user did with a notification (or a tray item) outside the page. */
export const ReminderActionSchema = z.discriminatedUnion('action', [
  z.object({ key: z.string(), action: z.literal('open') }),
  z.object({ key: z.string(), action: z.literal('join') }),
  z.object({ key: z.string(), action: z.literal('dismiss') }),
  z.object({ key: z.string(), action: z.literal('snooze'), snooze: SnoozeChoiceSchema }),
]);
export type ReminderAction = z.infer<typeof ReminderActionSchema>;

/** One line of the tray's "next events", already worded in the user's zone. */
export const AgendaItemSchema = z
  .object({
    key: z.string().min(1).max(1100),
    /** "10:00 Standup", "Thu 09:30 Review", "Now: Standup (until 10:30)". */
    label: z.string().max(300),
    title: z.string().max(300),
    /** Set for the event about to start (or under way) that has a video call. */
    joinUrl: httpsUrl.optional(),
  })
  .strict();
export type AgendaItem = z.infer<typeof AgendaItemSchema>;
