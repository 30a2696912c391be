// The event editor: one dialog named "Event" with every field Google's event has that a
// person edits. It only edits a draft; the caller saves it and answers with problems when
// validation fails, so the dialog stays open with the user's input intact and each problem
// shown next to its field. A special event (a birthday, focus time…) carries its label, and
// what Google does not let change for its type is read-only, with the reason beside it.
import { useCallback, useId, useMemo, useState } from 'react';
import { Dialog } from './Dialog';
import { DateTimeField } from './DateTimeField';
import { GoingField } from './GoingField';
import { moveStart, toggleAllDay } from './model/draft-edits';
import { RepeatField } from './RepeatField';
import { GuestsField } from './GuestsField';
import { RemindersField } from './RemindersField';
import { ColorField } from './ColorField';
import type { EventColor } from './model/colors';
import { DescriptionField } from './DescriptionField';
import { validateDraft } from './model/drafts';
import { lockedProblem, typeRules, type LockableField } from './model/event-types';
import { meetLinkOf } from './model/conference';
import { canWrite, guestAnswer, isGuest } from '../../src-preload/model/calendar-access';
import { getApi } from '../bridge';
import { knownTimeZones } from './model/display-dates';
import type { DraftProblem, EventDraft } from './model/types';
import type {
  Calendar,
  CalendarEvent,
  ReminderOverride,
  ResponseStatus,
} from '../../src-preload/model/event';
import { visibleText } from '../visible-text';

export interface EventEditorProps {
  initialDraft: EventDraft;
  isNew: boolean;
  /** The colour of the event's calendar, for the "Default colour" swatch. */
  calendarColor: string;
  /** Google's event colours to offer. */
  colors: EventColor[];
  /** Saves the draft; resolves to problems to show, or null once saved (the caller closes). */
  onSave(draft: EventDraft): Promise<DraftProblem[] | null>;
  onDelete(): void;
  onCancel(): void;
  /** The stored event being edited (for who organizes it and its Meet link); absent for a new event. */
  event?: CalendarEvent;
  /** A guest's answer to "Going?"; saved at once as a change to their own response only. False: the user cancelled it. */
  onRespond?(status: ResponseStatus): Promise<boolean>;
  /** The event's calendar (a Google calendar shared read-only cannot be changed here). */
  calendar?: Calendar;
  /** What "Default reminders" means in the event's calendar. */
  defaultReminders?: ReminderOverride[];
}

type Field = DraftProblem['field'];

export function EventEditor({
  initialDraft,
  isNew,
  calendarColor,
  colors,
  onSave,
  onDelete,
  onCancel,
  event,
  onRespond,
  calendar,
  defaultReminders,
}: EventEditorProps) {
  const [draft, setDraft] = useState(initialDraft);
  // A guest may change only what Google lets a guest change (their answer, reminders, colour,
  // busy/free); in a read-only calendar nothing can change here at all.
  const readOnlyCalendar = calendar ? !canWrite(calendar) : false;
  const where = calendar ?? { id: initialDraft.calendarId };
  const guest = Boolean(event && isGuest(event, where)) || readOnlyCalendar;
  const answer = event ? guestAnswer(event, where) : undefined;
  const meetLink = event ? meetLinkOf(event) : undefined;
  const hasConference = Boolean(meetLink || event?.conferenceData);
  const rules = useMemo(() => typeRules(event), [event]);
  const locked = (field: LockableField) => rules.locked.has(field);

  const [serverProblems, setServerProblems] = useState<DraftProblem[]>([]);
  // Problems show after the first Save and then follow every edit, so a fixed field clears at once.
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const zones = useMemo(() => knownTimeZones(initialDraft.timeZone), [initialDraft.timeZone]);

  // A read-only field holds what Google has; it is not the user's to fix.
  const validate = useCallback(
    (d: EventDraft) => safeValidate(d).filter((p) => !lockedProblem(rules, p)),
    [rules],
  );
  const problems = useMemo(
    () => (attempted ? mergeProblems(validate(draft), serverProblems) : []),
    [attempted, draft, serverProblems, validate],
  );
  const problemFor = (field: Field) => problems.filter((p) => p.field === field);
  const errorId = (field: Field) => (problemFor(field).length ? `${id}-${field}-error` : undefined);
  const typeNoteId = `${id}-type-note`;
  /** aria-describedby for a field: its problems, and why it is read-only when its type locks it. */
  const describedBy = (field: Field | null, lock: LockableField) =>
    [field && errorId(field), locked(lock) ? typeNoteId : undefined].filter(Boolean).join(' ') ||
    undefined;
  const invalid = (field: Field) => problemFor(field).length > 0;

  const set = <K extends keyof EventDraft>(key: K, value: EventDraft[K]) => {
    setServerProblems([]);
    setDraft((d) => ({ ...d, [key]: value }));
  };

  const save = async () => {
    setAttempted(true);
    setServerProblems([]);
    if (validate(draft).length) return;
    setSaving(true);
    try {
      const left = await onSave(draft);
      if (left) setServerProblems(left);
    } finally {
      setSaving(false);
    }
  };

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
    <Dialog label="Event" onClose={onCancel} className="event-editor">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 className="dialog-title">{isNew ? 'New event' : 'Edit event'}</h2>
        <div className="editor-body">
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
              {readOnlyCalendar
                ? 'This calendar is read-only here: its events change on Google only.'
                : 'Only the organizer can change this event.'}
            </p>
          )}
          {guest && answer !== undefined && onRespond && (
            <GoingField id={`${id}-going`} initial={answer} onRespond={onRespond} />
          )}
          <div className="field">
            <label htmlFor={`${id}-title`}>Title</label>
            <input
              id={`${id}-title`}
              className="title-input"
              placeholder="Add title"
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
                All day
              </label>
            </div>

            <DateTimeField
              id={`${id}-start`}
              label="Start"
              timeLabel="From time"
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
              label="End"
              timeLabel="To time"
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

            <div className="field">
              <label htmlFor={`${id}-zone`}>Time zone</label>
              <select
                id={`${id}-zone`}
                value={draft.timeZone}
                disabled={locked('timeZone')}
                aria-invalid={invalid('timeZone') || undefined}
                aria-describedby={describedBy('timeZone', 'timeZone')}
                onChange={(e) => set('timeZone', e.target.value)}
              >
                {zones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone.replaceAll('_', ' ')}
                  </option>
                ))}
              </select>
              {errorText('timeZone')}
            </div>

            <div className="field">
              <label htmlFor={`${id}-repeat`}>Repeat</label>
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
            <label htmlFor={`${id}-location`}>Location</label>
            <input
              id={`${id}-location`}
              placeholder="Add location"
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
                  void getApi().openExternal(meetLink);
                }}
              >
                Join with Google Meet
              </a>
            </div>
          )}
          {!hasConference && !guest && !locked('meet') && (
            <div className="field-row">
              <label className="checkbox-row">
                <input
                  type="checkbox"
                  checked={Boolean(draft.addMeet)}
                  onChange={(e) => set('addMeet', e.target.checked)}
                />
                Add Google Meet video conferencing
              </label>
            </div>
          )}

          <div className="field">
            <span className="label" id={`${id}-description-label`}>
              Description
            </span>
            <DescriptionField
              labelId={`${id}-description-label`}
              html={draft.description}
              onChange={(html) => set('description', html)}
              readOnly={guest || locked('description')}
              errorId={describedBy('description', 'description')}
              invalid={invalid('description')}
            />
            {errorText('description')}
          </div>

          <div className="field">
            <label htmlFor={`${id}-guests`}>Guests</label>
            <GuestsField
              id={`${id}-guests`}
              readOnly={guest || locked('guests')}
              attendees={draft.attendees}
              onChange={(list) => set('attendees', list)}
              errorId={errorId('guests')}
              invalid={invalid('guests')}
            />
            {locked('guests') && !guest && draft.attendees.length === 0 && (
              <p className="hint">No guests.</p>
            )}
            {errorText('guests')}
          </div>

          <div className="field">
            <span className="label">Reminders</span>
            <RemindersField
              reminders={draft.reminders}
              onChange={(r) => set('reminders', r)}
              errorId={errorId('reminders')}
              invalid={invalid('reminders')}
              allDay={draft.allDay}
              defaults={defaultReminders}
            />
            {errorText('reminders')}
          </div>

          <div className="field-row two-up">
            <div className="field">
              <label htmlFor={`${id}-show-as`}>Show as</label>
              <select
                id={`${id}-show-as`}
                value={draft.transparency}
                disabled={locked('showAs')}
                aria-describedby={describedBy(null, 'showAs')}
                onChange={(e) => set('transparency', e.target.value as EventDraft['transparency'])}
              >
                <option value="opaque">Busy</option>
                <option value="transparent">Free</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-visibility`}>Visibility</label>
              <select
                id={`${id}-visibility`}
                value={draft.visibility}
                disabled={locked('visibility')}
                aria-describedby={describedBy(null, 'visibility')}
                onChange={(e) => set('visibility', e.target.value as EventDraft['visibility'])}
              >
                <option value="default">Default visibility</option>
                <option value="public">Public</option>
                <option value="private">Private</option>
                {draft.visibility === 'confidential' && (
                  <option value="confidential">Confidential</option>
                )}
              </select>
            </div>
          </div>

          <div className="field">
            <span className="label">Color</span>
            <ColorField
              colorId={draft.colorId}
              calendarColor={calendarColor}
              colors={colors}
              onChange={(colorId) => set('colorId', colorId)}
            />
          </div>
        </div>

        <div className="dialog-actions">
          {!isNew && !readOnlyCalendar && (
            <button type="button" className="button danger" onClick={onDelete}>
              Delete
            </button>
          )}
          <span className="spacer" />
          <button type="button" className="button" onClick={onCancel}>
            {readOnlyCalendar ? 'Close' : 'Cancel'}
          </button>
          {!readOnlyCalendar && (
            <button type="submit" className="button primary" disabled={saving}>
              Save
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}

function safeValidate(draft: EventDraft): DraftProblem[] {
  try {
    return validateDraft(draft);
  } catch (error) {
    return [{ field: 'start', message: error instanceof Error ? error.message : String(error) }];
  }
}

function mergeProblems(a: DraftProblem[], b: DraftProblem[]): DraftProblem[] {
  const seen = new Set(a.map((p) => `${p.field}:${p.message}`));
  return [...a, ...b.filter((p) => !seen.has(`${p.field}:${p.message}`))];
}
