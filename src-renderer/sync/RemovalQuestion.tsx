// After Google said "start over" (410) a full resync found that more than half of a
// calendar's events are gone from Google. That is more often a mistake on the other side
// than a wish, so nothing is removed here until the user says so.
import type { SyncStatus } from '../../src-preload/contract';
import { Dialog } from '../calendar/Dialog';
import { visibleText } from '../visible-text';

export interface RemovalQuestionProps {
  questions: SyncStatus['needsConfirmation'];
  onRemove(calendarIds: string[]): void;
  onKeep(): void;
}

export function RemovalQuestion({ questions, onRemove, onKeep }: RemovalQuestionProps) {
  const title = 'Remove events Google no longer has?';
  return (
    <Dialog label={title} onClose={onKeep}>
      <h2 className="dialog-title">{title}</h2>
      {questions.map((q) => (
        <p key={q.calendarId}>
          Google Calendar no longer has {q.wouldRemove} of the {q.total} events of “
          {visibleText(q.summary)}”.
        </p>
      ))}
      <p>
        Remove them from this computer too? If you keep them, Almanac asks again at the next sync.
      </p>
      <div className="dialog-actions">
        <span className="spacer" />
        <button type="button" className="button" data-autofocus="" onClick={onKeep}>
          Keep them
        </button>
        <button
          type="button"
          className="button danger"
          onClick={() => onRemove(questions.map((q) => q.calendarId))}
        >
          Remove
        </button>
      </div>
    </Dialog>
  );
}
