// The bar-style check, through the real UI: the Google calendar lives in Los Angeles, the
// person in Berlin makes three events in three other zones and syncs three times. Google
// writes every time back in Los Angeles offsets; the emulator's request log shows the push
// in the first sync and not a single write after it.
import { DateTime } from 'luxon';
import { connect, expect, googleAs, syncNow, test } from './google-fixtures';
import { NOW, chooseTimeZone, editor, fillEditor, openEditor } from './helpers';

// (Chromium knows Kolkata by its older name; Adelaide brings the half-hour offset.)
const ZONES = ['Asia/Tokyo', 'America/New_York', 'Australia/Adelaide'];
const DAY = '2026-06-11';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(NOW));
});

test('events made here in three zones go up in the first sync; the next two write nothing', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  await api.calendars.patch({
    calendarId: 'primary',
    requestBody: { timeZone: 'America/Los_Angeles' },
  });
  const page = await openApp();
  await connect(page);

  // Counted from before the first save: the push a few seconds after an edit may carry some
  // of them before the button's sync does when saving is slow.
  google.world.requests = [];
  for (const zone of ZONES) {
    await page.getByRole('button', { name: 'New event' }).click();
    await fillEditor(page, { title: `Call from ${zone}`, date: DAY, from: '09:00', to: '10:00' });
    await chooseTimeZone(page, zone);
    await editor(page).getByRole('button', { name: 'Save' }).click();
    await expect(editor(page)).toBeHidden();
  }

  await syncNow(page);
  const writes = () =>
    google.world.requests.filter((r) => r.method !== 'GET' && r.path.startsWith('/calendar/'));
  expect(writes().map((r) => r.method)).toEqual(['POST', 'POST', 'POST']);

  // On Google: each at 09:00 in its own zone, written in Los Angeles time.
  const items = (await api.events.list({ calendarId: 'primary' })).data.items ?? [];
  for (const zone of ZONES) {
    const item = items.find((e) => e.summary === `Call from ${zone}`);
    expect(item?.start?.timeZone).toBe(zone);
    expect(item?.start?.dateTime).toMatch(/-07:00$/);
    expect(Date.parse(item!.start!.dateTime!)).toBe(
      DateTime.fromISO(`${DAY}T09:00`, { zone }).toMillis(),
    );
  }

  google.world.requests = [];
  await syncNow(page);
  await syncNow(page);
  expect(writes()).toEqual([]);
  expect(google.world.requests.filter((r) => r.path.startsWith('/batch/'))).toEqual([]);

  // Here, each event still opens at 09:00 in the zone it was made in.
  await openEditor(page, page.getByRole('button', { name: /^Call from America\/New_York, / }));
  await expect(editor(page).getByLabel('Time zone')).toHaveValue('America/New_York');
  await expect(editor(page).getByLabel('From time')).toHaveValue('09:00');
});
