// A crowded day shows what fits and says how much more there is: in the week's time grid
// the events of an hour beyond what a day column holds side by side, and in the month the
// events beyond a cell's rows, each behind one "+N more". In the week it opens that day in
// full; in the month it lists the day's events, with Show the day.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { berlin, openAt } from './helpers';

const viewButton = (page: Page, name: string) =>
  page.getByRole('group', { name: 'View' }).getByRole('button', { name, exact: true });

/** `count` one-hour events at 09:00 on Thursday 11 June, written to the database as sync would. */
async function crowdThursday(page: Page, count: number): Promise<void> {
  const start = berlin('2026-06-11', '09:00');
  const records = Array.from({ length: count }, (_, i) => ({
    id: `crowd${String(i).padStart(4, '0')}`,
    calendarId: 'local',
    kind: 'single',
    status: 'confirmed',
    summary: `Stand-up ${i + 1}`,
    start: { dateTime: new Date(start).toISOString(), timeZone: 'Europe/Berlin' },
    end: { dateTime: new Date(start + 3_600_000).toISOString(), timeZone: 'Europe/Berlin' },
    startMs: start,
    endMs: start + 3_600_000,
    localVersion: 1,
    updatedAt: new Date().toISOString(),
  }));
  await page.evaluate(
    (r) =>
      (
        window as unknown as {
          __almanac: { db: { events: { bulkPut(r: unknown[]): Promise<unknown> } } };
        }
      ).__almanac.db.events.bulkPut(r),
    records,
  );
}

test('a crowded hour in the week shows what fits and "+N more", which opens the day', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await crowdThursday(page, 12);
  const more = page.getByRole('button', { name: /^\+\d+ more, 2026-06-11$/ });
  await expect(more).toHaveCount(1);
  const hidden = Number(/\+(\d+)/.exec((await more.textContent()) ?? '')?.[1]);
  const shown = await page.getByRole('button', { name: /^Stand-up \d+, / }).count();
  expect(shown).toBeGreaterThan(0);
  expect(shown + hidden).toBe(12);

  await more.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('11 June 2026');
  await expect(viewButton(page, 'Day')).toHaveAttribute('aria-pressed', 'true');
  // The day view is wide enough for all twelve side by side.
  await expect(page.getByRole('button', { name: /^Stand-up \d+, / })).toHaveCount(12);
});

test('a crowded day in the month shows what fits and "+N more", which lists the day', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await viewButton(page, 'Month').click();
  await crowdThursday(page, 12);
  const more = page.getByRole('button', { name: /^\+\d+ more, 2026-06-11$/ });
  await expect(more).toHaveCount(1);
  const hidden = Number(/\+(\d+)/.exec((await more.textContent()) ?? '')?.[1]);
  const shown = await page.getByRole('button', { name: /^Stand-up \d+, / }).count();
  expect(shown).toBeGreaterThan(0);
  expect(shown + hidden).toBe(12);
  await more.click();
  const day = page.getByRole('dialog', { name: /^Events on / });
  await expect(day.getByRole('listitem')).toHaveCount(12);
  await day.getByRole('button', { name: 'Show the day' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('11 June 2026');
});
