// Google's event colours and special event types through the real UI. Colours come from
// Google's colors.get: with the emulator's palette changed, an event coloured on Google shows
// Google's value, and the picker offers it under Google's name. Birthdays, out of office and
// working location made on Google through the real API show their label after a sync, keep
// what Google forbids changing read-only in the editor (saying why), and a colour changed
// here reaches Google with the event's type and properties intact.
import type { Locator, Page } from '@playwright/test';
import { connect, expect, googleAs, syncNow, test, todayAt } from './google-fixtures';
import { openEditor } from './helpers';

const editorOf = (page: Page) => page.getByRole('dialog', { name: 'Event' });
const chip = (page: Page, name: RegExp) => page.getByRole('button', { name });

/** Today's date in the browser's zone (the tests run in Berlin), YYYY-MM-DD, and the next day. */
function today(): { date: string; next: string } {
  const d = new Date();
  const iso = (x: Date) =>
    `${x.getFullYear()}-${String(x.getMonth() + 1).padStart(2, '0')}-${String(x.getDate()).padStart(2, '0')}`;
  const next = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1);
  return { date: iso(d), next: iso(next) };
}

async function swatchColour(radio: Locator): Promise<string> {
  return radio.evaluate((el) => getComputedStyle(el.parentElement as HTMLElement).backgroundColor);
}

test("an event coloured on Google shows Google's colour from colors.get, and a colour picked here reaches Google", async ({
  openApp,
  admin,
  google,
}) => {
  // Google's palette is not the built-in copy: Tomato is #d50000 now.
  await admin('colors', { event: { '11': { background: '#d50000', foreground: '#ffffff' } } });
  const api = await googleAs(admin, google.url);
  const { data: made } = await api.events.insert({
    calendarId: 'primary',
    requestBody: {
      summary: 'Red review',
      colorId: '11',
      start: { dateTime: todayAt(9) },
      end: { dateTime: todayAt(10) },
    },
  });
  const page = await openApp();
  await connect(page);

  await expect(chip(page, /^Red review, /)).toHaveCSS('background-color', 'rgb(213, 0, 0)');
  await openEditor(page, chip(page, /^Red review, /));
  const editor = editorOf(page);
  const tomato = editor.getByRole('radio', { name: 'Tomato' });
  await expect(tomato).toBeChecked();
  expect(await swatchColour(tomato)).toBe('rgb(213, 0, 0)');

  await editor.getByRole('radio', { name: 'Basil' }).check();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toHaveCount(0);
  await syncNow(page);
  expect((await api.events.get({ calendarId: 'primary', eventId: made.id! })).data.colorId).toBe(
    '10',
  );
  await expect(chip(page, /^Red review, /)).toHaveCSS('background-color', 'rgb(81, 183, 73)');
});

test('a birthday, an out-of-office and a working location made on Google show their labels, keep forbidden fields read-only, and keep their type when recoloured', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  const { date, next } = today();
  const insert = async (requestBody: object) =>
    (await api.events.insert({ calendarId: 'primary', requestBody })).data;
  const birthday = await insert({
    eventType: 'birthday',
    summary: 'Grace',
    start: { date },
    end: { date: next },
    recurrence: ['RRULE:FREQ=YEARLY'],
    visibility: 'private',
    transparency: 'transparent',
  });
  const away = await insert({
    eventType: 'outOfOffice',
    summary: 'Dentist',
    start: { dateTime: todayAt(14) },
    end: { dateTime: todayAt(16) },
    outOfOfficeProperties: {
      autoDeclineMode: 'declineAllConflictingInvitations',
      declineMessage: 'At the dentist',
    },
  });
  const office = await insert({
    eventType: 'workingLocation',
    summary: 'Office',
    start: { dateTime: todayAt(8) },
    end: { dateTime: todayAt(18) },
    visibility: 'public',
    transparency: 'transparent',
    workingLocationProperties: { type: 'officeLocation', officeLocation: { label: 'HQ' } },
  });
  const page = await openApp();
  await connect(page);
  const editor = editorOf(page);

  // The labels, on the grid and in the editor.
  await expect(chip(page, /^Grace, Birthday, /)).toContainText('Birthday');
  await expect(chip(page, /^Dentist, Out of office, /)).toContainText('Out of office');
  await expect(chip(page, /^Office, Working location: HQ, /)).toContainText('Working location: HQ');

  // A birthday: one all-day date a year, no guests, place or description; title, date,
  // reminders and colour stay editable. No "which events?" question: it is one series.
  await openEditor(page, chip(page, /^Grace, Birthday, /));
  await expect(editor.getByText('Birthday', { exact: true })).toBeVisible();
  await expect(
    editor.getByText(/Google keeps a birthday as one all-day event every year/),
  ).toBeVisible();
  await expect(editor.getByLabel('Repeat')).toBeDisabled();
  await expect(editor.getByRole('checkbox', { name: 'All day' })).toBeDisabled();
  await expect(editor.getByLabel('End', { exact: true })).toBeDisabled();
  await expect(editor.getByLabel('Location')).not.toBeEditable();
  await expect(editor.getByPlaceholder('Add guests by email')).toHaveCount(0);
  await expect(editor.getByLabel('Show as')).toBeDisabled();
  await expect(editor.getByLabel('Title')).toBeEditable();
  await expect(editor.getByLabel('Start', { exact: true })).toBeEnabled();
  await editor.getByRole('radio', { name: 'Flamingo' }).check();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog', { name: /Edit recurring event|Which events/ })).toHaveCount(
    0,
  );
  await expect(editor).toHaveCount(0);

  // Out of office: no guests, no video call, always busy, never all day; its times may change.
  await openEditor(page, chip(page, /^Dentist, Out of office, /));
  await expect(editor.getByText(/Out of office declines meetings for you/)).toBeVisible();
  await expect(editor.getByRole('checkbox', { name: 'All day' })).toBeDisabled();
  await expect(editor.getByPlaceholder('Add guests by email')).toHaveCount(0);
  await expect(
    editor.getByRole('checkbox', { name: 'Add Google Meet video conferencing' }),
  ).toHaveCount(0);
  await expect(editor.getByLabel('Show as')).toBeDisabled();
  await expect(editor.getByLabel('From time')).toBeEnabled();
  await editor.getByRole('button', { name: 'Cancel' }).click();

  // Working location: public, free, no guests; recoloured here.
  await openEditor(page, chip(page, /^Office, Working location: HQ, /));
  await expect(editor.getByText('Working location: HQ', { exact: true })).toBeVisible();
  await expect(editor.getByLabel('Visibility')).toBeDisabled();
  await expect(editor.getByLabel('Show as')).toBeDisabled();
  await expect(editor.getByPlaceholder('Add guests by email')).toHaveCount(0);
  await editor.getByRole('radio', { name: 'Grape' }).check();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toHaveCount(0);

  await syncNow(page);
  const get = async (id: string) =>
    (await api.events.get({ calendarId: 'primary', eventId: id })).data;
  expect(await get(birthday.id!)).toMatchObject({
    colorId: '4',
    eventType: 'birthday',
    birthdayProperties: birthday.birthdayProperties,
    recurrence: ['RRULE:FREQ=YEARLY'],
    start: { date },
  });
  expect(await get(office.id!)).toMatchObject({
    colorId: '3',
    eventType: 'workingLocation',
    workingLocationProperties: { type: 'officeLocation', officeLocation: { label: 'HQ' } },
    visibility: 'public',
    transparency: 'transparent',
  });
  expect(await get(away.id!)).toMatchObject({
    eventType: 'outOfOffice',
    outOfOfficeProperties: away.outOfOfficeProperties,
    summary: 'Dentist',
  });
  await expect(page.getByText(/changes? waiting|could not/)).toHaveCount(0);
});
