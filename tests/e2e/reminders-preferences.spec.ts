// Preferences → Notifications and the editor's reminders, as a person uses them: a Test
// notification, My calendar's own default reminder (which new events then use), turning
// reminders off, and an all-day event's reminder offered and kept as "1 day before at 09:00".
import { test, expect } from './fixtures';
import { berlin, editor, fillEditor, storedEvents, openEditor } from './helpers';
import {
  advanceTo,
  createWithReminder,
  installReminderClock,
  notifications,
} from './reminder-helpers';

test('Test notification; My calendar’s default reminder is what new events use; reminders can be turned off', async ({
  page,
  context,
  ownShell,
}) => {
  await context.grantPermissions(['notifications'], { origin: ownShell.origin });
  await installReminderClock(page, berlin('2026-06-10', '10:00'));
  await page.goto(ownShell.url);
  await expect(page.getByRole('button', { name: 'New event' })).toBeVisible();

  await page.getByRole('button', { name: 'Preferences' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await dialog.getByRole('tab', { name: 'Notifications' }).click();
  const pane = dialog.getByRole('tabpanel', { name: 'Notifications' });
  await pane.getByRole('button', { name: 'Test notification' }).click();
  await expect(pane.getByRole('status')).toHaveText('Sent. It should be on your screen now.');
  expect((await notifications(page)).map((n) => n.title)).toEqual(['Reminders are on']);

  const myDefault = pane.getByLabel('My calendar: default reminder 1, minutes before');
  await expect(myDefault).toHaveValue('30');
  await myDefault.fill('15');
  await pane.getByLabel('Snooze for').selectOption({ label: '5 minutes' });
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'New event' }).click();
  const form = editor(page);
  await fillEditor(page, { title: 'Dentist', from: '10:30', to: '11:00' });
  await expect(form.getByText('15 minutes before')).toBeVisible();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  await advanceTo(page, berlin('2026-06-10', '10:15'));
  await expect
    .poll(async () => (await notifications(page)).map((n) => n.title))
    .toEqual(['Reminders are on', 'Dentist']);
  // The default snooze chosen above is what the panel offers first.
  const card = page.getByRole('region', { name: 'Reminders' }).getByRole('listitem', {
    name: 'Dentist',
  });
  await expect(card.getByLabel('Snooze Dentist for')).toHaveValue('5');

  // Reminders off: the next one does not come, and the panel goes.
  await page.getByRole('button', { name: 'Preferences' }).click();
  await dialog.getByRole('tab', { name: 'Notifications' }).click();
  await pane.getByRole('checkbox', { name: 'Remind me of events' }).uncheck();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(card).toBeHidden();
  await createWithReminder(page, { title: 'Lunch', from: '12:00', to: '13:00' });
  await advanceTo(page, berlin('2026-06-10', '11:50'));
  expect(await notifications(page)).toHaveLength(2);

  // The choices are kept by main: a reload shows them.
  await page.reload();
  await page.getByRole('button', { name: 'Preferences' }).click();
  await dialog.getByRole('tab', { name: 'Notifications' }).click();
  await expect(pane.getByRole('checkbox', { name: 'Remind me of events' })).not.toBeChecked();
  await expect(pane.getByLabel('Snooze for')).toHaveValue('5');
  await expect(pane.getByLabel('My calendar: default reminder 1, minutes before')).toHaveValue(
    '15',
  );
});

test('an all-day event’s reminder is "1 day before at 09:00", kept as Google counts it, and fires then', async ({
  page,
  context,
  shell,
  openApp,
}) => {
  await context.grantPermissions(['notifications'], { origin: shell.origin });
  await installReminderClock(page, berlin('2026-06-11', '08:30'));
  await openApp();
  await page.getByRole('button', { name: 'New event' }).click();
  const form = editor(page);
  await form.getByLabel('Title').fill('Conference');
  await form.getByRole('checkbox', { name: 'All day' }).check();
  await form.getByLabel('Start', { exact: true }).fill('2026-06-12');
  await form.getByLabel('End', { exact: true }).fill('2026-06-12');
  await form.getByRole('checkbox', { name: 'Default reminders' }).uncheck();
  await expect(form.getByLabel('Reminder 1 days before')).toHaveValue('1');
  await expect(form.getByLabel('Reminder 1 time')).toHaveValue('09:00');
  await expect(form.getByText('day before at', { exact: true })).toBeVisible();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  const [stored] = (await storedEvents(page)).filter((e) => e.summary === 'Conference');
  expect((stored as unknown as { reminders: unknown }).reminders).toEqual({
    useDefault: false,
    overrides: [{ method: 'popup', minutes: 900 }],
  });

  // Opened again, it reads the same.
  await openEditor(page, 'Conference');
  await expect(form.getByLabel('Reminder 1 days before')).toHaveValue('1');
  await expect(form.getByLabel('Reminder 1 time')).toHaveValue('09:00');
  // "On the day at 09:00" would be after the start of an all-day event: said so, not saved.
  await form.getByLabel('Reminder 1 days before').fill('0');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toContainText('from midnight at the start of the day');
  await form.getByRole('button', { name: 'Cancel' }).click();

  await advanceTo(page, berlin('2026-06-11', '08:59') + 59_000);
  expect(await notifications(page)).toEqual([]);
  await advanceTo(page, berlin('2026-06-11', '09:00'));
  await expect
    .poll(async () => (await notifications(page)).map((n) => n.title))
    .toEqual(['Conference']);
  expect((await notifications(page))[0]!.body).toContain('all day');
});
