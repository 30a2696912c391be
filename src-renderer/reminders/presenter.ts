// Where a reminder appears. First the desktop's own notification centre through main
// (Electron); where the shell has none (the browser shell), once the user has allowed
// notifications, one with Join / Snooze / Dismiss buttons through the reminder service
// worker, or a plain Web Notification where no worker runs; and where nothing can show
// it, only the in-app reminder panel, with a short chime when the sound is on. Clicks come
// back as reminder actions: Electron's from main, the worker's through the page.
//
// A browser notification carries two buttons at most, not every snooze choice, and is gone
// once closed; so `actions` stays false there and the panel keeps the full set.
import type { AlmanacApi } from '../../src-preload/almanac-api';
import type { ReminderAction, ReminderNotice } from '../../src-preload/reminder-messages';
import type { ReminderPresenter } from './reminder-engine';
import { workerNotifications } from './worker-notifications';

export function createPresenter(
  api: AlmanacApi,
  onAction: (action: ReminderAction) => void,
  defaultSnooze: () => 5 | 10 | 15,
): ReminderPresenter {
  const open = new Map<string, Notification>();
  const worker = workerNotifications(onAction);
  return {
    async show(notice) {
      const result = await api.showReminder(notice);
      if (result.ok && result.value.shown) return result.value;
      if (await worker.show(notice, defaultSnooze())) return { shown: true, actions: false };
      const shown = showWebNotification(notice, open, () => {
        window.focus();
        onAction({ key: notice.key, action: 'open' });
      });
      if (!shown && notice.sound) chime();
      return { shown, actions: false };
    },
    close(key) {
      void api.closeReminder(key);
      worker.close(key);
      open.get(key)?.close();
      open.delete(key);
    },
    async openLink(url) {
      const result = await api.openExternal(url);
      return result.ok ? null : result.error;
    },
    agenda(items) {
      void api.setTrayAgenda(items);
    },
  };
}

/** Whether Web Notifications may be shown (the browser shell, once the user allowed them). */
export function webNotificationPermission(): NotificationPermission | 'unsupported' {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

function showWebNotification(
  notice: ReminderNotice,
  open: Map<string, Notification>,
  onClick: () => void,
): boolean {
  if (webNotificationPermission() !== 'granted') return false;
  try {
    const notification = new Notification(notice.title, {
      body: notice.body,
      // One notification per occurrence: a second reminder replaces the first.
      tag: notice.key,
      silent: !notice.sound,
    });
    notification.onclick = () => {
      notification.close();
      onClick();
    };
    notification.onclose = () => {
      if (open.get(notice.key) === notification) open.delete(notice.key);
    };
    open.get(notice.key)?.close();
    open.set(notice.key, notification);
    return true;
  } catch {
    // Some browsers only show notifications from a service worker; the panel still shows it.
    return false;
  }
}

let audio: AudioContext | null = null;

/** Two soft notes, for a reminder that only the panel shows. */
function chime(): void {
  try {
    audio ??= new AudioContext();
    const start = audio.currentTime;
    for (const [offset, frequency] of [
      [0, 880],
      [0.18, 1318.5],
    ] as const) {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.15, start + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.35);
      tone.connect(gain).connect(audio.destination);
      tone.start(start + offset);
      tone.stop(start + offset + 0.4);
    }
  } catch {
    // No audio device, or audio not allowed yet: the panel is still there.
  }
}
