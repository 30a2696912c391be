// Starts the reminder schedule for the life of the page: it follows the settings main
// keeps (on/off, the user's zone, the default snooze, sound) and hears what the user did
// with a notification outside the page (Electron's notification centre and tray).
import { DEFAULT_SETTINGS } from '../../src-preload/settings';
import type { AlmanacApi } from '../../src-preload/contract';
import type { Settings } from '../../src-preload/settings';
import type { AlmanacDatabase } from '../db/database';
import { osTimeZone } from '../calendar/model/display-dates';
import { ReminderEngine, type ReminderClock } from './reminder-engine';
import { createPresenter } from './presenter';

export function startReminders(db: AlmanacDatabase, api: AlmanacApi): ReminderEngine {
  const engine: ReminderEngine = new ReminderEngine(
    db,
    createPresenter(api, (key, action) => void engine.act(key, action)),
    pageClock(),
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

/**
 * The page's clock, with each timer set from a task of its own. The schedule sets its next
 * timer while finishing the last one's work, and Chromium counts timers set from timer
 * callbacks as a chain, which it wakes at most once a minute in a page hidden for five
 * minutes (Electron's window in the tray). A timer set from a message task starts no
 * chain, so a reminder stays on its second.
 */
function pageClock(): ReminderClock {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return {
    now: () => Date.now(),
    setTimeout(fn, ms) {
      const handle: { id?: ReturnType<typeof setTimeout>; cancelled: boolean } = {
        cancelled: false,
      };
      waiting.push(() => {
        if (!handle.cancelled) handle.id = setTimeout(fn, ms);
      });
      channel.port2.postMessage(null);
      return handle;
    },
    clearTimeout(handle) {
      const h = handle as { id?: ReturnType<typeof setTimeout>; cancelled: boolean };
      h.cancelled = true;
      if (h.id !== undefined) clearTimeout(h.id);
    },
  };
}
