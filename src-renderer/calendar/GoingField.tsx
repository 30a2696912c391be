// A guest's "Going?" — Yes, No or Maybe — in the event editor. The answer is saved at once,
// as a change to the guest's own response only; a cancelled question (which occurrences of
// a series?) or a failure puts the previous answer back, the failure with its reason.
import { useState } from 'react';
import { useLocale } from '../i18n/LocaleProvider';
import type { MessageId } from '../i18n/catalogues';
import type { ResponseStatus } from '../../src-preload/model/event';

export interface GoingFieldProps {
  /** The id of the field's label. */
  id: string;
  /** The answer as stored now. */
  answer: ResponseStatus;
  /** Saves the answer; false when the person cancelled it. */
  onRespond(status: ResponseStatus): Promise<boolean>;
}

const ANSWERS: { status: ResponseStatus; label: MessageId }[] = [
  { status: 'accepted', label: 'answer.yes' },
  { status: 'declined', label: 'answer.no' },
  { status: 'tentative', label: 'answer.maybe' },
];

export function GoingField({ id, answer, onRespond }: GoingFieldProps) {
  // The click shows at once; the stored answer takes over once it has caught up.
  const [pending, setPending] = useState<ResponseStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { t } = useLocale();
  if (pending !== null && pending === answer) setPending(null);
  const shown = pending ?? answer;
  const respond = async (status: ResponseStatus) => {
    setPending(status);
    setError(null);
    try {
      if (!(await onRespond(status))) setPending(null);
    } catch (failure) {
      setPending(null);
      setError(
        t('going.notSaved', {
          reason: failure instanceof Error ? failure.message : String(failure),
        }),
      );
    }
  };
  return (
    <div className="field going-field" role="group" aria-labelledby={id}>
      <span className="label" id={id}>
        {t('going.label')}
      </span>
      <div className="inline-fields">
        {ANSWERS.map(({ status, label }) => (
          <button
            key={status}
            type="button"
            className="button"
            aria-pressed={shown === status}
            onClick={() => void respond(status)}
          >
            {t(label)}
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
