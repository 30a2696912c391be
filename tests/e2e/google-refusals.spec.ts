// What Google forbids is refused in the interface: a guest cannot drag an event they do not
// organize (the pointer and a tooltip say why). And when Google refuses a change anyway, the
// event goes back to Google's version here, the refused values wait in the sync log with
// "Restore as a new event", and the toolbar says so until the person has looked.
import type { Locator, Page } from '@playwright/test';
import {
  connect,
  expect,
  googleAs,
  inviteFromOlga,
  syncNow,
  test,
  todayAt,
} from './google-fixtures';
import { drag, slotHeight } from './helpers';

/** Drags a chip on the time grid `slots` half hours down, by its middle. */
async function dragDown(page: Page, chip: Locator, slots: number): Promise<void> {
  await chip.scrollIntoViewIfNeeded();
  const box = await chip.boundingBox();
  if (!box) throw new Error('the event is not on screen');
  const from = { x: box.x + box.width / 2, y: box.y + 6 };
  await drag(page, from, { x: from.x, y: from.y + slots * (await slotHeight(page)) });
}

test("a guest cannot drag someone else's event: it stays put, nothing is asked, and the pointer and tooltip say why", async ({
  openApp,
  admin,
}) => {
  const ids = [await inviteFromOlga(admin)];
  const page = await openApp();
  await connect(page);

  const chip = page.locator('.fc-event').filter({ hasText: "Olga's review" });
  await expect(chip).toHaveAttribute('title', /Only the organizer can change this event/);
  expect(await chip.evaluate((el) => getComputedStyle(el).cursor)).toBe('not-allowed');
  const before = await page.evaluate(
    async (id) => (await window.__almanac!.db.events.get(id))?.startMs,
    ids[0]!,
  );

  await dragDown(page, chip, 4);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const after = await page.evaluate(
    async (id) => (await window.__almanac!.db.events.get(id))?.startMs,
    ids[0]!,
  );
  expect(after).toBe(before);
  expect(await page.evaluate(() => window.__almanac!.db.outbox.count())).toBe(0);
});

test('a move Google refuses goes back to Google’s time, the toolbar says so until the log is read, and the refused time can become a new event', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  const created = await api.events.insert({
    calendarId: 'primary',
    requestBody: {
      summary: 'Standup',
      start: { dateTime: todayAt(11) },
      end: { dateTime: todayAt(12) },
    },
  });
  const id = created.data.id!;
  const page = await openApp();
  await connect(page);
  const stored = async () =>
    page.evaluate(async (eventId) => (await window.__almanac!.db.events.get(eventId))?.startMs, id);
  const googleTime = await stored();

  // Google refuses the next write of this event, for a reason the interface could not know.
  await admin('faults', {
    rules: [
      {
        match: { method: 'PATCH', path: '^/calendar/v3/calendars/[^/]+/events/' + id },
        respond: { status: 403, reason: 'forbiddenForNonOrganizer' },
        times: 1,
      },
    ],
  });
  await dragDown(page, page.locator('.fc-event').filter({ hasText: 'Standup' }), 4);
  await expect.poll(stored).toBe(googleTime! + 2 * 3600_000);
  await syncNow(page);

  // Back at Google's time here, nothing left waiting, and the toolbar says why.
  await expect.poll(stored).toBe(googleTime);
  const refused = page.getByRole('button', { name: /1 change refused by Google/ });
  await expect(refused).toBeVisible();
  await refused.click();
  const log = page.getByRole('dialog', { name: 'Preferences' });
  const line = log.getByRole('listitem').filter({ hasText: "Google's version is back" });
  await expect(line).toContainText('Standup');
  await line.getByRole('button', { name: 'Restore as a new event' }).click();
  await expect(line.getByRole('button', { name: 'Restored as a new event' })).toBeDisabled();
  await expect(
    log
      .getByRole('status')
      .filter({ hasText: '“Standup”: the version Google refused is a new event in' }),
  ).toBeVisible();
  await log.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: /refused by Google/ })).toHaveCount(0);

  // The refused time lives on as an event of the person's own, and reaches Google.
  await syncNow(page);
  const items = (await api.events.list({ calendarId: 'primary' })).data.items ?? [];
  const standups = items.filter((e) => e.summary === 'Standup' && e.status !== 'cancelled');
  expect(standups.map((e) => Date.parse(e.start!.dateTime!)).sort()).toEqual([
    googleTime,
    googleTime! + 2 * 3600_000,
  ]);
});
