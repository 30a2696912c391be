// Undo after the change reached Google: a new change that puts the event back, emailing
// nobody; and a guest's answer taken back.
import {
  ACCOUNT,
  connect,
  expect,
  googleAs,
  inviteFromOlga,
  syncNow,
  test,
  todayAt,
} from './google-fixtures';
import { openEditor } from './helpers';

test('a delete that already reached Google is undone as a new change: the event is back on Google, and nobody is emailed', async ({
  openApp,
  admin,
  google,
}) => {
  await admin('accounts', { email: 'grace@example.com', name: 'Grace' });
  const api = await googleAs(admin, google.url);
  await api.events.insert({
    calendarId: 'primary',
    requestBody: {
      summary: 'Retro',
      start: { dateTime: todayAt(11) },
      end: { dateTime: todayAt(12) },
      attendees: [{ email: 'grace@example.com' }],
    },
  });
  const page = await openApp();
  await connect(page);

  await openEditor(page, page.getByRole('button', { name: /^Retro/ }));
  await page.getByRole('dialog', { name: 'Event' }).getByRole('button', { name: 'Delete' }).click();
  await page
    .getByRole('dialog', { name: 'Send cancellation emails to guests?' })
    .getByRole('button', { name: "Don't send" })
    .click();
  await syncNow(page);
  const live = async () =>
    ((await api.events.list({ calendarId: 'primary' })).data.items ?? []).filter(
      (e) => e.summary === 'Retro' && e.status !== 'cancelled',
    );
  expect(await live()).toHaveLength(0);

  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: /^Retro/ })).toBeVisible();
  await syncNow(page);
  const back = await live();
  expect(back).toHaveLength(1);
  expect(Date.parse(back[0]!.start!.dateTime!)).toBe(Date.parse(todayAt(11)));
  const mail = (await (await fetch(`${google.url}/__admin/notifications`)).json()) as unknown[];
  expect(mail).toEqual([]);
});

test("a guest's answer is taken back with Undo, here and on Google", async ({
  openApp,
  admin,
  google,
}) => {
  const ids = [await inviteFromOlga(admin)];
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);
  const answer = async () =>
    (await api.events.get({ calendarId: 'primary', eventId: ids[0]! })).data.attendees?.find(
      (a) => a.email === ACCOUNT.email,
    )?.responseStatus;

  await openEditor(page, page.getByRole('button', { name: /^Olga's review/ }));
  const editor = page.getByRole('dialog', { name: 'Event' });
  await editor.getByRole('button', { name: 'No', exact: true }).click();
  await editor.getByRole('button', { name: 'Cancel' }).click();
  await syncNow(page);
  expect(await answer()).toBe('declined');

  await page
    .getByRole('status')
    .filter({ hasText: 'Response saved' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await syncNow(page);
  expect(await answer()).toBe('needsAction');
});
