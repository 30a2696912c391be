// The calendar window: toolbar, mini month and grid, plus the dialogs they open. The flow of
// a change (editor or drag → questions → the write) is useEventChanges; storage is the data
// layer's, drawing FullCalendar's.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type FullCalendar from '@fullcalendar/react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SyncStatus } from '../src-preload/contract';
import type { ViewName } from '../src-preload/settings';
import type { Calendar } from '../src-preload/model/event';
import { canWrite } from '../src-preload/model/calendar-access';
import type { AlmanacDatabase } from './db/database';
import { DEFAULT_CALENDAR_ID } from './db/database';
import { listCalendars, occurrenceOfRecord, readEventPalette } from './db/queries';
import { currentOccurrence } from './db/current-occurrence';
import { CalendarView } from './calendar/CalendarView';
import type { Span, VisibleRange } from './calendar/CalendarView';
import { Toolbar } from './calendar/Toolbar';
import { MiniMonth } from './calendar/MiniMonth';
import { EventEditor } from './calendar/EventEditor';
import { ShortcutHelp } from './calendar/ShortcutHelp';
import { QuickAddDialog } from './calendar/QuickAddDialog';
import { SEARCH_FIELD_ID, SearchField } from './search/SearchField';
import { CommandPalette } from './palette/CommandPalette';
import { appCommands } from './palette/app-commands';
import { useQuestions, type Questions } from './calendar/QuestionDialog';
import { discardQuestion, removalQuestion } from './calendar/questions';
import { useEventChanges } from './calendar/useEventChanges';
import { useUndo } from './calendar/useUndo';
import { PreferencesDialog } from './preferences/PreferencesDialog';
import type { PreferencesTab } from './preferences/PreferencesDialog';
import { SignInPanel } from './sync/SignInPanel';
import { useSyncStatus } from './sync/useSyncStatus';
import { useConnection } from './sync/useConnection';
import { getApi } from './bridge';
import { SyncButton } from './sync/SyncButton';
import { useGoogleStatus } from './sync/useGoogleStatus';
import { useProblemLog } from './sync/useProblemLog';
import { draftFromOccurrence, newDraft } from './calendar/model/drafts';
import { FALLBACK_COLOR, eventColors } from './calendar/model/colors';
import { isoDateIn, newEventSlot, osTimeZone, todayIn } from './calendar/model/display-dates';
import type { DraftProblem, EventDraft, Occurrence } from './calendar/model/types';
import { useSettings } from './useSettings';
import type { SettingsState } from './useSettings';
import { useShortcuts } from './shortcuts';
import { rememberPlace, rememberedPlace, stepAnchor } from './calendar/model/anchor-date';
import type { ShortcutAction } from './shortcuts';
import { applyTheme } from './theme';
import { ErrorBoundary } from './ErrorBoundary';
import type { ReminderEngine } from './reminders/reminder-engine';
import { ReminderPanel } from './reminders/ReminderPanel';
import { defaultRemindersOf } from './reminders/reminder-times';
import { CalendarList } from './calendars/CalendarList';
import { lastUsedCalendar, rememberCalendar } from './calendars/CalendarField';
import { hiddenCalendarIds, readDisplay } from './calendars/visibility';
import { CalendarFiles } from './ics/CalendarFiles';

export function App({ db, reminders }: { db: AlmanacDatabase; reminders: ReminderEngine }) {
  const settingsState = useSettings();
  const { theme } = settingsState.settings;
  useEffect(() => applyTheme(theme), [theme]);

  // The first view and week start come from settings, so wait for them (briefly; a dead
  // bridge falls back to defaults) rather than flash the wrong view.
  if (!settingsState.ready) return <div className="app-loading" aria-busy="true" />;
  return <CalendarWindow db={db} settingsState={settingsState} reminders={reminders} />;
}

interface EditorState {
  /** The occurrence being edited; null for a new event. */
  occurrence: Occurrence | null;
  draft: EventDraft;
  /** Remounts the editor for every opening, so no state leaks from the last event. */
  key: number;
}

function CalendarWindow({
  db,
  settingsState,
  reminders,
}: {
  db: AlmanacDatabase;
  settingsState: SettingsState;
  reminders: ReminderEngine;
}) {
  const { settings, problem, dismissProblem, update } = settingsState;
  const zone = settings.timeZone ?? osTimeZone();
  const calendarRef = useRef<FullCalendar | null>(null);

  // A reload comes back to the view and day it left.
  const [remembered] = useState(rememberedPlace);
  const [view, setView] = useState<ViewName>(remembered.view ?? settings.defaultView);
  // The zone travels with the range: its instants are midnights in the zone the grid had.
  const [visible, setVisible] = useState<(VisibleRange & { zone: string }) | null>(null);
  const [editor, setEditor] = useState<EditorState | null>(null);
  const [preferencesOpen, setPreferencesOpen] = useState<PreferencesTab | false>(false);
  const google = useGoogleStatus();
  useProblemLog(db, google.status);
  const sync = useSyncStatus(db);
  const connected = useConnection();
  const [helpOpen, setHelpOpen] = useState(false);
  const [quickAddOpen, setQuickAddOpen] = useState(false);
  const [commandPalette, setPalette] = useState<'all' | 'date' | false>(false);
  const [notice, setNotice] = useState<string | null>(null);
  const openCount = useRef(0);

  const calendars = useLiveQuery(() => listCalendars(db), [db]);
  const writableCalendar = useMemo(() => {
    const writable = (calendars ?? []).filter(canWrite);
    return lastUsedCalendar(calendars) ?? writable.find((c) => c.primary) ?? writable[0];
  }, [calendars]);
  const colorOf = (calendarId: string) =>
    calendars?.find((c) => c.id === calendarId)?.color ?? FALLBACK_COLOR;
  const display = useLiveQuery(() => readDisplay(db), [db]);
  const hiddenCalendars = useMemo(() => hiddenCalendarIds(display), [display]);
  const {
    hideWeekends,
    showWeekNumbers,
    workingHours,
    defaultEventMinutes,
    secondaryTimeZone,
    declinedEvents,
  } = settings;
  const displayOptions = useMemo(
    () => ({
      hideWeekends,
      showWeekNumbers,
      workingHours,
      defaultEventMinutes,
      secondaryTimeZone,
      declinedEvents,
    }),
    [
      hideWeekends,
      showWeekNumbers,
      workingHours,
      defaultEventMinutes,
      secondaryTimeZone,
      declinedEvents,
    ],
  );
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

  const quickAddContext = useMemo(
    () => ({
      timeZone: zone,
      calendarId: writableCalendar?.id ?? DEFAULT_CALENDAR_ID,
      defaultMinutes: 60,
    }),
    [zone, writableCalendar],
  );

  const openNewFromButton = () => {
    const range = visible ?? { start: new Date(), end: new Date(Date.now() + 86_400_000) };
    const slot = newEventSlot(range, zone);
    const end = new Date(Date.parse(slot.start) + defaultEventMinutes * 60_000).toISOString();
    openNew({ start: slot.start, end, allDay: false });
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

  // A reminder's title, or a click on its notification: the editor on that occurrence.
  useEffect(
    () =>
      reminders.onOpen((occurrence) => {
        setPreferencesOpen(false);
        calendarRef.current?.getApi().gotoDate(occurrence.start);
        openOccurrence(occurrence);
      }),
    [reminders, openOccurrence],
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

  // The application menu's Preferences… (Electron).
  useEffect(() => getApi().onOpenPreferences(() => setPreferencesOpen('general')), []);

  const questions = useQuestions();
  const undo = useUndo(db, setNotice);
  const changes = useEventChanges({
    db,
    calendars,
    sendUpdates: settings.sendUpdates,
    ask: questions.ask,
    notify: setNotice,
    undoable: undo.run,
  });
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
  useRemovalQuestion(sync.status, questions.ask);

  // ------------------------------------------------------------------ navigation

  const onAction = (action: ShortcutAction) => {
    switch (action) {
      case 'new':
        return openNewFromButton();
      case 'today':
        return api()?.today();
      // The anchor moves by the view's length and stays the same weekday (FullCalendar's
      // own next/prev would snap it to the start of the range).
      case 'next':
        return api()?.gotoDate(stepAnchor(anchor, view, 1));
      case 'previous':
        return api()?.gotoDate(stepAnchor(anchor, view, -1));
      case 'help':
        return setHelpOpen(true);
      case 'quickAdd':
        return setQuickAddOpen(true);
      case 'search':
        return document.getElementById(SEARCH_FIELD_ID)?.focus();
      case 'palette':
        return setPalette('all');
      case 'goTo':
        return setPalette('date');
      case 'edit':
        // The event with keyboard focus on the grid or agenda, as a click would open it.
        return document.activeElement?.closest<HTMLElement>('.fc-event')?.click();
      default:
        return setView(action);
    }
  };
  useShortcuts(onAction);

  // Where the calendar was when a search began, for Esc to go back to.
  const beforeSearch = useRef<{ date: Date; view: ViewName } | null>(null);
  const searchField = (
    <SearchField
      db={db}
      zone={zone}
      onStart={() => {
        const date = api()?.getDate();
        beforeSearch.current = date ? { date, view } : null;
      }}
      onOpen={(occurrence) => {
        api()?.gotoDate(occurrence.start);
        openOccurrence(occurrence);
      }}
      onReturn={() => {
        const back = beforeSearch.current;
        if (!back) return;
        setView(back.view);
        api()?.gotoDate(back.date);
      }}
    />
  );

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
  const anchor = visible?.date ?? remembered.date ?? today;
  useEffect(() => rememberPlace(view, visible?.date ?? null), [view, visible?.date]);
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
      {!connected && (
        <div className="banner" role="alert">
          <span>
            <strong>Almanac's background process stopped.</strong> Your calendar is still here and
            keeps your changes; syncing waits until it is back.
          </span>
          <button type="button" className="link-button" onClick={() => window.location.reload()}>
            Reload
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
        search={searchField}
        sync={
          <SyncButton
            google={google}
            sync={sync}
            connected={connected}
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
          {calendars && (
            <CalendarList
              db={db}
              calendars={calendars}
              hidden={hiddenCalendars}
              zone={zone}
              ask={questions.ask}
              notify={setNotice}
              googleAccount={
                google.status?.state === 'connected'
                  ? (google.status.account ?? undefined)
                  : undefined
              }
            />
          )}
          <p className="hint">
            Press <kbd>?</kbd> for keyboard shortcuts
          </p>
          <ReminderPanel engine={reminders} defaultSnooze={settings.defaultSnoozeMinutes} />
          <CalendarFiles
            db={db}
            calendars={calendars ?? []}
            calendarId={writableCalendar?.id}
            zone={zone}
            notify={setNotice}
          />
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
              hiddenCalendars={hiddenCalendars}
              display={displayOptions}
              onRangeChange={(range) => setVisible({ ...range, zone })}
              onOpen={openOccurrence}
              onSelectSpan={openNew}
              onShowDay={(date) => {
                api()?.changeView('timeGridDay', date);
                setView('day');
              }}
              onMove={changes.move}
            />
          </ErrorBoundary>
        </main>
      </div>

      {editor && (
        <EventEditor
          key={editor.key}
          initialDraft={editor.draft}
          currentDraft={currentDraft}
          isNew={!editor.occurrence}
          calendarColor={colorOf(editor.draft.calendarId)}
          colors={colors}
          onSave={save}
          onDelete={() => void remove()}
          onCancel={() => setEditor(null)}
          confirmDiscard={async () => (await questions.ask(discardQuestion())) === true}
          event={current?.event ?? editor.occurrence?.event}
          onRespond={
            editor.occurrence
              ? (status) => changes.respond(editor.occurrence as Occurrence, status)
              : undefined
          }
          calendar={calendars?.find((c) => c.id === editor.draft.calendarId)}
          calendars={calendars}
          defaultReminders={defaultsOf(calendars?.find((c) => c.id === editor.draft.calendarId))}
        />
      )}
      {questions.dialog}
      {undo.toast}
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
          reminders={reminders}
        />
      )}
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
      {commandPalette && (
        <CommandPalette
          dateOnly={commandPalette === 'date'}
          onClose={() => setPalette(false)}
          onGoTo={(date) => api()?.gotoDate(date)}
          commands={appCommands({
            run: onAction,
            openPreferences: () => setPreferencesOpen('general'),
            ...(google.status?.state === 'connected'
              ? {
                  syncNow: () => void sync.syncNow(),
                  togglePause: {
                    paused: sync.status?.paused ?? false,
                    run: () =>
                      void (sync.status?.paused ? sync.resume() : getApi().pauseSync(true)),
                  },
                }
              : {}),
          })}
        />
      )}
      {quickAddOpen && (
        <QuickAddDialog
          context={quickAddContext}
          onClose={() => setQuickAddOpen(false)}
          onDraft={(draft) => {
            setQuickAddOpen(false);
            setEditor({ occurrence: null, draft, key: ++openCount.current });
          }}
        />
      )}
    </div>
  );
}

function defaultsOf(calendar: Calendar | undefined) {
  return calendar ? defaultRemindersOf(calendar) : undefined;
}

/**
 * After a full resync that would remove most of a calendar, asks whether to remove those
 * events here too — once per sync that found them, and not again while the question is
 * open; keeping them (or closing) asks again after the next sync.
 */
function useRemovalQuestion(status: SyncStatus | null, ask: Questions['ask']): void {
  const asked = useRef<string | null>(null);
  const open = useRef(false);
  useEffect(() => {
    const removal = status?.needsConfirmation ?? [];
    // Main announces its status often (a sync starting, settings); a new sync result is new.
    const key = JSON.stringify([status?.lastSyncAt, status?.lastResult, removal]);
    if (removal.length === 0 || open.current || asked.current === key) return;
    asked.current = key;
    open.current = true;
    void ask(removalQuestion(removal)).then((remove) => {
      open.current = false;
      if (remove) void getApi().confirmRemoval(removal.map((q) => q.calendarId));
    });
  }, [status, ask]);
}
