// Changing single events: the editor (title, location), dragging to move, dragging the
// bottom edge to resize, and deleting.
import { test, expect } from './fixtures';
import {
  berlin,
  createEvent,
  drag,
  editor,
  eventsTitled,
  fillEditor,
  openAt,
  slotHeight,
  slotPoint,
  storedEvents,
  openEditor,
} from './helpers';

test('editing the title and location in the editor replaces the old title on the grid', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await createEvent(page, {
    title: 'Lunch',
    date: '2026-06-10',
    from: '12:00',
    to: '13:00',
    location: 'Canteen',
  });
  const [before] = await storedEvents(page);

  await openEditor(page, 'Lunch');
  const dialog = editor(page);
  await expect(dialog.getByLabel('Title')).toHaveValue('Lunch');
  await expect(dialog.getByLabel('Location')).toHaveValue('Canteen');
  await fillEditor(page, { title: 'Lunch with Ana', location: 'Café Mitte' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await expect(eventsTitled(page, 'Lunch with Ana')).toHaveAccessibleName(
    'Lunch with Ana, Wed 10 Jun, 12:00 – 13:00',
  );
  await expect(eventsTitled(page, 'Lunch')).toHaveCount(0);
  const events = await storedEvents(page);
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    id: before?.id,
    summary: 'Lunch with Ana',
    location: 'Café Mitte',
    startMs: before?.startMs,
    endMs: before?.endMs,
  });

  // Opening it again shows what was saved.
  await openEditor(page, 'Lunch with Ana');
  await expect(dialog.getByLabel('Location')).toHaveValue('Café Mitte');
});

test('dragging an event to another day and time moves it on the grid and in the database', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await createEvent(page, { title: 'Review', date: '2026-06-10', from: '14:00', to: '15:00' });
  const event = eventsTitled(page, 'Review');
  await expect(event).toBeVisible();

  // Grab the event in its first slot and drop that point on Friday's 11:00 slot.
  const grab = await slotPoint(page, '2026-06-10', '14:00', 6);
  const drop = await slotPoint(page, '2026-06-12', '11:00', 6);
  await drag(page, grab, drop);

  await expect(event).toHaveAccessibleName('Review, Fri 12 Jun, 11:00 – 12:00');
  await expect(
    page
      .locator('td.fc-timegrid-col[data-date="2026-06-12"]')
      .getByRole('button', { name: /^Review, / }),
  ).toBeVisible();
  await expect(
    page
      .locator('td.fc-timegrid-col[data-date="2026-06-10"]')
      .getByRole('button', { name: /^Review, / }),
  ).toHaveCount(0);
  await expect
    .poll(async () => (await storedEvents(page))[0]?.startMs)
    .toBe(berlin('2026-06-12', '11:00'));
  expect((await storedEvents(page))[0]?.endMs).toBe(berlin('2026-06-12', '12:00'));
});

test('dragging the bottom edge of an event makes it longer, on the grid and in the database', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await createEvent(page, { title: 'Workshop', date: '2026-06-10', from: '14:00', to: '15:00' });
  const event = eventsTitled(page, 'Workshop');
  await event.scrollIntoViewIfNeeded();
  await event.hover();
  const resizer = event.locator('.fc-event-resizer-end');
  const box = await resizer.boundingBox();
  if (!box) throw new Error('the event has no bottom edge to drag');
  const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // Three half-hour slots further down: 15:00 → 16:30.
  await drag(page, from, { x: from.x, y: from.y + 3 * (await slotHeight(page)) });

  await expect(event).toHaveAccessibleName('Workshop, Wed 10 Jun, 14:00 – 16:30');
  await expect
    .poll(async () => (await storedEvents(page))[0]?.endMs)
    .toBe(berlin('2026-06-10', '16:30'));
  expect((await storedEvents(page))[0]?.startMs).toBe(berlin('2026-06-10', '14:00'));
});

test('Delete in the editor removes the event from the grid and the database', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await createEvent(page, { title: 'Keep me', date: '2026-06-09', from: '09:00', to: '10:00' });
  await createEvent(page, {
    title: 'Cancelled call',
    date: '2026-06-10',
    from: '16:00',
    to: '16:30',
  });

  await openEditor(page, 'Cancelled call');
  await editor(page).getByRole('button', { name: 'Delete' }).click();
  await expect(editor(page)).toBeHidden();
  await expect(eventsTitled(page, 'Cancelled call')).toHaveCount(0);
  await expect(eventsTitled(page, 'Keep me')).toBeVisible();
  // Deleted locally: gone, or kept only as a cancelled record for sync to push.
  const live = (await storedEvents(page)).filter((e) => e.status !== 'cancelled');
  expect(live.map((e) => e.summary)).toEqual(['Keep me']);
});
