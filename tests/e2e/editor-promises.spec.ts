// The editor keeps what others wrote: a stale editor saves only what the person changed,
// onto the newest record; a guest's answer is its own change that a later Save leaves alone;
// and the email question comes only when an email would go out, worded for it. Each test
// follows the steps a person would take, against the Google emulator.
import type { Page } from '@playwright/test';
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

/** The sync the scheduler runs every few minutes, while the editor covers the button. */
async function backgroundSync(page: Page): Promise<void> {
  await page.evaluate(() => window.__almanac!.sync!());
}

test('a stale editor saves only the changed title: guests’ answers and a new place from Google survive', async ({
  openApp,
  admin,
  google,
}) => {
  await admin('accounts', { email: 'olga@example.com', name: 'Olga' });
  await admin('accounts', { email: 'bob@example.com', name: 'Bob' });
  const api = await googleAs(admin, google.url);
  const created = await api.events.insert({
    calendarId: 'primary',
    requestBody: {
      summary: 'Planning',
      location: 'Room 1',
      start: { dateTime: todayAt(11) },
      end: { dateTime: todayAt(12) },
      attendees: [{ email: 'olga@example.com' }, { email: 'bob@example.com' }],
    },
  });
  const id = created.data.id!;
  const page = await openApp();
  await connect(page);

  await openEditor(page, page.getByRole('button', { name: /^Planning/ }));
  const editor = page.getByRole('dialog', { name: 'Event' });
  await expect(editor.getByLabel('Location')).toHaveValue('Room 1');

  // Meanwhile on Google: Olga accepts, Bob declines, the place changes.
  const onGoogle = (await api.events.get({ calendarId: 'primary', eventId: id })).data;
  await api.events.patch({
    calendarId: 'primary',
    eventId: id,
    requestBody: {
      location: 'Room 9',
      attendees: onGoogle.attendees!.map((a) => ({
        ...a,
        responseStatus: a.email === 'olga@example.com' ? 'accepted' : 'declined',
      })),
    },
  });
  await backgroundSync(page);
  // The open editor follows what the person has not touched.
  await expect(editor.getByLabel('Location')).toHaveValue('Room 9');

  await editor.getByLabel('Title').fill('Planning (moved)');
  await editor.getByRole('button', { name: 'Save' }).click();
  await page
    .getByRole('dialog', { name: 'Send update emails to guests?' })
    .getByRole('button', { name: "Don't send" })
    .click();
  await expect(editor).toHaveCount(0);
  await syncNow(page);

  const after = (await api.events.get({ calendarId: 'primary', eventId: id })).data;
  expect(after.summary).toBe('Planning (moved)');
  expect(after.location).toBe('Room 9');
  expect(Object.fromEntries(after.attendees!.map((a) => [a.email, a.responseStatus]))).toEqual({
    'olga@example.com': 'accepted',
    'bob@example.com': 'declined',
  });
});

test('answering Yes shows at once, and a later Save with no change keeps the answer and asks nothing', async ({
  openApp,
  admin,
  google,
}) => {
  const ids = [await inviteFromOlga(admin)];
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);

  await openEditor(page, page.getByRole('button', { name: /^Olga's review/ }));
  const editor = page.getByRole('dialog', { name: 'Event' });
  const me = editor.getByRole('listitem').filter({ hasText: ACCOUNT.email });
  await expect(me).toContainText('Awaiting reply');
  await editor.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(editor.getByRole('button', { name: 'Yes', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(me).not.toContainText('Awaiting reply');

  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: /emails to guests/ })).toHaveCount(0);
  await syncNow(page);

  const after = (await api.events.get({ calendarId: 'primary', eventId: ids[0]! })).data;
  expect(after.attendees?.find((a) => a.email === ACCOUNT.email)?.responseStatus).toBe('accepted');
  await openEditor(page, page.getByRole('button', { name: /^Olga's review/ }));
  await expect(editor.getByRole('button', { name: 'Yes', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('the email question: none when nothing changed or only busy/free did; invitation for new guests; update for a new time', async ({
  openApp,
  admin,
  google,
}) => {
  await admin('accounts', { email: 'grace@example.com', name: 'Grace' });
  const page = await openApp();
  await connect(page);
  const editor = page.getByRole('dialog', { name: 'Event' });

  await page.getByRole('button', { name: 'New event' }).click();
  await editor.getByLabel('Title').fill('Design review');
  await editor.getByLabel('Guests').fill('grace@example.com');
  await editor.getByLabel('Guests').press('Enter');
  await editor.getByRole('button', { name: 'Save' }).click();
  await page
    .getByRole('dialog', { name: 'Send invitation emails to guests?' })
    .getByRole('button', { name: "Don't send" })
    .click();
  await expect(editor).toHaveCount(0);
  await syncNow(page);

  // Save with no change: no question, nothing queued.
  await openEditor(page, page.getByRole('button', { name: /^Design review/ }));
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: /emails to guests/ })).toHaveCount(0);
  const queued = await page.evaluate(() => window.__almanac!.db.outbox.count());
  expect(queued).toBe(0);

  // Busy/free is the person's own: no email goes out for it.
  await openEditor(page, page.getByRole('button', { name: /^Design review/ }));
  await editor.getByLabel('Show as').selectOption('transparent');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: /emails to guests/ })).toHaveCount(0);

  // A new place is news to the guests.
  await openEditor(page, page.getByRole('button', { name: /^Design review/ }));
  await editor.getByLabel('Location').fill('Room 4');
  await editor.getByRole('button', { name: 'Save' }).click();
  const update = page.getByRole('dialog', { name: 'Send update emails to guests?' });
  await expect(update).toBeVisible();
  await update.getByRole('button', { name: "Don't send" }).click();
  await expect(editor).toHaveCount(0);
  await syncNow(page);
  void google;
});
