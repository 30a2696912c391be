// How an event looks on the grids, as Google Calendar draws them: an invitation still
// waiting for the person's answer is outlined, a declined one struck through (and dimmed or
// left out, as Preferences says), a "free" event hatched, a private one marked with a lock.
import type { Settings } from '../../src-preload/settings';
import type { CalendarEvent, ResponseStatus } from '../../src-preload/model/event';
import type { Occurrence } from '../calendar/model/types';

/** The person's own answer, when they are among the guests. */
export function ownAnswer(event: CalendarEvent): ResponseStatus | undefined {
  return event.attendees?.find((a) => a.self)?.responseStatus;
}

/** The class names of an occurrence's chip (styled in calendars.css). */
export function eventLookClasses(
  occurrence: Occurrence,
  declinedEvents: Settings['declinedEvents'],
): string[] {
  const { event } = occurrence;
  const classes: string[] = [];
  const answer = ownAnswer(event);
  if (answer === 'needsAction') classes.push('event-needs-answer');
  if (answer === 'declined') {
    classes.push('event-declined');
    if (declinedEvents === 'dim') classes.push('event-dimmed');
  }
  if (event.transparency === 'transparent') classes.push('event-free');
  if (event.visibility === 'private' || event.visibility === 'confidential')
    classes.push('event-private');
  return classes;
}

/** The occurrences to draw: declined invitations left out when Preferences says so. */
export function withDeclined(
  occurrences: readonly Occurrence[],
  declinedEvents: Settings['declinedEvents'],
): readonly Occurrence[] {
  if (declinedEvents !== 'hide') return occurrences;
  return occurrences.filter((o) => ownAnswer(o.event) !== 'declined');
}
