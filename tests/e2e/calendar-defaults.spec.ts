// The Calendar field drives a new event's defaults: choosing another calendar in the editor
// changes what "Default colour" looks like (the calendar's colour) and what "Default
// reminders" are (the calendar's), unless the person set a colour or reminders of their own.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { editor, openAt } from './helpers';

const swatch = (page: Page, name: string) =>
  editor(page).getByTitle(name, { exact: true }).locator('xpath=..');

test("a new event's default colour and reminders follow the calendar chosen for it, unless set by hand", async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await page.getByRole('button', { name: 'New calendar' }).click();
  const dialog = page.getByRole('dialog', { name: 'New calendar' });
  await dialog.getByLabel('Name').fill('Trips');
  await dialog.getByRole('radio', { name: 'Basil' }).check();
  await dialog.getByLabel('Default reminder 1').selectOption({ label: '1 day before' });
  await dialog.getByRole('button', { name: 'Create calendar' }).click();
  await expect(dialog).toBeHidden();
  const mine = await page.evaluate(
    async () => (await window.__almanac!.db.calendars.get('local'))!.color,
  );

  await page.getByRole('button', { name: 'New event' }).click();
  const field = editor(page).getByLabel('Calendar', { exact: true });
  const reminders = editor(page).locator('.reminders-field .hint');
  await field.selectOption({ label: 'My calendar' });
  await expect(swatch(page, 'Default colour')).toHaveCSS('background-color', rgb(mine));
  await expect(reminders).toHaveText(/30 minutes before/);

  await field.selectOption({ label: 'Trips' });
  await expect(swatch(page, 'Default colour')).toHaveCSS('background-color', 'rgb(11, 128, 67)');
  await expect(reminders).toHaveText(/1 day before/);
  await expect(editor(page).getByTitle('Default colour', { exact: true })).toBeChecked();

  // Set by hand, they stay when the calendar changes again.
  await editor(page).getByTitle('Tomato', { exact: true }).check();
  await editor(page).getByRole('checkbox', { name: 'Default reminders' }).uncheck();
  await field.selectOption({ label: 'My calendar' });
  await expect(editor(page).getByTitle('Tomato', { exact: true })).toBeChecked();
  await expect(editor(page).getByRole('checkbox', { name: 'Default reminders' })).not.toBeChecked();
  await expect(swatch(page, 'Default colour')).toHaveCSS('background-color', rgb(mine));

  // Back to the defaults and into Trips: saved with the calendar's own colour and reminders.
  await editor(page).getByTitle('Default colour', { exact: true }).check();
  await editor(page).getByRole('checkbox', { name: 'Default reminders' }).check();
  await field.selectOption({ label: 'Trips' });
  await editor(page).getByLabel('Title').fill('Flight');
  await editor(page).getByRole('button', { name: 'Save' }).click();
  await expect(editor(page)).toBeHidden();
  const flight = await page.evaluate(async () =>
    (await window.__almanac!.db.events.toArray()).find((e) => e.summary === 'Flight'),
  );
  const trips = await page.evaluate(async () =>
    (await window.__almanac!.db.calendars.toArray()).find((c) => c.summary === 'Trips'),
  );
  expect(flight).toMatchObject({ calendarId: trips!.id, reminders: { useDefault: true } });
  expect(flight?.colorId).toBeUndefined();
});

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
