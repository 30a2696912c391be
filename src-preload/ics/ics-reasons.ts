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
  // The file's own structure (content-lines.ts).
  notUtf8: 'the file is not UTF-8; it was read as Windows-1252 (Western European)',
  neverClosed: 'BEGIN:{name} is never closed (END:{expected} is missing before line {line})',
  endWithoutBegin: 'END:{name} without a BEGIN; ignored',
  wrongEnd: 'END:{name} where END:{expected} was expected, in the {block} starting on line {line}',
  emptyFile: 'the file is empty: it holds no calendar',
  notCalendar:
    'this is not an iCalendar file: it should start with BEGIN:VCALENDAR, and starts with “{start}”',
  // Lines the iCalendar parser cannot read (ics-reader.ts): `ignored` says whether the reading
  // went on past it; for a message of its own, `property` is the line's name ("none" when it
  // has none) and `detail` the parser's own words.
  notALine:
    '“{line}” is not an iCalendar line (a name, then “:” and the value){ignored, select, yes {; ignored} other {}}',
  badParameters:
    'the parameters of “{line}” cannot be read{ignored, select, yes {; ignored} other {}}',
  parameterWithoutValue:
    'a parameter of “{line}” has no value{ignored, select, yes {; ignored} other {}}',
  badFreq:
    'the repeat rule’s FREQ={freq} is none of DAILY, WEEKLY, MONTHLY, YEARLY (or HOURLY, MINUTELY, SECONDLY){ignored, select, yes {; ignored} other {}}',
  unreadable:
    '{property, select, none {} other {{property}: }}this line could not be read ({detail}){ignored, select, yes {; ignored} other {}}',
  // An event the reader or the writer could not go through; `detail` is what stopped it, in
  // its own words (ical.js's, most often).
  eventUnreadable: 'it could not be read ({detail})',
  eventUnwritable: 'it could not be written ({detail})',
  // What the writer cannot write (ics-writer.ts).
  occurrenceWithoutTime: 'a changed occurrence without the time it replaces',
  notADate: '{name} “{value}” is not a date',
  notATimeToWrite: '{name} “{value}” is not a time',
  // Time zones (zone-resolver.ts).
  unknownZone:
    'the time zone “{tzid}” is neither a known zone nor defined in the file; its times were read as {zone} times',
  zoneByRules:
    "the time zone “{tzid}” matches no standard zone; its times were read by the file's own rules, and repeating events in it repeat in {zone}{exact, select, yes { (exact, as its offset never changes)} other {, the closest standard zone}}",
  // Almanac's own fields (almanac-fields.ts).
  almanacFieldsNotJson: 'its X-ALMANAC-FIELDS is not readable JSON; those fields were left out',
  almanacFieldsShape:
    'its X-ALMANAC-FIELDS does not hold what Almanac writes ({detail}); those fields were left out',
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
