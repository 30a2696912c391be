// The sidebar's calendars: "My calendars" (kept here), one group per Google account headed
// by its address (its calendars, writable or not), and "Other calendars" (subscriptions and
// other read-only ones kept here). Each row's checkbox, named after the calendar, shows or hides
// its events — on screen and in reminders, never in sync; the row's menu offers "Display this
// only", the calendar's settings and colour, and deleting a calendar kept here, which says
// how many events go with it and asks first.
import { bridgeErrorText } from '../i18n/bridge-error-words';
import { useCallback, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { Calendar } from '../../src-preload/model/event';
import { canWrite } from '../../src-preload/model/calendar-access';
import type { AlmanacDatabase } from '../db/database';
import {
  CalendarDetailsError,
  countCalendarEvents,
  createLocalCalendar,
  deleteLocalCalendar,
  detailsOf,
  detailsProblems,
  setCalendarShown,
  showOnlyCalendar,
  updateLocalCalendar,
} from '../db/calendar-writes';
import type { CalendarDetails, CalendarProblem } from '../../src-preload/model/calendar-details';
import type { Result } from '../../src-preload/contract';
import type { Questions } from '../calendar/QuestionDialog';
import { CalendarMenu, type CalendarMenuChoice } from './CalendarMenu';
import { CalendarSettingsDialog, type CalendarHome } from './CalendarSettingsDialog';
import { getApi } from '../bridge';
import { deleteCalendarQuestion } from './calendar-questions';
import { useLocale } from '../i18n/LocaleProvider';
import './calendars.css';

// Signs, not words: the buttons' names say what they do in the reader's language.
const PLUS = '+';
const MORE = '⋮';

export interface CalendarListProps {
  db: AlmanacDatabase;
  /** In the order to list them (listCalendars). */
  calendars: Calendar[];
  /** The calendars whose events are not shown. */
  hidden: ReadonlySet<string>;
  /** The zone the window shows; a new calendar starts in it. */
  zone: string;
  ask: Questions['ask'];
  /** Tells the person a change did not happen, and why. */
  notify(message: string): void;
  /**
   * The Google accounts whose sign-in works, in the order they were added: a new calendar
   * may go to any of them (the first unless made from an account's group), and their
   * calendars' settings change from here.
   */
  googleAccounts: string[];
}

/** Which settings dialog is open: a new calendar (starting where), or one calendar's (by id). */
type Editing = { kind: 'new'; home: CalendarHome } | { kind: 'calendar'; id: string } | null;

export function CalendarList({
  db,
  calendars,
  hidden,
  zone,
  ask,
  notify,
  googleAccounts,
}: CalendarListProps) {
  const { t } = useLocale();
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const closeMenu = useCallback(() => setMenuFor(null), []);
  const mine = calendars.filter((c) => !c.account && canWrite(c));
  const others = calendars.filter((c) => !c.account && !canWrite(c));
  const accounts = accountsOf(calendars, googleAccounts[0]);
  const editingCalendar =
    editing?.kind === 'calendar' ? calendars.find((c) => c.id === editing.id) : undefined;

  const attempt = (work: Promise<unknown>) =>
    void work.catch((error: unknown) =>
      notify(error instanceof Error ? error.message : String(error)),
    );

  const choose = (calendar: Calendar, choice: CalendarMenuChoice) => {
    setMenuFor(null);
    switch (choice.kind) {
      case 'only':
        return attempt(showOnlyCalendar(db, calendar.id));
      case 'settings':
        return setEditing({ kind: 'calendar', id: calendar.id });
      case 'color':
        return attempt(
          writeCalendar(db, calendar, {
            ...detailsOf(calendar, zone),
            color: choice.color,
          }),
        );
      case 'delete':
        return attempt(
          (async () => {
            const count = await countCalendarEvents(db, calendar.id);
            if (await ask(deleteCalendarQuestion(calendar.summary, count)))
              await deleteLocalCalendar(db, calendar.id);
          })(),
        );
    }
  };

  const save = async (
    details: CalendarDetails,
    where: CalendarHome,
  ): Promise<CalendarProblem[] | null> => {
    try {
      if (editingCalendar) await writeCalendar(db, editingCalendar, details);
      else if (where !== 'local') await createOnGoogle(details, where.account);
      else await createLocalCalendar(db, details);
      setEditing(null);
      return null;
    } catch (error) {
      if (error instanceof CalendarDetailsError) return error.problems;
      return [
        { field: 'summary', message: error instanceof Error ? error.message : String(error) },
      ];
    }
  };

  const group = (title: string, list: Calendar[], action?: ReactNode) => (
    <section key={title} className="calendar-group" aria-label={title}>
      <div className="calendar-group-head">
        <h2>{title}</h2>
        {action}
      </div>
      <ul>
        {list.map((calendar) => (
          <CalendarRow
            key={calendar.id}
            calendar={calendar}
            shown={!hidden.has(calendar.id)}
            menuOpen={menuFor === calendar.id}
            canEdit={!calendar.account || googleAccounts.includes(calendar.account)}
            onShow={(shown) => attempt(setCalendarShown(db, calendar.id, shown))}
            onMenu={() => setMenuFor(menuFor === calendar.id ? null : calendar.id)}
            onChoose={(choice) => choose(calendar, choice)}
            onCloseMenu={closeMenu}
          />
        ))}
      </ul>
    </section>
  );

  return (
    <div className="calendar-list">
      {group(
        t('calendars.mine'),
        mine,
        <button
          type="button"
          className="calendar-add"
          aria-label={t('calendars.new')}
          title={t('calendars.new')}
          onClick={() =>
            setEditing({
              kind: 'new',
              home: googleAccounts[0] ? { account: googleAccounts[0] } : 'local',
            })
          }
        >
          {PLUS}
        </button>,
      )}
      {accounts.map((account) =>
        group(
          account,
          calendars.filter((c) => c.account === account),
          googleAccounts.includes(account) && (
            <button
              type="button"
              className="calendar-add"
              aria-label={t('calendars.addTo', { account })}
              title={t('calendars.addTo', { account })}
              onClick={() => setEditing({ kind: 'new', home: { account } })}
            >
              {PLUS}
            </button>
          ),
        ),
      )}
      {others.length > 0 && group(t('calendars.other'), others)}
      {editing && (editing.kind === 'new' || editingCalendar) && (
        <CalendarSettingsDialog
          calendar={editingCalendar}
          zone={zone}
          usedColors={calendars.map((c) => c.color)}
          googleAccounts={googleAccounts}
          home={editing.kind === 'new' ? editing.home : 'local'}
          onSave={save}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}

/** The Google accounts that have calendars here, the first connected one first, then as listed. */
function accountsOf(calendars: Calendar[], first: string | undefined): string[] {
  const seen = new Set<string>(first && calendars.some((c) => c.account === first) ? [first] : []);
  for (const c of calendars) if (c.account) seen.add(c.account);
  return [...seen];
}

/** Changes a calendar where it lives: here, or on Google (which then stores it here). */
async function writeCalendar(
  db: AlmanacDatabase,
  calendar: Calendar,
  details: CalendarDetails,
): Promise<void> {
  if (!calendar.account) return updateLocalCalendar(db, calendar.id, details);
  assertDetails(details);
  answerOf(await getApi().updateGoogleCalendar(calendar.id, details));
}

async function createOnGoogle(details: CalendarDetails, account: string): Promise<void> {
  assertDetails(details);
  answerOf(await getApi().createGoogleCalendar(details, account));
}

function assertDetails(details: CalendarDetails): void {
  const problems = detailsProblems(details);
  if (problems.length > 0) throw new CalendarDetailsError(problems);
}

function answerOf(result: Result<null>): void {
  if (!result.ok) throw new Error(bridgeErrorText(result.error));
}

function CalendarRow({
  calendar,
  shown: stored,
  canEdit,
  menuOpen,
  onShow,
  onMenu,
  onChoose,
  onCloseMenu,
}: {
  calendar: Calendar;
  /** Whether its events are shown, as stored. */
  shown: boolean;
  /** Whether its settings and colour can change from here. */
  canEdit: boolean;
  menuOpen: boolean;
  onShow(shown: boolean): void;
  onMenu(): void;
  onChoose(choice: CalendarMenuChoice): void;
  onCloseMenu(): void;
}) {
  // The tick follows the click at once; the stored choice (and so the grid) a moment later.
  const { t } = useLocale();
  const [shown, setShown] = useState(stored);
  useEffect(() => setShown(stored), [stored]);
  return (
    <li className="calendar-row">
      <label className="calendar-toggle" title={calendar.summary}>
        <input
          type="checkbox"
          checked={shown}
          style={{ accentColor: calendar.color }}
          onChange={(e) => {
            setShown(e.target.checked);
            onShow(e.target.checked);
          }}
        />
        <span
          className="calendar-swatch"
          aria-hidden="true"
          style={{ background: calendar.color }}
        />
        <span className="calendar-name">{calendar.summary}</span>
      </label>
      <button
        type="button"
        className="calendar-menu-button"
        aria-label={t('calendars.options', { calendar: calendar.summary })}
        aria-haspopup="menu"
        aria-expanded={menuOpen}
        onClick={onMenu}
      >
        {MORE}
      </button>
      {menuOpen && (
        <CalendarMenu
          calendar={calendar}
          canEdit={canEdit}
          onChoose={onChoose}
          onClose={onCloseMenu}
        />
      )}
    </li>
  );
}
