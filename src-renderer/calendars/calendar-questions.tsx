// What the sidebar asks before it deletes a calendar: how many events go with it.
import { activeLocale } from '../i18n/active-locale';
import type { Question } from '../calendar/QuestionDialog';

export function deleteCalendarQuestion(name: string, events: number): Question<boolean> {
  const { t } = activeLocale();
  return {
    title: t('deleteCalendar.title', { name }),
    body: <p>{t('deleteCalendar.body', { events })}</p>,
    answers: [{ value: true, label: t('deleteCalendar.delete'), danger: true, focus: true }],
    cancel: t('common.cancel'),
  };
}
