// The window's left column: the mini month, the calendar list, the reminders that are due and
// the calendar files (import, export, subscriptions). It only lays them out; each owns its part.
import type { Calendar } from '../src-preload/model/event';
import type { AlmanacDatabase } from './db/database';
import type { Questions } from './calendar/QuestionDialog';
import { MiniMonth } from './calendar/MiniMonth';
import { CalendarList } from './calendars/CalendarList';
import { CalendarFiles } from './ics/CalendarFiles';
import type { ReminderEngine } from './reminders/reminder-engine';
import { FormattedMessage } from 'react-intl';
import { ReminderPanel, type ReminderPanelProps } from './reminders/ReminderPanel';

export interface SidebarProps {
  db: AlmanacDatabase;
  zone: string;
  /** The day the view is on (YYYY-MM-DD); the mini month shows its month. */
  anchor: string;
  /** The days the grid is about, marked on the mini month. */
  shown: { start: string; end: string };
  today: string;
  weekStartsOn: number;
  /** A day picked on the mini month. */
  onPick(date: string): void;
  /** Undefined until the calendars are read. */
  calendars: Calendar[] | undefined;
  hidden: ReadonlySet<string>;
  /** Where imported events go. */
  writableCalendarId: string | undefined;
  /** The Google accounts whose sign-in works, in the order they were added. */
  googleAccounts: string[];
  ask: Questions['ask'];
  notify(message: string): void;
  reminders: ReminderEngine;
  defaultSnooze: ReminderPanelProps['defaultSnooze'];
}

// A key, not a word: the same in every language.
const HELP_KEY = '?';

export function Sidebar(props: SidebarProps) {
  const { db, zone, calendars, notify } = props;
  return (
    <aside className="sidebar">
      <MiniMonth
        anchor={props.anchor}
        shown={props.shown}
        today={props.today}
        weekStartsOn={props.weekStartsOn}
        onPick={props.onPick}
      />
      {calendars && (
        <CalendarList
          db={db}
          calendars={calendars}
          hidden={props.hidden}
          zone={zone}
          ask={props.ask}
          notify={notify}
          googleAccounts={props.googleAccounts}
        />
      )}
      <p className="hint">
        <FormattedMessage id="sidebar.shortcutsHint" values={{ key: <kbd>{HELP_KEY}</kbd> }} />
      </p>
      <ReminderPanel engine={props.reminders} defaultSnooze={props.defaultSnooze} />
      <CalendarFiles
        db={db}
        calendars={calendars ?? []}
        calendarId={props.writableCalendarId}
        zone={zone}
        notify={notify}
      />
    </aside>
  );
}
