// Reminders in real Chromium against the browser shell, with Playwright's clock control: an
// event made in the editor notifies at its minute, exactly once, as a Web Notification when
// the user allowed them and in the reminder panel always (a Web Notification cannot carry
// Snooze or Dismiss); Snooze brings a reminder back; Dismiss survives a reload.
import { test, expect } from './fixtures';
import { editor, berlin, fillEditor } from './helpers';
import {
  advanceTo,
  clickNotification,
  createWithReminder,
  installReminderClock,
  notifications,
  settle,
} from './reminder-helpers';

const DAY = '2026-06-10';

test('an event made in the editor with "10 minutes before" notifies at that minute, once', async ({
  page,
  context,
  shell,
  openApp,
}) => {
  await context.grantPermissions(['notifications'], { origin: shell.origin });
  await installReminderClock(page, berlin(DAY, '10:00'));
  await openApp();
  await page.getByRole('button', { name: 'New event' }).click();
  const dialog = editor(page);
  await fillEditor(page, {
    title: 'Design review',
    from: '10:30',
    to: '11:00',
    location: 'Room 4',
  });
  // Unticking the defaults offers one notification 10 minutes before, as Google does.
  await dialog.getByRole('checkbox', { name: 'Default reminders' }).uncheck();
  await expect(dialog.getByLabel('Reminder 1 type')).toHaveValue('popup');
  await expect(dialog.getByLabel('Reminder 1 before')).toHaveValue('10');
  await expect(dialog.getByLabel('Reminder 1 unit')).toHaveValue('minute');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await advanceTo(page, berlin(DAY, '10:19') + 59_000);
  expect(await notifications(page)).toEqual([]);
  await expect(page.getByRole('region', { name: 'Reminders' })).toBeHidden();

  await advanceTo(page, berlin(DAY, '10:20'));
  await expect.poll(() => notifications(page)).toHaveLength(1);
  const [shown] = await notifications(page);
  expect(shown).toMatchObject({
    title: 'Design review',
    body: expect.stringMatching(/10:30 – 11:00\nRoom 4$/),
    // Through the reminder service worker, whose notifications carry buttons.
    worker: true,
  });
  // To the second (the page's clock also runs on while the test waits).
  expect(shown!.at - berlin(DAY, '10:20')).toBeGreaterThanOrEqual(0);
  expect(shown!.at - berlin(DAY, '10:20')).toBeLessThan(1000);
  // The browser's notification carries two of the actions: the panel offers them all.
  const panel = page.getByRole('region', { name: 'Reminders' });
  await expect(panel.getByRole('listitem', { name: 'Design review' })).toContainText('Room 4');

  // Clicking the notification, or the reminder's title, opens the event.
  await clickNotification(page, 0);
  await expect(editor(page).getByLabel('Title')).toHaveValue('Design review');
  await editor(page).getByRole('button', { name: 'Cancel' }).click();
  await panel.getByRole('button', { name: 'Open Design review' }).click();
  await expect(editor(page).getByLabel('Location')).toHaveValue('Room 4');
  await editor(page).getByRole('button', { name: 'Cancel' }).click();

  await advanceTo(page, berlin(DAY, '11:05'));
  expect(await notifications(page)).toHaveLength(1);
  // Ended: the panel lets it go.
  await expect(panel).toBeHidden();
});

test('Snooze brings a reminder back after its minutes; Dismiss survives a reload; notifications are asked for on a click', async ({
  page,
  context,
  shell,
  openApp,
}) => {
  await installReminderClock(page, berlin(DAY, '10:00'));
  await openApp();
  await createWithReminder(page, {
    title: 'Call with Lin',
    from: '10:30',
    to: '12:00',
    minutes: 10,
  });
  await createWithReminder(page, { title: 'Budget', from: '11:00', to: '12:00', minutes: 10 });
  // No permission asked for: reminders appear in the panel only.
  await advanceTo(page, berlin(DAY, '10:20'));
  const panel = page.getByRole('region', { name: 'Reminders' });
  const call = panel.getByRole('listitem', { name: 'Call with Lin' });
  await expect(call).toBeVisible();
  await call.getByLabel('Snooze Call with Lin for').selectOption({ label: '5 minutes' });
  await call.getByRole('button', { name: 'Snooze' }).click();
  await expect(call).toBeHidden();
  await advanceTo(page, berlin(DAY, '10:24') + 59_000);
  await expect(call).toBeHidden();
  await advanceTo(page, berlin(DAY, '10:25'));
  await expect(call).toBeVisible();
  expect(await notifications(page)).toEqual([]);

  // The panel asks, on a click, whether reminders may also be desktop notifications.
  await context.grantPermissions(['notifications'], { origin: shell.origin });
  await panel.getByRole('button', { name: 'Also show reminders as desktop notifications' }).click();
  await expect(panel.getByRole('button', { name: /desktop notifications/ })).toBeHidden();
  await advanceTo(page, berlin(DAY, '10:50'));
  const budget = panel.getByRole('listitem', { name: 'Budget' });
  await expect(budget).toBeVisible();
  await expect
    .poll(async () => (await notifications(page)).map((n) => n.title))
    .toEqual(['Budget']);
  await call.getByRole('button', { name: 'Dismiss' }).click();
  await expect(call).toBeHidden();

  await page.reload();
  await expect(page.getByRole('button', { name: 'New event' })).toBeVisible();
  await settle(page);
  await expect(budget).toBeVisible();
  await expect(call).toBeHidden();
  await advanceTo(page, berlin(DAY, '10:55'));
  await expect(call).toBeHidden();
  expect(await page.evaluate(() => Date.now())).toBeGreaterThanOrEqual(berlin(DAY, '10:55'));
});
