// Starts the reminder schedule for the life of the page: it follows the settings main
// keeps (on/off, the user's zone, the default snooze, sound) and hears what the user did
// with a notification outside the page (Electron's notification centre and tray).
import { DEFAULT_SETTINGS } from '../../src-preload/settings';
import type { AlmanacApi } from '../../src-preload/almanac-api';
import type { Settings } from '../../src-preload/settings';
import type { ReminderAction } from '../../src-preload/reminder-messages';
import type { AlmanacDatabase } from '../db/database';
import { osTimeZone } from '../calendar/model/display-dates';
import { ReminderEngine, type ReminderClock } from './reminder-engine';
import { createPresenter } from './presenter';

export function startReminders(db: AlmanacDatabase, api: AlmanacApi): ReminderEngine {
  let snooze = DEFAULT_SETTINGS.defaultSnoozeMinutes;
  // Every action from outside the page (main, the worker's buttons) takes this one path.
  const act = (action: ReminderAction) =>
    void engine.act(
      action.key,
      action.action === 'snooze' ? { snooze: action.snooze } : action.action,
    );
  const engine: ReminderEngine = new ReminderEngine(
    db,
    createPresenter(api, act, () => snooze),
    pageClock(api),
  );
  engine.start();
  const follow = (settings: Settings) => {
    snooze = settings.defaultSnoozeMinutes;
    engine.setPreferences({
      enabled: settings.remindersEnabled,
      zone: settings.timeZone ?? osTimeZone(),
      snoozeMinutes: settings.defaultSnoozeMinutes,
      sound: settings.reminderSound,
    });
  };
  api.onSettingsChanged(follow);
  // Without main's answer the defaults apply, as they do for the rest of the window.
  void api.getSettings().then(
    (result) => follow(result.ok ? result.value : DEFAULT_SETTINGS),
    () => follow(DEFAULT_SETTINGS),
  );
  api.onReminderAction(act);
  return engine;
}

/**
 * The page's clock, with each timer set from a task of its own, and main asked to wake the
 * page at the same moment. The schedule sets its next timer while finishing the last one's
 * work, and Chromium counts timers set from timer callbacks as a chain, which it wakes at
 * most once a minute in a page hidden for five minutes (Electron's window in the tray); a
 * timer set from a message task starts no chain. A browser tab in the background is
 * throttled all the same, so main's wake-up (a socket message, never throttled) runs the
 * timer when it arrives first. It stays one timer: whichever comes first runs it, once.
 */
function pageClock(api: AlmanacApi): ReminderClock {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  const pending = new Set<PageTimer>();
  const run = (timer: PageTimer) => {
    if (!pending.delete(timer)) return;
    if (timer.id !== undefined) clearTimeout(timer.id);
    timer.fn();
  };
  api.onReminderWake(() => {
    const now = Date.now();
    for (const timer of [...pending]) {
      if (timer.dueAt <= now + WAKE_EARLY_MS) run(timer);
      // Main woke the page for an earlier request: this timer asks again.
      else void api.wakeRemindersIn(Math.min(MAX_WAKE_MS, timer.dueAt - now));
    }
  });
  return {
    now: () => Date.now(),
    setTimeout(fn, ms) {
      const timer: PageTimer = { fn, dueAt: Date.now() + ms };
      pending.add(timer);
      waiting.push(() => {
        if (pending.has(timer)) timer.id = setTimeout(() => run(timer), ms);
      });
      channel.port2.postMessage(null);
      void api.wakeRemindersIn(Math.min(MAX_WAKE_MS, Math.max(0, Math.round(ms))));
      return timer;
    },
    clearTimeout(handle) {
      const timer = handle as PageTimer;
      pending.delete(timer);
      if (timer.id !== undefined) clearTimeout(timer.id);
    },
  };
}

interface PageTimer {
  fn: () => void;
  dueAt: number;
  id?: ReturnType<typeof setTimeout>;
}

/** Main's timer and the page's may disagree by a few milliseconds; a wake this close runs it. */
const WAKE_EARLY_MS = 250;
/** The longest wake main accepts (the schedule itself never waits more than a minute). */
const MAX_WAKE_MS = 86_400_000;
