// Why a file's event was left out or read differently, as sentences: a problem carries the
// sentence's id and values (`reason`), so the window words it in the reader's language (the
// renderer's catalogues hold each as `ics.reason.<id>`, English's taken from here); the English
// is also the problem's `message`, for the log and for what has no sentence (the iCalendar
// parser's own words).
import { IntlMessageFormat } from 'intl-messageformat';

export const ICS_REASONS = {
  noStart: 'it has no start (DTSTART)',
  endsBeforeDay: 'it ends before it starts; it was given one day',
  endsBeforeTime: 'it ends before it starts; it was given no length',
  notATime: '{name} “{value}” is not a real date or time',
  negativeDuration: 'DURATION is negative',
  noFreq: '{name} has no FREQ',
  thisAndFollowing:
    'it changes “this and all following” occurrences, which Google cannot; it changes this one only',
  periodDate: 'an extra date given as a period keeps its start only, with the event’s usual length',
  unreadableReminder: 'a reminder whose time cannot be read was left out',
  reminderAfterStart: 'a reminder after the start was left out: reminders come before an event',
  reminderTooEarly: 'a reminder more than four weeks before the start was left out',
  tooManyReminders:
    'it has {count} reminders and Google keeps five; the five nearest the start were kept',
  guestWithoutEmail: 'a guest without an e-mail address ({guest}) was left out',
  noUid:
    'it has no UID; it was given one made from its start and title, so importing it again updates it',
  otherVersion: 'the file has another version of this event (line {line}); the newer one was kept',
  notRepeating: 'it changes one occurrence of an event that does not repeat',
} as const;

export type IcsReasonId = keyof typeof ICS_REASONS;
export type IcsReasonValues = Record<string, string | number>;

/** A reason: its sentence's id and values, and its English. */
export interface IcsReason {
  id: IcsReasonId;
  values: IcsReasonValues;
  text: string;
}

export function because(id: IcsReasonId, values: IcsReasonValues = {}): IcsReason {
  return { id, values, text: String(new IntlMessageFormat(ICS_REASONS[id], 'en').format(values)) };
}

/** What a problem keeps of a reason: the English, and the sentence when there is one. */
export function problemWords(reason: string | IcsReason): {
  message: string;
  reason?: { id: IcsReasonId; values: IcsReasonValues };
} {
  return typeof reason === 'string'
    ? { message: reason }
    : { message: reason.text, reason: { id: reason.id, values: reason.values } };
}
