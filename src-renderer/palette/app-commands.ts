// What the command palette offers: every shortcut's action by name, and the actions without
// a key (sync now, pause or resume, preferences).
import { SHORTCUTS, type ShortcutAction } from '../shortcuts';
import type { Command } from './CommandPalette';

export interface AppActions {
  run(action: ShortcutAction): void;
  syncNow?(): void;
  /** Pause or resume, whichever applies now. */
  togglePause?: { paused: boolean; run(): void };
  openPreferences(): void;
}

export function appCommands(actions: AppActions): Command[] {
  const keyed: [ShortcutAction, string][] = [
    ['new', 'New event'],
    ['quickAdd', 'Quick add'],
    ['search', 'Search'],
    ['goTo', 'Go to date…'],
    ['today', 'Go to today'],
    ['day', 'Day view'],
    ['week', 'Week view'],
    ['month', 'Month view'],
    ['agenda', 'Agenda view'],
    ['next', 'Next period'],
    ['previous', 'Previous period'],
    ['help', 'Keyboard shortcuts'],
  ];
  const commands: Command[] = keyed.map(([action, label]) => ({
    label,
    keys: keyOf(action),
    run: () => actions.run(action),
  }));
  if (actions.syncNow) commands.push({ label: 'Sync now', run: actions.syncNow });
  if (actions.togglePause)
    commands.push({
      label: actions.togglePause.paused ? 'Resume sync' : 'Pause sync',
      run: actions.togglePause.run,
    });
  commands.push({ label: 'Preferences', run: actions.openPreferences });
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
