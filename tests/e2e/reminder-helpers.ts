// Reminder tests move the page's clock with Playwright's clock control. The app's reminder
// schedule does its work between timer ticks (IndexedDB is asynchronous), so time moves in
// steps no longer than the schedule's longest wait, and each step waits for it to settle,
// as real time would let it. Notifications are observed by wrapping the page's real
// Notification constructor and its service worker registration's showNotification, which
// still show them; a click on one the worker owns runs the worker's own click handler.
import type { Page, Worker } from '@playwright/test';
import { expect } from './fixtures';
import { editor, fillEditor, type EventInput } from './helpers';

/** Installs the fake clock at `time` and records every Web Notification the page creates. */
export async function installReminderClock(page: Page, time: string | number): Promise<void> {
  await page.clock.install({ time: new Date(time) });
  await recordNotifications(page);
}

/** Records every notification the page shows, plain or through its service worker. */
export async function recordNotifications(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shown: {
      title: string;
      body: string;
      tag: string;
      at: number;
      actions: string[];
      worker: boolean;
    }[] = [];
    const objects: (Notification | null)[] = [];
    const Real = window.Notification;
    if (!Real) return;
    const realShow = ServiceWorkerRegistration.prototype.showNotification;
    ServiceWorkerRegistration.prototype.showNotification = function (title, options) {
      shown.push({
        title,
        body: options?.body ?? '',
        tag: options?.tag ?? '',
        at: Date.now(),
        actions: ((options as { actions?: { title: string }[] })?.actions ?? []).map(
          (a) => a.title,
        ),
        worker: true,
      });
      objects.push(null);
      return realShow.call(this, title, options);
    };
    class Recording extends Real {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        shown.push({
          title,
          body: options?.body ?? '',
          tag: options?.tag ?? '',
          at: Date.now(),
          actions: [],
          worker: false,
        });
        objects.push(this);
      }
    }
    Object.defineProperty(window, 'Notification', { value: Recording, configurable: true });
    Object.defineProperty(window, '__notifications', { value: shown });
    Object.defineProperty(window, '__notificationObjects', { value: objects });
  });
}

export interface SeenNotification {
  title: string;
  body: string;
  tag: string;
  at: number;
  /** The buttons' titles (a worker's notification only). */
  actions: string[];
  /** Shown through the reminder service worker (with buttons), not as a plain Notification. */
  worker: boolean;
}

export function notifications(page: Page): Promise<SeenNotification[]> {
  return page.evaluate(
    () => (window as unknown as { __notifications?: SeenNotification[] }).__notifications ?? [],
  );
}

/**
 * What the system does when the user clicks the `index`th notification (its body, or the
 * button `action` of a worker's). For a worker's notification this runs the reminder
 * worker's real 'notificationclick' handler, with an event made by script: Chromium offers
 * no way to click a notification, and such an event carries no user activation, so the
 * worker cannot open windows from it (Join then falls back to the page opening the call).
 */
export async function clickNotification(page: Page, index: number, action = ''): Promise<void> {
  const seen = (await notifications(page))[index];
  if (!seen) throw new Error(`no notification #${index}`);
  if (!seen.worker) {
    await page.evaluate((i) => {
      const objects = (window as unknown as { __notificationObjects: Notification[] })
        .__notificationObjects;
      objects[i]!.dispatchEvent(new Event('click'));
    }, index);
    return;
  }
  await clickWorkerNotification(page, seen.tag, action);
}

/** Runs the reminder worker's click handler for its notification tagged `tag` (see above). */
export async function clickWorkerNotification(page: Page, tag: string, action = ''): Promise<void> {
  const worker = await reminderWorker(page);
  await worker.evaluate(
    async ({ tag, action }) => {
      const scope = self as unknown as {
        registration: ServiceWorkerRegistration;
        dispatchEvent(event: Event): boolean;
      };
      const [notification] = await scope.registration.getNotifications({ tag });
      if (!notification) throw new Error(`the worker shows no notification tagged ${tag}`);
      const NotificationEvent = (self as unknown as Record<string, unknown>)
        .NotificationEvent as new (type: string, init: object) => Event;
      scope.dispatchEvent(new NotificationEvent('notificationclick', { notification, action }));
    },
    { tag, action },
  );
}

/** The notifications the reminder worker's registration holds now (what the system shows). */
export async function workerNotifications(
  page: Page,
): Promise<{ title: string; body: string; tag: string; actions: string[] }[]> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const shown = (await registration?.getNotifications()) ?? [];
    return shown.map((n) => ({
      title: n.title,
      body: n.body,
      tag: n.tag,
      actions: ((n as unknown as { actions: { title: string }[] }).actions ?? []).map(
        (a) => a.title,
      ),
    }));
  });
}

/** The page's reminder service worker, as Playwright reaches it. */
export async function reminderWorker(page: Page): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().endsWith('/reminder-worker.js');
  const found = page.context().serviceWorkers().find(isOurs);
  return found ?? page.context().waitForEvent('serviceworker', { predicate: isOurs });
}

/** Lets the reminder schedule finish whatever the last tick started. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await window.__almanac?.reminders?.idle();
  });
}

/** Moves the page's clock to `target` (ms), a minute at most per step, settling after each. */
export async function advanceTo(page: Page, target: number): Promise<void> {
  await settle(page);
  for (;;) {
    const now = await page.evaluate(() => Date.now());
    if (now >= target) return;
    await page.clock.runFor(Math.min(60_000, target - now));
    await settle(page);
  }
}

/**
 * "New event", the fields, and its reminders: the calendar's defaults, or (when `minutes`
 * is given) Default reminders unticked and the first reminder set to that many minutes.
 */
export async function createWithReminder(
  page: Page,
  input: EventInput & { minutes?: number },
): Promise<void> {
  await page.getByRole('button', { name: 'New event' }).click();
  const dialog = editor(page);
  await fillEditor(page, input);
  if (input.minutes !== undefined) {
    await dialog.getByRole('checkbox', { name: 'Default reminders' }).uncheck();
    await dialog.getByLabel('Reminder 1 before').fill(String(input.minutes));
    await dialog.getByLabel('Reminder 1 unit').selectOption('minute');
  }
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}
