// Which event the editor is open on, and opening, saving and closing it. The editor follows
// the event as it is now in the database, so a sync or another window changing it underneath
// shows in the open editor; the change itself (questions, the write) is useEventChanges'.
import { useCallback, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AlmanacDatabase } from '../db/database';
import { currentOccurrence } from '../db/current-occurrence';
import { rememberCalendar } from '../calendars/CalendarField';
import type { Span } from './CalendarView';
import type { EventChanges } from './useEventChanges';
import { draftFromOccurrence, newDraft } from './model/drafts';
import type { DraftProblem, EventDraft, Occurrence } from './model/types';

export interface EditorState {
  /** The occurrence being edited; null for a new event. */
  occurrence: Occurrence | null;
  draft: EventDraft;
  /** Remounts the editor for every opening, so no state leaks from the last event. */
  key: number;
}

export function useEditorState({
  db,
  zone,
  calendarId,
  changes,
}: {
  db: AlmanacDatabase;
  zone: string;
  /** The calendar a new event goes into. */
  calendarId: string;
  changes: Pick<EventChanges, 'save' | 'remove'>;
}) {
  const [editor, setEditor] = useState<EditorState | null>(null);
  const openCount = useRef(0);

  /** A new event from a draft made elsewhere (quick add). */
  const openDraft = useCallback((draft: EventDraft) => {
    setEditor({ occurrence: null, draft, key: ++openCount.current });
  }, []);

  const openNew = useCallback(
    (span: Span) => openDraft(newDraft({ ...span, timeZone: zone, calendarId })),
    [zone, calendarId, openDraft],
  );

  const openOccurrence = useCallback(
    (occurrence: Occurrence) => {
      setEditor({
        occurrence,
        draft: draftFromOccurrence(occurrence, zone),
        key: ++openCount.current,
      });
    },
    [zone],
  );

  // The open event as it is now, so the editor follows changes made underneath it.
  const current = useLiveQuery(
    async () => (editor?.occurrence ? currentOccurrence(db, editor.occurrence) : undefined),
    [db, editor?.occurrence],
  );
  const currentDraft = useMemo(
    () => (current ? draftFromOccurrence(current, zone) : undefined),
    [current, zone],
  );

  const save = async (draft: EventDraft, baseline: EventDraft): Promise<DraftProblem[] | null> => {
    if (!editor) return null;
    const problems = await changes.save(editor.occurrence, draft, baseline);
    if (!problems && !editor.occurrence) rememberCalendar(draft.calendarId);
    if (!problems) setEditor(null);
    return problems;
  };
  const remove = async () => {
    if (editor?.occurrence && (await changes.remove(editor.occurrence))) setEditor(null);
  };

  return {
    editor,
    current,
    currentDraft,
    openNew,
    openDraft,
    openOccurrence,
    save,
    remove,
    close: () => setEditor(null),
  };
}
