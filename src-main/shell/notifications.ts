// Reminders in the system's notification centre, through Electron's Notification. The page
// plans them and asks; this shows them and reports back what the user did. A click opens
// Almanac on the event. On macOS the notification carries the actions too (Join, Snooze for
// 5, 10 or 15 minutes or until it starts; its close button dismisses); elsewhere Electron
// cannot put working buttons on it (Linux has none, and a Windows build that is not MSIX
// never hears their clicks), so it says so and the page's reminder panel offers them.
import { Notification } from 'electron';
import type {
  ReminderAction,
  ReminderNotice,
  SnoozeChoice,
} from '../../src-preload/reminder-messages';

export interface NotifierDeps {
  platform: NodeJS.Platform;
  iconPath?: string;
  /** Brings the window up (hidden to the tray, or behind others). */
  showWindow(): void;
  /** Opens a call's https link in the user's browser. */
  openUrl(url: string): void;
  /** Tells the page what the user did. */
  report(action: ReminderAction): void;
}

export class ReminderNotifications {
  // Electron closes a notification whose object is collected: keep each until it is done.
  private readonly live = new Map<string, Notification>();

  constructor(private readonly deps: NotifierDeps) {}

  /** Whether the notifications this shows carry Snooze and Dismiss themselves. */
  get hasActions(): boolean {
    return this.deps.platform === 'darwin';
  }

  show(notice: ReminderNotice): { shown: boolean; actions: boolean } {
    if (!Notification.isSupported()) return { shown: false, actions: false };
    const choices = this.hasActions && !notice.group ? actionsFor(notice) : [];
    const notification = new Notification({
      title: notice.title,
      body: notice.body,
      silent: !notice.sound,
      ...(this.deps.iconPath ? { icon: this.deps.iconPath } : {}),
      ...(choices.length
        ? {
            actions: choices.map((c) => ({ type: 'button' as const, text: c.text })),
            closeButtonText: 'Dismiss',
          }
        : {}),
    });
    const { key } = notice;
    const done = () => {
      if (this.live.get(key) === notification) this.live.delete(key);
    };
    notification.on('click', () => {
      done();
      this.deps.showWindow();
      this.deps.report({ key, action: 'open' });
    });
    notification.on('action', (_event, index) => {
      done();
      const choice = choices[index];
      if (!choice) return;
      if (choice.action === 'join' && notice.joinUrl) this.deps.openUrl(notice.joinUrl);
      this.deps.report(
        choice.action === 'snooze'
          ? { key, action: 'snooze', snooze: choice.snooze }
          : { key, action: choice.action },
      );
    });
    notification.on('close', () => {
      // Only macOS's close button means "Dismiss"; elsewhere a notification also closes by
      // timing out, and the reminder then waits in the panel.
      const wasLive = this.live.get(key) === notification;
      done();
      if (wasLive && choices.length) this.deps.report({ key, action: 'dismiss' });
    });
    notification.on('failed', done);
    this.live.get(key)?.close();
    this.live.set(key, notification);
    notification.show();
    return { shown: true, actions: choices.length > 0 };
  }

  /** The reminder was handled elsewhere (the panel, another notification): its notification goes. */
  close(key: string): void {
    const notification = this.live.get(key);
    this.live.delete(key);
    notification?.close();
  }
}

type Choice =
  | { text: string; action: 'join' | 'dismiss' }
  | { text: string; action: 'snooze'; snooze: SnoozeChoice };

function actionsFor(notice: ReminderNotice): Choice[] {
  const choices: Choice[] = [];
  if (notice.joinUrl) choices.push({ text: 'Join', action: 'join' });
  for (const minutes of [5, 10, 15] as const)
    choices.push({ text: `Snooze ${minutes} minutes`, action: 'snooze', snooze: minutes });
  if (notice.canSnoozeUntilStart)
    choices.push({ text: 'Snooze until it starts', action: 'snooze', snooze: 'start' });
  return choices;
}
