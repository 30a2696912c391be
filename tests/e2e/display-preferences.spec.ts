// Preferences → Display in Chromium: weekends hidden, week numbers shown, working hours
// shaded outside, the default length of a new event, a second zone beside the hours, and
// declined invitations dimmed or hidden; and how invitations, free and private events look.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { berlin, editor, eventsTitled, NOW, TODAY } from './helpers';

test('display preferences change the grid and how new events start', async ({ page, ownShell }) => {
  await page.clock.setFixedTime(new Date(NOW));
  await page.goto(ownShell.url);
  await expect(page.getByRole('button', { name: 'New event' })).toBeVisible();
  await expect(page.locator('th.fc-col-header-cell.fc-day-sat')).toHaveCount(1);
  await expect(page.locator('.fc-non-business')).toHaveCount(0);

  await page.getByRole('button', { name: 'Preferences' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await dialog.getByRole('tab', { name: 'Display' }).click();
  await dialog.getByRole('checkbox', { name: 'Hide weekends' }).check();
  await dialog.getByRole('checkbox', { name: 'Show week numbers' }).check();
  await dialog.getByRole('checkbox', { name: 'Shade outside working hours' }).check();
  await dialog.getByLabel('Working hours start').fill('08:30');
  await dialog.getByLabel('Default event length').selectOption({ label: '30 minutes' });
  await dialog.getByLabel('Second time zone (Day and Week)').selectOption('Asia/Tokyo');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  // Week view: Monday to Friday, the week's number, shading outside 08:30–17:00.
  await expect(page.locator('th.fc-col-header-cell.fc-day-sat')).toHaveCount(0);
  await expect(page.locator('th.fc-col-header-cell.fc-day-sun')).toHaveCount(0);
  await expect(page.locator('th.fc-col-header-cell')).toHaveCount(5);
  await expect(page.locator('thead th.fc-timegrid-axis').first()).toHaveText(/W\s?24/);
  await expect(page.locator('.fc-non-business').first()).toBeAttached();
  // 10:00 in Berlin is 17:00 in Tokyo.
  const ten = page.locator('td.fc-timegrid-slot-label[data-time="10:00:00"]');
  await expect(ten).toContainText('10:00');
  await expect(ten.locator('.secondary-zone-time')).toHaveText('17:00');

  // Month view: Monday to Friday too, each week row with its number.
  const views = page.getByRole('group', { name: 'View' });
  await views.getByRole('button', { name: 'Month' }).click();
  await expect(page.locator('.month-weekday')).toHaveCount(5);
  await expect(page.locator('.month-weekday').first()).toHaveAttribute('data-weekday', 'mon');
  await expect(page.locator('.month-day[data-date="2026-06-13"]')).toHaveCount(0);
  await expect(page.locator('.month-day[data-date="2026-06-12"]')).toHaveCount(1);
  await expect(page.locator('.month-week-number')).toHaveCount(6);
  await expect(page.locator('.month-week-number').nth(1)).toHaveText(/W\s?24/);
  await views.getByRole('button', { name: 'Week' }).click();

  // New event from the button lasts the default 30 minutes.
  await page.getByRole('button', { name: 'New event' }).click();
  const from = await editor(page).getByLabel('From time').inputValue();
  const to = await editor(page).getByLabel('To time').inputValue();
  expect(minutes(to) - minutes(from)).toBe(30);

  // Kept across a reload.
  await page.reload();
  await expect(page.locator('th.fc-col-header-cell')).toHaveCount(5);
});

test('invitations awaiting an answer are outlined, declined ones struck through and dimmed or hidden; free and private are marked', async ({
  page,
  ownShell,
}) => {
  await page.clock.setFixedTime(new Date(NOW));
  await page.goto(ownShell.url);
  await expect(page.getByRole('button', { name: 'New event' })).toBeVisible();
  await seed(page, [
    { title: 'Awaiting', time: '09:00', answer: 'needsAction' },
    { title: 'Declined', time: '11:00', answer: 'declined' },
    { title: 'Accepted', time: '13:00', answer: 'accepted' },
    { title: 'Free time', time: '15:00', transparency: 'transparent' },
    { title: 'Private', time: '17:00', visibility: 'private' },
  ]);
  const chip = (title: string) =>
    page.locator('.fc-event', { has: page.getByText(title, { exact: true }) });
  await expect(eventsTitled(page, 'Awaiting')).toHaveCount(1);
  await expect(chip('Awaiting')).toHaveClass(/event-needs-answer/);
  await expect(chip('Declined')).toHaveClass(/event-declined/);
  await expect(chip('Declined')).toHaveClass(/event-dimmed/);
  await expect(chip('Declined').locator('.fc-event-title')).toHaveCSS(
    'text-decoration-line',
    'line-through',
  );
  await expect(chip('Accepted')).not.toHaveClass(/event-(needs-answer|declined)/);
  await expect(chip('Free time')).toHaveClass(/event-free/);
  await expect(chip('Private')).toHaveClass(/event-private/);

  // The month grid's chips look the same (in a window tall enough for the day's five).
  await page.setViewportSize({ width: 1280, height: 1200 });
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Month' }).click();
  await expect(page.getByRole('button', { name: /more, / })).toHaveCount(0);
  const monthChip = (title: string) =>
    page.locator('.month-chip', { has: page.getByText(title, { exact: true }) });
  await expect(monthChip('Awaiting')).toHaveClass(/event-needs-answer/);
  await expect(monthChip('Declined')).toHaveClass(/event-declined/);
  await expect(monthChip('Declined')).toHaveClass(/event-dimmed/);
  await expect(monthChip('Declined')).toHaveCSS('opacity', '0.5');
  await expect(monthChip('Declined').locator('.month-chip-title')).toHaveCSS(
    'text-decoration-line',
    'line-through',
  );
  await expect(monthChip('Accepted')).not.toHaveClass(/event-(needs-answer|declined)/);
  await expect(monthChip('Free time')).toHaveClass(/event-free/);
  await expect(monthChip('Private')).toHaveClass(/event-private/);
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Week' }).click();

  await page.getByRole('button', { name: 'Preferences' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await dialog.getByRole('tab', { name: 'Display' }).click();
  await dialog.getByLabel('Declined events').selectOption('hide');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(eventsTitled(page, 'Declined')).toHaveCount(0);
  await expect(eventsTitled(page, 'Accepted')).toHaveCount(1);
});

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

interface Seeded {
  title: string;
  time: string;
  answer?: string;
  transparency?: string;
  visibility?: string;
}

/** Hour-long events today, as sync would store invitations from Google. */
async function seed(page: Page, list: Seeded[]) {
  const records = list.map((s, i) => {
    const start = berlin(TODAY, s.time);
    const iso = (ms: number) => new Date(ms).toISOString();
    return {
      id: `look${i}abc`,
      calendarId: 'local',
      kind: 'single',
      status: 'confirmed',
      summary: s.title,
      start: { dateTime: iso(start), timeZone: 'Europe/Berlin' },
      end: { dateTime: iso(start + 3_600_000), timeZone: 'Europe/Berlin' },
      startMs: start,
      endMs: start + 3_600_000,
      localVersion: 1,
      updatedAt: iso(start),
      ...(s.answer
        ? {
            organizer: { email: 'ana@example.com' },
            attendees: [
              { email: 'ana@example.com', organizer: true, responseStatus: 'accepted' },
              { email: 'me@example.com', self: true, responseStatus: s.answer },
            ],
          }
        : {}),
      ...(s.transparency ? { transparency: s.transparency } : {}),
      ...(s.visibility ? { visibility: s.visibility } : {}),
    };
  });
  await page.evaluate(async (events) => {
    const db = (
      window as unknown as {
        __almanac: { db: { events: { bulkPut(e: unknown[]): Promise<unknown> } } };
      }
    ).__almanac.db;
    await db.events.bulkPut(events);
  }, records);
}
