// Guests of an event: add by email, see who has answered, remove. The response status is
// Google's; changing guests here only edits the list (the invitation goes out on sync).
import { useState } from 'react';
import type { Attendee, ResponseStatus } from '../../src-preload/model/event';
import { useLocale } from '../i18n/LocaleProvider';
import type { MessageId } from '../i18n/catalogues';
import { CROSS } from '../glyphs';
import { visibleText } from '../visible-text';

export interface GuestsFieldProps {
  id: string;
  attendees: Attendee[];
  onChange(attendees: Attendee[]): void;
  errorId?: string;
  invalid: boolean;
  /** The list is shown but cannot be changed (the user is a guest, not the organizer). */
  readOnly?: boolean;
}

const STATUS: Record<ResponseStatus, MessageId> = {
  needsAction: 'guestsField.awaiting',
  accepted: 'guestsField.going',
  tentative: 'guestsField.maybe',
  declined: 'guestsField.notGoing',
};

export function GuestsField({
  id,
  attendees,
  onChange,
  errorId,
  invalid,
  readOnly = false,
}: GuestsFieldProps) {
  const { t } = useLocale();
  const [email, setEmail] = useState('');

  const add = () => {
    // Several addresses may be pasted at once, separated by commas, spaces or semicolons.
    const fresh = email
      .split(/[\s,;]+/)
      .map((e) => e.trim())
      .filter((e) => e && !attendees.some((a) => a.email.toLowerCase() === e.toLowerCase()));
    if (fresh.length)
      onChange([
        ...attendees,
        ...fresh.map((e): Attendee => ({ email: e, responseStatus: 'needsAction' })),
      ]);
    setEmail('');
  };

  return (
    <div className="guests-field">
      {!readOnly && (
        <div className="inline-fields">
          <input
            id={id}
            type="email"
            multiple
            placeholder={t('guestsField.placeholder')}
            value={email}
            autoComplete="off"
            aria-invalid={invalid || undefined}
            aria-describedby={errorId}
            onChange={(e) => setEmail(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                // Enter adds the guest rather than saving the whole event.
                e.preventDefault();
                add();
              }
            }}
            onBlur={() => email.trim() && add()}
          />
          <button type="button" className="button" onClick={add} disabled={!email.trim()}>
            {t('guestsField.add')}
          </button>
        </div>
      )}
      {attendees.length > 0 && (
        <ul className="guest-list" aria-label={t('guestsField.list')}>
          {attendees.map((guest) => (
            <li key={guest.email} className="guest">
              <span className={`guest-status status-${guest.responseStatus}`} aria-hidden="true" />
              <span className="guest-name">
                {visibleText(
                  guest.displayName ? `${guest.displayName} <${guest.email}>` : guest.email,
                )}
                {guest.organizer && <span className="tag">{t('guestsField.organizer')}</span>}
                {guest.optional && <span className="tag">{t('guestsField.optional')}</span>}
              </span>
              <span className="guest-response">
                {guest.responseStatus in STATUS
                  ? t(STATUS[guest.responseStatus])
                  : guest.responseStatus}
              </span>
              {!readOnly && (
                <button
                  type="button"
                  className="icon-button small"
                  onClick={() => onChange(attendees.filter((a) => a !== guest))}
                >
                  <span aria-hidden="true">{CROSS}</span>
                  {/* Named by content, not aria-label, so a guest's address never shadows a field label. */}
                  <span className="visually-hidden">
                    {t('guestsField.remove', { email: guest.email })}
                  </span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
