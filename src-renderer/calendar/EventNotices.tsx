// The notes at the top of the event editor: why the event cannot be sent to Google, what kind
// of special event it is and why some fields are read-only, why a guest cannot change it, and
// the guest's own "Going?" answer. They sit apart from the form fields because they describe
// the event as a whole.
import { GoingField } from './GoingField';
import type { TypeRules } from './model/event-types';
import { canWrite } from '../../src-preload/model/calendar-access';
import type { Calendar, ResponseStatus } from '../../src-preload/model/event';
import { useLocale } from '../i18n/LocaleProvider';
import { visibleText } from '../visible-text';

export interface EventNoticesProps {
  /** The editor's id prefix, so fields can point at these notes. */
  id: string;
  /** The id of the note saying why the event's type locks fields; fields refer to it. */
  typeNoteId: string;
  calendar?: Calendar;
  rules: TypeRules;
  /** True when the person may not change the event (a guest, or a read-only calendar). */
  guest: boolean;
  /** Why the calendar refuses changes, or null when it takes them. */
  calendarLock: string | null;
  /** The person's own answer as a guest; undefined when they are not one. */
  answer?: ResponseStatus;
  /** Absent when no answer can be sent (a read-only calendar). */
  onRespond?(status: ResponseStatus): Promise<boolean>;
}

export function EventNotices({
  id,
  typeNoteId,
  calendar,
  rules,
  guest,
  calendarLock,
  answer,
  onRespond,
}: EventNoticesProps) {
  const { t } = useLocale();
  return (
    <>
      {calendar && !calendar.account && (
        <p className="hint local-only-note">
          <span className="event-type-badge">{t('notice.localOnly')}</span>
          {t('notice.localOnly.detail', { calendar: visibleText(calendar.summary) })}
        </p>
      )}
      {rules.label && (
        <div className="type-note">
          <span className="event-type-badge">{rules.label}</span>
          {rules.reason && (
            <p className="hint" id={typeNoteId}>
              {rules.reason}
            </p>
          )}
        </div>
      )}
      {guest && (
        <p className="hint guest-note" id={`${id}-guest-note`}>
          {calendar && !canWrite(calendar)
            ? t('notice.readOnly')
            : (calendarLock ?? t('notice.organizerOnly'))}
        </p>
      )}
      {answer !== undefined && onRespond && (
        <GoingField id={`${id}-going`} answer={answer} onRespond={onRespond} />
      )}
    </>
  );
}
