// The command palette and the keys around it: Ctrl+K lists every action by name and runs the
// one picked with Enter; a typed date offers "Go to"; `g` asks for a date only; connected to
// Google, it syncs, pauses and resumes.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { test as googleTest, connect } from './google-fixtures';
import { createEvent, editor, eventsTitled, openAt, NOW } from './helpers';

const title = (page: Page) => page.getByRole('heading', { level: 1 });
const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' });

async function command(page: Page, text: string, expected: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await palette(page).getByRole('combobox', { name: 'Command' }).fill(text);
  await expect(palette(page).getByRole('option').first()).toHaveText(new RegExp(`^${expected}`));
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeHidden();
}

test('Ctrl+K runs views, dates, new event, quick add, search and preferences by name; g goes to a date', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await expect(title(page)).toHaveText('8 – 14 Jun 2026');

  await command(page, 'month', 'Month view');
  await expect(page.getByRole('button', { name: 'Month' })).toHaveAttribute('aria-pressed', 'true');
  await expect(title(page)).toHaveText('June 2026');

  await command(page, '3 July 2026', 'Go to Friday, 3 July 2026');
  await expect(title(page)).toHaveText('July 2026');
  await command(page, 'today', 'Go to today');
  await expect(title(page)).toHaveText('June 2026');

  await command(page, 'new ev', 'New event');
  await expect(editor(page)).toBeVisible();
  await editor(page).getByRole('button', { name: 'Cancel' }).click();

  await command(page, 'quick', 'Quick add');
  await expect(page.getByRole('dialog', { name: 'Quick add' })).toBeVisible();
  await page.keyboard.press('Escape');

  await command(page, 'search', 'Search');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  await page.keyboard.press('Escape');

  await command(page, 'prefer', 'Preferences');
  await expect(page.getByRole('dialog', { name: 'Preferences' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Preferences' })).toBeHidden();

  // Nothing matches: said so, and Enter does nothing.
  await page.keyboard.press('Control+k');
  await palette(page).getByRole('combobox').fill('xyzzy');
  await expect(palette(page).getByText('No command matches “xyzzy”.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();

  // g: a date only.
  await page.keyboard.press('g');
  await palette(page).getByRole('combobox', { name: 'Go to date' }).fill('friday');
  await expect(palette(page).getByRole('option')).toHaveText(['Go to Friday, 12 June 2026']);
  await page.keyboard.press('Enter');
  await command(page, 'day view', 'Day view');
  await expect(title(page)).toHaveText('12 June 2026');
});

test('the palette shows and hides each calendar, as its tick in the sidebar does', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await createEvent(page, { title: 'Dentist', date: '2026-06-11', from: '14:00', to: '15:00' });
  const tick = page.getByRole('checkbox', { name: 'My calendar' });
  await expect(tick).toBeChecked();

  await command(page, 'hide my cal', 'Hide My calendar');
  await expect(eventsTitled(page, 'Dentist')).toHaveCount(0);
  await expect(tick).not.toBeChecked();

  // Hidden, the palette offers to show it again; the choice outlives a reload.
  await page.reload();
  await expect(eventsTitled(page, 'Dentist')).toHaveCount(0);
  await command(page, 'show my cal', 'Show My calendar');
  await expect(eventsTitled(page, 'Dentist')).toHaveCount(1);
  await expect(tick).toBeChecked();
});

googleTest.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(NOW));
});

googleTest(
  'connected to Google, the palette pauses, resumes and syncs now',
  async ({ openApp }) => {
    const page = await openApp();
    await connect(page);
    await command(page, 'pause', 'Pause sync');
    await expect(page.getByRole('button', { name: 'Resume sync' })).toBeVisible();
    await command(page, 'resume', 'Resume sync');
    await expect(page.getByRole('button', { name: 'Resume sync' })).toBeHidden();
    await command(page, 'sync now', 'Sync now');
    await expect(page.getByRole('button', { name: 'Sync with Google' })).toBeVisible();
  },
);
