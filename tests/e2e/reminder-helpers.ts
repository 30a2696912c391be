// Reminder tests move the page's clock with Playwright's clock control. The app's reminder
// schedule does its work between timer ticks (IndexedDB is asynchronous), so time moves in
// steps no longer than the schedule's longest wait, and each step waits for it to settle,
// as real time would let it. Notifications are observed by wrapping the page's real
// Notification constructor, which still shows them.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { editor, fillEditor, type EventInput } from './helpers';

/** Installs the fake clock at `time` and records every Web Notification the page creates. */
export async function installReminderClock(page: Page, time: string | number): Promise<void> {
  await page.clock.install({ time: new Date(time) });
  await page.addInitScript(() => {
    const shown: { title: string; body: string; tag: string; at: number }[] = [];
    const objects: Notification[] = [];
    const Real = window.Notification;
    if (!Real) return;
    class Recording extends Real {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        shown.push({
          title,
          body: options?.body ?? '',
          tag: options?.tag ?? '',
          at: Date.now(),
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
}

export function notifications(page: Page): Promise<SeenNotification[]> {
  return page.evaluate(
    () => (window as unknown as { __notifications?: SeenNotification[] }).__notifications ?? [],
  );
}

/** What the system does when the user clicks the `index`th notification. */
export async function clickNotification(page: Page, index: number): Promise<void> {
  await page.evaluate((i) => {
    const objects = (window as unknown as { __notificationObjects: Notification[] })
      .__notificationObjects;
    objects[i]!.dispatchEvent(new Event('click'));
  }, index);
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
    await dialog.getByLabel('Reminder 1 minutes before').fill(String(input.minutes));
  }
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}
