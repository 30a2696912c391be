// The editor's time-zone field: searchable by offset, abbreviation, city and former name,
// in current names (Asia/Kolkata, never Asia/Calcutta), the event's zone first; Esc closes the
// list without closing the editor; an all-day event has no zone to choose.
import { test, expect } from './fixtures';
import { editor, fillEditor, openAt, storedEvents } from './helpers';

test('the time zone is searched by offset, abbreviation or city, saved, and hidden for all-day events', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await page.getByRole('button', { name: 'New event' }).click();
  const dialog = editor(page);
  await fillEditor(page, {
    title: 'Call with Priya',
    date: '2026-06-11',
    from: '15:00',
    to: '16:00',
  });
  const field = dialog.getByRole('combobox', { name: 'Time zone' });
  await expect(field).toHaveValue('Europe/Berlin');
  await expect(dialog.getByText('GMT+02:00 · Central European Summer Time')).toBeVisible();

  // Opened empty, the event's own zone comes first.
  await field.click();
  const options = dialog.getByRole('option');
  await expect(options.first()).toContainText('Europe/Berlin');
  expect(await options.count()).toBeGreaterThan(300);
  await expect(dialog.getByRole('option', { name: /Asia\/Calcutta/ })).toHaveCount(0);

  for (const query of ['+5:30', 'IST', 'kolkata', 'calcutta']) {
    await field.fill(query);
    await expect(options.first(), query).toContainText('(GMT+05:30) Asia/Kolkata');
  }
  await field.fill('new york');
  await expect(options.first()).toContainText('America/New York');
  await field.fill('zzz');
  await expect(dialog.getByText('No time zone matches “zzz”.')).toBeVisible();

  // Esc puts back the zone that was there and leaves the editor open.
  await field.press('Escape');
  await expect(dialog).toBeVisible();
  await expect(field).toHaveValue('Europe/Berlin');

  await field.fill('+5:30');
  await dialog.getByRole('option', { name: /Asia\/Kolkata/ }).click();
  await expect(field).toHaveValue('Asia/Kolkata');
  await expect(dialog.getByText('GMT+05:30 · India Standard Time')).toBeVisible();

  await dialog.getByRole('checkbox', { name: 'All day' }).check();
  await expect(field).toBeHidden();
  await dialog.getByRole('checkbox', { name: 'All day' }).uncheck();
  await expect(field).toHaveValue('Asia/Kolkata');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const [stored] = (await storedEvents(page)).filter((e) => e.summary === 'Call with Priya');
  expect(stored?.start).toEqual({
    dateTime: '2026-06-11T15:00:00+05:30',
    timeZone: 'Asia/Kolkata',
  });
});
