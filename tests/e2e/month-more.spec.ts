// Month view's "+N more" in Chromium: it opens a popover with every event of that day (not
// Day view); an event in it opens in the editor, Escape closes it, "Show the day" goes to Day.
import { test, expect } from './fixtures';
import { berlin, editor, openAt, TODAY, openEditor } from './helpers';

test('"+N more" lists the day\'s events in a popover; each opens, and Show the day goes to Day view', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  const events = Array.from({ length: 9 }, (_, i) => {
    const start = berlin(TODAY, `${String(8 + i).padStart(2, '0')}:00`);
    const iso = (ms: number) => new Date(ms).toISOString();
    return {
      id: `crowd${i}abc`,
      calendarId: 'local',
      kind: 'single',
      status: 'confirmed',
      summary: `Meeting ${i + 1}`,
      start: { dateTime: iso(start), timeZone: 'Europe/Berlin' },
      end: { dateTime: iso(start + 1_800_000), timeZone: 'Europe/Berlin' },
      startMs: start,
      endMs: start + 1_800_000,
      localVersion: 1,
      updatedAt: iso(start),
    };
  });
  await page.evaluate(async (records) => {
    const db = (
      window as unknown as {
        __almanac: { db: { events: { bulkPut(e: unknown[]): Promise<unknown> } } };
      }
    ).__almanac.db;
    await db.events.bulkPut(records);
  }, events);
  await page.getByRole('button', { name: 'Month' }).click();
  const more = page.getByRole('button', { name: new RegExp(`^\\+\\d+ more, ${TODAY}$`) });
  await expect(more).toHaveCount(1);
  await more.click();

  const popover = page.getByRole('dialog', { name: 'Events on Wednesday 10 June' });
  await expect(popover.getByRole('listitem')).toHaveCount(9);
  await expect(popover.getByRole('listitem').first()).toHaveText(/08:00\s*Meeting 1/);
  await expect(page.locator('.fc-timegrid-slot')).toHaveCount(0); // still the month
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();

  await more.click();
  // An event of the day opens its quick look in the day list's place, as a click on the grid does.
  await openEditor(page, popover.getByRole('button', { name: /Meeting 9/ }));
  await expect(popover).toBeHidden();
  await expect(editor(page).getByLabel('Title')).toHaveValue('Meeting 9');
  await editor(page).getByRole('button', { name: 'Cancel' }).click();

  await more.click();
  await popover.getByRole('button', { name: 'Show the day' }).click();
  await expect(page.getByRole('button', { name: 'Day', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('button', { name: /^Meeting 9, / })).toBeVisible();
});
