// `e` opens the event that has keyboard focus, as Google Calendar's key does; with no event
// focused it does nothing.
import { test, expect } from './fixtures';
import { createEvent, editor, eventsTitled, openAt, storedEvents } from './helpers';

test('e opens the focused event in the editor', async ({ page, openApp }) => {
  await openAt(page, openApp);
  await createEvent(page, { title: 'Dentist', date: '2026-06-11', from: '14:00', to: '15:00' });

  await page.keyboard.press('e');
  await expect(editor(page)).toBeHidden();

  await eventsTitled(page, 'Dentist').focus();
  await page.keyboard.press('e');
  await expect(editor(page).getByLabel('Title')).toHaveValue('Dentist');
  await expect(editor(page).getByLabel('From time')).toHaveValue('14:00');
});

test('Ctrl+Enter saves the editor from the description, where Enter starts a new line', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await createEvent(page, { title: 'Dentist', date: '2026-06-11', from: '14:00', to: '15:00' });
  await eventsTitled(page, 'Dentist').focus();
  await page.keyboard.press('e');
  await editor(page).getByLabel('Title').fill('Dentist, moved');
  const description = editor(page).getByRole('textbox', { name: 'Description' });
  await description.click();
  await page.keyboard.type('Bring the forms');
  await page.keyboard.press('Enter');
  await page.keyboard.type('and the card');
  await expect(editor(page)).toBeVisible();

  await page.keyboard.press('Control+Enter');
  await expect(editor(page)).toBeHidden();
  await expect(eventsTitled(page, 'Dentist, moved')).toBeVisible();
  const [stored] = (await storedEvents(page)).filter((e) => e.summary === 'Dentist, moved');
  expect(stored?.description).toContain('Bring the forms');
  expect(stored?.description).toContain('and the card');
});
