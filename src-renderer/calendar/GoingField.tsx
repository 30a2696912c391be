// A guest's "Going?" — Yes, No or Maybe — in the event editor. The answer is saved at once,
// as a change to the guest's own response only; a cancelled question (which occurrences of
// a series?) or a failure puts the previous answer back, the failure with its reason.
import { useState } from 'react';
import type { ResponseStatus } from '../../src-preload/model/event';

export interface GoingFieldProps {
  /** The id of the field's label. */
  id: string;
  initial: ResponseStatus;
  /** Saves the answer; false when the person cancelled it. */
  onRespond(status: ResponseStatus): Promise<boolean>;
}

const ANSWERS: { status: ResponseStatus; label: string }[] = [
  { status: 'accepted', label: 'Yes' },
  { status: 'declined', label: 'No' },
  { status: 'tentative', label: 'Maybe' },
];

export function GoingField({ id, initial, onRespond }: GoingFieldProps) {
  const [answer, setAnswer] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const respond = async (status: ResponseStatus) => {
    const before = answer;
    setAnswer(status);
    setError(null);
    try {
      if (!(await onRespond(status))) setAnswer(before);
    } catch (failure) {
      setAnswer(before);
      setError(
        `Your answer was not saved: ${failure instanceof Error ? failure.message : String(failure)}`,
      );
    }
  };
  return (
    <div className="field going-field" role="group" aria-labelledby={id}>
      <span className="label" id={id}>
        Going?
      </span>
      <div className="inline-fields">
        {ANSWERS.map(({ status, label }) => (
          <button
            key={status}
            type="button"
            className="button"
            aria-pressed={answer === status}
            onClick={() => void respond(status)}
          >
            {label}
          </button>
        ))}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
