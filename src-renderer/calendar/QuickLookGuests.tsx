// The quick look's guest list: how many answered what, then each guest with their answer,
// the organizer marked, as Google's popover lists them.
import type { Attendee } from '../../src-preload/model/event';
import { visibleText } from '../visible-text';
import { answerText } from './model/quick-look-text';

export function QuickLookGuests({ attendees }: { attendees: Attendee[] }) {
  if (attendees.length === 0) return null;
  const count = (status: Attendee['responseStatus']) =>
    attendees.filter((a) => a.responseStatus === status).length;
  const tally = [
    [count('accepted'), 'yes'],
    [count('declined'), 'no'],
    [count('tentative'), 'maybe'],
    [count('needsAction'), 'awaiting'],
  ]
    .filter(([n]) => n)
    .map(([n, word]) => `${n} ${word}`)
    .join(', ');
  return (
    <section className="quick-look-guests" aria-label="Guests">
      <p>
        {attendees.length} {attendees.length === 1 ? 'guest' : 'guests'}
        <span className="hint"> · {tally}</span>
      </p>
      <ul>
        {attendees.map((a) => (
          <li key={a.email} aria-label={`${guestName(a)}: ${answerText(a.responseStatus)}`}>
            <span className="quick-look-guest">
              {guestName(a)}
              {a.organizer && <span className="hint"> · Organizer</span>}
              {a.optional && <span className="hint"> · Optional</span>}
            </span>
            <span className={`quick-look-answer answer-${a.responseStatus}`}>
              {answerText(a.responseStatus)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function guestName(attendee: Attendee): string {
  const name = visibleText(attendee.displayName ?? '');
  return name ? `${name} (${attendee.email})` : attendee.email;
}
