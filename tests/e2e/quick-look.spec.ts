// The quick look on events kept on this computer: a click or Enter opens it beside the event
// with when, which calendar and where; Edit, a double-click or `e` go on to the editor; Esc
// closes it and gives focus back; Delete (its button, or the Delete and Backspace keys) goes
// through the editor's delete with Undo; Duplicate opens a new draft of the same event; the
// colour is the editor's colour write. At 800 px it stays inside the window.
import { test, expect } from './fixtures';
import {
  createEvent,
  editor,
  eventsTitled,
  openAt,
  openEditor,
  quickLook,
  storedEvents,
} from './helpers';

test('a click opens the quick look beside the event; Esc closes it and gives focus back; Enter, Edit, double-click and e', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await createEvent(page, {
    title: 'Dentist',
    date: '2026-06-11',
    from: '14:00',
    to: '15:00',
    location: 'Hauptstraße 5',
  });

  const chip = eventsTitled(page, 'Dentist');
  await chip.click();
  const look = quickLook(page, 'Dentist');
  await expect(look).toBeVisible();
  await expect(look).toContainText('Thursday 11 June · 14:00 – 15:00 (Europe/Berlin)');
  await expect(look).toContainText('My calendar');
  await expect(look).toContainText('Hauptstraße 5');
  await expect(look.getByRole('link', { name: 'Join with Google Meet' })).toHaveCount(0);
  // Beside the event, not over it.
  const [chipBox, lookBox] = [await chip.boundingBox(), await look.boundingBox()];
  expect(
    lookBox!.x >= chipBox!.x + chipBox!.width || lookBox!.x + lookBox!.width <= chipBox!.x,
  ).toBe(true);

  // Tab goes round inside the popover.
  for (let i = 0; i < 20; i++) await page.keyboard.press('Tab');
  expect(await look.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Shift+Tab');
  expect(await look.evaluate((el) => el.contains(document.activeElement))).toBe(true);

  // Esc: closed, and the event has focus again; Enter opens it once more.
  await page.keyboard.press('Escape');
  await expect(look).toBeHidden();
  await expect(chip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(look).toBeVisible();
  await expect(editor(page)).toBeHidden();

  // Edit opens the editor on the event, and the look goes.
  await look.getByRole('button', { name: 'Edit' }).click();
  await expect(look).toBeHidden();
  await expect(editor(page).getByLabel('Title')).toHaveValue('Dentist');
  await editor(page).getByRole('button', { name: 'Cancel' }).click();

  // A double-click goes straight to the editor.
  await chip.dblclick();
  await expect(editor(page).getByLabel('From time')).toHaveValue('14:00');
  await expect(look).toBeHidden();
  await editor(page).getByRole('button', { name: 'Cancel' }).click();

  // `e` with the look open edits its event.
  await chip.click();
  await expect(look).toBeVisible();
  await page.keyboard.press('e');
  await expect(editor(page).getByLabel('Title')).toHaveValue('Dentist');
  await editor(page).getByRole('button', { name: 'Cancel' }).click();

  // A click elsewhere closes it.
  await chip.click();
  await expect(look).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(look).toBeHidden();
});

test('Delete in the quick look deletes with Undo; the Delete and Backspace keys delete the focused or looked-at event', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await createEvent(page, { title: 'Review', date: '2026-06-10', from: '14:00', to: '15:00' });
  await createEvent(page, { title: 'Standup', date: '2026-06-11', from: '09:00', to: '09:30' });

  await eventsTitled(page, 'Review').click();
  await quickLook(page, 'Review').getByRole('button', { name: 'Delete' }).click();
  await expect(eventsTitled(page, 'Review')).toHaveCount(0);
  await expect(quickLook(page, 'Review')).toBeHidden();
  const toast = page.getByRole('status').filter({ hasText: 'Event deleted' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(eventsTitled(page, 'Review')).toHaveAccessibleName(
    'Review, Wed 10 Jun, 14:00 – 15:00',
  );

  // The Delete key on a focused event: no popover needed. Undo brings it back.
  await eventsTitled(page, 'Standup').focus();
  await page.keyboard.press('Delete');
  await expect(eventsTitled(page, 'Standup')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(eventsTitled(page, 'Standup')).toHaveCount(1);

  // Backspace with the look open deletes the looked-at event.
  await eventsTitled(page, 'Review').click();
  await expect(quickLook(page, 'Review')).toBeVisible();
  await page.keyboard.press('Backspace');
  await expect(eventsTitled(page, 'Review')).toHaveCount(0);
  await expect(quickLook(page, 'Review')).toBeHidden();
  await expect
    .poll(async () =>
      (await storedEvents(page)).filter((e) => e.status !== 'cancelled').map((e) => e.summary),
    )
    .toEqual(['Standup']);

  // Nothing focused, nothing looked at: the key does nothing.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Delete');
  await expect(eventsTitled(page, 'Standup')).toHaveCount(1);
});

test('Duplicate opens a new draft of the event; Save stores a second event with its own id', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await createEvent(page, {
    title: 'Yoga',
    date: '2026-06-12',
    from: '18:00',
    to: '19:00',
    location: 'Studio 2',
  });
  const [original] = await storedEvents(page);

  await eventsTitled(page, 'Yoga').click();
  await quickLook(page, 'Yoga').getByRole('button', { name: 'Duplicate' }).click();
  await expect(quickLook(page, 'Yoga')).toBeHidden();
  await expect(editor(page).getByRole('heading', { name: 'New event' })).toBeVisible();
  await expect(editor(page).getByLabel('Title')).toHaveValue('Yoga');
  await expect(editor(page).getByLabel('Location')).toHaveValue('Studio 2');
  await expect(editor(page).getByLabel('From time')).toHaveValue('18:00');
  await editor(page).getByRole('button', { name: 'Save' }).click();
  await expect(editor(page)).toBeHidden();

  await expect(eventsTitled(page, 'Yoga')).toHaveCount(2);
  const stored = await storedEvents(page);
  expect(stored).toHaveLength(2);
  const copy = stored.find((e) => e.id !== original!.id)!;
  expect(copy).toMatchObject({
    summary: 'Yoga',
    location: 'Studio 2',
    calendarId: original!.calendarId,
    startMs: original!.startMs,
    endMs: original!.endMs,
  });
});

test('the colour chosen in the quick look is stored as the event colour and drawn', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await createEvent(page, { title: 'Lunch', date: '2026-06-10', from: '12:00', to: '13:00' });
  await eventsTitled(page, 'Lunch').click();
  const look = quickLook(page, 'Lunch');
  await look.getByRole('radio', { name: 'Tomato' }).check();
  await expect
    .poll(async () => ((await storedEvents(page))[0] as { colorId?: string }).colorId)
    .toBe('11');
  await expect(look.getByRole('radio', { name: 'Tomato' })).toBeChecked();
  await expect(eventsTitled(page, 'Lunch')).toHaveCSS('background-color', 'rgb(220, 33, 39)');
});

test('at 800 px wide the quick look stays inside the window, in month view and the agenda', async ({
  page,
  openApp,
}) => {
  await page.setViewportSize({ width: 800, height: 700 });
  await openAt(page, openApp);
  await createEvent(page, { title: 'Late call', date: '2026-06-13', from: '20:00', to: '21:00' });
  for (const view of ['Week', 'Month', 'Agenda']) {
    await page.getByRole('button', { name: view, exact: true }).click();
    await eventsTitled(page, 'Late call').click();
    const box = await quickLook(page, 'Late call').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(800);
    expect(box!.y + box!.height).toBeLessThanOrEqual(700);
    await page.keyboard.press('Escape');
    await expect(quickLook(page, 'Late call')).toBeHidden();
  }
  await openEditor(page, 'Late call');
  await expect(editor(page).getByLabel('Title')).toHaveValue('Late call');
});
