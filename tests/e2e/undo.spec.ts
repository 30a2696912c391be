// Work is hard to lose: a delete, a move, an edit each offer Undo (a toast, and Ctrl+Z), and
// closing an editor with unsaved changes asks "Discard changes?" first.
import { expect, test } from './fixtures';
import {
  berlin,
  createEvent,
  drag,
  editor,
  eventsTitled,
  openAt,
  slotPoint,
  storedEvents,
  openEditor,
} from './helpers';

test('Delete offers Undo in a toast; a move and an edit are taken back with Ctrl+Z', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await createEvent(page, { title: 'Review', date: '2026-06-10', from: '14:00', to: '15:00' });

  // Delete, then Undo from the toast: the event is back as it was.
  await openEditor(page, 'Review');
  await editor(page).getByRole('button', { name: 'Delete' }).click();
  await expect(eventsTitled(page, 'Review')).toHaveCount(0);
  const toast = page.getByRole('status').filter({ hasText: 'Event deleted' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(eventsTitled(page, 'Review')).toHaveAccessibleName(
    'Review, Wed 10 Jun, 14:00 – 15:00',
  );

  // A move, then Ctrl+Z.
  const grab = await slotPoint(page, '2026-06-10', '14:00', 6);
  const drop = await slotPoint(page, '2026-06-12', '11:00', 6);
  await drag(page, grab, drop);
  await expect(eventsTitled(page, 'Review')).toHaveAccessibleName(
    'Review, Fri 12 Jun, 11:00 – 12:00',
  );
  await page.keyboard.press('Control+z');
  await expect(eventsTitled(page, 'Review')).toHaveAccessibleName(
    'Review, Wed 10 Jun, 14:00 – 15:00',
  );
  await expect
    .poll(async () => (await storedEvents(page))[0]?.startMs)
    .toBe(berlin('2026-06-10', '14:00'));

  // An edit, then Cmd+Z (the Mac's key) from the toast's history.
  await openEditor(page, 'Review');
  await editor(page).getByLabel('Title').fill('Design review');
  await editor(page).getByRole('button', { name: 'Save' }).click();
  await expect(eventsTitled(page, 'Design review')).toBeVisible();
  await page.keyboard.press('Meta+z');
  await expect(eventsTitled(page, 'Review')).toBeVisible();
  expect((await storedEvents(page)).map((e) => e.summary)).toEqual(['Review']);
});

test('closing an editor with changes asks "Discard changes?": Keep editing keeps them, Discard drops them; without changes it just closes', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await createEvent(page, { title: 'Dentist', date: '2026-06-11', from: '14:00', to: '15:00' });
  const dialog = editor(page);
  const question = page.getByRole('dialog', { name: 'Discard changes?' });

  await openEditor(page, 'Dentist');
  await dialog.getByLabel('Title').fill('Dentist (moved)');
  await page.keyboard.press('Escape');
  // Keep editing has the focus, and gives it back to the field the person was typing in.
  await expect(question.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toBeHidden();
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await page.keyboard.type(' soon');
  await expect(dialog.getByLabel('Title')).toHaveValue('Dentist (moved) soon');

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await question.getByRole('button', { name: 'Discard' }).click();
  await expect(dialog).toBeHidden();
  expect((await storedEvents(page)).map((e) => e.summary)).toEqual(['Dentist']);

  await openEditor(page, 'Dentist');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(question).toHaveCount(0);
});
