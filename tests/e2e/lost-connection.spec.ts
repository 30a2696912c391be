// When the background process stops (`npm run web` ended), the page says so at once with a
// Reload action, and the sync controls wait instead of doing nothing.
import { connect, expect, test } from './google-fixtures';

test('the background process stops: a banner says so with Reload, and Sync with Google is disabled', async ({
  openApp,
  app,
}) => {
  const page = await openApp();
  await connect(page);
  const sync = page.getByRole('button', { name: 'Sync with Google' });
  await expect(sync).toBeEnabled();

  await app.close();
  const banner = page
    .getByRole('alert')
    .filter({ hasText: "Almanac's background process stopped" });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(sync).toBeDisabled();
  await expect(page.getByText(/Connected as/)).toHaveCount(0);
  // The calendar itself still works: a new event can be made and waits for the process.
  await page.getByRole('button', { name: 'New event' }).click();
  await expect(page.getByRole('dialog', { name: 'Event' })).toBeVisible();
});
