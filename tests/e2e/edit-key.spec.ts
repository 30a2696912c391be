// `e` opens the event that has keyboard focus, as Google Calendar's key does; with no event
// focused it does nothing.
import { test, expect } from './fixtures';
import { createEvent, editor, eventsTitled, openAt } from './helpers';

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
