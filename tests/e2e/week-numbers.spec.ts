// Week numbers in Chromium: one week has one number in the day, week and month views. In
// American English (weeks from Sunday), and with weeks chosen to start on Saturday and on
// Monday, the last week of 2026 is numbered 53 everywhere: ISO's number for the week of
// Thursday 31 December, which every one of those weeks holds. (Left to its own rule,
// FullCalendar agreed for weeks from Sunday and Monday, but numbered the week from Saturday 52.)
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Wednesday 30 December 2026, 10:00 in Berlin (the tests' zone). */
const NEW_YEARS_WEEK = '2026-12-30T10:00:00+01:00';
const WEDNESDAY = '2026-12-30';

test.use({ locale: 'en-US' });

const views = (page: Page) => page.getByRole('group', { name: 'View' });

/** The number in a week number's text ("W53"). */
async function numberOf(text: Promise<string | null>): Promise<number> {
  return Number(/\d+/.exec((await text) ?? '')?.[0] ?? NaN);
}

/**
 * The number each view shows for the week of 30 December 2026, with weeks starting on
 * `firstWeekday` ('sun', 'mon', 'sat'): the week view's, the month row's, the day view's.
 */
async function numbersShown(page: Page, firstWeekday: string) {
  const axis = page.locator('thead th.fc-timegrid-axis');
  await views(page).getByRole('button', { name: 'Week', exact: true }).click();
  await expect(page.locator('th.fc-col-header-cell').first()).toHaveClass(
    new RegExp(`fc-day-${firstWeekday}`),
  );
  const week = await numberOf(axis.textContent());

  await views(page).getByRole('button', { name: 'Month', exact: true }).click();
  await expect(page.locator('.month-weekday').first()).toHaveAttribute(
    'data-weekday',
    firstWeekday,
  );
  const row = page.locator('.month-week', {
    has: page.locator(`.month-day[data-date="${WEDNESDAY}"]`),
  });
  const month = await numberOf(row.locator('.month-week-number').textContent());

  await views(page).getByRole('button', { name: 'Day', exact: true }).click();
  await expect(page.locator('th.fc-col-header-cell')).toHaveCount(1);
  await expect(page.locator('th.fc-col-header-cell')).toHaveClass(/fc-day-wed/);
  const day = await numberOf(axis.textContent());
  return { week, month, day };
}

/** Opens Preferences, makes a change in it and saves. */
async function preferences(page: Page, change: (dialog: Locator) => Promise<unknown>) {
  await page.getByRole('button', { name: 'Preferences' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await change(dialog);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

test('the last week of 2026 has one number, 53, in the day, week and month views, whichever day it starts on', async ({
  page,
  ownShell,
}) => {
  await page.clock.setFixedTime(new Date(NEW_YEARS_WEEK));
  await page.goto(ownShell.url);
  await expect(page.getByRole('button', { name: 'New event' })).toBeVisible();
  await preferences(page, async (dialog) => {
    await dialog.getByRole('tab', { name: 'Display' }).click();
    await dialog.getByRole('checkbox', { name: 'Show week numbers' }).check();
  });

  // The region's weeks: from Sunday 27 December to Saturday 2 January.
  const fromSunday = await numbersShown(page, 'sun');
  expect(fromSunday.week).toBe(fromSunday.month);
  expect(fromSunday).toEqual({ week: 53, month: 53, day: 53 });

  // From Saturday 26 December to Friday 1 January.
  await preferences(page, (dialog) =>
    dialog.getByLabel('Week starts on').selectOption({ label: 'Saturday' }),
  );
  const fromSaturday = await numbersShown(page, 'sat');
  expect(fromSaturday.week).toBe(fromSaturday.month);
  expect(fromSaturday).toEqual({ week: 53, month: 53, day: 53 });

  // From Monday 28 December to Sunday 3 January: ISO's own week.
  await preferences(page, (dialog) =>
    dialog.getByLabel('Week starts on').selectOption({ label: 'Monday' }),
  );
  const fromMonday = await numbersShown(page, 'mon');
  expect(fromMonday.week).toBe(fromMonday.month);
  expect(fromMonday).toEqual({ week: 53, month: 53, day: 53 });
});
