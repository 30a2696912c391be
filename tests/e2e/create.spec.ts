// Creating events: with the "New event" button and by dragging over the week grid.
import { test, expect } from './fixtures';
import {
  berlin,
  createEvent,
  drag,
  editor,
  eventsTitled,
  GOOGLE_ID,
  openAt,
  slotPoint,
  storedEvents,
} from './helpers';

test('"New event" with a title, start and end puts the event on the grid and in the database', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await createEvent(page, { title: 'Dentist', date: '2026-06-11', from: '14:00', to: '15:30' });

  const shown = eventsTitled(page, 'Dentist');
  await expect(shown).toHaveCount(1);
  await expect(shown).toHaveAccessibleName(/^Dentist, Thu 11 Jun, 14:00 – 15:30$/);
  // It sits in Thursday's column of the week grid.
  await expect(
    page
      .locator('td.fc-timegrid-col[data-date="2026-06-11"]')
      .getByRole('button', { name: /^Dentist, / }),
  ).toBeVisible();

  const [stored] = await storedEvents(page);
  expect(stored).toMatchObject({
    kind: 'single',
    summary: 'Dentist',
    startMs: berlin('2026-06-11', '14:00'),
    endMs: berlin('2026-06-11', '15:30'),
  });
  expect(stored?.id).toMatch(GOOGLE_ID);
});

test('dragging over the week grid opens the editor with that range, and saving keeps it', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  const from = await slotPoint(page, '2026-06-11', '09:00');
  const to = await slotPoint(page, '2026-06-11', '10:30');
  await drag(page, from, to);

  const dialog = editor(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Start', { exact: true })).toHaveValue('11/06/2026');
  await expect(dialog.getByLabel('From time')).toHaveValue('09:00');
  await expect(dialog.getByLabel('End', { exact: true })).toHaveValue('11/06/2026');
  await expect(dialog.getByLabel('To time')).toHaveValue('11:00');

  await dialog.getByLabel('Title').fill('Planning');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(eventsTitled(page, 'Planning')).toHaveAccessibleName(
    'Planning, Thu 11 Jun, 09:00 – 11:00',
  );
  const [stored] = await storedEvents(page);
  expect(stored).toMatchObject({
    summary: 'Planning',
    startMs: berlin('2026-06-11', '09:00'),
    endMs: berlin('2026-06-11', '11:00'),
  });
});

test('a click on one slot opens an hour-long event there; Cancel saves nothing', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  const at = await slotPoint(page, '2026-06-12', '13:00');
  await page.mouse.click(at.x, at.y);

  const dialog = editor(page);
  await expect(dialog.getByLabel('Start', { exact: true })).toHaveValue('12/06/2026');
  await expect(dialog.getByLabel('From time')).toHaveValue('13:00');
  await expect(dialog.getByLabel('To time')).toHaveValue('14:00');
  await dialog.getByLabel('Title').fill('Not kept');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page
    .getByRole('dialog', { name: 'Discard changes?' })
    .getByRole('button', { name: 'Discard' })
    .click();
  await expect(dialog).toBeHidden();
  await expect(eventsTitled(page, 'Not kept')).toHaveCount(0);
  expect(await storedEvents(page)).toEqual([]);
});
