// Bad input in the editor: each problem is announced (role="alert") and tied to its field,
// the dialog stays open with what was typed, and nothing already saved is changed.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  createEvent,
  editor,
  eventsTitled,
  fillEditor,
  openAt,
  storedEvents,
  openEditor,
} from './helpers';

async function save(page: Page): Promise<void> {
  await editor(page).getByRole('button', { name: 'Save' }).click();
}

test('an empty title gets "Add a title." next to the field and the dialog stays open', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await page.getByRole('button', { name: 'New event' }).click();
  const dialog = editor(page);
  await fillEditor(page, { date: '2026-06-11', from: '10:00', to: '11:00', location: 'Room 4' });
  await save(page);

  const titleField = dialog.getByLabel('Title');
  await expect(dialog.getByRole('alert')).toHaveText('Add a title.');
  await expect(titleField).toHaveAccessibleDescription('Add a title.');
  await expect(titleField).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Location')).toHaveValue('Room 4');
  expect(await storedEvents(page)).toEqual([]);

  // Spaces are not a title either; a real one clears the message and saves.
  await titleField.fill('   ');
  await save(page);
  await expect(dialog.getByRole('alert')).toHaveText('Add a title.');
  await titleField.fill('Call');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await save(page);
  await expect(dialog).toBeHidden();
  await expect(eventsTitled(page, 'Call')).toBeVisible();
});

test('an end before the start is refused with a message at the end field', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await page.getByRole('button', { name: 'New event' }).click();
  const dialog = editor(page);
  await fillEditor(page, { title: 'Backwards', date: '2026-06-11', from: '14:00', to: '13:00' });
  await save(page);

  await expect(dialog.getByRole('alert')).toHaveText('The end is before the start.');
  await expect(dialog.getByLabel('End', { exact: true })).toHaveAccessibleDescription(
    'The end is before the start.',
  );
  await expect(dialog.getByLabel('Title')).toHaveValue('Backwards');
  expect(await storedEvents(page)).toEqual([]);

  // An end date before the start date is caught the same way.
  await fillEditor(page, { to: '15:00' });
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByLabel('End', { exact: true }).fill('2026-06-10');
  await save(page);
  await expect(dialog.getByRole('alert')).toHaveText('The end is before the start.');
  await expect(dialog).toBeVisible();
  expect(await storedEvents(page)).toEqual([]);
});

test('impossible repeat rules (every 0 weeks, ending before the start) are refused at the Repeat field', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await page.getByRole('button', { name: 'New event' }).click();
  const dialog = editor(page);
  await fillEditor(page, {
    title: 'Gym',
    date: '2026-06-11',
    from: '18:00',
    to: '19:00',
    repeat: 'Custom…',
  });
  const repeat = dialog.getByLabel('Repeat');

  await dialog.getByLabel('Every').fill('0');
  await save(page);
  await expect(dialog.getByRole('alert')).toHaveText(
    'Repeat every must be a whole number, at least 1.',
  );
  await expect(repeat).toHaveAccessibleDescription(
    'Repeat every must be a whole number, at least 1.',
  );
  await expect(dialog).toBeVisible();

  await dialog.getByLabel('Every').fill('1');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('radio', { name: 'On' }).check();
  await dialog.getByLabel('Until').fill('2026-06-01');
  await save(page);
  await expect(dialog.getByRole('alert')).toHaveText('The repeat ends before the event starts.');
  await expect(repeat).toHaveAccessibleDescription('The repeat ends before the event starts.');

  // No weekday at all for a weekly rule.
  await dialog.getByLabel('Until').fill('2026-09-01');
  await dialog.getByRole('checkbox', { name: 'Thursday' }).uncheck();
  await save(page);
  await expect(dialog.getByRole('alert')).toHaveText('Pick at least one day of the week.');
  expect(await storedEvents(page)).toEqual([]);

  // Fixed, it saves as a weekly series ending on 1 September.
  await dialog.getByRole('checkbox', { name: 'Thursday' }).check();
  await save(page);
  await expect(dialog).toBeHidden();
  const [stored] = await storedEvents(page);
  expect(stored?.recurrence?.join('\n')).toMatch(/^RRULE:FREQ=WEEKLY;.*UNTIL=20260901/);
  await expect(eventsTitled(page, 'Gym')).toHaveCount(1);
});

test('an existing event edited into a bad state keeps its stored values after Cancel', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await createEvent(page, {
    title: 'Dentist',
    date: '2026-06-11',
    from: '14:00',
    to: '15:00',
    location: 'Main St',
  });
  const before = await storedEvents(page);

  await openEditor(page, 'Dentist');
  const dialog = editor(page);
  await fillEditor(page, { title: '', to: '13:00', location: 'Elsewhere' });
  await save(page);
  await expect(dialog.getByRole('alert')).toHaveCount(2);
  await expect(dialog.getByLabel('Title')).toHaveAccessibleDescription('Add a title.');
  await expect(dialog.getByLabel('End', { exact: true })).toHaveAccessibleDescription(
    'The end is before the start.',
  );
  expect(await storedEvents(page)).toEqual(before);

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page
    .getByRole('dialog', { name: 'Discard changes?' })
    .getByRole('button', { name: 'Discard' })
    .click();
  await expect(dialog).toBeHidden();
  expect(await storedEvents(page)).toEqual(before);
  await expect(eventsTitled(page, 'Dentist')).toHaveAccessibleName(
    'Dentist, Thu 11 Jun, 14:00 – 15:00',
  );

  // Opening it again shows the saved values, not the abandoned edit.
  await openEditor(page, 'Dentist');
  await expect(dialog.getByLabel('Title')).toHaveValue('Dentist');
  await expect(dialog.getByLabel('To time')).toHaveValue('15:00');
  await expect(dialog.getByLabel('Location')).toHaveValue('Main St');
});

test('a series edited into an impossible rule keeps its stored rule after Cancel', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await createEvent(page, {
    title: 'Standup',
    date: '2026-06-10',
    from: '09:00',
    to: '09:15',
    repeat: 'Weekly on Wednesday',
  });
  const before = await storedEvents(page);

  await page.getByRole('button', { name: 'Next' }).click();
  await openEditor(page, 'Standup');
  const dialog = editor(page);
  await dialog.getByLabel('Repeat').selectOption({ label: 'Custom…' });
  await dialog.getByLabel('Every').fill('0');
  await save(page);
  // The rule is checked before the "which events?" question is asked.
  await expect(dialog.getByRole('alert')).toHaveText(
    'Repeat every must be a whole number, at least 1.',
  );
  await expect(page.getByRole('dialog', { name: 'Edit recurring event' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page
    .getByRole('dialog', { name: 'Discard changes?' })
    .getByRole('button', { name: 'Discard' })
    .click();
  await expect(dialog).toBeHidden();

  expect(await storedEvents(page)).toEqual(before);
  await expect(eventsTitled(page, 'Standup')).toHaveAccessibleName(
    'Standup, Wed 17 Jun, 09:00 – 09:15',
  );
});
