// The calendar window: toolbar, sidebar and grid, plus the dialogs they open. What each
// shortcut or command does is useWindowActions'; the flow of a change (editor or drag →
// questions → the write) is useEventChanges; storage is the data layer's, drawing the grids'.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GridHandle } from './calendar/grid-handle';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ViewName } from '../src-preload/settings';
import { canWrite } from '../src-preload/model/calendar-access';
import type { AlmanacDatabase } from './db/database';
import { DEFAULT_CALENDAR_ID } from './db/database';
import { listCalendars, occurrenceOfRecord, readEventPalette } from './db/queries';
import { CalendarView } from './calendar/CalendarView';
import type { VisibleRange } from './calendar/CalendarView';
import { Toolbar } from './calendar/Toolbar';
import { OpenEditor } from './calendar/OpenEditor';
import { ShortcutHelp } from './calendar/ShortcutHelp';
import { QuickAddDialog } from './calendar/QuickAddDialog';
import { WindowSearch } from './search/WindowSearch';
import { CommandPalette } from './palette/CommandPalette';
import { appCommands } from './palette/app-commands';
import { useQuestions } from './calendar/QuestionDialog';
import { useEventChanges } from './calendar/useEventChanges';
import { useEditorState } from './calendar/useEditorState';
import { QuickLookHost, useLookControl } from './calendar/QuickLookHost';
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
import { useRemovalQuestion } from './sync/useRemovalQuestion';
import { eventColors } from './calendar/model/colors';
import { isoDateIn, newEventSlot, osTimeZone, todayIn } from './calendar/model/display-dates';
import { useSettings } from './useSettings';
import type { SettingsState } from './useSettings';
import { rememberPlace, rememberedPlace } from './calendar/model/anchor-date';
import { useWindowActions } from './useWindowActions';
import { applyTheme } from './theme';
import { ErrorBoundary } from './ErrorBoundary';
import type { ReminderEngine } from './reminders/reminder-engine';
import { lastUsedCalendar } from './calendars/CalendarField';
import { setCalendarShown } from './db/calendar-writes';
import { useHiddenCalendars } from './calendars/useHiddenCalendars';
import { useDisplaySettings } from './calendars/display-options';
import { Sidebar } from './Sidebar';
import { connectedAccounts } from '../src-preload/google-status';
import { Banner, type Notice, type NoticeTone } from './Banner';
import { LocaleProvider, useLocale } from './i18n/LocaleProvider';
import { rangeTitleKind } from './calendar/fullcalendar-views';
import { problemWords } from './sync/problem-words';

export function App({ db, reminders }: { db: AlmanacDatabase; reminders: ReminderEngine }) {
  const settingsState = useSettings();
  const { theme } = settingsState.settings;
  useEffect(() => applyTheme(theme), [theme]);

  // The first view and week start come from settings, so wait for them (briefly; a dead
  // bridge falls back to defaults) rather than flash the wrong view.
  if (!settingsState.ready) return <div className="app-loading" aria-busy="true" />;
  return (
    <LocaleProvider settings={settingsState.settings}>
      <CalendarWindow db={db} settingsState={settingsState} reminders={reminders} />
    </LocaleProvider>
  );
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
  const locale = useLocale();
  const { t } = locale;
  const calendarRef = useRef<GridHandle | null>(null);

  // A reload comes back to the view and day it left.
  const [remembered] = useState(rememberedPlace);
  const [view, setView] = useState<ViewName>(remembered.view ?? settings.defaultView);
  // The zone travels with the range: its instants are midnights in the zone the grid had.
  const [visible, setVisible] = useState<(VisibleRange & { zone: string }) | null>(null);
  const [preferencesOpen, setPreferencesOpen] = useState<PreferencesTab | false>(false);
  const google = useGoogleStatus();
  useProblemLog(db, google.status);
  const sync = useSyncStatus(db);
  const connected = useConnection();
  const [notice, setNotice] = useState<Notice | null>(null);
  const notify = useCallback(
    (text: string, tone: NoticeTone = 'problem') => setNotice({ text, tone }),
    [],
  );

  // Read again in another language: the first calendar's name is worded in it.
  const calendars = useLiveQuery(() => listCalendars(db), [db, locale.locale]);
  const writableCalendar = useMemo(() => {
    const writable = (calendars ?? []).filter(canWrite);
    return lastUsedCalendar(calendars) ?? writable.find((c) => c.primary) ?? writable[0];
  }, [calendars]);
  const hiddenCalendars = useHiddenCalendars(db);
  const displayOptions = useDisplaySettings(settings);
  const { defaultEventMinutes } = displayOptions;
  const palette = useLiveQuery(() => readEventPalette(db), [db]);
  const colors = useMemo(() => eventColors(palette), [palette]);

  const api = () => calendarRef.current;

  // ------------------------------------------------------------------ the editor

  const questions = useQuestions();
  const undo = useUndo(db, notify);
  const changes = useEventChanges({
    db,
    calendars,
    sendUpdates: settings.sendUpdates,
    ask: questions.ask,
    notify,
    undoable: undo.run,
  });
  const editing = useEditorState({
    db,
    zone,
    calendarId: writableCalendar?.id ?? DEFAULT_CALENDAR_ID,
    changes,
  });
  const { openNew, openOccurrence } = editing;
  useRemovalQuestion(sync.status, questions.ask);
  // The quick look's state is its host's, so opening it redraws nothing else.
  const [lookControl, quick] = useLookControl();

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

  // A reminder's title, or a click on its notification: the editor on that occurrence.
  useEffect(
    () =>
      reminders.onOpen((occurrence) => {
        setPreferencesOpen(false);
        calendarRef.current?.gotoDate(occurrence.start);
        openOccurrence(occurrence);
      }),
    [reminders, openOccurrence],
  );

  /** From a sync log line: Preferences gives way to the editor, on the event's date. */
  const openRecord = async (id: string) => {
    const occurrence = await occurrenceOfRecord(db, id);
    if (!occurrence) return notify(t('app.eventGone'));
    setPreferencesOpen(false);
    api()?.gotoDate(occurrence.start);
    openOccurrence(occurrence);
  };

  // The application menu's Preferences… (Electron).
  useEffect(() => getApi().onOpenPreferences(() => setPreferencesOpen('general')), []);

  // ------------------------------------------------------------------ navigation

  const today = todayIn(zone);
  // The day the view is on (the mini month shows its month, as Google's does); kept so a
  // zone change (which remounts the grid) stays put.
  const anchor = visible?.date ?? remembered.date ?? today;
  const actions = useWindowActions({
    calendarRef,
    view,
    anchor,
    setView,
    newEvent: openNewFromButton,
    events: quick,
  });

  const searchField = (
    <WindowSearch
      db={db}
      zone={zone}
      calendar={api}
      view={view}
      setView={setView}
      onOpen={openOccurrence}
      onLook={quick.open}
    />
  );

  // Read in the zone the grid drew them in: right after a zone change, midnight of the old
  // zone is the previous evening further west, which would move the view back a day.
  const shown = visible
    ? {
        start: isoDateIn(visible.currentStart, visible.zone),
        end: isoDateIn(visible.currentEnd, visible.zone),
      }
    : { start: today, end: today };
  useEffect(() => rememberPlace(view, visible?.date ?? null), [view, visible?.date]);
  const titles = useMemo(
    () =>
      visible
        ? locale.formats.rangeTitles(rangeTitleKind(visible.viewType), shown.start, shown.end)
        : [],
    [locale.formats, visible, shown.start, shown.end],
  );
  // The settings' own problem comes first; a notice waits behind it.
  const banner: Notice | null = problem
    ? { text: t(problem.id, problem.values), tone: 'problem' }
    : notice;
  const googleProblem = google.status?.problem ? problemWords(google.status.problem, locale) : null;

  return (
    <div className="app">
      {banner && (
        <Banner
          action={t('common.dismiss')}
          tone={banner.tone}
          onAction={() => (problem ? dismissProblem() : setNotice(null))}
        >
          {banner.text}
        </Banner>
      )}
      {!connected && (
        <Banner action={t('app.reload')} onAction={() => window.location.reload()}>
          <strong>{t('app.stopped')}</strong> {t('app.stopped.detail')}
        </Banner>
      )}
      <Toolbar
        titles={titles}
        view={view}
        onToday={() => actions.run('today')}
        onPrevious={() => actions.run('previous')}
        onNext={() => actions.run('next')}
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
        <Banner action={t('app.openGoogleSettings')} onAction={() => setPreferencesOpen('google')}>
          <strong>{googleProblem?.title}</strong> {googleProblem?.fix}
        </Banner>
      )}
      <div className="workspace">
        <Sidebar
          db={db}
          zone={zone}
          anchor={anchor}
          shown={shown}
          today={today}
          weekStartsOn={locale.firstDay}
          onPick={(date) => api()?.gotoDate(date)}
          calendars={calendars}
          hidden={hiddenCalendars}
          writableCalendarId={writableCalendar?.id}
          googleAccounts={connectedAccounts(google.status)}
          ask={questions.ask}
          notify={notify}
          reminders={reminders}
          defaultSnooze={settings.defaultSnoozeMinutes}
        />
        <main className="main">
          <ErrorBoundary what={t('boundary.calendar')}>
            <CalendarView
              // A new zone remounts the grid at the date on screen; FullCalendar cannot
              // change its zone in place without redrawing every event anyway.
              key={zone}
              db={db}
              calendarRef={calendarRef}
              view={view}
              initialDate={anchor}
              zone={zone}
              hiddenCalendars={hiddenCalendars}
              display={displayOptions}
              onRangeChange={(range) => setVisible({ ...range, zone })}
              onLook={quick.clicked}
              onEdit={quick.edit}
              onSelectSpan={openNew}
              onShowDay={(date) => {
                api()?.gotoDate(date);
                setView('day');
              }}
              onMove={changes.move}
            />
          </ErrorBoundary>
        </main>
      </div>

      <OpenEditor
        editing={editing}
        calendars={calendars}
        colors={colors}
        changes={changes}
        ask={questions.ask}
      />
      <QuickLookHost
        control={lookControl}
        colors={colors}
        db={db}
        zone={zone}
        calendars={calendars}
        newEventCalendarId={writableCalendar?.id ?? DEFAULT_CALENDAR_ID}
        changes={changes}
        edit={openOccurrence}
        editDraft={editing.openDraft}
        notify={notify}
      />
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
      {actions.helpOpen && <ShortcutHelp onClose={actions.closeHelp} />}
      {actions.palette && (
        <CommandPalette
          dateOnly={actions.palette === 'date'}
          onClose={actions.closePalette}
          onGoTo={(date) => api()?.gotoDate(date)}
          commands={appCommands({
            run: actions.run,
            openPreferences: () => setPreferencesOpen('general'),
            calendars: { all: calendars ?? [], hidden: hiddenCalendars },
            showCalendar: (id, shown) =>
              void setCalendarShown(db, id, shown).catch(() => notify(t('app.tickFailed'))),
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
      {actions.quickAddOpen && (
        <QuickAddDialog
          context={quickAddContext}
          onClose={actions.closeQuickAdd}
          onDraft={(draft) => {
            actions.closeQuickAdd();
            editing.openDraft(draft);
          }}
        />
      )}
    </div>
  );
}
