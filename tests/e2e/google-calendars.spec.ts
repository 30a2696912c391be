// Google calendars from the sidebar, checked on the emulator: "New calendar" while connected
// creates it on Google (calendars.insert) with its colour; "Change colour" and a rename in
// Settings go to Google (calendarList.patch, calendars.patch) and show as Google answered.
import { ACCOUNT, connect, expect, googleAs, test } from './google-fixtures';

test('a calendar created, recoloured and renamed here is so on Google', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);

  await page.getByRole('button', { name: 'New calendar' }).click();
  const dialog = page.getByRole('dialog', { name: 'New calendar' });
  await expect(dialog.getByLabel('Keep it')).toHaveValue(ACCOUNT.email);
  await dialog.getByLabel('Name').fill('Climbing');
  await dialog.getByRole('radio', { name: 'Basil' }).check();
  await dialog.getByLabel('Time zone').selectOption('Asia/Tokyo');
  await dialog.getByRole('button', { name: 'Create calendar' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    // Under its account's heading, not among the calendars kept here.
    page
      .getByRole('region', { name: ACCOUNT.email, exact: true })
      .getByRole('checkbox', { name: 'Climbing' }),
  ).toBeChecked();

  const entryNamed = async (summary: string) =>
    (await api.calendarList.list()).data.items?.find((c) => c.summary === summary);
  const created = await entryNamed('Climbing');
  expect(created).toMatchObject({
    accessRole: 'owner',
    timeZone: 'Asia/Tokyo',
    backgroundColor: '#0b8043',
    defaultReminders: [{ method: 'popup', minutes: 30 }],
  });

  await page.getByRole('button', { name: 'Options for Climbing' }).click();
  await page.getByRole('menuitem', { name: 'Change colour' }).click();
  await page.getByRole('radio', { name: 'Tomato' }).click();
  await expect.poll(async () => (await entryNamed('Climbing'))?.backgroundColor).toBe('#d50000');

  await page.getByRole('button', { name: 'Options for Climbing' }).click();
  await page.getByRole('menuitem', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings for Climbing' });
  await expect(settings.getByRole('radio', { name: 'Tomato' })).toBeChecked();
  await settings.getByLabel('Name').fill('Climbing club');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toBeHidden();
  await expect(page.getByRole('checkbox', { name: 'Climbing club' })).toBeVisible();
  const { data: renamed } = await api.calendars.get({ calendarId: created!.id! });
  expect(renamed.summary).toBe('Climbing club');
  // A Google calendar is not deleted from here.
  await page.getByRole('button', { name: 'Options for Climbing club' }).click();
  await expect(page.getByRole('menuitem', { name: 'Delete' })).toHaveCount(0);
});
