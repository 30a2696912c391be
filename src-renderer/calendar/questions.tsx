// The questions the calendar asks before it changes something, as Google Calendar asks
// them: which events of a repeating event a change is for, whether Google emails the
// guests about it, whether unsaved edits may go, and whether events Google no longer has go
// from this computer too.
import type { SyncStatus } from '../../src-preload/contract';
import type { EditScope } from './model/types';
import type { Question } from './QuestionDialog';
import { visibleText } from '../visible-text';
import { activeLocale } from '../i18n/active-locale';

export type ScopeAction = 'edit' | 'delete' | 'respond';

/**
 * Which part of a series the change applies to. A guest's answer has no "this and
 * following": the series is the organizer's to split.
 */
export function scopeQuestion(action: ScopeAction): Question<EditScope> {
  const { t } = activeLocale();
  const answers: Question<EditScope>['answers'] = [
    { value: 'this', label: t('scope.this') },
    { value: 'following', label: t('scope.following') },
    { value: 'all', label: t('scope.all') },
  ];
  return {
    title: t(`scope.title.${action}`),
    answers: action === 'respond' ? answers.filter((a) => a.value !== 'following') : answers,
    choice: true,
    cancel: t('common.cancel'),
    className: 'scope-dialog',
  };
}

/** What Google would email the guests about: a new invitation, a change, a cancellation. */
export type GuestChange = 'invitation' | 'update' | 'cancellation' | 'reinvite';

/** "Send invitation / update / cancellation emails to guests?" Closing the question cancels the change. */
export function sendUpdatesQuestion(change: GuestChange): Question<boolean> {
  const { t } = activeLocale();
  return {
    title: t(`send.title.${change}`),
    body: <p>{t(`send.detail.${change}`)}</p>,
    answers: [
      { value: false, label: t('send.dontSend') },
      { value: true, label: t('send.send'), primary: true, focus: true },
    ],
    cancel: t('common.cancel'),
    className: 'send-updates-dialog',
  };
}

/** A series moves to another calendar as a whole: "Move all events of the series?" */
export function moveSeriesQuestion(calendar: string): Question<boolean> {
  const { t } = activeLocale();
  return {
    title: t('moveSeries.title'),
    body: <p>{t('moveSeries.body', { calendar: visibleText(calendar) })}</p>,
    answers: [{ value: true, label: t('moveSeries.confirm'), primary: true, focus: true }],
    cancel: t('common.cancel'),
    className: 'move-series-dialog',
  };
}

/** Closing an editor with changes: "Discard changes?" — closing the question keeps editing. */
export function discardQuestion(): Question<boolean> {
  const { t } = activeLocale();
  return {
    title: t('discard.title'),
    body: <p>{t('discard.body')}</p>,
    answers: [
      { value: false, label: t('discard.keep'), focus: true },
      { value: true, label: t('discard.discard'), danger: true },
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
  const { t } = activeLocale();
  return {
    title: t('removal.title'),
    body: (
      <>
        {questions.map((q) => (
          <p key={q.calendarId}>
            {t('removal.calendar', {
              count: q.wouldRemove,
              total: q.total,
              calendar: visibleText(q.summary),
            })}
          </p>
        ))}
        <p>{t('removal.ask')}</p>
      </>
    ),
    answers: [
      { value: false, label: t('removal.keep'), focus: true },
      { value: true, label: t('removal.remove'), danger: true },
    ],
  };
}
