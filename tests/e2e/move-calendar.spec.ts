// Moving an existing event to another calendar from the editor's Calendar field, checked on
// the emulator: between two Google calendars it is events.move (same id, in the new calendar
// on Google and no longer in the old one); between "My calendar" and Google it is a new event
// on one side and a delete on the other. Both hold after a reload. An occurrence of a series
// moves the whole series, after asking. An event that cannot move (a guest's copy) shows its
// calendar disabled, with the reason.
import type { Page } from '@playwright/test';
import {
  ACCOUNT,
  connect,
  expect,
  googleAs,
  inviteFromOlga,
  syncNow,
  test,
  todayAt,
} from './google-fixtures';
import { openEditor } from './helpers';

const editor = (page: Page) => page.getByRole('dialog', { name: 'Event' });
const calendarField = (page: Page) => editor(page).getByLabel('Calendar', { exact: true });

/** The stored record of the live event titled `summary`. */
async function stored(page: Page, summary: string) {
  return page.evaluate(
    async (title) =>
      (await window.__almanac!.db.events.toArray()).find(
        (e) => e.summary === title && e.status !== 'cancelled',
      ),
    summary,
  );
}

/** A Google calendar made from the sidebar while connected (it syncs from the start). */
async function newGoogleCalendar(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: 'New calendar' }).click();
  const dialog = page.getByRole('dialog', { name: 'New calendar' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Create calendar' }).click();
  await expect(dialog).toBeHidden();
  return page.evaluate(
    async (title) =>
      (await window.__almanac!.db.calendars.toArray()).find((c) => c.summary === title)!.id,
    name,
  );
}

async function moveTo(page: Page, title: string, calendar: string): Promise<void> {
  await openEditor(page, page.getByRole('button', { name: new RegExp(`^${title}`) }));
  await calendarField(page).selectOption({ label: calendar });
  await editor(page).getByRole('button', { name: 'Save' }).click();
}

test('an event moved to another Google calendar is there on Google with the same id, not in the old one, and stays there after a reload', async ({
  openApp,
  admin,
  google,
}) => {
  await admin('accounts', { email: 'grace@example.com', name: 'Grace' });
  const api = await googleAs(admin, google.url);
  const { data: inserted } = await api.events.insert({
    calendarId: 'primary',
    requestBody: {
      summary: 'Design review',
      start: { dateTime: todayAt(11) },
      end: { dateTime: todayAt(12) },
      attendees: [{ email: 'grace@example.com' }],
    },
  });
  const page = await openApp();
  await connect(page);
  const work = await newGoogleCalendar(page, 'Work');

  await openEditor(page, page.getByRole('button', { name: /^Design review/ }));
  await expect(calendarField(page)).toHaveValue(ACCOUNT.email);
  await expect(calendarField(page)).toBeEnabled();
  await calendarField(page).selectOption({ label: 'Work' });
  // The chosen calendar's colour is the event's default colour now.
  const workColor = await page.evaluate(
    async (id) => (await window.__almanac!.db.calendars.get(id))!.color,
    work,
  );
  await expect(editor(page).getByTitle('Default colour').locator('xpath=..')).toHaveCSS(
    'background-color',
    hexToRgb(workColor),
  );
  await editor(page).getByRole('button', { name: 'Save' }).click();
  await page
    .getByRole('dialog', { name: 'Send update emails to guests?' })
    .getByRole('button', { name: "Don't send" })
    .click();
  await expect(editor(page)).toBeHidden();
  // Here at once, before the sync.
  expect(await stored(page, 'Design review')).toMatchObject({
    id: inserted.id,
    calendarId: work,
    movingFrom: ACCOUNT.email,
  });

  await syncNow(page);
  const { data: there } = await api.events.get({ calendarId: work, eventId: inserted.id! });
  expect(there).toMatchObject({ id: inserted.id, summary: 'Design review', status: 'confirmed' });
  const { data: left } = await api.events.get({ calendarId: 'primary', eventId: inserted.id! });
  expect(left.status).toBe('cancelled');

  await page.reload();
  await openEditor(page, page.getByRole('button', { name: /^Design review/ }));
  await expect(calendarField(page)).toHaveValue(work);
  expect(await stored(page, 'Design review')).toMatchObject({ id: inserted.id, calendarId: work });
  expect((await stored(page, 'Design review'))?.movingFrom).toBeUndefined();
});

test('an event moves from My calendar to Google as a new event there, and back as a delete on Google', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);
  const live = async () =>
    ((await api.events.list({ calendarId: 'primary' })).data.items ?? []).filter(
      (e) => e.summary === 'Dentist' && e.status !== 'cancelled',
    );

  await page.getByRole('button', { name: 'New event' }).click();
  await editor(page).getByLabel('Title').fill('Dentist');
  await calendarField(page).selectOption({ label: 'My calendar' });
  await editor(page).getByRole('button', { name: 'Save' }).click();
  await expect(editor(page)).toBeHidden();
  const local = await stored(page, 'Dentist');
  expect(local?.calendarId).toBe('local');

  await moveTo(page, 'Dentist', ACCOUNT.email);
  await expect(editor(page)).toBeHidden();
  await syncNow(page);
  const onGoogle = await live();
  expect(onGoogle).toHaveLength(1);
  const moved = await stored(page, 'Dentist');
  expect(moved).toMatchObject({ calendarId: ACCOUNT.email, id: onGoogle[0]!.id });
  expect(moved?.id).not.toBe(local?.id);

  await page.reload();
  await moveTo(page, 'Dentist', 'My calendar');
  await expect(editor(page)).toBeHidden();
  await syncNow(page);
  expect(await live()).toHaveLength(0);
  await page.reload();
  await openEditor(page, page.getByRole('button', { name: /^Dentist/ }));
  await expect(calendarField(page)).toHaveValue('local');
  expect((await stored(page, 'Dentist'))?.google).toBeUndefined();
});

test('Undo in the toast moves the event back where it was, and nothing reaches Google', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);
  await page.getByRole('button', { name: 'New event' }).click();
  await editor(page).getByLabel('Title').fill('Gym');
  await calendarField(page).selectOption({ label: 'My calendar' });
  await editor(page).getByRole('button', { name: 'Save' }).click();
  const before = await stored(page, 'Gym');

  await moveTo(page, 'Gym', ACCOUNT.email);
  await expect(editor(page)).toBeHidden();
  expect((await stored(page, 'Gym'))?.calendarId).toBe(ACCOUNT.email);
  await page
    .getByRole('status')
    .filter({ hasText: 'Event moved to' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect.poll(async () => (await stored(page, 'Gym'))?.calendarId).toBe('local');
  expect((await stored(page, 'Gym'))?.id).toBe(before?.id);
  await syncNow(page);
  const items = (await api.events.list({ calendarId: 'primary' })).data.items ?? [];
  expect(items.filter((e) => e.summary === 'Gym' && e.status !== 'cancelled')).toEqual([]);
});

test('an occurrence of a series moves the whole series after asking: on Google it is in the new calendar with its changed occurrence', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  const { data: series } = await api.events.insert({
    calendarId: 'primary',
    requestBody: {
      summary: 'Standup',
      start: { dateTime: todayAt(9), timeZone: 'UTC' },
      end: { dateTime: todayAt(10), timeZone: 'UTC' },
      recurrence: ['RRULE:FREQ=DAILY;COUNT=3'],
    },
  });
  const [first] = (await api.events.instances({ calendarId: 'primary', eventId: series.id! })).data
    .items!;
  await api.events.patch({
    calendarId: 'primary',
    eventId: first!.id!,
    requestBody: { location: 'Kitchen' },
  });
  const page = await openApp();
  await connect(page);
  const work = await newGoogleCalendar(page, 'Work');

  await openEditor(page, page.getByRole('button', { name: /^Standup/ }).first());
  await calendarField(page).selectOption({ label: 'Work' });
  await editor(page).getByRole('button', { name: 'Save' }).click();
  const question = page.getByRole('dialog', { name: 'Move all events of the series?' });
  await question.getByRole('button', { name: 'Move all events' }).click();
  await expect(editor(page)).toBeHidden();
  await expect
    .poll(async () =>
      page.evaluate(
        async (id) =>
          (await window.__almanac!.db.events.toArray())
            .filter((e) => e.id === id || e.recurringEventId === id)
            .map((e) => e.calendarId),
        series.id!,
      ),
    )
    .toEqual([work, work]);

  await syncNow(page);
  const { data: moved } = await api.events.get({ calendarId: work, eventId: series.id! });
  expect(moved).toMatchObject({ summary: 'Standup', status: 'confirmed' });
  const { data: exception } = await api.events.get({ calendarId: work, eventId: first!.id! });
  expect(exception).toMatchObject({ location: 'Kitchen', status: 'confirmed' });
  const { data: left } = await api.events.get({ calendarId: 'primary', eventId: series.id! });
  expect(left.status).toBe('cancelled');
});

test("a guest's copy shows its calendar, disabled, with why it cannot move", async ({
  openApp,
  admin,
}) => {
  await inviteFromOlga(admin);
  const page = await openApp();
  await connect(page);
  await openEditor(page, page.getByRole('button', { name: /^Olga's review/ }));
  await expect(calendarField(page)).toBeDisabled();
  await expect(editor(page)).toContainText('only its organizer can move it');
});

function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
