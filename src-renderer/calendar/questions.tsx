// The questions the calendar asks before it changes something, as Google Calendar asks
// them: which events of a repeating event a change is for, whether Google emails the
// guests about it, whether unsaved edits may go, and whether events Google no longer has go
// from this computer too.
import type { SyncStatus } from '../../src-preload/contract';
import type { EditScope } from './model/types';
import type { Question } from './QuestionDialog';
import { visibleText } from '../visible-text';

export type ScopeAction = 'edit' | 'delete' | 'respond';

/**
 * Which part of a series the change applies to. A guest's answer has no "this and
 * following": the series is the organizer's to split.
 */
export function scopeQuestion(action: ScopeAction): Question<EditScope> {
  const answers: Question<EditScope>['answers'] = [
    { value: 'this', label: 'This event' },
    { value: 'following', label: 'This and following events' },
    { value: 'all', label: 'All events' },
  ];
  return {
    title: SCOPE_TITLES[action],
    answers: action === 'respond' ? answers.filter((a) => a.value !== 'following') : answers,
    choice: true,
    cancel: 'Cancel',
    className: 'scope-dialog',
  };
}

/** What Google would email the guests about: a new invitation, a change, a cancellation. */
export type GuestChange = 'invitation' | 'update' | 'cancellation' | 'reinvite';

/** "Send invitation / update / cancellation emails to guests?" Closing the question cancels the change. */
export function sendUpdatesQuestion(change: GuestChange): Question<boolean> {
  return {
    title: SEND_TITLES[change],
    body: <p>{SEND_DETAIL[change]}</p>,
    answers: [
      { value: false, label: "Don't send" },
      { value: true, label: 'Send', primary: true, focus: true },
    ],
    cancel: 'Cancel',
    className: 'send-updates-dialog',
  };
}

/**
 * Another calendar chosen for an occurrence of a repeating event: Google moves a series only
 * as a whole, so the whole series goes (closing the question cancels the move).
 */
export function moveSeriesQuestion(calendar: string): Question<boolean> {
  return {
    title: 'Move all events of the series?',
    body: (
      <p>
        A repeating event moves as a whole: all its events, changed ones included, go to “
        {visibleText(calendar)}”.
      </p>
    ),
    answers: [{ value: true, label: 'Move all events', primary: true, focus: true }],
    cancel: 'Cancel',
    className: 'move-series-dialog',
  };
}

/** Closing an editor with changes: "Discard changes?" — closing the question keeps editing. */
export function discardQuestion(): Question<boolean> {
  return {
    title: 'Discard changes?',
    body: <p>The changes you made to this event are not saved.</p>,
    answers: [
      { value: false, label: 'Keep editing', focus: true },
      { value: true, label: 'Discard', danger: true },
    ],
    className: 'discard-dialog',
  };
}

/**
 * After Google said "start over" (410) a full resync found that more than half of a
 * calendar's events are gone from Google. That is more often a mistake on the other side
 * than a wish, so nothing is removed here until the user says so (closing keeps them).
 */
export function removalQuestion(questions: SyncStatus['needsConfirmation']): Question<boolean> {
  return {
    title: 'Remove events Google no longer has?',
    body: (
      <>
        {questions.map((q) => (
          <p key={q.calendarId}>
            Google Calendar no longer has {q.wouldRemove} of the {q.total} events of “
            {visibleText(q.summary)}”.
          </p>
        ))}
        <p>
          Remove them from this computer too? If you keep them, Almanac asks again at the next sync.
        </p>
      </>
    ),
    answers: [
      { value: false, label: 'Keep them', focus: true },
      { value: true, label: 'Remove', danger: true },
    ],
  };
}

// ---------------------------------------------------------------------------------------

const SCOPE_TITLES: Record<ScopeAction, string> = {
  edit: 'Edit recurring event',
  delete: 'Delete recurring event',
  respond: 'Respond to recurring event',
};

const SEND_TITLES: Record<GuestChange, string> = {
  invitation: 'Send invitation emails to guests?',
  update: 'Send update emails to guests?',
  cancellation: 'Send cancellation emails to guests?',
  reinvite: 'Send emails to guests about the move?',
};

const SEND_DETAIL: Record<GuestChange, string> = {
  invitation: 'Google will email an invitation to each new guest.',
  update: 'Google will email the guests about the change.',
  cancellation: 'Google will email the guests that the event is cancelled.',
  reinvite:
    'The event moves to another Google account: Google makes it a new event there and deletes it from the old one, so guests may be invited again and their answers start over. Nothing is emailed unless you choose Send.',
};
