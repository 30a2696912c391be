// The month grid under the pointer: an event dragged to another day moves there at the same
// time (on the grid and in the database), a drag cancelled at the question goes back, a
// click on an empty day opens a new all-day event on it, and a drag across days one over
// those days.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  berlin,
  createEvent,
  drag,
  editor,
  eventsTitled,
  openAt,
  quickLook,
  storedEvents,
} from './helpers';

const viewButton = (page: Page, name: string) =>
  page.getByRole('group', { name: 'View' }).getByRole('button', { name, exact: true });

/** A point in the empty lower part of a month day cell. */
async function dayPoint(page: Page, date: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`.month-day[data-date="${date}"]`).boundingBox();
  if (!box) throw new Error(`no day cell for ${date}`);
  return { x: box.x + box.width / 2, y: box.y + box.height - 6 };
}

/** The centre of an element. */
async function centre(page: Page, name: RegExp): Promise<{ x: number; y: number }> {
  const box = await page.getByRole('button', { name }).boundingBox();
  if (!box) throw new Error(`no ${String(name)} on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('in the month, an event dragged to another day moves there at the same time', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await createEvent(page, { title: 'Review', date: '2026-06-10', from: '14:00', to: '15:00' });
  await viewButton(page, 'Month').click();
  const review = eventsTitled(page, 'Review');
  await expect(review).toHaveAccessibleName('Review, Wed 10 Jun, 14:00 – 15:00');

  // Two weeks and two days on: another row and another column.
  await drag(page, await centre(page, /^Review, /), await dayPoint(page, '2026-06-26'));

  await expect(review).toHaveAccessibleName('Review, Fri 26 Jun, 14:00 – 15:00');
  await expect(
    page
      .locator('.month-week', { has: page.locator('[data-date="2026-06-26"]') })
      .getByRole('button', { name: /^Review, / }),
  ).toBeVisible();
  await expect
    .poll(async () => (await storedEvents(page))[0]?.startMs)
    .toBe(berlin('2026-06-26', '14:00'));
  expect((await storedEvents(page))[0]?.endMs).toBe(berlin('2026-06-26', '15:00'));
  // The drag opened nothing.
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // A click opens its quick look, Enter on it too; a press on an empty day closes the look
  // (and, as a click on a day does, opens a new event there); a double-click opens the editor.
  await review.click();
  await expect(quickLook(page, 'Review')).toBeVisible();
  await page.mouse.click(...xy(await dayPoint(page, '2026-06-02')));
  await expect(quickLook(page, 'Review')).toBeHidden();
  await expect(editor(page)).toBeVisible();
  await editor(page).getByRole('button', { name: 'Cancel' }).click();
  await review.focus();
  await page.keyboard.press('Enter');
  await expect(quickLook(page, 'Review')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(quickLook(page, 'Review')).toBeHidden();
  await review.dblclick();
  await expect(editor(page).getByLabel('Title')).toHaveValue('Review');
});

test('in the month, a repeating event dragged and then cancelled at the question goes back', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await createEvent(page, {
    title: 'Standup',
    date: '2026-06-10',
    from: '14:00',
    to: '15:00',
    repeat: 'Weekly on Wednesday',
  });
  await viewButton(page, 'Month').click();
  const standup = page.getByRole('button', { name: /^Standup, Wed 17 Jun, / });
  await expect(standup).toBeVisible();
  const [before] = await storedEvents(page);

  await drag(
    page,
    await centre(page, /^Standup, Wed 17 Jun, /),
    await dayPoint(page, '2026-06-19'),
  );
  const question = page.getByRole('dialog', { name: 'Edit recurring event' });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toBeHidden();

  await expect(standup).toBeVisible();
  await expect(page.getByRole('button', { name: /^Standup, Fri 19 Jun, / })).toHaveCount(0);
  await expect(eventsTitled(page, 'Standup')).toHaveCount(5);
  expect(await storedEvents(page)).toEqual([before]);
});

test('in the month, a click on an empty day opens a new all-day event on it, and a drag across days one over those days', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await viewButton(page, 'Month').click();
  const dialog = editor(page);

  await page.mouse.click(...xy(await dayPoint(page, '2026-06-16')));
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('All day')).toBeChecked();
  await expect(dialog.getByLabel('Start', { exact: true })).toHaveValue('16/06/2026');
  await expect(dialog.getByLabel('End', { exact: true })).toHaveValue('16/06/2026');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // From Thursday to the Tuesday of the next row.
  await drag(page, await dayPoint(page, '2026-06-18'), await dayPoint(page, '2026-06-23'));
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('All day')).toBeChecked();
  await expect(dialog.getByLabel('Start', { exact: true })).toHaveValue('18/06/2026');
  await expect(dialog.getByLabel('End', { exact: true })).toHaveValue('23/06/2026');
  await dialog.getByLabel('Title').fill('Trip');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  // One bar per week row it crosses, both named for the whole event.
  await expect(eventsTitled(page, 'Trip')).toHaveCount(2);
  await expect(eventsTitled(page, 'Trip').first()).toHaveAccessibleName(
    'Trip, Thu 18 Jun – Tue 23 Jun, all day',
  );
  const [stored] = await storedEvents(page);
  expect(stored).toMatchObject({
    summary: 'Trip',
    start: { date: '2026-06-18' },
    end: { date: '2026-06-24' },
  });
});

function xy(point: { x: number; y: number }): [number, number] {
  return [point.x, point.y];
}
