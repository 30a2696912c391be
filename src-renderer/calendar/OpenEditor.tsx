// The editor as the window opens it: on the event useEditorState holds, with what the editor
// needs to know about its calendar (colour, default reminders, who may change what), and the
// window's flows for saving, deleting, answering and discarding.
import type { Calendar } from '../../src-preload/model/event';
import { defaultRemindersOf } from '../reminders/reminder-times';
import { EventEditor } from './EventEditor';
import type { useEditorState } from './useEditorState';
import type { EventChanges } from './useEventChanges';
import type { Questions } from './QuestionDialog';
import { discardQuestion } from './questions';
import { FALLBACK_COLOR, type EventColor } from './model/colors';

export interface OpenEditorProps {
  editing: ReturnType<typeof useEditorState>;
  calendars: Calendar[] | undefined;
  colors: EventColor[];
  changes: Pick<EventChanges, 'respond'>;
  ask: Questions['ask'];
}

export function OpenEditor({ editing, calendars, colors, changes, ask }: OpenEditorProps) {
  const { editor } = editing;
  if (!editor) return null;
  const { occurrence } = editor;
  const calendar = calendars?.find((c) => c.id === editor.draft.calendarId);
  return (
    <EventEditor
      key={editor.key}
      initialDraft={editor.draft}
      currentDraft={editing.currentDraft}
      isNew={!occurrence}
      calendarColor={calendar?.color ?? FALLBACK_COLOR}
      colors={colors}
      onSave={editing.save}
      onDelete={() => void editing.remove()}
      onCancel={editing.close}
      confirmDiscard={async () => (await ask(discardQuestion())) === true}
      event={editing.current?.event ?? occurrence?.event}
      onRespond={occurrence ? (status) => changes.respond(occurrence, status) : undefined}
      calendar={calendar}
      calendars={calendars}
      defaultReminders={calendar ? defaultRemindersOf(calendar) : undefined}
    />
  );
}
