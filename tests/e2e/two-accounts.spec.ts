// Two Google accounts in the browser shell against the emulator, as a person uses them:
// connect a work and a personal account through the consent page, see both sets of events
// under their own headings, edit one account's event, reset the other account, and then
// disconnect the first — each time the other account's events, here and on Google, stay
// as they were.
import type { Page } from '@playwright/test';
import { calendar as calendarApi } from '@googleapis/calendar';
import { OAuth2Client } from 'google-auth-library';
import {
  ACCOUNT,
  connect,
  expect,
  localEvents,
  slotInDays,
  syncNow,
  test,
} from './google-fixtures';
import { editor, eventsTitled, openEditor } from './helpers';

const BOB = { email: 'bob@example.org', name: 'Bob' };

async function openGooglePrefs(page: Page) {
  await page.getByRole('button', { name: 'Preferences' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByRole('tab', { name: 'Google Calendar' }).click();
  return prefs;
}

test('two accounts: both connect through the consent page, one is reset, the other disconnected', async ({
  openApp,
  admin,
  google,
}) => {
  const onGoogle = async (email: string): Promise<string[]> => {
    const tokens = (await admin('tokens', {
      email,
      clientId: 'other-client.apps.googleusercontent.com',
    })) as { access_token: string };
    const auth = new OAuth2Client();
    auth.setCredentials({ access_token: tokens.access_token });
    const api = calendarApi({ version: 'v3', auth, rootUrl: `${google.url}/` });
    const items = (await api.events.list({ calendarId: email })).data.items ?? [];
    return items
      .filter((e) => e.status !== 'cancelled')
      .map((e) => e.summary ?? '')
      .sort();
  };
  await admin('accounts', BOB);
  await admin('events', {
    calendarId: ACCOUNT.email,
    events: [{ summary: 'Ada work', ...slotInDays(0) }],
  });
  await admin('events', {
    calendarId: BOB.email,
    events: [{ summary: 'Bob home', ...slotInDays(0) }],
  });

  const page = await openApp();
  await connect(page);

  // "Add account": the second sign-in, on the consent page, with the other address.
  const prefs = await openGooglePrefs(page);
  const opened = page.context().waitForEvent('page');
  await prefs.getByRole('button', { name: 'Add account' }).click();
  const consent = await opened;
  await consent.waitForLoadState();
  await consent.getByRole('button', { name: BOB.email }).click();
  await consent.getByRole('button', { name: 'Continue' }).click();
  await consent.getByRole('button', { name: 'Allow' }).click();
  await expect(consent.getByText('You can close this tab')).toBeVisible();
  await expect(prefs.getByText(`Connected as ${ACCOUNT.email}`)).toBeVisible();
  await expect(prefs.getByText(`Connected as ${BOB.email}`)).toBeVisible();
  await prefs.getByRole('button', { name: 'Close' }).click();

  // Both sets of events, each calendar under its account's address in the sidebar.
  await syncNow(page);
  await expect(eventsTitled(page, 'Ada work')).toHaveCount(1);
  await expect(eventsTitled(page, 'Bob home')).toHaveCount(1);
  for (const email of [ACCOUNT.email, BOB.email])
    await expect(
      page.getByRole('region', { name: email, exact: true }).getByRole('checkbox', { name: email }),
    ).toBeChecked();

  // An edit in Bob's account goes to Bob's Google calendar.
  await openEditor(page, 'Bob home');
  await editor(page).getByLabel('Title').fill('Bob at home');
  await editor(page).getByRole('button', { name: 'Save' }).click();
  await syncNow(page);
  await expect.poll(() => onGoogle(BOB.email)).toEqual(['Bob at home']);

  // Reset Account for Ada: her events leave this computer; Bob's stay, here and on Google.
  await openGooglePrefs(page);
  await prefs
    .getByRole('region', { name: ACCOUNT.email, exact: true })
    .getByRole('button', { name: 'Reset Account' })
    .click();
  const reset = page.getByRole('dialog', { name: 'Reset Account' });
  await reset.getByRole('radio', { name: 'Delete from this computer' }).check();
  await reset.getByRole('button', { name: 'Confirm' }).click();
  await expect(prefs.getByRole('status', { name: 'Reset result' })).toContainText(
    'Reset Account finished',
  );
  await expect(prefs.getByText(`Connected as ${ACCOUNT.email}`)).toHaveCount(0);
  await expect(prefs.getByText(`Connected as ${BOB.email}`)).toBeVisible();
  expect(await localEvents(page)).toEqual(['Bob at home']);
  expect(await onGoogle(ACCOUNT.email)).toEqual(['Ada work']);
  expect(await onGoogle(BOB.email)).toEqual(['Bob at home']);

  // Disconnect Bob: it asks first; his events leave this computer, and stay on Google.
  await prefs.getByRole('button', { name: `Disconnect ${BOB.email}` }).click();
  const question = page.getByRole('dialog', { name: 'Disconnect account' });
  await expect(question).toContainText('its calendars and 1 event leave this computer');
  await question.getByRole('button', { name: 'Disconnect', exact: true }).click();
  await expect(prefs.getByRole('button', { name: 'Connect', exact: true })).toBeVisible();
  await expect.poll(() => localEvents(page)).toEqual([]);
  await expect(page.getByRole('region', { name: BOB.email, exact: true })).toHaveCount(0);
  expect(await onGoogle(BOB.email)).toEqual(['Bob at home']);
  expect(await onGoogle(ACCOUNT.email)).toEqual(['Ada work']);
});
