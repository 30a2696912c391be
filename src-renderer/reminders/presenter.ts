// Where a reminder appears. First the desktop's own notification centre through main
// (Electron); where the shell has none (the browser shell), a Web Notification once the
// user has allowed them; and where neither can show it, only the in-app reminder panel,
// with a short chime when the sound is on. Clicking a Web Notification opens Almanac on
// the event; Electron's clicks come back from main as reminder actions.
import type { AlmanacApi } from '../../src-preload/contract';
import type { ReminderNotice } from '../../src-preload/reminder-messages';
import type { ReminderPresenter, ReminderUserAction } from './reminder-engine';

export function createPresenter(
  api: AlmanacApi,
  onAction: (key: string, action: ReminderUserAction) => void,
): ReminderPresenter {
  const open = new Map<string, Notification>();
  return {
    async show(notice) {
      const result = await api.showReminder(notice);
      if (result.ok && result.value.shown) return result.value;
      const shown = showWebNotification(notice, open, () => {
        window.focus();
        onAction(notice.key, 'open');
      });
      if (!shown && notice.sound) chime();
      return { shown, actions: false };
    },
    close(key) {
      void api.closeReminder(key);
      open.get(key)?.close();
      open.delete(key);
    },
    openLink(url) {
      void api.openExternal(url);
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
