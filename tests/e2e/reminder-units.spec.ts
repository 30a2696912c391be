// Reminders in the units people think in: Google's minutes open as "1 week" or "90 minutes",
// a reminder chosen as "2 days" reaches Google as 2,880 minutes, and "Default reminders" says
// what the calendar's defaults on Google are.
import { connect, expect, googleAs, syncNow, test } from './google-fixtures';
import { editor, NOW, openEditor } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(NOW));
});

test('reminders are chosen in minutes, hours, days or weeks, and the defaults are named', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  await api.calendarList.patch({
    calendarId: 'primary',
    requestBody: {
      defaultReminders: [
        { method: 'popup', minutes: 30 },
        { method: 'email', minutes: 1440 },
      ],
    },
  });
  const made = await api.events.insert({
    calendarId: 'primary',
    requestBody: {
      summary: 'Quarterly review',
      start: { dateTime: '2026-06-11T14:00:00+02:00', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2026-06-11T15:00:00+02:00', timeZone: 'Europe/Berlin' },
      reminders: {
        useDefault: false,
        overrides: [
          { method: 'popup', minutes: 10080 },
          { method: 'email', minutes: 90 },
        ],
      },
    },
  });
  const page = await openApp();
  await connect(page);
  await syncNow(page);

  await openEditor(page, page.getByRole('button', { name: /^Quarterly review, / }));
  const dialog = editor(page);
  await expect(dialog.getByLabel('Reminder 1 before')).toHaveValue('1');
  await expect(dialog.getByLabel('Reminder 1 unit')).toHaveValue('week');
  await expect(dialog.getByLabel('Reminder 2 before')).toHaveValue('90');
  await expect(dialog.getByLabel('Reminder 2 unit')).toHaveValue('minute');

  await dialog.getByLabel('Reminder 1 before').fill('2');
  await dialog.getByLabel('Reminder 1 unit').selectOption('day');
  // Removing the first reminder leaves the second one showing its own time.
  await dialog.getByRole('button', { name: 'Add reminder' }).click();
  await dialog.getByRole('button', { name: 'Remove reminder 2' }).click();
  await expect(dialog.getByLabel('Reminder 2 before')).toHaveValue('30');
  await expect(dialog.getByLabel('Reminder 2 unit')).toHaveValue('minute');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await syncNow(page);
  const onGoogle = await api.events.get({ calendarId: 'primary', eventId: made.data.id! });
  expect(onGoogle.data.reminders).toEqual({
    useDefault: false,
    overrides: [
      { method: 'popup', minutes: 2880 },
      { method: 'popup', minutes: 30 },
    ],
  });

  await openEditor(page, page.getByRole('button', { name: /^Quarterly review, / }));
  await dialog.getByRole('checkbox', { name: 'Default reminders' }).check();
  await expect(dialog.getByText('30 minutes before, email 1 day before')).toBeVisible();
});
