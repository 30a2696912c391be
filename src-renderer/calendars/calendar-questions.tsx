// What the sidebar asks before it deletes a calendar: how many events go with it.
import type { Question } from '../calendar/QuestionDialog';

export function deleteCalendarQuestion(name: string, events: number): Question<boolean> {
  const what =
    events === 0
      ? 'It has no events.'
      : `Its ${events === 1 ? 'event' : `${events} events`} will be deleted from this computer too.`;
  return {
    title: `Delete “${name}”?`,
    body: <p>{what} This cannot be undone.</p>,
    answers: [{ value: true, label: 'Delete calendar', danger: true, focus: true }],
    cancel: 'Cancel',
  };
}
