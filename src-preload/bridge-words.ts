// The sentences main refuses a request with that the person reads (a feed address it will not
// fetch, a calendar change it will not send). A refusal carries its sentence's id and values
// (`words`), so the window words it in the reader's language: the renderer's catalogues hold
// each as `bridge.words.<id>`, English's taken from here. The English is also the refusal's
// `message`, for main's log and for a reader that does not know the sentence. A value that is
// someone else's words (Google's reason, a server's status text) stays as they wrote it.
import { IntlMessageFormat } from 'intl-messageformat';
import { z } from 'zod';

export const BRIDGE_WORDS = {
  // A calendar feed's address, and its server's answer.
  feedNotAnAddress: 'That is not a web address (https:// or webcal://).',
  feedNotEncrypted:
    'Only https:// and webcal:// calendars can be subscribed to (an unencrypted feed could be changed on the way).',
  feedCredentials: 'Put no user name or password in the address.',
  feedTimedOut: '{host} did not answer within {seconds} seconds.',
  feedUnreachable: 'Could not reach {host}.',
  feedAnswered: '{host} answered {status}.',
  feedTooLarge: 'The calendar at {host} is larger than {megabytes} MB.',
  // A change to a calendar on Google.
  calendarGone: 'That calendar no longer exists.',
  notCalendarOf: '“{calendar}” is not a calendar of {account}.',
  zoneOwnerOnly: 'Only the owner of “{calendar}” can change its time zone.',
  signInAgainTo: 'Google asks you to sign in to {account} again (Preferences).',
  googleRefused: 'Google did not take the change: {reason}',
  // A calendar's details (src-preload/model/calendar-details.ts): the window says them before
  // anything is sent, and main again if a request slipped past the window's check.
  calendarName: 'Give the calendar a name.',
  calendarNameLong: 'A calendar’s name can be at most {max} characters.',
  calendarColor: 'Pick a colour like #4986e7.',
  calendarZone: '“{zone}” is not a time zone; pick one from the list.',
  calendarReminderCount: 'A calendar can have at most {max} default reminders.',
  calendarReminderRange: 'A reminder can be from 0 minutes to 4 weeks before the event.',
  // A request the bridge cannot take: only a broken or hostile page sends one, but if one
  // reaches a notice it reads like the rest. The schema's own issue is nested as written.
  unknownChannel: 'Almanac has no request named {channel}.',
  invalidRequest: 'Almanac cannot take this {channel} request ({field}: {issue}).',
  unreadableMessage: 'Almanac cannot read this request.',
  // A link the system could not hand to the browser.
  openFailed: 'Could not open {url} in your browser. Copy the address instead.',
} as const;

export type BridgeWordsId = keyof typeof BRIDGE_WORDS;
export type BridgeWordsValues = Record<string, string | number>;
export interface BridgeWords {
  id: BridgeWordsId;
  values: BridgeWordsValues;
}

/** A sentence as it crosses the bridge: a known id and plain values. */
export const BridgeWordsSchema: z.ZodType<BridgeWords> = z.object({
  id: z.custom<BridgeWordsId>((id) => typeof id === 'string' && id in BRIDGE_WORDS),
  values: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** The sentence `id` with `values`, and its English. */
export function refusalSentence(
  id: BridgeWordsId,
  values: BridgeWordsValues = {},
): BridgeWords & { text: string } {
  return {
    id,
    values,
    text: String(new IntlMessageFormat(BRIDGE_WORDS[id], 'en').format(values)),
  };
}
