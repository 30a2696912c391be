// Starts the reminder schedule for the life of the page: it follows the settings main
// keeps (on/off, the user's zone, the default snooze, sound) and hears what the user did
// with a notification outside the page (Electron's notification centre and tray).
import { DEFAULT_SETTINGS } from '../../src-preload/contract';
import type { AlmanacApi, Settings } from '../../src-preload/contract';
import type { AlmanacDatabase } from '../db/database';
import { osTimeZone } from '../calendar/display-dates';
import { ReminderEngine } from './reminder-engine';
import { createPresenter } from './presenter';

export function startReminders(db: AlmanacDatabase, api: AlmanacApi): ReminderEngine {
  const engine: ReminderEngine = new ReminderEngine(
    db,
    createPresenter(api, (key, action) => void engine.act(key, action)),
  );
  engine.start();
  const follow = (settings: Settings) =>
    engine.setPreferences({
      enabled: settings.remindersEnabled,
      zone: settings.timeZone ?? osTimeZone(),
      snoozeMinutes: settings.defaultSnoozeMinutes,
      sound: settings.reminderSound,
    });
  api.onSettingsChanged(follow);
  // Without main's answer the defaults apply, as they do for the rest of the window.
  void api.getSettings().then(
    (result) => follow(result.ok ? result.value : DEFAULT_SETTINGS),
    () => follow(DEFAULT_SETTINGS),
  );
  api.onReminderAction(
    (action) =>
      void engine.act(
        action.key,
        action.action === 'snooze' ? { snooze: action.snooze } : action.action,
      ),
  );
  return engine;
}
