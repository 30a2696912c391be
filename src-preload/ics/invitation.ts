// Invitations received as .ics files (iTIP METHOD:REQUEST, RFC 5546): the event, who
// organizes it and the user's own place among its guests, for the screen that offers Accept,
// Maybe and Decline. Reading only; answering is the caller's.
import { fail, ok, type Result } from '../contract';
import { type Attendee, type EventFields } from '../model/event';
import { describeProblem, type IcsEvent, type IcsProblem, type ReadOptions } from './ics-calendar';
import { readIcs } from './ics-reader';

export interface Invitation {
  /** The event invited to: a single event, a series, or one occurrence of a series. */
  event: IcsEvent;
  /** Changed or cancelled occurrences sent along with a series. */
  exceptions: IcsEvent[];
  organizer?: EventFields['organizer'];
  /** The user among the guests (an address in `selfEmails`), if they are listed. */
  attendee?: Attendee;
  /** What was read with a change worth knowing, or left out. */
  problems: IcsProblem[];
}

export function readInvitation(
  input: string | Uint8Array,
  options: ReadOptions,
): Result<Invitation> {
  const calendar = readIcs(input, options);
  const method = calendar.method ?? 'PUBLISH';
  if (method !== 'REQUEST')
    return fail(
      'not-an-invitation',
      NOT_AN_INVITATION[method] ?? `This file is not an invitation (its METHOD is ${method}).`,
    );
  const event = calendar.events.find((e) => e.kind !== 'exception') ?? calendar.events[0];
  if (!event) {
    const why = calendar.problems.find((p) => p.skipped);
    return fail(
      'unreadable',
      `The invitation cannot be read${why ? `: ${describeProblem(why)}` : '.'}`,
    );
  }
  const exceptions = calendar.events.filter((e) => e !== event && e.recurringEventId === event.id);
  const invitation: Invitation = { event, exceptions, problems: calendar.problems };
  if (event.organizer) invitation.organizer = event.organizer;
  const attendee = event.attendees?.find((a) => a.self);
  if (attendee) invitation.attendee = attendee;
  return ok(invitation);
}

// ---------------------------------------------------------------------------------------

const NOT_AN_INVITATION: Record<string, string> = {
  PUBLISH: 'This file is a calendar, not an invitation: import it instead.',
  CANCEL: 'This file cancels an event; it is not an invitation.',
  REPLY: 'This file is a guest’s answer to an invitation, not an invitation.',
  COUNTER: 'This file proposes a change to an event; it is not an invitation.',
  REFRESH: 'This file asks for the latest version of an event; it is not an invitation.',
  DECLINECOUNTER: 'This file turns down a proposed change; it is not an invitation.',
  ADD: 'This file adds occurrences to an event; it is not an invitation.',
};
