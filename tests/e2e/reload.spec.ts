// Everything is kept on this computer: after creating, editing, moving and deleting, a reload
// shows exactly the same calendar, read back from IndexedDB.
import { test, expect } from './fixtures';
import {
  createEvent,
  editor,
  eventsTitled,
  namesOf,
  openAt,
  storedEvents,
  openEditor,
} from './helpers';

test('after creating and editing single and repeating events, a reload shows them all unchanged', async ({
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
  await createEvent(page, { title: 'Doomed', date: '2026-06-12', from: '08:00', to: '09:00' });
  await createEvent(page, {
    title: 'Standup',
    date: '2026-06-10',
    from: '09:00',
    to: '09:15',
    repeat: 'Weekly on Wednesday',
  });

  // Edit the single event, delete one, and make an exception in the series.
  await openEditor(page, 'Dentist');
  await editor(page).getByLabel('Title').fill('Dentist (moved)');
  await editor(page).getByLabel('From time').fill('16:00');
  await editor(page).getByRole('button', { name: 'Save' }).click();
  await expect(editor(page)).toBeHidden();
  await openEditor(page, 'Doomed');
  await editor(page).getByRole('button', { name: 'Delete' }).click();
  await expect(eventsTitled(page, 'Doomed')).toHaveCount(0);

  await page.getByRole('button', { name: 'Agenda' }).click();
  await openEditor(page, page.getByRole('button', { name: 'Standup, Wed 24 Jun, 09:00 – 09:15' }));
  await editor(page).getByLabel('Title').fill('Retro');
  await editor(page).getByRole('button', { name: 'Save' }).click();
  const scope = page.getByRole('dialog', { name: 'Edit recurring event' });
  await scope.getByRole('radio', { name: 'This event', exact: true }).check();
  await scope.getByRole('button', { name: 'OK' }).click();
  await expect(eventsTitled(page, 'Retro')).toHaveCount(1);

  const expected = {
    dentist: ['Dentist (moved), Thu 11 Jun, 16:00 – 17:00'],
    standup: ['Wed 10 Jun', 'Wed 17 Jun', 'Wed 1 Jul'].map((d) => `Standup, ${d}, 09:00 – 09:15`),
    retro: ['Retro, Wed 24 Jun, 09:00 – 09:15'],
  };
  const check = async () => {
    await expect(eventsTitled(page, 'Standup')).toHaveCount(3);
    expect(await namesOf(page, 'Standup')).toEqual(expected.standup);
    expect(await namesOf(page, 'Retro')).toEqual(expected.retro);
    expect(await namesOf(page, 'Dentist (moved)')).toEqual(expected.dentist);
    await expect(eventsTitled(page, 'Doomed')).toHaveCount(0);
  };
  await check();
  const stored = await storedEvents(page);

  await page.reload();
  await expect(page.getByRole('button', { name: 'New event' })).toBeVisible();
  await page.getByRole('button', { name: 'Agenda' }).click();
  await check();
  expect(await storedEvents(page)).toEqual(stored);

  // The saved details are still there in the editor too.
  await openEditor(page, 'Dentist (moved)');
  await expect(editor(page).getByLabel('Location')).toHaveValue('Main St');
});

test('a reload draws the week once: reading the calendars after the first drawing takes no chip off the page', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await createEvent(page, { title: 'Dentist', date: '2026-06-11', from: '14:00', to: '15:00' });
  // From the reloaded page's first script on, count the event chips taken off the page: a
  // grid drawn again replaces every chip.
  await page.addInitScript(() => {
    const removed = { chips: 0 };
    (window as unknown as { chipsRemoved: typeof removed }).chipsRemoved = removed;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.removedNodes)
          if (
            node instanceof Element &&
            (node.matches('.fc-event') || node.querySelector('.fc-event'))
          )
            removed.chips++;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await expect(eventsTitled(page, 'Dentist')).toBeVisible();
  // The calendars' read answers after the first drawing; give it time to.
  await page.waitForTimeout(1500);
  const removed = await page.evaluate(
    () => (window as unknown as { chipsRemoved: { chips: number } }).chipsRemoved.chips,
  );
  expect(removed).toBe(0);
  await expect(eventsTitled(page, 'Dentist')).toBeVisible();
});
