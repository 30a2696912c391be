// Reminders acted on from the notification itself, in the browser shell: the reminder
// service worker shows each one with its buttons (Join and Snooze for an event with a call),
// exactly once even across a reload, and its buttons do what the panel's do. And a reminder
// comes on its second even when the page's own timer does not fire (a throttled background
// tab), because main wakes the page over the socket.
//
// Chromium offers no way to click a notification, so the worker's real 'notificationclick'
// handler runs with an event made by script. Such an event carries no user activation, so
// the worker's own opening of the call is refused there and Join takes its fallback (the
// page opens the call); a person's click opens it from the worker.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { berlin } from './helpers';
import {
  advanceTo,
  clickWorkerNotification,
  createWithReminder,
  installReminderClock,
  notifications,
  recordNotifications,
  settle,
  workerNotifications,
} from './reminder-helpers';

const DAY = '2026-06-10';
const CALL = 'https://meet.google.com/abc-defg-hij';

test('a reminder shows with Join and Snooze, once across a reload; Snooze brings it back and Join opens the call', async ({
  page,
  context,
  shell,
  openApp,
}) => {
  await context.grantPermissions(['notifications'], { origin: shell.origin });
  await context.route('https://meet.google.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Meet</title>' }),
  );
  await installReminderClock(page, berlin(DAY, '10:00'));
  await openApp();
  await createWithReminder(page, {
    title: 'Design review',
    from: '10:30',
    to: '11:00',
    minutes: 10,
  });
  const key = await changeEvent(page, 'Design review', { hangoutLink: CALL });

  await advanceTo(page, berlin(DAY, '10:19') + 59_000);
  expect(await workerNotifications(page)).toEqual([]);
  await advanceTo(page, berlin(DAY, '10:20'));
  await expect.poll(() => workerNotifications(page)).toHaveLength(1);
  expect(await workerNotifications(page)).toEqual([
    {
      title: 'Design review',
      body: expect.stringMatching(/10:30 – 11:00$/),
      tag: key,
      actions: ['Join', 'Snooze 10 minutes'],
    },
  ]);
  expect(await notifications(page)).toMatchObject([{ title: 'Design review', worker: true }]);

  // A reload shows nothing again: the system still holds the one notification.
  await page.reload();
  await expect(page.getByRole('button', { name: 'New event' })).toBeVisible();
  await advanceTo(page, berlin(DAY, '10:22'));
  expect(await notifications(page)).toEqual([]);
  expect(await workerNotifications(page)).toHaveLength(1);

  // Snooze on the notification: it goes, the panel lets it go, and it comes back in 10 minutes.
  const panel = page.getByRole('region', { name: 'Reminders' });
  await expect(panel.getByRole('listitem', { name: 'Design review' })).toBeVisible();
  await clickWorkerNotification(page, key, 'snooze');
  await expect(panel).toBeHidden();
  await expect.poll(() => workerNotifications(page)).toEqual([]);
  await advanceTo(page, berlin(DAY, '10:31') + 59_000);
  expect(await notifications(page)).toEqual([]);
  await advanceTo(page, berlin(DAY, '10:32'));
  await expect.poll(() => workerNotifications(page)).toHaveLength(1);
  expect(await notifications(page)).toMatchObject([{ title: 'Design review', worker: true }]);

  // Join on the notification opens the call and settles the reminder.
  const opened = context.waitForEvent('page');
  await clickWorkerNotification(page, key, 'join');
  expect((await opened).url()).toBe(CALL);
  await expect(panel).toBeHidden();
  await expect.poll(() => workerNotifications(page)).toEqual([]);
  await advanceTo(page, berlin(DAY, '10:50'));
  expect(await notifications(page)).toHaveLength(1);
});

test('without a call the notification offers Snooze and Dismiss; Dismiss lasts', async ({
  page,
  context,
  shell,
  openApp,
}) => {
  await context.grantPermissions(['notifications'], { origin: shell.origin });
  await installReminderClock(page, berlin(DAY, '10:00'));
  await openApp();
  await createWithReminder(page, { title: 'Budget', from: '11:00', to: '11:30', minutes: 15 });
  await advanceTo(page, berlin(DAY, '10:45'));
  await expect.poll(() => workerNotifications(page)).toHaveLength(1);
  const [shown] = await workerNotifications(page);
  expect(shown!.actions).toEqual(['Snooze 10 minutes', 'Dismiss']);

  await clickWorkerNotification(page, shown!.tag, 'dismiss');
  await expect(page.getByRole('region', { name: 'Reminders' })).toBeHidden();
  await expect.poll(() => workerNotifications(page)).toEqual([]);
  await page.reload();
  await expect(page.getByRole('button', { name: 'New event' })).toBeVisible();
  await advanceTo(page, berlin(DAY, '11:10'));
  expect(await notifications(page)).toEqual([]);
  await expect(page.getByRole('region', { name: 'Reminders' })).toBeHidden();
});

test('a reminder comes on its second when the page’s own timer never fires: main wakes it', async ({
  page,
  context,
  shell,
  openApp,
}) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['notifications'], { origin: shell.origin });
  // No fake clock: real time, and every page timer of 5 seconds or more is held back for
  // good, as a throttled background tab would hold it (longer than that, in fact). Shorter
  // ones still run, so the page works.
  await page.addInitScript(() => {
    const real = window.setTimeout.bind(window);
    const held: number[] = [];
    Object.defineProperty(window, '__heldTimers', { value: held });
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
      if ((ms ?? 0) >= 5_000) {
        held.push(ms!);
        return 0;
      }
      return real(fn, ms, ...args);
    }) as typeof window.setTimeout;
  });
  await recordNotifications(page);
  await openApp();
  await createWithReminder(page, { title: 'Wake check', from: '23:00', to: '23:30', minutes: 10 });
  // Move it so its reminder falls due 12 seconds from now, at no whole minute.
  const dueAt = await page.evaluate(() => Date.now() + 12_000);
  const start = dueAt + 10 * 60_000;
  await changeEvent(page, 'Wake check', {
    start: { dateTime: new Date(start).toISOString(), timeZone: 'Europe/Berlin' },
    end: { dateTime: new Date(start + 30 * 60_000).toISOString(), timeZone: 'Europe/Berlin' },
    startMs: start,
    endMs: start + 30 * 60_000,
  });
  await expect
    .poll(() => notifications(page), { timeout: 30_000, intervals: [200] })
    .toHaveLength(1);
  const [shown] = await notifications(page);
  expect(shown!.title).toBe('Wake check');
  expect(shown!.at - dueAt).toBeGreaterThanOrEqual(0);
  expect(shown!.at - dueAt).toBeLessThan(1_500);
  // The schedule's own timer for it was set, and held back.
  const held = await page.evaluate(
    () => (window as unknown as { __heldTimers: number[] }).__heldTimers,
  );
  expect(held.some((ms) => ms >= 5_000 && ms <= 12_000)).toBe(true);
});

/** Changes the stored event titled `title` (as a sync would) and returns its key. */
async function changeEvent(page: Page, title: string, change: object): Promise<string> {
  const key = await page.evaluate(
    async ({ title, change }) => {
      const db = window.__almanac!.db;
      const event = (await db.events.toArray()).find((e) => e.summary === title)!;
      await db.events.update(event.id, change);
      return event.id;
    },
    { title, change },
  );
  await settle(page);
  return key;
}
