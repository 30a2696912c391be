// Duplicate, as Google Calendar does it: the event's content as a new, unsaved event for the
// editor. It carries nothing that ties it to the original (no ids, etag or iCalUID: the draft
// has none) and none of the guests' answers, since nobody has been invited to the copy yet;
// the person organizes it, so their own place on the guest list goes.
import type { Attendee } from '../../../src-preload/model/event';
import { draftFromOccurrence } from './drafts';
import { meetLinkOf } from './conference';
import type { EventDraft, Occurrence } from './types';

/**
 * The draft of a copy of `occurrence`, in `calendarId` (its own calendar when the person may
 * write there, else the one a new event goes to). A video call is asked for afresh: the
 * original's Meet link belongs to the original.
 */
export function duplicateDraft(
  occurrence: Occurrence,
  displayZone: string,
  calendarId: string,
): EventDraft {
  const draft = draftFromOccurrence(occurrence, displayZone);
  const copy: EventDraft = {
    ...draft,
    calendarId,
    attendees: draft.attendees.filter((a) => !a.self).map(invitedAgain),
  };
  if (meetLinkOf(occurrence.event)) copy.addMeet = true;
  return copy;
}

function invitedAgain(attendee: Attendee): Attendee {
  const guest: Attendee = { email: attendee.email, responseStatus: 'needsAction' };
  if (attendee.displayName) guest.displayName = attendee.displayName;
  if (attendee.optional) guest.optional = true;
  if (attendee.resource) guest.resource = true;
  return guest;
}
