// The event editor: one dialog named "Event" with every field Google's event has that a
// person edits. It only edits a draft; the caller saves it and answers with problems when
// validation fails, so the dialog stays open with the user's input intact and each problem
// shown next to its field. A special event (a birthday, focus time…) carries its label, and
// what Google does not let change for its type is read-only, with the reason beside it.
import { useId, useMemo, useState } from 'react';
import { Dialog } from './Dialog';
import { DateTimeField } from './DateTimeField';
import { EventNotices } from './EventNotices';
import { EventEditorActions } from './EventEditorActions';
import { moveStart, toggleAllDay } from './model/draft-edits';
import { RepeatField } from './RepeatField';
import { GuestsField } from './GuestsField';
import { RemindersField } from './RemindersField';
import { ColorField } from './ColorField';
import { CalendarField } from '../calendars/CalendarField';
import { ShowAsAndVisibility } from './ShowAsAndVisibility';
import type { EventColor } from './model/colors';
import { DescriptionField } from './DescriptionField';
import { typeRules, type LockableField } from './model/event-types';
import { meetLinkOf } from './model/conference';
import {
  calendarRefusal,
  guestAnswer,
  isGuest,
  moveRefusal,
  syncsToGoogle,
} from '../../src-preload/model/calendar-access';
import { defaultRemindersOf } from '../reminders/reminder-times';
import { openInBrowser } from '../open-in-browser';
import { saveOnModEnter } from '../shortcuts';
import { TimeZoneField } from './TimeZoneField';
import type { DraftProblem, EventDraft } from './model/types';
import type {
  Calendar,
  CalendarEvent,
  ReminderOverride,
  ResponseStatus,
} from '../../src-preload/model/event';
import { visibleText } from '../visible-text';
import { useEventDraft } from './useEventDraft';
import { useLocale } from '../i18n/LocaleProvider';
import { refusalTextOf } from '../i18n/refusal-words';

export interface EventEditorProps {
  initialDraft: EventDraft;
  isNew: boolean;
  /** The colour of the event's calendar, for the "Default colour" swatch (until the draft's calendar is known). */
  calendarColor: string;
  /** Google's event colours to offer. */
  colors: EventColor[];
  /**
   * The newest record's draft while the editor is open: fields the person has not touched
   * follow it. Absent for a new event.
   */
  currentDraft?: EventDraft;
  /**
   * Saves the draft; `baseline` is the record as the person last saw it, so only what they
   * changed since is written. Resolves to problems to show, or null once saved (the caller closes).
   */
  onSave(draft: EventDraft, baseline: EventDraft): Promise<DraftProblem[] | null>;
  onDelete(): void;
  onCancel(): void;
  /** Asked before unsaved changes are thrown away (Cancel, Escape); true: discard them. */
  confirmDiscard?(): Promise<boolean>;
  /** The stored event being edited (for who organizes it and its Meet link); absent for a new event. */
  event?: CalendarEvent;
  /** A guest's answer to "Going?"; saved at once as a change to their own response only. False: the user cancelled it. */
  onRespond?(status: ResponseStatus): Promise<boolean>;
  /** The event's calendar (a Google calendar shared read-only cannot be changed here). */
  calendar?: Calendar;
  /** The calendars it can go into or move to (the Calendar field). */
  calendars?: Calendar[];
  /** What "Default reminders" means in the event's calendar (until the draft's calendar is known). */
  defaultReminders?: ReminderOverride[];
}

type Field = DraftProblem['field'];

export function EventEditor({
  initialDraft,
  currentDraft,
  isNew,
  calendarColor,
  colors,
  onSave,
  onDelete,
  onCancel,
  confirmDiscard,
  event,
  onRespond,
  calendar,
  calendars,
  defaultReminders,
}: EventEditorProps) {
  // A read-only calendar, or a Google calendar not synced now: nothing changes here.
  const calendarLock = calendar ? refusalTextOf(calendarRefusal(calendar)) : null;
  const readOnlyCalendar = Boolean(calendarLock);
  // Guests and Meet exist only on Google: a calendar kept here offers neither.
  const onGoogle = calendar ? syncsToGoogle(calendar) : true;
  const where = calendar ?? { id: initialDraft.calendarId };
  // A guest may change only what Google lets a guest change (their answer, reminders, colour,
  // busy/free), unless the organizer lets guests change the event.
  const guest =
    Boolean(event && isGuest(event, where) && !event.guestsCanModify) || readOnlyCalendar;
  const answer = event ? guestAnswer(event, where) : undefined;
  const meetLink = event ? meetLinkOf(event) : undefined;
  const hasConference = Boolean(meetLink || event?.conferenceData);
  const rules = useMemo(() => typeRules(event), [event]);
  const locked = (field: LockableField) => rules.locked.has(field);

  const { draft, setDraft, set, problems, saving, save, close } = useEventDraft({
    initialDraft,
    currentDraft,
    rules,
    onSave,
    onCancel,
    confirmDiscard,
  });
  const id = useId();
  const { t } = useLocale();
  // Why the browser did not open the last link clicked, said under that link.
  const [linkProblem, setLinkProblem] = useState<{ url: string; text: string } | null>(null);
  // The calendar chosen in the draft gives "Default colour" and "Default reminders" their
  // meaning, so both follow the Calendar field unless the person set them.
  const chosen = calendars?.find((c) => c.id === draft.calendarId);
  const moveBlock = event && calendar ? refusalTextOf(moveRefusal(event, calendar)) : null;

  const problemFor = (field: Field) => problems.filter((p) => p.field === field);
  const errorId = (field: Field) => (problemFor(field).length ? `${id}-${field}-error` : undefined);
  const typeNoteId = `${id}-type-note`;
  /** aria-describedby for a field: its problems, and why it is read-only when its type locks it. */
  const describedBy = (field: Field | null, lock: LockableField) =>
    [field && errorId(field), locked(lock) ? typeNoteId : undefined].filter(Boolean).join(' ') ||
    undefined;
  const invalid = (field: Field) => problemFor(field).length > 0;

  const openLink = (url: string) => {
    setLinkProblem(null);
    void openInBrowser(url).then((text) => setLinkProblem(text ? { url, text } : null));
  };

  const linkProblemText = (shownUnderMeet: boolean) =>
    linkProblem && (linkProblem.url === meetLink) === shownUnderMeet ? (
      <p className="field-error" role="alert">
        {linkProblem.text}
      </p>
    ) : null;

  const errorText = (field: Field) => {
    const list = problemFor(field);
    if (!list.length) return null;
    return (
      <p id={errorId(field)} className="field-error" role="alert">
        {list.map((p) => p.message).join(' ')}
      </p>
    );
  };

  return (
    <Dialog label={t('editor.name')} onClose={() => void close()} className="event-editor">
      <form
        noValidate
        onKeyDown={saveOnModEnter}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 className="dialog-title">{isNew ? t('editor.newTitle') : t('editor.editTitle')}</h2>
        <div className="editor-body">
          <EventNotices
            id={id}
            typeNoteId={typeNoteId}
            calendar={calendar}
            rules={rules}
            guest={guest}
            calendarLock={calendarLock}
            answer={answer}
            onRespond={readOnlyCalendar ? undefined : onRespond}
          />
          <div className="field">
            <label htmlFor={`${id}-title`}>{t('editor.title')}</label>
            <input
              id={`${id}-title`}
              className="title-input"
              placeholder={t('editor.title.placeholder')}
              // Someone else's title, read only: shown without direction overrides.
              value={guest || locked('summary') ? visibleText(draft.summary) : draft.summary}
              data-autofocus=""
              readOnly={guest || locked('summary')}
              aria-invalid={invalid('summary') || undefined}
              aria-describedby={describedBy('summary', 'summary')}
              onChange={(e) => set('summary', e.target.value)}
            />
            {errorText('summary')}
          </div>

          <fieldset className="plain-fieldset" disabled={guest}>
            <div className="field-row">
              <label className="checkbox-row">
                <input
                  type="checkbox"
                  checked={draft.allDay}
                  disabled={locked('allDay')}
                  aria-describedby={describedBy(null, 'allDay')}
                  onChange={(e) => setDraft((d) => toggleAllDay(d, e.target.checked))}
                />
                {t('editor.allDay')}
              </label>
            </div>

            <DateTimeField
              id={`${id}-start`}
              label={t('editor.start')}
              timeLabel={t('editor.fromTime')}
              date={draft.startDate}
              time={draft.startTime}
              allDay={draft.allDay}
              dateLocked={locked('startDate')}
              timeLocked={locked('times')}
              invalid={invalid('start')}
              describedBy={describedBy('start', 'startDate')}
              onDate={(date) => setDraft((d) => moveStart(d, date, d.startTime))}
              onTime={(time) => setDraft((d) => moveStart(d, d.startDate, time))}
              error={errorText('start')}
            />

            <DateTimeField
              id={`${id}-end`}
              label={t('editor.end')}
              timeLabel={t('editor.toTime')}
              date={draft.endDate}
              time={draft.endTime}
              allDay={draft.allDay}
              dateLocked={locked('endDate')}
              timeLocked={locked('times')}
              invalid={invalid('end')}
              describedBy={describedBy('end', 'endDate')}
              onDate={(date) => set('endDate', date)}
              onTime={(time) => set('endTime', time)}
              error={errorText('end')}
            />

            {!draft.allDay && (
              <div className="field">
                <label htmlFor={`${id}-zone`}>{t('editor.timeZone')}</label>
                <TimeZoneField
                  id={`${id}-zone`}
                  value={draft.timeZone}
                  disabled={locked('timeZone')}
                  invalid={invalid('timeZone')}
                  describedBy={describedBy('timeZone', 'timeZone')}
                  onChange={(zone) => set('timeZone', zone)}
                />
                {errorText('timeZone')}
              </div>
            )}

            <div className="field">
              <label htmlFor={`${id}-repeat`}>{t('editor.repeat')}</label>
              <fieldset className="plain-fieldset" disabled={locked('repeat')}>
                <RepeatField
                  id={`${id}-repeat`}
                  rule={draft.repeat}
                  startDate={draft.startDate}
                  onChange={(rule) => set('repeat', rule)}
                  errorId={describedBy('repeat', 'repeat')}
                  invalid={invalid('repeat')}
                />
              </fieldset>
              {errorText('repeat')}
            </div>
          </fieldset>

          <div className="field">
            <label htmlFor={`${id}-location`}>{t('editor.location')}</label>
            <input
              id={`${id}-location`}
              placeholder={t('editor.location.placeholder')}
              value={draft.location}
              readOnly={guest || locked('location')}
              aria-invalid={invalid('location') || undefined}
              aria-describedby={describedBy('location', 'location')}
              onChange={(e) => set('location', e.target.value)}
            />
            {errorText('location')}
          </div>

          {meetLink && (
            <div className="field">
              <a
                className="button meet-link"
                href={meetLink}
                rel="noreferrer noopener"
                onClick={(e) => {
                  e.preventDefault();
                  openLink(meetLink);
                }}
              >
                {t('editor.joinMeet')}
              </a>
              {linkProblemText(true)}
            </div>
          )}
          {!hasConference && !guest && !locked('meet') && onGoogle && (
            <div className="field-row">
              <label className="checkbox-row">
                <input
                  type="checkbox"
                  checked={Boolean(draft.addMeet)}
                  onChange={(e) => set('addMeet', e.target.checked)}
                />
                {t('editor.addMeet')}
              </label>
            </div>
          )}

          <div className="field">
            <span className="label" id={`${id}-description-label`}>
              {t('editor.description')}
            </span>
            <DescriptionField
              labelId={`${id}-description-label`}
              html={draft.description}
              onChange={(html) => set('description', html)}
              readOnly={guest || locked('description')}
              errorId={describedBy('description', 'description')}
              invalid={invalid('description')}
              onOpenLink={openLink}
            />
            {errorText('description')}
            {linkProblemText(false)}
          </div>

          <div className="field">
            <label htmlFor={`${id}-guests`}>{t('editor.guests')}</label>
            {!onGoogle && !guest && <p className="hint">{t('editor.guests.needGoogle')}</p>}
            <GuestsField
              id={`${id}-guests`}
              readOnly={guest || locked('guests') || !onGoogle}
              attendees={draft.attendees}
              onChange={(list) => set('attendees', list)}
              errorId={errorId('guests')}
              invalid={invalid('guests')}
            />
            {locked('guests') && !guest && draft.attendees.length === 0 && (
              <p className="hint">{t('editor.guests.none')}</p>
            )}
            {errorText('guests')}
          </div>

          <div className="field">
            <span className="label">{t('editor.reminders')}</span>
            <RemindersField
              reminders={draft.reminders}
              onChange={(r) => set('reminders', r)}
              errorId={errorId('reminders')}
              invalid={invalid('reminders')}
              allDay={draft.allDay}
              defaults={chosen ? defaultRemindersOf(chosen) : defaultReminders}
            />
            {errorText('reminders')}
          </div>

          <ShowAsAndVisibility
            draft={draft}
            set={set}
            lockedBy={(field) => (locked(field) ? typeNoteId : undefined)}
          />

          {calendars && (
            <CalendarField
              value={draft.calendarId}
              calendars={calendars}
              refusal={isNew ? null : moveBlock}
              explainedBy={moveBlock && moveBlock === calendarLock ? `${id}-guest-note` : undefined}
              onChange={(calendarId) => set('calendarId', calendarId)}
            />
          )}
          <div className="field">
            <span className="label">{t('editor.color')}</span>
            <ColorField
              colorId={draft.colorId}
              calendarColor={chosen?.color ?? calendarColor}
              colors={colors}
              onChange={(colorId) => set('colorId', colorId)}
            />
          </div>
        </div>

        <EventEditorActions
          isNew={isNew}
          readOnlyCalendar={readOnlyCalendar}
          saving={saving}
          onDelete={onDelete}
          onClose={() => void close()}
        />
      </form>
    </Dialog>
  );
}
