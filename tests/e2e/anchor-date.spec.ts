// Navigation keeps the day: Previous and Next move one anchor date by the view's length and
// a view switch keeps it, as Google Calendar does; a reload comes back to the same view and day.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openAt } from './helpers';

const title = (page: Page) => page.getByRole('heading', { level: 1 });
const viewButton = (page: Page, name: string) =>
  page.getByRole('group', { name: 'View' }).getByRole('button', { name, exact: true });

test('from the week of 4 December: Next, Previous, Month shows December, and Day shows 4 December', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp, '2026-12-04T10:00:00+01:00');
  await expect(title(page)).toHaveText('30 Nov – 6 Dec 2026');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(title(page)).toHaveText('7 – 13 Dec 2026');
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(title(page)).toHaveText('30 Nov – 6 Dec 2026');
  await viewButton(page, 'Month').click();
  await expect(title(page)).toHaveText('December 2026');
  await viewButton(page, 'Day').click();
  await expect(title(page)).toHaveText('4 December 2026');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(title(page)).toHaveText('5 December 2026');
});

test('a reload comes back to the view and the day it left', async ({ page, openApp }) => {
  await openAt(page, openApp, '2026-12-04T10:00:00+01:00');
  await viewButton(page, 'Month').click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(title(page)).toHaveText('January 2027');
  await page.reload();
  await expect(title(page)).toHaveText('January 2027');
  await expect(viewButton(page, 'Month')).toHaveAttribute('aria-pressed', 'true');
});
