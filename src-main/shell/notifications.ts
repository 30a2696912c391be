// Reminders in the system's notification centre, through Electron's Notification. The page
// plans them and asks; this shows them and reports back what the user did. A click opens
// Almanac on the event. On macOS and Windows the notification carries the actions too (Join,
// Snooze for 5, 10 or 15 minutes or until it starts; Dismiss is macOS's close button and a
// button of its own on Windows, whose toasts also close by timing out). Windows reports a
// button's click only to an app that registered its toast activator (see
// windows-identity.ts), so there the page's reminder panel stays beside them. Linux
// notifications get no working buttons from Electron: the panel offers them.
import { Notification } from 'electron';
import { ENGLISH, filled, type DesktopWords } from '../../src-preload/desktop-words';
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
  /** The buttons' words in the language in force (English when not given). */
  words?(): DesktopWords;
}

export class ReminderNotifications {
  // Electron closes a notification whose object is collected: keep each until it is done.
  private readonly live = new Map<string, Notification>();

  constructor(private readonly deps: NotifierDeps) {}

  /** Whether the notifications this shows carry buttons. */
  get hasActions(): boolean {
    return this.deps.platform === 'darwin' || this.deps.platform === 'win32';
  }

  show(notice: ReminderNotice): { shown: boolean; actions: boolean } {
    if (!Notification.isSupported()) return { shown: false, actions: false };
    const macOS = this.deps.platform === 'darwin';
    const words = this.deps.words?.() ?? ENGLISH;
    const choices = this.hasActions && !notice.group ? actionsFor(notice, macOS, words) : [];
    const notification = new Notification({
      title: notice.title,
      body: notice.body,
      silent: !notice.sound,
      ...(this.deps.iconPath ? { icon: this.deps.iconPath } : {}),
      ...(choices.length
        ? {
            actions: choices.map((c) => ({ type: 'button' as const, text: c.text })),
            ...(macOS ? { closeButtonText: words.dismiss } : {}),
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
    notification.on('action', (details, index) => {
      done();
      const choice = choices[details?.actionIndex ?? index];
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
      if (wasLive && macOS && choices.length) this.deps.report({ key, action: 'dismiss' });
    });
    notification.on('failed', done);
    this.live.get(key)?.close();
    this.live.set(key, notification);
    notification.show();
    // Windows delivers a button's click only where its activator registration took (an
    // installed copy); a toast that timed out is also easy to miss. So there the page's
    // panel stays as well, and whichever the user uses settles the reminder.
    return { shown: true, actions: macOS && choices.length > 0 };
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

/** Windows shows at most five buttons on a toast. */
const WINDOWS_MAX_BUTTONS = 5;

/** The buttons: macOS's close button dismisses; Windows needs a Dismiss button of its own. */
function actionsFor(notice: ReminderNotice, macOS: boolean, words: DesktopWords): Choice[] {
  const choices: Choice[] = [];
  if (notice.joinUrl) choices.push({ text: words.join, action: 'join' });
  for (const minutes of [5, 10, 15] as const)
    choices.push({ text: filled(words.snooze, { minutes }), action: 'snooze', snooze: minutes });
  const untilStart = notice.canSnoozeUntilStart
    ? [{ text: words.snoozeUntilStart, action: 'snooze' as const, snooze: 'start' as const }]
    : [];
  if (macOS) return [...choices, ...untilStart];
  // Dismiss stays; "until it starts" gives way when Join takes the fifth place.
  const room = WINDOWS_MAX_BUTTONS - choices.length - 1;
  return [...choices, ...untilStart.slice(0, room), { text: words.dismiss, action: 'dismiss' }];
}
