// When sync runs, seen from the UI: a change made here goes to Google a few seconds later
// without a click; "Sync every" makes Google's changes arrive on their own, and so does a
// reload of the window; and "Pause synchronization" holds local changes (counted in the
// toolbar), even when the network comes back, until "Resume sync" sends them.
import type { calendar_v3 } from '@googleapis/calendar';
import type { Page } from '@playwright/test';
import { connect, expect, googleAs, test, todayAt } from './google-fixtures';
import { createEvent, eventsTitled } from './helpers';

async function titlesOnGoogle(api: calendar_v3.Calendar): Promise<string[]> {
  return ((await api.events.list({ calendarId: 'primary' })).data.items ?? []).map(
    (e) => e.summary ?? '',
  );
}

/** An hour today, written on Google as another device would. */
async function writeOnGoogle(api: calendar_v3.Calendar, summary: string): Promise<void> {
  await api.events.insert({
    calendarId: 'primary',
    requestBody: { summary, start: { dateTime: todayAt(9) }, end: { dateTime: todayAt(10) } },
  });
}

async function googlePane(page: Page) {
  await page.getByRole('button', { name: 'Preferences' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByRole('tab', { name: 'Google Calendar' }).click();
  return prefs;
}

test('a change made here reaches Google a few seconds later without pressing Sync', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);
  await createEvent(page, { title: 'Quick note' });
  await expect.poll(() => titlesOnGoogle(api), { timeout: 15_000 }).toContain('Quick note');
  await expect(page.getByText(/changes? waiting/)).toHaveCount(0);
});

test('"Sync every minute" brings a change made on Google without a click', async ({
  openApp,
  admin,
  google,
}) => {
  test.setTimeout(150_000);
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);
  const prefs = await googlePane(page);
  await prefs.getByLabel('Sync every').selectOption({ label: 'minute' });
  await expect(prefs.getByLabel('Sync every')).toHaveValue('1');
  await prefs.getByRole('button', { name: 'Close' }).click();

  await writeOnGoogle(api, 'Arrived by itself');
  await expect(eventsTitled(page, 'Arrived by itself')).toBeVisible({ timeout: 75_000 });

  // The choice is kept by main: a reload shows it.
  await page.reload();
  const again = await googlePane(page);
  await expect(again.getByLabel('Sync every')).toHaveValue('1');
});

test('a reloaded window brings what changed on Google meanwhile, minutes before the next interval', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);
  await writeOnGoogle(api, 'Written while away');
  await page.reload();
  await expect(eventsTitled(page, 'Written while away')).toBeVisible({ timeout: 15_000 });
});

test('Pause holds changes here (counted in the toolbar) even when the network returns; Resume sync sends them', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);
  const prefs = await googlePane(page);
  await prefs.getByRole('checkbox', { name: 'Pause synchronization' }).check();
  await prefs.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('Sync paused')).toBeVisible();

  await createEvent(page, { title: 'Held back' });
  await expect(page.getByText('1 change waiting')).toBeVisible();
  // Longer than the few seconds after an edit, and the network coming back, both of which sync when not paused.
  await page.context().setOffline(true);
  await page.context().setOffline(false);
  await page.waitForTimeout(5_000);
  expect(await titlesOnGoogle(api)).not.toContain('Held back');
  await expect(page.getByText('1 change waiting')).toBeVisible();

  await page.getByRole('button', { name: 'Resume sync' }).click();
  await expect.poll(() => titlesOnGoogle(api)).toContain('Held back');
  await expect(page.getByText(/changes? waiting/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sync with Google' })).toBeVisible();
  const after = await googlePane(page);
  await expect(after.getByRole('checkbox', { name: 'Pause synchronization' })).not.toBeChecked();
});
