// The quick look's guest list: how many answered what, then each guest with their answer,
// the organizer marked, as Google's popover lists them.
import type { Attendee } from '../../src-preload/model/event';
import { visibleText } from '../visible-text';
import { useLocale } from '../i18n/LocaleProvider';
import { answerText } from './model/quick-look-text';

export function QuickLookGuests({ attendees }: { attendees: Attendee[] }) {
  const { t, intl } = useLocale();
  if (attendees.length === 0) return null;
  const count = (status: Attendee['responseStatus']) =>
    attendees.filter((a) => a.responseStatus === status).length;
  const tally = intl.formatList(
    (
      [
        [count('accepted'), 'guests.yes'],
        [count('declined'), 'guests.no'],
        [count('tentative'), 'guests.maybe'],
        [count('needsAction'), 'guests.awaiting'],
      ] as const
    )
      .filter(([n]) => n)
      .map(([n, id]) => t(id, { count: n })),
    { type: 'unit' },
  );
  return (
    <section className="quick-look-guests" aria-label={t('editor.guests')}>
      <p>
        {t('guests.count', { count: attendees.length })}
        <span className="hint">{t('guests.tally', { tally })}</span>
      </p>
      <ul>
        {attendees.map((a) => (
          <li
            key={a.email}
            aria-label={t('guests.answer', {
              guest: guestName(a),
              answer: answerText(a.responseStatus),
            })}
          >
            <span className="quick-look-guest">
              {guestName(a)}
              {a.organizer && <span className="hint">{t('guests.organizer')}</span>}
              {a.optional && <span className="hint">{t('guests.optional')}</span>}
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
