// The sidebar's calendars in Chromium: ticking a calendar off hides its events (and keeps
// them hidden after a reload, and stops its reminders), "Display this only" leaves one
// calendar on screen, and a calendar kept on this computer is created, renamed, recoloured
// and deleted — the delete saying how many events go with it and asking first.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  berlin,
  createEvent,
  editor,
  eventsTitled,
  fillEditor,
  openAt,
  storedEvents,
  TODAY,
} from './helpers';
import {
  advanceTo,
  createWithReminder,
  installReminderClock,
  notifications,
} from './reminder-helpers';

test('unticking a calendar hides its events, across a reload, until it is ticked again', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await createEvent(page, { title: 'Dentist', date: TODAY, from: '14:00', to: '15:00' });
  await expect(eventsTitled(page, 'Dentist')).toHaveCount(1);

  const mine = page.getByRole('region', { name: 'My calendars' });
  const tick = mine.getByRole('checkbox', { name: 'My calendar' });
  await expect(tick).toBeChecked();
  await tick.uncheck();
  await expect(eventsTitled(page, 'Dentist')).toHaveCount(0);
  // Display only: the event is still stored.
  expect((await storedEvents(page)).map((e) => e.summary)).toEqual(['Dentist']);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'My calendar' })).not.toBeChecked();
  await expect(page.locator('.fc-timegrid-slot').first()).toBeVisible();
  await expect(eventsTitled(page, 'Dentist')).toHaveCount(0);

  await page.getByRole('checkbox', { name: 'My calendar' }).check();
  await expect(eventsTitled(page, 'Dentist')).toHaveCount(1);
});

test('a new calendar is created, shown alone, renamed, recoloured and deleted with its events', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await createEvent(page, { title: 'Dentist', date: TODAY, from: '14:00', to: '15:00' });

  // A name is required; what was chosen stays while it is fixed.
  await page.getByRole('button', { name: 'New calendar' }).click();
  const dialog = page.getByRole('dialog', { name: 'New calendar' });
  await dialog.getByRole('radio', { name: 'Basil' }).check();
  await dialog.getByLabel('Time zone').selectOption('Asia/Tokyo');
  await dialog.getByRole('button', { name: 'Create calendar' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Give the calendar a name.');
  await expect(dialog.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Name').fill('Work');
  await dialog.getByRole('button', { name: 'Add reminder' }).click();
  await dialog.getByLabel('Default reminder 2').selectOption({ label: '1 day before' });
  await dialog.getByRole('button', { name: 'Create calendar' }).click();
  await expect(dialog).toBeHidden();

  const work = await calendarNamed(page, 'Work');
  expect(work).toMatchObject({
    color: '#0b8043',
    timeZone: 'Asia/Tokyo',
    accessRole: 'owner',
    syncEnabled: false,
    defaultReminders: [
      { method: 'popup', minutes: 30 },
      { method: 'popup', minutes: 1440 },
    ],
  });
  expect(work).not.toHaveProperty('account');
  await seedEvent(page, work!.id, 'Sprint planning', '11:00');
  await seedEvent(page, work!.id, 'Retro', '16:00');
  const planning = eventsTitled(page, 'Sprint planning');
  await expect(planning).toHaveCount(1);
  await expect(planning).toHaveCSS('background-color', 'rgb(11, 128, 67)');

  // Display this only: the other calendar is unticked.
  await page.getByRole('button', { name: 'Options for Work' }).click();
  await page.getByRole('menuitem', { name: 'Display this only' }).click();
  await expect(page.getByRole('checkbox', { name: 'My calendar' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Work' })).toBeChecked();
  await expect(eventsTitled(page, 'Dentist')).toHaveCount(0);
  await expect(planning).toHaveCount(1);
  await page.getByRole('checkbox', { name: 'My calendar' }).check();
  await expect(eventsTitled(page, 'Dentist')).toHaveCount(1);

  // Rename through Settings, which opens on what the calendar has.
  await page.getByRole('button', { name: 'Options for Work' }).click();
  await page.getByRole('menuitem', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings for Work' });
  await expect(settings.getByLabel('Time zone')).toHaveValue('Asia/Tokyo');
  await expect(settings.getByRole('radio', { name: 'Basil' })).toBeChecked();
  await settings.getByLabel('Name').fill('Work projects');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toBeHidden();
  await expect(page.getByRole('checkbox', { name: 'Work projects' })).toBeVisible();

  // Recolour from the menu: its events take the colour at once.
  await page.getByRole('button', { name: 'Options for Work projects' }).click();
  await page.getByRole('menuitem', { name: 'Change colour' }).click();
  await page.getByRole('radio', { name: 'Tomato' }).click();
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(planning).toHaveCSS('background-color', 'rgb(213, 0, 0)');
  expect((await calendarNamed(page, 'Work projects'))?.color).toBe('#d50000');

  // The main calendar cannot be deleted; this one can, after saying what goes.
  await page.getByRole('button', { name: 'Options for My calendar' }).click();
  await expect(page.getByRole('menuitem', { name: 'Delete' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await page.getByRole('button', { name: 'Options for Work projects' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const question = page.getByRole('dialog', { name: 'Delete “Work projects”?' });
  await expect(question).toContainText('Its 2 events will be deleted from this computer too.');
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('checkbox', { name: 'Work projects' })).toBeVisible();
  await page.getByRole('button', { name: 'Options for Work projects' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await question.getByRole('button', { name: 'Delete calendar' }).click();
  await expect(page.getByRole('checkbox', { name: 'Work projects' })).toHaveCount(0);
  await expect(planning).toHaveCount(0);
  expect((await storedEvents(page)).map((e) => e.summary)).toEqual(['Dentist']);
  expect(await calendarNamed(page, 'Work projects')).toBeUndefined();
});

test('a new event goes into the calendar chosen in its Calendar field, which the next one opens on', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await page.getByRole('button', { name: 'New calendar' }).click();
  const dialog = page.getByRole('dialog', { name: 'New calendar' });
  await dialog.getByLabel('Name').fill('Work');
  await dialog.getByRole('button', { name: 'Create calendar' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'New event' }).click();
  const field = editor(page).getByLabel('Calendar', { exact: true });
  await expect(field).toHaveValue('local');
  await expect(field.locator('option')).toHaveText(['My calendar', 'Work']);
  await fillEditor(page, { title: 'Standup', date: TODAY, from: '09:00', to: '09:15' });
  await field.selectOption({ label: 'Work' });
  await editor(page).getByRole('button', { name: 'Save' }).click();
  await expect(editor(page)).toBeHidden();
  const work = await calendarNamed(page, 'Work');
  const [standup] = await storedEvents(page);
  expect(standup).toMatchObject({ summary: 'Standup', calendarId: work!.id });
  await expect(eventsTitled(page, 'Standup')).toHaveCSS('background-color', 'rgb(213, 0, 0)');

  // The next new event opens on the calendar last used, also after a reload.
  await page.reload();
  await page.getByRole('button', { name: 'New event' }).click();
  await expect(editor(page).getByLabel('Calendar', { exact: true })).toHaveValue(work!.id);
});

test('a hidden calendar does not remind; ticked again, it does', async ({
  page,
  context,
  shell,
  openApp,
}) => {
  await context.grantPermissions(['notifications'], { origin: shell.origin });
  await installReminderClock(page, berlin(TODAY, '10:00'));
  await openApp();
  await createWithReminder(page, { title: 'Call Ana', from: '10:30', to: '11:00', minutes: 10 });
  await createWithReminder(page, { title: 'Call Ben', from: '11:30', to: '12:00', minutes: 10 });

  await page.getByRole('checkbox', { name: 'My calendar' }).uncheck();
  await advanceTo(page, berlin(TODAY, '10:25'));
  expect(await notifications(page)).toEqual([]);

  await page.getByRole('checkbox', { name: 'My calendar' }).check();
  await advanceTo(page, berlin(TODAY, '11:20'));
  await expect
    .poll(async () => (await notifications(page)).map((n) => n.title))
    .toEqual(['Call Ben']);
});

interface StoredCalendar {
  id: string;
  summary: string;
  color: string;
  timeZone?: string;
}

async function calendarNamed(page: Page, name: string): Promise<StoredCalendar | undefined> {
  return page.evaluate(async (summary) => {
    const db = (
      window as unknown as {
        __almanac: { db: { calendars: { toArray(): Promise<{ summary: string }[]> } } };
      }
    ).__almanac.db;
    return (await db.calendars.toArray()).find((c) => c.summary === summary);
  }, name) as Promise<StoredCalendar | undefined>;
}

/** An hour-long event today at `time` in `calendarId`, stored as the editor would store it. */
async function seedEvent(page: Page, calendarId: string, title: string, time: string) {
  const start = berlin(TODAY, time);
  await page.evaluate(
    async ({ calendarId, title, start }) => {
      const db = (
        window as unknown as {
          __almanac: { db: { events: { add(e: unknown): Promise<unknown> } } };
        }
      ).__almanac.db;
      const iso = (ms: number) => new Date(ms).toISOString();
      await db.events.add({
        id: `seed${Math.random().toString(36).slice(2)}`,
        calendarId,
        kind: 'single',
        status: 'confirmed',
        summary: title,
        start: { dateTime: iso(start), timeZone: 'Europe/Berlin' },
        end: { dateTime: iso(start + 3_600_000), timeZone: 'Europe/Berlin' },
        startMs: start,
        endMs: start + 3_600_000,
        localVersion: 1,
        updatedAt: iso(start),
      });
    },
    { calendarId, title, start },
  );
}
