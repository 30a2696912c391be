// The buttons of a reminder shown as a browser notification, and what a click on one asks
// of the page. The browser shell has no notification centre of its own, and Chromium puts
// buttons only on notifications a service worker owns (reminder-worker.ts), usually two of
// them: Join and Snooze when the event has a call, Snooze and Dismiss otherwise. The worker
// hears the click; the page runs it through the same reminder actions as the panel. Both
// sides read this one module, so the buttons shown and the clicks understood cannot drift.
import type { ReminderAction, ReminderNotice } from '../../src-preload/reminder-messages';

/** The worker's file, next to index.html in the built renderer. */
export const REMINDER_WORKER_FILE = 'reminder-worker.js';

/** The envelope a click travels in, from the worker to the page. */
export const WORKER_MESSAGE_TYPE = 'almanac-reminder-action';

/** What the notification remembers, for the worker to act on when it is clicked. */
export interface ReminderNotificationData {
  key: string;
  joinUrl?: string;
  /** The default snooze when it was shown, which its Snooze button names. */
  snooze: 5 | 10 | 15;
}

export type ButtonId = 'join' | 'snooze' | 'dismiss';

export interface ReminderNotificationOptions {
  body: string;
  tag: string;
  silent: boolean;
  data: ReminderNotificationData;
  actions: { action: ButtonId; title: string }[];
}

/** The buttons' words, in the page's language (the worker has no catalogue of its own). */
export interface ButtonWords {
  join: string;
  snooze: string;
  dismiss: string;
}

/** The notification for `notice`, with as many buttons as the browser shows (`maxActions`). */
export function notificationOptions(
  notice: ReminderNotice,
  snooze: 5 | 10 | 15,
  maxActions: number,
  words: ButtonWords,
): ReminderNotificationOptions {
  const buttons: { action: ButtonId; title: string }[] = notice.group
    ? []
    : [
        ...(notice.joinUrl ? [{ action: 'join' as const, title: words.join }] : []),
        { action: 'snooze', title: words.snooze },
        { action: 'dismiss', title: words.dismiss },
      ];
  return {
    body: notice.body,
    // One notification per occurrence: a second reminder replaces the first.
    tag: notice.key,
    silent: !notice.sound,
    data: { key: notice.key, ...(notice.joinUrl ? { joinUrl: notice.joinUrl } : {}), snooze },
    actions: buttons.slice(0, Math.max(0, maxActions)),
  };
}

/** The call a click on `button` ('' for the notification's body) opens first, if any. */
export function linkToOpen(data: unknown, button: string): string | null {
  const known = notificationData(data);
  return known && button === 'join' && known.joinUrl ? known.joinUrl : null;
}

/**
 * What the page is told after a click: the body opens the event; Snooze snoozes for the
 * minutes its button named; Join, once the worker opened the call itself (a click lets a
 * worker open a window, where the page could not), only settles the reminder, and asks
 * the page to open the call when the worker could not. Null for what this did not show.
 */
export function clickAction(
  data: unknown,
  button: string,
  linkOpened: boolean,
): ReminderAction | null {
  const known = notificationData(data);
  if (!known) return null;
  const { key } = known;
  switch (button) {
    case '':
      return { key, action: 'open' };
    case 'snooze':
      return { key, action: 'snooze', snooze: known.snooze };
    case 'dismiss':
      return { key, action: 'dismiss' };
    case 'join':
      return { key, action: linkOpened ? 'dismiss' : 'join' };
    default:
      return null;
  }
}

/** The notification's data, when it is one this module made. */
function notificationData(data: unknown): ReminderNotificationData | null {
  if (typeof data !== 'object' || data === null) return null;
  const { key, joinUrl, snooze } = data as Record<string, unknown>;
  if (typeof key !== 'string' || key === '') return null;
  if (snooze !== 5 && snooze !== 10 && snooze !== 15) return null;
  const link = typeof joinUrl === 'string' && joinUrl.startsWith('https://') ? joinUrl : undefined;
  return { key, snooze, ...(link ? { joinUrl: link } : {}) };
}
