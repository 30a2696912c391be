// A guest's answer and Google Meet through the real UI: answering "Going?" on someone else's
// event reaches Google as the user's own responseStatus, and "Add Google Meet video
// conferencing" makes Google create a Meet link that the editor then offers to join.
import { ACCOUNT, connect, expect, googleAs, syncNow, test, todayAt } from './google-fixtures';

test("as a guest: Yes on someone else's event reaches Google as my answer, and the organizer's fields are read-only", async ({ openApp, admin, google }) => {
  await admin('accounts', { email: 'olga@example.com', name: 'Olga' });
  const { ids } = (await admin('events', {
    calendarId: ACCOUNT.email,
    events: [
      {
        summary: "Olga's review",
        organizer: { email: 'olga@example.com', displayName: 'Olga' },
        attendees: [
          { email: 'olga@example.com', responseStatus: 'accepted' },
          { email: ACCOUNT.email, responseStatus: 'needsAction' },
        ],
        start: { dateTime: todayAt(11) },
        end: { dateTime: todayAt(12) },
      },
    ],
  })) as { ids: string[] };
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);

  await page.getByRole('button', { name: /^Olga's review/ }).click();
  const editor = page.getByRole('dialog', { name: 'Event' });
  await expect(editor.getByText('Only the organizer can change this event.')).toBeVisible();
  await expect(editor.getByLabel('Title')).not.toBeEditable();
  await expect(editor.getByLabel('Location')).not.toBeEditable();
  const yes = editor.getByRole('button', { name: 'Yes', exact: true });
  await expect(yes).toHaveAttribute('aria-pressed', 'false');
  await yes.click();
  await expect(yes).toHaveAttribute('aria-pressed', 'true');
  await expect(editor.getByRole('button', { name: 'Maybe', exact: true })).toHaveAttribute('aria-pressed', 'false');
  // No question about guest emails: Google tells the organizer by itself.
  await expect(page.getByRole('dialog', { name: 'Send update emails to guests?' })).toHaveCount(0);
  await editor.getByRole('button', { name: 'Cancel' }).click();

  await syncNow(page);
  const onGoogle = await api.events.get({ calendarId: 'primary', eventId: ids[0]! });
  expect(onGoogle.data.attendees?.find((a) => a.email === ACCOUNT.email)?.responseStatus).toBe('accepted');
  expect(onGoogle.data.summary).toBe("Olga's review");

  // Reopened after the sync, the answer is still Yes.
  await page.getByRole('button', { name: /^Olga's review/ }).click();
  await expect(editor.getByRole('button', { name: 'Yes', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('Add Google Meet video conferencing: Google creates a Meet link and the editor offers to join it', async ({ openApp, admin, google }) => {
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);

  await page.getByRole('button', { name: 'New event' }).click();
  const editor = page.getByRole('dialog', { name: 'Event' });
  await editor.getByLabel('Title').fill('Video call');
  await editor.getByRole('checkbox', { name: 'Add Google Meet video conferencing' }).check();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toHaveCount(0);
  await syncNow(page);

  const listed = await api.events.list({ calendarId: 'primary' });
  const onGoogle = listed.data.items?.find((e) => e.summary === 'Video call');
  expect(onGoogle?.hangoutLink).toMatch(/^https:\/\/meet\.google\.com\//);

  await syncNow(page);
  await page.getByRole('button', { name: /^Video call/ }).click();
  const join = editor.getByRole('link', { name: 'Join with Google Meet' });
  await expect(join).toBeVisible();
  await expect(join).toHaveAttribute('href', onGoogle!.hangoutLink!);
  await expect(editor.getByRole('checkbox', { name: 'Add Google Meet video conferencing' })).toHaveCount(0);
});
