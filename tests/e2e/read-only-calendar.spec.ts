// A calendar the user can only read syncs one way: its events arrive, and here they can be
// looked at but not edited, moved or deleted.
import { ACCOUNT, connect, expect, syncNow, test, todayAt } from './google-fixtures';
import { openEditor } from './helpers';

test("a read-only calendar's events arrive once ticked, and open without Save or Delete", async ({
  openApp,
  admin,
}) => {
  // Someone else's calendar, shared with the user to read only.
  await admin('accounts', { email: 'team@example.com', name: 'Team' });
  await admin('events', {
    calendarId: 'team@example.com',
    events: [
      { summary: 'Office closed', start: { dateTime: todayAt(9) }, end: { dateTime: todayAt(10) } },
    ],
  });
  await admin('calendars', { email: ACCOUNT.email, id: 'team@example.com', accessRole: 'reader' });
  const page = await openApp();
  await connect(page);
  // Calendars other than the primary one sync only when ticked.
  await expect(page.getByRole('button', { name: /^Office closed/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Preferences' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByRole('tab', { name: 'Google Calendar' }).click();
  const box = prefs.getByRole('checkbox', { name: /team@example.com/ });
  await expect(box).toBeVisible();
  await expect(prefs.getByText('read only')).toBeVisible();
  await box.check();
  await prefs.getByRole('button', { name: 'Close' }).click();
  await syncNow(page);

  await openEditor(page, page.getByRole('button', { name: /^Office closed/ }));
  const editor = page.getByRole('dialog', { name: 'Event' });
  await expect(editor.getByText('This calendar is read-only here')).toBeVisible();
  await expect(editor.getByLabel('Title')).not.toBeEditable();
  await expect(editor.getByRole('button', { name: 'Save' })).toHaveCount(0);
  await expect(editor.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await editor.getByRole('button', { name: 'Close' }).click();
  await expect(editor).toHaveCount(0);
});
