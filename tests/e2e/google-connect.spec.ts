// Connecting Google as a person would: Preferences, the toolbar button, the consent page in
// a new tab, and every failure of the error guide with its own message.
import { ACCOUNT, DESKTOP, enterCredentials, expect, startSignIn, test } from './google-fixtures';

test('connects through the consent page and shows the account', async ({ openApp, app }) => {
  const page = await openApp();
  // Not set up yet: the button leads to the settings.
  await page.getByRole('button', { name: 'Sync with Google' }).click();
  await expect(
    page
      .getByRole('dialog', { name: 'Preferences' })
      .getByRole('checkbox', { name: 'Google Calendar' }),
  ).toBeVisible();
  await page
    .getByRole('dialog', { name: 'Preferences' })
    .getByRole('button', { name: 'Close' })
    .click();

  await enterCredentials(page, DESKTOP);
  const consent = await startSignIn(page);
  await expect(page.getByRole('region', { name: 'Signing in to Google' })).toBeVisible();
  await consent.getByRole('button', { name: ACCOUNT.email }).click();
  await consent.getByRole('button', { name: 'Continue' }).click();
  await consent.getByRole('button', { name: 'Allow' }).click();
  await expect(consent.getByText('You can close this tab')).toBeVisible();
  await expect(page.getByText(`Connected as ${ACCOUNT.email}`)).toBeVisible();

  // The secret and the tokens stay in main: not in the bridge's answers, not in IndexedDB.
  const seenByPage = await page.evaluate(async () => {
    const db = (
      window as unknown as { __almanac: { db: { tables: { toArray(): Promise<unknown[]> }[] } } }
    ).__almanac.db;
    const dump = await Promise.all(db.tables.map((t) => t.toArray()));
    return JSON.stringify(dump) + document.documentElement.outerHTML;
  });
  expect(seenByPage).not.toContain(DESKTOP.clientSecret);
  expect(seenByPage).not.toMatch(/ya29\.|1\/\//);
  expect(app.url).toBeTruthy();
});

test('the secret is masked and never sent back in full', async ({ openApp }) => {
  const page = await openApp();
  await enterCredentials(page, DESKTOP);
  await page.getByRole('button', { name: 'Preferences' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await dialog.getByRole('tab', { name: 'Google Calendar' }).click();
  const secret = dialog.getByLabel('Client Secret');
  await expect(secret).toHaveAttribute('type', 'password');
  await expect(secret).toHaveValue('');
  await expect(secret).toHaveAttribute('placeholder', /Saved \(••••••••cret\)/);
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'accepted' })).toBeVisible();
});

test('Cancel on the consent page: access_denied, with what to do', async ({ openApp }) => {
  const page = await openApp();
  await enterCredentials(page, DESKTOP);
  const consent = await startSignIn(page);
  await consent.getByRole('button', { name: 'Cancel' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'access_denied' });
  await expect(alert).toContainText('Google did not give Almanac access');
  await expect(alert).toContainText('Test users');
});

test('a web-type client: Google shows redirect_uri_mismatch, and Test connection says to use a Desktop app client', async ({
  openApp,
  admin,
}) => {
  const web = { clientId: 'web-e2e.apps.googleusercontent.com', clientSecret: 'web-e2e-secret' };
  await admin('clients', {
    ...web,
    type: 'web',
    redirectUris: ['https://example.com/callback'],
    publishing: 'production',
  });
  const page = await openApp();
  await enterCredentials(page, web);
  const consent = await startSignIn(page);
  await expect(consent.getByText('Error 400: redirect_uri_mismatch')).toBeVisible();
  // The app explains what that page means while it waits.
  const panel = page.getByRole('region', { name: 'Signing in to Google' });
  await panel.getByText('Google shows an error?').click();
  await expect(panel).toContainText('not of the type “Desktop app”');
  await panel.getByRole('button', { name: 'Cancel sign-in' }).click();

  await page.getByRole('button', { name: 'Preferences' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await dialog.getByRole('tab', { name: 'Google Calendar' }).click();
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(
    dialog.getByRole('status').filter({ hasText: 'redirect_uri_mismatch' }),
  ).toContainText('Desktop app');
});

test('an account that is not a test user of a Testing app: Google shows access_denied, the app explains it', async ({
  openApp,
  admin,
}) => {
  const testing = {
    clientId: 'testing-e2e.apps.googleusercontent.com',
    clientSecret: 'testing-e2e-secret',
  };
  await admin('clients', {
    ...testing,
    type: 'desktop',
    publishing: 'testing',
    testUsers: ['someone-else@example.com'],
  });
  const page = await openApp();
  await enterCredentials(page, testing);
  const consent = await startSignIn(page);
  await consent.getByRole('button', { name: ACCOUNT.email }).click();
  await expect(consent.getByText('Error 403: access_denied')).toBeVisible();
  const panel = page.getByRole('region', { name: 'Signing in to Google' });
  await panel.getByText('Google shows an error?').click();
  await expect(panel).toContainText('add your Google account');
});

test('calendar access unticked on the consent screen: the app says what to tick', async ({
  openApp,
}) => {
  const page = await openApp();
  await enterCredentials(page, DESKTOP);
  const consent = await startSignIn(page);
  await consent.getByRole('button', { name: ACCOUNT.email }).click();
  await consent.getByRole('button', { name: 'Continue' }).click();
  await consent.getByRole('checkbox', { name: /calendars you can access/ }).uncheck();
  await consent.getByRole('button', { name: 'Allow' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'not given access to your calendars' });
  await expect(alert).toContainText('tick the box');
  await expect(page.getByText(`Connected as ${ACCOUNT.email}`)).toHaveCount(0);
});

test('a wrong Client Secret: invalid_client', async ({ openApp }) => {
  const page = await openApp();
  await enterCredentials(page, { clientId: DESKTOP.clientId, clientSecret: 'not-the-secret' });
  const consent = await startSignIn(page);
  await consent.getByRole('button', { name: ACCOUNT.email }).click();
  await consent.getByRole('button', { name: 'Continue' }).click();
  await consent.getByRole('button', { name: 'Allow' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'invalid_client' });
  await expect(alert).toContainText('Copy both again');
});

test('Disconnect asks, and leaves the events kept here in place', async ({ openApp }) => {
  const page = await openApp();
  await page.getByRole('button', { name: 'New event' }).click();
  const editor = page.getByRole('dialog', { name: 'Event' });
  await editor.getByLabel('Title').fill('Kept after disconnect');
  await editor.getByRole('button', { name: 'Save' }).click();
  await enterCredentials(page, DESKTOP);
  const consent = await startSignIn(page);
  await consent.getByRole('button', { name: ACCOUNT.email }).click();
  await consent.getByRole('button', { name: 'Continue' }).click();
  await consent.getByRole('button', { name: 'Allow' }).click();
  await expect(page.getByText(`Connected as ${ACCOUNT.email}`)).toBeVisible();

  await page.getByRole('button', { name: 'Preferences' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await dialog.getByRole('tab', { name: 'Google Calendar' }).click();
  await dialog.getByRole('button', { name: `Disconnect ${ACCOUNT.email}` }).click();
  // It asks first: the account's calendars leave this computer, the ones kept here stay.
  const question = page.getByRole('dialog', { name: 'Disconnect account' });
  await expect(question).toContainText('leave this computer');
  await question.getByRole('button', { name: 'Disconnect', exact: true }).click();
  await expect(dialog.getByRole('button', { name: 'Connect', exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText(`Connected as ${ACCOUNT.email}`)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Kept after disconnect/ })).toBeVisible();
});

test('the page the browser comes back to speaks the language chosen in Preferences', async ({
  openApp,
}) => {
  const page = await openApp();
  await enterCredentials(page, DESKTOP);
  // The browser asks for English (en-GB): Preferences' French wins, as it does in the window.
  await page.getByRole('button', { name: 'Preferences' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByLabel('Language and region').selectOption('fr-FR');
  await prefs.getByRole('button', { name: 'Save' }).click();
  await expect(prefs).toBeHidden();

  const opened = page.context().waitForEvent('page');
  await page.getByRole('button', { name: 'Synchroniser avec Google' }).click();
  const consent = await opened;
  await consent.getByRole('button', { name: ACCOUNT.email }).click();
  await consent.getByRole('button', { name: 'Continue' }).click();
  await consent.getByRole('button', { name: 'Allow' }).click();
  await expect(
    consent.getByRole('heading', { name: 'Vous pouvez fermer cet onglet' }),
  ).toBeVisible();
  await expect(
    consent.getByText(/^Almanac est maintenant connecté à votre compte Google/),
  ).toBeVisible();
  await expect(consent.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByText(`Connecté en tant que ${ACCOUNT.email}`)).toBeVisible();
});
