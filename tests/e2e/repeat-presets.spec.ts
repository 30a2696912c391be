// Every repeat preset the editor offers, both ways: chosen here, it reaches Google as the RRULE
// Google Calendar itself writes for it; sent by Google, it opens in the editor as that preset
// again ("Monthly on the last weekday", not just "Monthly"). A custom monthly rule on the Nth
// weekday goes the same way.
import type { calendar_v3 } from '@googleapis/calendar';
import { connect, expect, googleAs, syncNow, test } from './google-fixtures';
import { createEvent, editor, eventsTitled, NOW, openEditor } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(NOW));
});

// 3 July 2026 is the first Friday of July; 30 June 2026, a Tuesday, is both the last Tuesday
// and the last weekday of June. Both lie in the agenda opened on 10 June.
const PRESETS: [date: string, label: string, rrule: string][] = [
  ['2026-07-03', 'Daily', 'RRULE:FREQ=DAILY'],
  ['2026-07-03', 'Weekly on Friday', 'RRULE:FREQ=WEEKLY;BYDAY=FR'],
  ['2026-07-03', 'Every weekday (Monday to Friday)', 'RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'],
  ['2026-07-03', 'Monthly on day 3', 'RRULE:FREQ=MONTHLY'],
  ['2026-07-03', 'Monthly on the first Friday', 'RRULE:FREQ=MONTHLY;BYDAY=1FR'],
  ['2026-07-03', 'Annually on 3 July', 'RRULE:FREQ=YEARLY'],
  ['2026-06-30', 'Monthly on the last Tuesday', 'RRULE:FREQ=MONTHLY;BYDAY=-1TU'],
  [
    '2026-06-30',
    'Monthly on the last weekday',
    'RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
  ],
];

async function recurrenceOnGoogle(api: calendar_v3.Calendar, title: string): Promise<string[]> {
  const items = (await api.events.list({ calendarId: 'primary', maxResults: 2500 })).data.items;
  return items?.find((e) => e.summary === title)?.recurrence ?? [];
}

test('every repeat preset reaches Google as its RRULE, and a rule from Google opens as that preset', async ({
  openApp,
  admin,
  google,
}) => {
  test.slow();
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);

  for (const [date, label] of PRESETS)
    await createEvent(page, {
      title: `Here: ${label}`,
      date,
      from: '14:00',
      to: '15:00',
      repeat: label,
    });
  await syncNow(page);
  for (const [, label, rrule] of PRESETS)
    expect(await recurrenceOnGoogle(api, `Here: ${label}`), label).toEqual([rrule]);

  for (const [date, label, rrule] of PRESETS)
    await api.events.insert({
      calendarId: 'primary',
      requestBody: {
        summary: `Google: ${label}`,
        start: { dateTime: `${date}T09:00:00+02:00`, timeZone: 'Europe/Berlin' },
        end: { dateTime: `${date}T10:00:00+02:00`, timeZone: 'Europe/Berlin' },
        recurrence: [rrule],
      },
    });
  await syncNow(page);
  await page.getByRole('button', { name: 'Agenda' }).click();
  for (const [, label] of PRESETS) {
    await openEditor(page, eventsTitled(page, `Google: ${label}`).first());
    await expect(editor(page).getByLabel('Repeat').locator('option:checked'), label).toHaveText(
      label,
    );
    await editor(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(editor(page)).toBeHidden();
  }
});

test('a custom monthly rule on the Nth weekday reaches Google with BYDAY and comes back', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);

  await page.getByRole('button', { name: 'New event' }).click();
  const dialog = editor(page);
  await dialog.getByLabel('Title').fill('Board meeting');
  await dialog.getByLabel('Start', { exact: true }).fill('2026-06-12');
  await dialog.getByLabel('Repeat').selectOption({ label: 'Custom…' });
  await dialog.getByLabel('Every').fill('2');
  await dialog.getByLabel('Frequency').selectOption('MONTHLY');
  await dialog.getByLabel('Repeats on').selectOption({ label: 'the second Friday' });
  await dialog.getByRole('radio', { name: 'After' }).check();
  await dialog.getByLabel('Occurrences').fill('4');
  await expect(
    dialog.locator('.hint').getByText('Every 2 months on the second Friday, 4 times'),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await syncNow(page);
  expect(await recurrenceOnGoogle(api, 'Board meeting')).toEqual([
    'RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=2FR;COUNT=4',
  ]);

  // Google's copy, renamed there, opens here with the same custom rule.
  const master = (await api.events.list({ calendarId: 'primary' })).data.items?.find(
    (e) => e.summary === 'Board meeting',
  );
  await api.events.patch({
    calendarId: 'primary',
    eventId: master!.id!,
    requestBody: { summary: 'Board review' },
  });
  await syncNow(page);
  await page.getByRole('button', { name: 'Agenda' }).click();
  await openEditor(page, eventsTitled(page, 'Board review').first());
  await expect(dialog.getByLabel('Repeats on').locator('option:checked')).toHaveText(
    'the second Friday',
  );
  await expect(
    dialog.locator('.hint').getByText('Every 2 months on the second Friday, 4 times'),
  ).toBeVisible();
});
