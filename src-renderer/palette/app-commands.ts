// What the command palette offers: every shortcut's action by name, and the actions without
// a key (sync now, pause or resume, preferences, showing or hiding each calendar).
import { SHORTCUTS, type ShortcutAction } from '../shortcuts';
import type { Command } from './CommandPalette';
import { visibleText } from '../visible-text';
import type { Calendar } from '../../src-preload/model/event';
import { activeLocale } from '../i18n/active-locale';
import type { MessageId } from '../i18n/catalogues';

export interface AppActions {
  run(action: ShortcutAction): void;
  syncNow?(): void;
  /** Pause or resume, whichever applies now. */
  togglePause?: { paused: boolean; run(): void };
  openPreferences(): void;
  /** Every calendar, to show or hide as its tick in the sidebar does. */
  calendars?: { all: Pick<Calendar, 'id' | 'summary'>[]; hidden: ReadonlySet<string> };
  showCalendar?(id: string, shown: boolean): void;
}

export function appCommands(actions: AppActions): Command[] {
  const { t } = activeLocale();
  const keyed: [ShortcutAction, MessageId][] = [
    ['new', 'toolbar.newEvent'],
    ['quickAdd', 'command.quickAdd'],
    ['search', 'search.name'],
    ['goTo', 'command.goTo'],
    ['today', 'shortcuts.today'],
    ['day', 'shortcuts.day'],
    ['week', 'shortcuts.week'],
    ['month', 'shortcuts.month'],
    ['agenda', 'shortcuts.agenda'],
    ['next', 'shortcuts.next'],
    ['previous', 'shortcuts.previous'],
    ['help', 'shortcuts.title'],
  ];
  const commands: Command[] = keyed.map(([action, label]) => ({
    label: t(label),
    keys: keyOf(action),
    run: () => actions.run(action),
  }));
  if (actions.syncNow) commands.push({ label: t('command.syncNow'), run: actions.syncNow });
  if (actions.togglePause)
    commands.push({
      label: actions.togglePause.paused ? t('syncButton.resume') : t('command.pause'),
      run: actions.togglePause.run,
    });
  commands.push({ label: t('toolbar.preferences'), run: actions.openPreferences });
  const { calendars, showCalendar } = actions;
  for (const calendar of calendars && showCalendar ? calendars.all : []) {
    const shown = !calendars?.hidden.has(calendar.id);
    commands.push({
      label: t(shown ? 'command.hide' : 'command.show', {
        calendar: visibleText(calendar.summary),
      }),
      run: () => showCalendar?.(calendar.id, !shown),
    });
  }
  return commands;
}

const KEY_OF: Partial<Record<ShortcutAction, string>> = {
  new: 'c',
  quickAdd: 'q',
  search: '/',
  goTo: 'g',
  today: 't',
  day: 'd',
  week: 'w',
  month: 'm',
  agenda: 'a',
  next: 'j',
  previous: 'k',
  help: '?',
};

function keyOf(action: ShortcutAction): string | undefined {
  const key = KEY_OF[action];
  return key && SHORTCUTS.some((s) => s.keys.includes(key)) ? key : undefined;
}
