// Views and navigation: the toolbar buttons, Google's single-key shortcuts and the mini
// month, each checked by the range title the toolbar shows (and the pressed view button).
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { createEvent, eventsTitled, openAt } from './helpers';

const title = (page: Page) => page.getByRole('heading', { level: 1 });
const viewButton = (page: Page, name: string) =>
  page.getByRole('group', { name: 'View' }).getByRole('button', { name, exact: true });

test('the Day, Week, Month and Agenda buttons show the right range', async ({ page, openApp }) => {
  await openAt(page, openApp);
  await createEvent(page, { title: 'Dentist', date: '2026-06-11', from: '09:00', to: '10:00' });
  await expect(title(page)).toHaveText('8 – 14 Jun 2026');
  await expect(viewButton(page, 'Week')).toHaveAttribute('aria-pressed', 'true');

  await viewButton(page, 'Day').click();
  await expect(title(page)).toHaveText('10 June 2026');
  await expect(viewButton(page, 'Day')).toHaveAttribute('aria-pressed', 'true');
  await expect(viewButton(page, 'Week')).toHaveAttribute('aria-pressed', 'false');
  // Thursday's event is not on Wednesday's day view.
  await expect(eventsTitled(page, 'Dentist')).toHaveCount(0);

  await viewButton(page, 'Month').click();
  await expect(title(page)).toHaveText('June 2026');
  await expect(eventsTitled(page, 'Dentist')).toHaveCount(1);

  await viewButton(page, 'Agenda').click();
  await expect(title(page)).toHaveText('8 Jun – 5 Jul 2026');
  await expect(eventsTitled(page, 'Dentist')).toHaveAccessibleName(
    'Dentist, Thu 11 Jun, 09:00 – 10:00',
  );

  await viewButton(page, 'Week').click();
  await expect(title(page)).toHaveText('8 – 14 Jun 2026');
});

test('Previous, Next and Today move by the view’s period', async ({ page, openApp }) => {
  await openAt(page, openApp);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(title(page)).toHaveText('15 – 21 Jun 2026');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(title(page)).toHaveText('22 – 28 Jun 2026');
  await page.getByRole('button', { name: 'Today' }).click();
  await expect(title(page)).toHaveText('8 – 14 Jun 2026');
  await viewButton(page, 'Month').click();
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(title(page)).toHaveText('May 2026');
});

test('keyboard shortcuts d, w, m, a, j, k, n, p and t switch views and move through time', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  const press = (key: string) => page.keyboard.press(key);

  await press('d');
  await expect(title(page)).toHaveText('10 June 2026');
  await press('j');
  await expect(title(page)).toHaveText('11 June 2026');
  await press('n');
  await expect(title(page)).toHaveText('12 June 2026');
  await press('k');
  await expect(title(page)).toHaveText('11 June 2026');

  await press('w');
  await expect(title(page)).toHaveText('8 – 14 Jun 2026');
  await expect(viewButton(page, 'Week')).toHaveAttribute('aria-pressed', 'true');
  await press('p');
  await expect(title(page)).toHaveText('1 – 7 Jun 2026');

  await press('m');
  await expect(title(page)).toHaveText('June 2026');
  await press('j');
  await expect(title(page)).toHaveText('July 2026');
  await press('k');
  await press('k');
  await expect(title(page)).toHaveText('May 2026');

  await press('t');
  await expect(title(page)).toHaveText('June 2026');

  await press('a');
  await expect(title(page)).toHaveText('8 Jun – 5 Jul 2026');
  await expect(viewButton(page, 'Agenda')).toHaveAttribute('aria-pressed', 'true');

  // "c" opens a new event; while a dialog is open, letters are typed, not shortcuts.
  await press('c');
  const dialog = page.getByRole('dialog', { name: 'Event' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Title').pressSequentially('dwm');
  await expect(dialog.getByLabel('Title')).toHaveValue('dwm');
  await expect(title(page)).toHaveText('8 Jun – 5 Jul 2026');
  await page.keyboard.press('Escape');
  await page
    .getByRole('dialog', { name: 'Discard changes?' })
    .getByRole('button', { name: 'Discard' })
    .click();
  await expect(dialog).toBeHidden();

  await press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});

test('the mini month jumps to the day picked, in any view', async ({ page, openApp }) => {
  await openAt(page, openApp);
  const mini = page.getByRole('region', { name: 'Mini month' });
  await mini.getByRole('button', { name: '25 June 2026', exact: true }).click();
  await expect(title(page)).toHaveText('22 – 28 Jun 2026');

  // Page the mini month to August and pick a day there.
  await mini.getByRole('button', { name: 'Later' }).click();
  await mini.getByRole('button', { name: 'Later' }).click();
  await expect(mini).toContainText('August 2026');
  await mini.getByRole('button', { name: '19 August 2026', exact: true }).click();
  await expect(title(page)).toHaveText('17 – 23 Aug 2026');

  await viewButton(page, 'Day').click();
  await mini.getByRole('button', { name: '3 August 2026', exact: true }).click();
  await expect(title(page)).toHaveText('3 August 2026');
  await expect(mini.getByRole('button', { name: '3 August 2026', exact: true })).toHaveClass(
    /shown/,
  );
});

test('in a week that spans two months, the mini month shows the month of the day the view is on', async ({
  page,
  openApp,
}) => {
  // Thursday 2 July 2026: the week is 29 June – 5 July.
  await openAt(page, openApp, '2026-07-02T10:00:00+02:00');
  const mini = page.getByRole('region', { name: 'Mini month' });
  await expect(title(page)).toHaveText('29 Jun – 5 Jul 2026');
  await expect(mini).toContainText('July 2026');
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(mini).toContainText('June 2026');
});
