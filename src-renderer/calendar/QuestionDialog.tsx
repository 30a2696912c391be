// A question the app asks before it acts — which events of a series a change is for, whether
// Google emails the guests, whether events Google no longer has go here too — answered
// through a promise: `ask(question)` resolves with the answer, or null when the person
// closes the dialog (Escape, Cancel). One dialog at a time; a second question waits for the
// first. Answers are buttons, or (`choice`) radio options confirmed with OK.
import { useCallback, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Dialog } from './Dialog';
import { useLocale } from '../i18n/LocaleProvider';

export interface Question<T> {
  title: string;
  /** The dialog's accessible name when it is not the title (a title naming one thing). */
  label?: string;
  body?: ReactNode;
  answers: Answer<T>[];
  /** Radio options with OK, the first one chosen, instead of a button per answer. */
  choice?: boolean;
  /** A Cancel button at the start of the row (Escape cancels either way). */
  cancel?: string;
  className?: string;
}

export interface Answer<T> {
  value: T;
  label: string;
  primary?: boolean;
  danger?: boolean;
  /** Focused when the dialog opens. */
  focus?: boolean;
}

export interface Questions {
  ask<T>(question: Question<T>): Promise<T | null>;
  /** The dialog of the question being asked, if any; render it once. */
  dialog: ReactNode;
}

export function useQuestions(): Questions {
  const [queue, setQueue] = useState<Asked[]>([]);
  const count = useRef(0);
  const ask = useCallback(
    <T,>(question: Question<T>) =>
      new Promise<T | null>((resolve) => {
        const asked: Asked = {
          key: ++count.current,
          question: question as Question<unknown>,
          answer: (value) => {
            setQueue((q) => q.filter((a) => a !== asked));
            resolve(value as T | null);
          },
        };
        setQueue((q) => [...q, asked]);
      }),
    [],
  );
  const first = queue[0];
  const dialog = first ? (
    <QuestionDialog
      key={`question-${first.key}`}
      question={first.question}
      onAnswer={first.answer}
    />
  ) : null;
  return { ask, dialog };
}

export function QuestionDialog<T>({
  question,
  onAnswer,
}: {
  question: Question<T>;
  onAnswer(answer: T | null): void;
}) {
  const { title, body, answers, cancel } = question;
  const [chosen, setChosen] = useState<T | undefined>(answers[0]?.value);
  const name = useId();
  const { t } = useLocale();
  const cancelButton = cancel && (
    <button type="button" className="button" onClick={() => onAnswer(null)}>
      {cancel}
    </button>
  );
  return (
    <Dialog
      label={question.label ?? title}
      onClose={() => onAnswer(null)}
      className={question.className}
    >
      <h2 className="dialog-title">{title}</h2>
      {body && <div className="dialog-body">{body}</div>}
      {question.choice ? (
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            onAnswer(chosen ?? null);
          }}
        >
          <div role="radiogroup" aria-label={title} className="scope-options">
            {answers.map((answer) => (
              <label key={answer.label} className="radio-row">
                <input
                  type="radio"
                  name={name}
                  checked={chosen === answer.value}
                  onChange={() => setChosen(answer.value)}
                  data-autofocus={chosen === answer.value ? '' : undefined}
                />
                {answer.label}
              </label>
            ))}
          </div>
          <div className="dialog-actions">
            {cancelButton}
            <button type="submit" className="button primary">
              {t('common.ok')}
            </button>
          </div>
        </form>
      ) : (
        <div className="dialog-actions">
          {cancelButton}
          <span className="spacer" />
          {answers.map((answer) => (
            <button
              key={answer.label}
              type="button"
              className={`button${answer.primary ? ' primary' : ''}${answer.danger ? ' danger' : ''}`}
              data-autofocus={answer.focus ? '' : undefined}
              onClick={() => onAnswer(answer.value)}
            >
              {answer.label}
            </button>
          ))}
        </div>
      )}
    </Dialog>
  );
}

// ---------------------------------------------------------------------------------------

interface Asked {
  /** Each question mounts a dialog of its own (its React key, prefixed: the dialog sits among the window's other children). */
  key: number;
  question: Question<unknown>;
  answer(value: unknown): void;
}
