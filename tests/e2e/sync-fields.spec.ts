// The editor's other fields in both directions through the real UI: reminders, busy/free,
// visibility and colour chosen here reach Google as Google names them, and Google's changes
// to them show in the editor after a sync.
import { connect, expect, googleAs, syncNow, test } from './google-fixtures';
import { createEvent, editor, NOW, openEditor } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(NOW));
});

test("reminders, busy/free, visibility and colour chosen here reach Google, and Google's changes to them show in the editor", async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);
  await createEvent(page, { title: 'Focus block', date: '2026-06-11', from: '10:00', to: '11:00' });

  await openEditor(page, page.getByRole('button', { name: /^Focus block, / }));
  const dialog = editor(page);
  await dialog.getByRole('checkbox', { name: 'Default reminders' }).uncheck();
  await dialog.getByLabel('Reminder 1 before').fill('15');
  await dialog.getByRole('button', { name: 'Add reminder' }).click();
  await dialog.getByLabel('Reminder 2 type').selectOption('email');
  await dialog.getByLabel('Reminder 2 before').fill('1');
  await dialog.getByLabel('Reminder 2 unit').selectOption('hour');
  await dialog.getByLabel('Show as').selectOption({ label: 'Free' });
  await dialog.getByLabel('Visibility').selectOption({ label: 'Private' });
  await dialog.getByRole('radiogroup', { name: 'Color' }).getByTitle('Tomato').check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await syncNow(page);

  const [made] = ((await api.events.list({ calendarId: 'primary' })).data.items ?? []).filter(
    (e) => e.summary === 'Focus block',
  );
  expect(made).toMatchObject({
    reminders: {
      useDefault: false,
      overrides: [
        { method: 'popup', minutes: 15 },
        { method: 'email', minutes: 60 },
      ],
    },
    transparency: 'transparent',
    visibility: 'private',
    colorId: '11',
  });

  await api.events.patch({
    calendarId: 'primary',
    eventId: made!.id!,
    requestBody: {
      reminders: { useDefault: true, overrides: [] },
      transparency: 'opaque',
      visibility: 'public',
      colorId: '2',
    },
  });
  await syncNow(page);
  await openEditor(page, page.getByRole('button', { name: /^Focus block, / }));
  await expect(dialog.getByRole('checkbox', { name: 'Default reminders' })).toBeChecked();
  await expect(dialog.getByLabel('Reminder 1 before')).toHaveCount(0);
  await expect(dialog.getByLabel('Show as')).toHaveValue('opaque');
  await expect(dialog.getByLabel('Visibility')).toHaveValue('public');
  await expect(dialog.getByRole('radiogroup', { name: 'Color' }).getByTitle('Sage')).toBeChecked();
});
