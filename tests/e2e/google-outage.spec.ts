// A Google outage, as a person sees it: from the first failed request the toolbar says
// "Google is not answering, retrying in N s", counting down (the folded icon's tooltip says
// the same at laptop widths), and once Google answers again it goes back to "Synced".
import { ACCOUNT, connect, expect, test } from './google-fixtures';

const RETRYING = /Google is not answering, retrying in (\d+) s/;

test('a Google outage says so from the first failure, counts down, and clears when Google recovers', async ({
  openApp,
  admin,
  google,
}) => {
  const page = await openApp();
  await page.setViewportSize({ width: 1440, height: 800 });
  await connect(page);

  // Google answers every listing with 503, asking for 5 s between tries.
  await admin('faults', {
    rules: [
      {
        match: { method: 'GET', path: `/calendar/v3/calendars/${ACCOUNT.email}/events` },
        respond: { status: 503, retryAfter: 5 },
      },
    ],
  });
  const clicked = Date.now();
  await page.getByRole('button', { name: 'Sync with Google' }).click();
  const toolbar = page.locator('header.toolbar');
  const words = toolbar.getByText(RETRYING);
  // From the first failure: well before the retries would run out.
  await expect(words).toBeVisible({ timeout: 4_000 });
  expect(Date.now() - clicked).toBeLessThan(4_000);
  const first = Number((await words.innerText()).match(RETRYING)?.[1]);
  expect(first).toBeGreaterThanOrEqual(1);
  expect(first).toBeLessThanOrEqual(5);
  await expect(toolbar.getByText('Syncing…')).toHaveCount(0);
  // It counts down live.
  await expect
    .poll(async () => Number((await words.innerText()).match(RETRYING)?.[1] ?? first), {
      timeout: 4_000,
    })
    .toBeLessThan(first);

  // Folded at a laptop width, the icon's tooltip has the same words.
  await page.setViewportSize({ width: 1024, height: 800 });
  await expect(toolbar.locator('.sync-status-icon')).toHaveAttribute('title', RETRYING);
  await page.setViewportSize({ width: 1440, height: 800 });

  // Google recovers: the next try goes through and the toolbar says Synced.
  const cleared = await fetch(`${google.url}/__admin/faults`, { method: 'DELETE' });
  expect(cleared.ok).toBe(true);
  await expect(toolbar.getByText(/Synced \d/)).toBeVisible({ timeout: 15_000 });
  await expect(toolbar.getByText(RETRYING)).toHaveCount(0);
  await expect(toolbar.getByText('Last sync failed')).toHaveCount(0);
});
