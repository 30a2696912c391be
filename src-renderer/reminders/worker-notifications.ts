// Reminders as notifications with buttons, in the browser shell: shown through the reminder
// service worker's registration (reminder-worker.ts), whose clicks come back here as
// reminder actions. Used only where the shell shows none itself (Electron's window shows
// them through main and serves no workers); without a worker, or before the user allowed
// notifications, the presenter falls back to a plain Web Notification and the panel.
import { ReminderActionSchema } from '../../src-preload/reminder-messages';
import type { ReminderAction, ReminderNotice } from '../../src-preload/reminder-messages';
import { activeLocale } from '../i18n/active-locale';
import {
  REMINDER_WORKER_FILE,
  WORKER_MESSAGE_TYPE,
  notificationOptions,
} from './notification-buttons';

export interface WorkerNotifications {
  /** Shows `notice` with its buttons; false when no worker can (the caller falls back). */
  show(notice: ReminderNotice, snooze: 5 | 10 | 15): Promise<boolean>;
  close(key: string): void;
}

/** Listens for clicks the worker passes on, and registers the worker on first use. */
export function workerNotifications(
  onAction: (action: ReminderAction) => void,
): WorkerNotifications {
  const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
  // A click on a notification shown before a reload still arrives: listen from the start.
  container?.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown; action?: unknown } | null;
    if (data?.type !== WORKER_MESSAGE_TYPE) return;
    const action = ReminderActionSchema.safeParse(data.action);
    if (action.success) onAction(action.data);
  });
  let registration: Promise<ServiceWorkerRegistration | null> | null = null;
  const ready = () =>
    (registration ??= register(container).catch((error: unknown) => {
      console.warn('[almanac] reminders fall back to plain notifications:', error);
      return null;
    }));
  return {
    async show(notice, snooze) {
      if (typeof Notification === 'undefined' || Notification.permission !== 'granted')
        return false;
      const worker = await ready();
      if (!worker) return false;
      try {
        const maxActions = (Notification as unknown as { maxActions?: number }).maxActions ?? 2;
        await worker.showNotification(
          notice.title,
          notificationOptions(
            notice,
            snooze,
            maxActions,
            buttonWords(snooze),
          ) as NotificationOptions,
        );
        return true;
      } catch {
        return false;
      }
    },
    close(key) {
      // A notification shown before a reload belongs to the registration all the same.
      void (registration ?? container?.getRegistration() ?? Promise.resolve(undefined))
        .then(async (worker) => {
          for (const shown of (await worker?.getNotifications({ tag: key })) ?? []) shown.close();
        })
        .catch(() => undefined);
    },
  };
}

/** How long a worker may take to start before reminders fall back without it. */
const READY_WITHIN_MS = 10_000;

async function register(
  container: ServiceWorkerContainer | undefined,
): Promise<ServiceWorkerRegistration | null> {
  if (!container) return null;
  await container.register(new URL(REMINDER_WORKER_FILE, document.baseURI), { type: 'module' });
  // `ready` waits for ever for a worker that never activates; the schedule must not.
  return Promise.race([
    container.ready,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('the reminder worker did not start')), READY_WITHIN_MS),
    ),
  ]);
}

function buttonWords(snooze: number) {
  const { t } = activeLocale();
  return {
    join: t('panel.join'),
    snooze: t('notification.snooze', { minutes: snooze }),
    dismiss: t('common.dismiss'),
  };
}
