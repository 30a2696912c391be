// Two-way sync through the real UI: changes made "on Google" by another client through the
// real API show up after a sync, and changes made here reach Google, with guest emails
// only when the user chose Send.
import {
  ACCOUNT,
  connect,
  enterCredentials,
  expect,
  googleAs,
  startSignIn,
  syncNow,
  test,
  todayAt,
} from './google-fixtures';
import { openEditor } from './helpers';

test('an event created on Google appears here after a sync, and its edits and deletion follow', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);
  const created = await api.events.insert({
    calendarId: 'primary',
    requestBody: {
      summary: 'Made on Google',
      start: { dateTime: todayAt(9) },
      end: { dateTime: todayAt(10) },
    },
  });
  await syncNow(page);
  await expect(page.getByRole('button', { name: /^Made on Google/ })).toBeVisible();

  await api.events.patch({
    calendarId: 'primary',
    eventId: created.data.id!,
    requestBody: { summary: 'Renamed on Google' },
  });
  await syncNow(page);
  await expect(page.getByRole('button', { name: /^Renamed on Google/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Made on Google/ })).toHaveCount(0);

  await api.events.delete({ calendarId: 'primary', eventId: created.data.id! });
  await syncNow(page);
  await expect(page.getByRole('button', { name: /^Renamed on Google/ })).toHaveCount(0);
});

test('an event created, edited and deleted here reaches Google', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);
  await page.getByRole('button', { name: 'New event' }).click();
  const editor = page.getByRole('dialog', { name: 'Event' });
  await editor.getByLabel('Title').fill('Made in Almanac');
  await editor.getByRole('button', { name: 'Save' }).click();
  await syncNow(page);
  const listed = await api.events.list({ calendarId: 'primary' });
  const onGoogle = listed.data.items?.find((e) => e.summary === 'Made in Almanac');
  expect(onGoogle?.id).toMatch(/^[a-v0-9]{5,1024}$/);

  await openEditor(page, page.getByRole('button', { name: /^Made in Almanac/ }));
  await editor.getByLabel('Title').fill('Edited in Almanac');
  await editor.getByLabel('Location').fill('Room 7');
  await editor.getByRole('button', { name: 'Save' }).click();
  await syncNow(page);
  const edited = await api.events.get({ calendarId: 'primary', eventId: onGoogle!.id! });
  expect(edited.data).toMatchObject({ summary: 'Edited in Almanac', location: 'Room 7' });

  await openEditor(page, page.getByRole('button', { name: /^Edited in Almanac/ }));
  await editor.getByRole('button', { name: 'Delete' }).click();
  await syncNow(page);
  const deleted = await api.events.get({ calendarId: 'primary', eventId: onGoogle!.id! });
  expect(deleted.data.status).toBe('cancelled');
});

test('guests are emailed only when the user says Send', async ({ openApp, admin, google }) => {
  const page = await openApp();
  await connect(page);
  const notifications = async () =>
    (await (await fetch(`${google.url}/__admin/notifications`)).json()) as {
      to: string;
      kind: string;
    }[];

  for (const [title, answer] of [
    ['Quiet meeting', "Don't send"],
    ['Announced meeting', 'Send'],
  ] as const) {
    await page.getByRole('button', { name: 'New event' }).click();
    const editor = page.getByRole('dialog', { name: 'Event' });
    await editor.getByLabel('Title').fill(title);
    await editor.getByLabel('Guests').fill('grace@example.com');
    await editor.getByLabel('Guests').press('Enter');
    await editor.getByRole('button', { name: 'Save' }).click();
    const question = page.getByRole('dialog', { name: 'Send invitation emails to guests?' });
    await question.getByRole('button', { name: answer, exact: true }).click();
    await syncNow(page);
  }
  const sent = await notifications();
  expect(sent).toEqual([expect.objectContaining({ to: 'grace@example.com', kind: 'invitation' })]);
  void admin;
});

test('a revoked Google grant shows Reconnect, and reconnecting syncs again', async ({
  openApp,
  admin,
}) => {
  const page = await openApp();
  await connect(page);
  await admin('refresh-tokens/revoke', { email: ACCOUNT.email });
  // The access token from sign-in is still valid for a while; expire it with the clock.
  await admin('clock', { advanceMs: 2 * 3600_000 });
  await page.getByRole('button', { name: 'Sync with Google' }).click();
  await expect(page.getByRole('button', { name: 'Reconnect' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'invalid_grant' })).toContainText(
    'sign in again',
  );
  const consent = await startSignIn(page);
  await consent.getByRole('button', { name: ACCOUNT.email }).click();
  await consent.getByRole('button', { name: 'Continue' }).click();
  await consent.getByRole('button', { name: 'Allow' }).click();
  await expect(page.getByText(`Connected as ${ACCOUNT.email}`)).toBeVisible();
});

test('"Sync with Google" is busy from the click until its sync is over', async ({
  openApp,
  admin,
}) => {
  const page = await openApp();
  await connect(page);
  await admin('latency', { ms: 1_000 });
  // Checked before the page handles anything else: main's own "running" takes a round trip,
  // and a test (or a person) acting in that gap found the button free — a second click then
  // landed on whatever the button turned into, Reconnect when that sync lost its sign-in.
  const busyAtOnce = await page.evaluate(async () => {
    const button = document.querySelector<HTMLButtonElement>(
      'button[aria-label="Sync with Google"]',
    )!;
    button.click();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    return button.disabled;
  });
  expect(busyAtOnce).toBe(true);
  const button = page.getByRole('button', { name: 'Sync with Google' });
  await expect(button).toHaveAttribute('aria-busy', 'true');
  await expect(button).toBeEnabled({ timeout: 30_000 });
  // Free again only once the sync ended.
  await expect(page.getByText(/Syncing/)).toHaveCount(0);
  await expect(page.getByText(/Synced \d/)).toBeVisible();
});

test("a Testing app's sign-in expires after 7 days: Reconnect with the publishing advice", async ({
  openApp,
  admin,
}) => {
  const testing = {
    clientId: 'testing-sync.apps.googleusercontent.com',
    clientSecret: 'testing-sync-secret',
  };
  await admin('clients', {
    ...testing,
    type: 'desktop',
    publishing: 'testing',
    testUsers: [ACCOUNT.email],
  });
  const page = await openApp();
  await enterCredentials(page, testing);
  const consent = await startSignIn(page);
  await consent.getByRole('button', { name: ACCOUNT.email }).click();
  await consent.getByRole('button', { name: 'Continue' }).click();
  await consent.getByRole('button', { name: 'Allow' }).click();
  await expect(page.getByText(`Connected as ${ACCOUNT.email}`)).toBeVisible();
  // Let the sync that follows connecting finish, so the click below is the one that fails.
  await expect(page.getByText(/Synced \d/)).toBeVisible();
  await admin('clock', { advanceMs: 8 * 86_400_000 });
  await page.getByRole('button', { name: 'Sync with Google' }).click();
  await expect(page.getByRole('button', { name: 'Reconnect' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'invalid_grant' })).toContainText(
    '7 days',
  );
});
