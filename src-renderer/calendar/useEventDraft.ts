// The event editor's draft state: what the person has typed, the record it started from, the
// problems to show and the Save/close steps. Kept apart from the form so the rules about
// merging a newer record into an open editor, and when problems appear, live in one place.
import { useCallback, useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import { validateDraft } from './model/drafts';
import { changedDraftFields, mergeDraft } from './model/draft-merge';
import { lockedProblem, type TypeRules } from './model/event-types';
import { sameValue } from '../../src-preload/model/fields';
import type { DraftProblem, EventDraft } from './model/types';

export interface EventDraftOptions {
  initialDraft: EventDraft;
  /** The newest record's draft while the editor is open; absent for a new event. */
  currentDraft?: EventDraft;
  /** What the event's type locks: a locked field's problems are not the user's to fix. */
  rules: TypeRules;
  onSave(draft: EventDraft, baseline: EventDraft): Promise<DraftProblem[] | null>;
  onCancel(): void;
  confirmDiscard?(): Promise<boolean>;
}

export interface EventDraftState {
  draft: EventDraft;
  setDraft: Dispatch<SetStateAction<EventDraft>>;
  /** Sets one field; a server's problems from the last Save no longer apply. */
  set<K extends keyof EventDraft>(key: K, value: EventDraft[K]): void;
  /** The problems to show now (none before the first Save). */
  problems: DraftProblem[];
  saving: boolean;
  save(): Promise<void>;
  /** Closes, asking first when there are unsaved changes. */
  close(): Promise<void>;
}

export function useEventDraft({
  initialDraft,
  currentDraft,
  rules,
  onSave,
  onCancel,
  confirmDiscard,
}: EventDraftOptions): EventDraftState {
  const [draft, setDraft] = useState(initialDraft);
  // The record as the person last saw it: their changes are where the draft differs from it.
  const [baseline, setBaseline] = useState(initialDraft);
  const [followed, setFollowed] = useState(currentDraft);
  if (currentDraft !== followed) {
    // A newer version arrived (a sync, another window): untouched fields take it at once.
    setFollowed(currentDraft);
    if (currentDraft && !sameValue(currentDraft, baseline)) {
      setDraft(mergeDraft(currentDraft, baseline, draft));
      setBaseline(currentDraft);
    }
  }

  const [serverProblems, setServerProblems] = useState<DraftProblem[]>([]);
  // Problems show after the first Save and then follow every edit, so a fixed field clears at once.
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);

  // A read-only field holds what Google has; it is not the user's to fix.
  const validate = useCallback(
    (d: EventDraft) => safeValidate(d).filter((p) => !lockedProblem(rules, p)),
    [rules],
  );
  const problems = useMemo(
    () => (attempted ? mergeProblems(validate(draft), serverProblems) : []),
    [attempted, draft, serverProblems, validate],
  );

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
      const left = await onSave(draft, baseline);
      if (left) setServerProblems(left);
    } finally {
      setSaving(false);
    }
  };

  // Closing with unsaved changes asks first; the person may keep editing.
  const close = async () => {
    if (
      changedDraftFields(baseline, draft).length > 0 &&
      confirmDiscard &&
      !(await confirmDiscard())
    )
      return;
    onCancel();
  };

  return { draft, setDraft, set, problems, saving, save, close };
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
