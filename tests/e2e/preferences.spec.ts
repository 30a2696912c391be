// Preferences: the display time zone. Event times follow it at once, and the setting (kept
// by the main process, not the page) survives a reload. This test runs on a shell of its
// own so the changed setting cannot reach other tests.
import { test, expect } from './fixtures';
import { createEvent, eventsTitled, NOW, storedEvents } from './helpers';

test('changing the time zone shifts the times shown, and the choice survives a reload', async ({
  page,
  ownShell,
}) => {
  await page.clock.setFixedTime(new Date(NOW));
  await page.goto(ownShell.url);
  await expect(page.getByRole('button', { name: 'New event' })).toBeVisible();

  // The browser (and so "this computer") is in Berlin.
  await createEvent(page, {
    title: 'Call with Tokyo',
    date: '2026-06-11',
    from: '14:00',
    to: '15:00',
  });
  const event = eventsTitled(page, 'Call with Tokyo');
  await expect(event).toHaveAccessibleName('Call with Tokyo, Thu 11 Jun, 14:00 – 15:00');
  const stored = await storedEvents(page);

  await page.getByRole('button', { name: 'Preferences' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await expect(prefs.getByLabel('Time zone')).toHaveValue('');
  await prefs.getByLabel('Time zone').selectOption('America/New_York');
  await prefs.getByRole('button', { name: 'Save' }).click();
  await expect(prefs).toBeHidden();

  // The view stays on the week it showed (a zone to the west once sent it a week back).
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('8 – 14 Jun 2026');
  // 14:00 in Berlin (UTC+2) is 08:00 in New York (UTC-4); the event itself is unchanged.
  await expect(event).toHaveAccessibleName('Call with Tokyo, Thu 11 Jun, 08:00 – 09:00');
  await expect(event).toContainText('08:00 - 09:00');
  expect(await storedEvents(page)).toEqual(stored);

  await page.reload();
  await expect(event).toHaveAccessibleName('Call with Tokyo, Thu 11 Jun, 08:00 – 09:00');
  await page.getByRole('button', { name: 'Preferences' }).click();
  await expect(prefs.getByLabel('Time zone')).toHaveValue('America/New_York');

  // A zone far enough east moves the event to the next day.
  await prefs.getByLabel('Time zone').selectOption('Pacific/Kiritimati');
  await prefs.getByRole('button', { name: 'Save' }).click();
  await expect(event).toHaveAccessibleName('Call with Tokyo, Fri 12 Jun, 02:00 – 03:00');

  // Back to following the computer.
  await page.getByRole('button', { name: 'Preferences' }).click();
  await prefs.getByLabel('Time zone').selectOption('');
  await prefs.getByRole('button', { name: 'Save' }).click();
  await expect(event).toHaveAccessibleName('Call with Tokyo, Thu 11 Jun, 14:00 – 15:00');
});
