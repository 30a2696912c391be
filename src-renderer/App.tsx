// The calendar window: toolbar, mini month and grid, plus the dialogs they open. It owns the
// flow of a change (editor or drag → "which events?" for a series → event-operations) and
// leaves storage to the data layer and drawing to FullCalendar.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type FullCalendar from '@fullcalendar/react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ResponseStatus } from '../src-preload/model/event';
import type { SendUpdates } from '../src-preload/local-store';
import type { ViewName } from '../src-preload/contract';
import type { AlmanacDatabase } from './db/database';
import { DEFAULT_CALENDAR_ID } from './db/database';
import { listCalendars, occurrenceOfRecord, readEventPalette } from './db/queries';
import { CalendarView } from './calendar/CalendarView';
import type { Span, VisibleRange } from './calendar/CalendarView';
import { Toolbar } from './calendar/Toolbar';
import { MiniMonth } from './calendar/MiniMonth';
import { EventEditor } from './calendar/EventEditor';
import { RepeatScopeDialog } from './calendar/RepeatScopeDialog';
import type { ScopeAction } from './calendar/RepeatScopeDialog';
import { ShortcutHelp } from './calendar/ShortcutHelp';
import { PreferencesDialog } from './preferences/PreferencesDialog';
import type { PreferencesTab } from './preferences/PreferencesDialog';
import { SendUpdatesDialog } from './sync/SendUpdatesDialog';
import type { GuestChange } from './sync/SendUpdatesDialog';
import { RemovalQuestion } from './sync/RemovalQuestion';
import { SignInPanel } from './sync/SignInPanel';
import { useSyncStatus } from './sync/useSyncStatus';
import { getApi } from './bridge';
import { SyncButton } from './sync/SyncButton';
import { useGoogleStatus } from './sync/useGoogleStatus';
import { useProblemLog } from './sync/useProblemLog';
import { draftFromOccurrence, newDraft } from './calendar/model/drafts';
import {
  createEvent,
  deleteEvent,
  DraftValidationError,
  moveEvent,
  respondToEvent,
  updateEvent,
} from './db/event-writes';
import { FALLBACK_COLOR, eventColors } from './calendar/model/colors';
import { typeRules } from './calendar/model/event-types';
import { isoDateIn, newEventSlot, osTimeZone, todayIn } from './calendar/model/display-dates';
import type { DraftProblem, EditScope, EventDraft, Occurrence } from './calendar/model/types';
import { useSettings } from './useSettings';
import type { SettingsState } from './useSettings';
import { useShortcuts } from './shortcuts';
import type { ShortcutAction } from './shortcuts';
import { applyTheme } from './theme';
import { ErrorBoundary } from './ErrorBoundary';
import { canWrite, organizes } from '../src-preload/model/calendar-access';

export function App({ db }: { db: AlmanacDatabase }) {
  const settingsState = useSettings();
  const { theme } = settingsState.settings;
  useEffect(() => applyTheme(theme), [theme]);

  // The first view and week start come from settings, so wait for them (briefly; a dead
  // bridge falls back to defaults) rather than flash the wrong view.
  if (!settingsState.ready) return <div className="app-loading" aria-busy="true" />;
  return <CalendarWindow db={db} settingsState={settingsState} />;
}

interface EditorState {
  /** The occurrence being edited; null for a new event. */
  occurrence: Occurrence | null;
  draft: EventDraft;
  /** Remounts the editor for every opening, so no state leaks from the last event. */
  key: number;
}

interface GuestQuestion {
  change: GuestChange;
  resolve(answer: SendUpdates | null): void;
}

interface ScopeRequest {
  action: ScopeAction;
  resolve(scope: EditScope | null): void;
}

function CalendarWindow({
  db,
  settingsState,
}: {
  db: AlmanacDatabase;
  settingsState: SettingsState;
}) {
  const { settings, problem, dismissProblem, update } = settingsState;
  const zone = settings.timeZone ?? osTimeZone();
  const calendarRef = useRef<FullCalendar | null>(null);

  const [view, setView] = useState<ViewName>(settings.defaultView);
  // The zone travels with the range: its instants are midnights in the zone the grid had.
  const [visible, setVisible] = useState<(VisibleRange & { zone: string }) | null>(null);
  const [editor, setEditor] = useState<EditorState | null>(null);
  const [scopeRequest, setScopeRequest] = useState<ScopeRequest | null>(null);
  const [guestQuestion, setGuestQuestion] = useState<GuestQuestion | null>(null);
  const [preferencesOpen, setPreferencesOpen] = useState<PreferencesTab | false>(false);
  const google = useGoogleStatus();
  useProblemLog(db, google.status);
  const sync = useSyncStatus(db);
  const [removalDismissed, setRemovalDismissed] = useState<unknown>(null);
  const removal = sync.status?.needsConfirmation ?? [];
  const [helpOpen, setHelpOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const openCount = useRef(0);

  const calendars = useLiveQuery(() => listCalendars(db), [db]);
  const writableCalendar = useMemo(() => {
    const writable = (calendars ?? []).filter(canWrite);
    return writable.find((c) => c.primary) ?? writable[0];
  }, [calendars]);
  const colorOf = (calendarId: string) =>
    calendars?.find((c) => c.id === calendarId)?.color ?? FALLBACK_COLOR;
  const palette = useLiveQuery(() => readEventPalette(db), [db]);
  const colors = useMemo(() => eventColors(palette), [palette]);

  const api = () => calendarRef.current?.getApi();

  // ------------------------------------------------------------------ opening the editor

  const openNew = useCallback(
    (span: Span) => {
      const draft = newDraft({
        ...span,
        timeZone: zone,
        calendarId: writableCalendar?.id ?? DEFAULT_CALENDAR_ID,
      });
      setEditor({ occurrence: null, draft, key: ++openCount.current });
    },
    [zone, writableCalendar],
  );

  const openNewFromButton = () => {
    const range = visible ?? { start: new Date(), end: new Date(Date.now() + 86_400_000) };
    openNew({ ...newEventSlot(range, zone), allDay: false });
  };

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

  /** From a sync log line: Preferences gives way to the editor, on the event's date. */
  const openRecord = async (id: string) => {
    const occurrence = await occurrenceOfRecord(db, id);
    if (!occurrence) return setNotice('That event is no longer on this computer.');
    setPreferencesOpen(false);
    api()?.gotoDate(occurrence.start);
    openOccurrence(occurrence);
  };

  // ------------------------------------------------------------------ changing events

  /** Asks which events of a series a change applies to; null when the user cancels. */
  const askScope = (action: ScopeAction) =>
    new Promise<EditScope | null>((resolve) => {
      setScopeRequest({
        action,
        resolve: (scope) => {
          setScopeRequest(null);
          resolve(scope);
        },
      });
    });

  /** Which events of a series a change applies to: asked, unless the type keeps the series whole (a birthday). */
  const scopeOf = async (occurrence: Occurrence, action: ScopeAction): Promise<EditScope | null> =>
    occurrence.seriesId && !typeRules(occurrence.event).wholeSeries ? askScope(action) : 'all';

  /**
   * Whether Google should email the guests about a change: asked when the event has guests,
   * lives on Google and the user organizes it, unless Preferences says always or never.
   * Null when the user cancelled the question (and so the change).
   */
  const askSendUpdates = async (
    change: GuestChange,
    calendarId: string,
    hadGuests: boolean,
    event?: Occurrence['event'],
  ): Promise<SendUpdates | null> => {
    const calendar = calendars?.find((c) => c.id === calendarId);
    const organizer = !event || !calendar || organizes(event, calendar);
    const linked = Boolean(calendar?.account);
    if (!linked || !hadGuests || !organizer) return 'none';
    if (settings.sendUpdates === 'always') return 'all';
    if (settings.sendUpdates === 'never') return 'none';
    return new Promise((resolve) =>
      setGuestQuestion({
        change,
        resolve: (answer) => {
          setGuestQuestion(null);
          resolve(answer);
        },
      }),
    );
  };
  const guestsOf = (event?: Occurrence['event']) => (event?.attendees?.length ?? 0) > 0;

  const save = async (draft: EventDraft): Promise<DraftProblem[] | null> => {
    if (!editor) return null;
    try {
      const { occurrence } = editor;
      if (!occurrence) {
        const sendUpdates = await askSendUpdates(
          'create',
          draft.calendarId,
          draft.attendees.length > 0,
        );
        if (!sendUpdates) return [];
        await createEvent(db, draft, { sendUpdates });
      } else {
        const scope = await scopeOf(occurrence, 'edit');
        // Cancelling a question leaves the editor open with everything typed.
        if (!scope) return [];
        const sendUpdates = await askSendUpdates(
          'edit',
          draft.calendarId,
          draft.attendees.length > 0 || guestsOf(occurrence.event),
          occurrence.event,
        );
        if (!sendUpdates) return [];
        await updateEvent(db, occurrence, draft, scope, { sendUpdates });
      }
      setEditor(null);
      return null;
    } catch (error) {
      if (error instanceof DraftValidationError) return error.problems;
      throw error;
    }
  };

  /** A guest's "Going?" answer; for a repeating event, after asking which occurrences. False when the user cancelled. */
  const respond = async (occurrence: Occurrence, status: ResponseStatus): Promise<boolean> => {
    const scope = occurrence.seriesId ? await askScope('respond') : 'all';
    if (!scope) return false;
    await respondToEvent(db, occurrence, status, scope === 'this' ? 'this' : 'all');
    return true;
  };

  const remove = async () => {
    const occurrence = editor?.occurrence;
    if (!occurrence) return;
    const scope = await scopeOf(occurrence, 'delete');
    if (!scope) return;
    const sendUpdates = await askSendUpdates(
      'delete',
      occurrence.event.calendarId,
      guestsOf(occurrence.event),
      occurrence.event,
    );
    if (!sendUpdates) return;
    try {
      await deleteEvent(db, occurrence, scope, { sendUpdates });
      setEditor(null);
    } catch (error) {
      setNotice(`The event was not deleted: ${messageOf(error)}`);
    }
  };

  const move = useCallback(
    async (occurrence: Occurrence, change: Span, revert: () => void) => {
      const scope = await scopeOf(occurrence, 'edit');
      if (!scope) return revert();
      const sendUpdates = await askSendUpdates(
        'edit',
        occurrence.event.calendarId,
        guestsOf(occurrence.event),
        occurrence.event,
      );
      if (!sendUpdates) return revert();
      try {
        await moveEvent(db, occurrence, change, scope, { sendUpdates });
      } catch (error) {
        revert();
        const detail =
          error instanceof DraftValidationError
            ? error.problems.map((p) => p.message).join(' ')
            : messageOf(error);
        setNotice(`The event was not moved: ${detail}`);
      }
    },
    // askSendUpdates reads the latest calendars and settings on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [db, calendars, settings.sendUpdates],
  );

  // ------------------------------------------------------------------ navigation

  const onAction = (action: ShortcutAction) => {
    switch (action) {
      case 'new':
        return openNewFromButton();
      case 'today':
        return api()?.today();
      case 'next':
        return api()?.next();
      case 'previous':
        return api()?.prev();
      case 'help':
        return setHelpOpen(true);
      default:
        return setView(action);
    }
  };
  useShortcuts(onAction);

  const today = todayIn(zone);
  // Read in the zone the grid drew them in: right after a zone change, midnight of the old
  // zone is the previous evening further west, which would move the view back a day.
  const shown = visible
    ? {
        start: isoDateIn(visible.currentStart, visible.zone),
        end: isoDateIn(visible.currentEnd, visible.zone),
      }
    : { start: today, end: today };
  // The day the view is on (the mini month shows its month, as Google's does); kept so a
  // zone change (which remounts the grid) stays put.
  const anchor = visible?.date ?? today;
  const banner = problem ?? notice;

  return (
    <div className="app">
      {banner && (
        <div className="banner" role="alert">
          <span>{banner}</span>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              if (notice) setNotice(null);
              else dismissProblem();
            }}
          >
            Dismiss
          </button>
        </div>
      )}
      <Toolbar
        title={visible?.title ?? ''}
        view={view}
        onToday={() => onAction('today')}
        onPrevious={() => onAction('previous')}
        onNext={() => onAction('next')}
        onView={setView}
        onNewEvent={openNewFromButton}
        onPreferences={() => setPreferencesOpen('general')}
        sync={
          <SyncButton
            google={google}
            sync={sync}
            onOpenSettings={() => setPreferencesOpen('google')}
            onOpenLog={() => setPreferencesOpen('log')}
          />
        }
      />
      <SignInPanel google={google} />
      {google.status?.problem && google.status.state !== 'signing-in' && !preferencesOpen && (
        <div className="banner" role="alert">
          <span>
            <strong>{google.status.problem.title}</strong> {google.status.problem.fix}
          </span>
          <button
            type="button"
            className="link-button"
            onClick={() => setPreferencesOpen('google')}
          >
            Open Google Calendar settings
          </button>
        </div>
      )}
      <div className="workspace">
        <aside className="sidebar">
          <MiniMonth
            anchor={anchor}
            shown={shown}
            today={today}
            weekStartsOn={settings.weekStartsOn}
            onPick={(date) => api()?.gotoDate(date)}
          />
          <p className="hint">
            Press <kbd>?</kbd> for keyboard shortcuts
          </p>
        </aside>
        <main className="main">
          <ErrorBoundary what="calendar">
            <CalendarView
              // A new zone remounts the grid at the date on screen; FullCalendar cannot
              // change its zone in place without redrawing every event anyway.
              key={zone}
              db={db}
              calendarRef={calendarRef}
              view={view}
              initialDate={anchor}
              zone={zone}
              weekStartsOn={settings.weekStartsOn}
              onRangeChange={(range) => setVisible({ ...range, zone })}
              onOpen={openOccurrence}
              onSelectSpan={openNew}
              onShowDay={(date) => {
                api()?.changeView('timeGridDay', date);
                setView('day');
              }}
              onMove={move}
            />
          </ErrorBoundary>
        </main>
      </div>

      {editor && (
        <EventEditor
          key={editor.key}
          initialDraft={editor.draft}
          isNew={!editor.occurrence}
          calendarColor={colorOf(editor.draft.calendarId)}
          colors={colors}
          onSave={save}
          onDelete={() => void remove()}
          onCancel={() => setEditor(null)}
          event={editor.occurrence?.event}
          onRespond={
            editor.occurrence ? (status) => respond(editor.occurrence!, status) : undefined
          }
          calendar={calendars?.find((c) => c.id === editor.draft.calendarId)}
        />
      )}
      {removal.length > 0 && removalDismissed !== sync.status && (
        <RemovalQuestion
          questions={removal}
          onKeep={() => setRemovalDismissed(sync.status)}
          onRemove={(ids) => {
            setRemovalDismissed(sync.status);
            void getApi().confirmRemoval(ids);
          }}
        />
      )}
      {guestQuestion && (
        <SendUpdatesDialog
          change={guestQuestion.change}
          onChoose={(send) => guestQuestion.resolve(send ? 'all' : 'none')}
          onCancel={() => guestQuestion.resolve(null)}
        />
      )}
      {scopeRequest && (
        <RepeatScopeDialog
          action={scopeRequest.action}
          onChoose={(scope) => scopeRequest.resolve(scope)}
          onCancel={() => scopeRequest.resolve(null)}
        />
      )}
      {preferencesOpen && (
        <PreferencesDialog
          settings={settings}
          onSave={update}
          onClose={() => setPreferencesOpen(false)}
          google={google}
          initialTab={preferencesOpen}
          db={db}
          sync={sync}
          onOpenEvent={(id) => void openRecord(id)}
        />
      )}
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
    </div>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
