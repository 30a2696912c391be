// A reminder's Join whose call the system could not open says why in the reminder panel, as
// the editor does under a link, and the reminder stays there (a click that did nothing is
// not a dismissal); once the link opens, Join settles the reminder as before.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { berlin, refuseOpeningLinks } from './helpers';
import { advanceTo, createWithReminder, installReminderClock, settle } from './reminder-helpers';

const DAY = '2026-06-10';
const CALL = 'https://meet.google.com/abc-defg-hij';

test('a Join that cannot open the call says why in the panel, and keeps the reminder', async ({
  page,
  context,
  openApp,
}) => {
  await context.route('https://meet.google.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Meet</title>' }),
  );
  // Links are refused until `refusing` is turned off.
  let refusing = true;
  await refuseOpeningLinks(page, () => refusing);
  await installReminderClock(page, berlin(DAY, '10:00'));
  await openApp();
  await createWithReminder(page, {
    title: 'Design review',
    from: '10:30',
    to: '11:00',
    minutes: 10,
  });
  await withCall(page, 'Design review');
  // No permission asked for: the reminder appears in the panel only.
  await advanceTo(page, berlin(DAY, '10:20'));
  const panel = page.getByRole('region', { name: 'Reminders' });
  const card = panel.getByRole('listitem', { name: 'Design review' });
  await card.getByRole('button', { name: 'Join' }).click();
  await expect(card.getByRole('alert')).toHaveText(
    `Could not open ${CALL} in your browser. Copy the address instead.`,
  );
  await settle(page);
  await expect(card).toBeVisible();

  // The browser takes the link now: Join opens the call and the reminder goes.
  refusing = false;
  await card.getByRole('button', { name: 'Join' }).click();
  await expect(panel).toBeHidden();
});

/** Gives the event a Meet call, as Google would (the editor adds none in the browser shell). */
async function withCall(page: Page, title: string): Promise<void> {
  await page.evaluate(
    async ({ title, call }) => {
      const db = window.__almanac!.db;
      const event = (await db.events.toArray()).find((e) => e.summary === title)!;
      await db.events.update(event.id, { hangoutLink: call });
    },
    { title, call: CALL },
  );
  await settle(page);
}
