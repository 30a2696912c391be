// The grid answers navigation from the events it read ahead in memory; a sync's changes must
// still show at once, on the month on screen and on the neighbouring month read ahead
// before the change, which the person then moves to.
import { connect, expect, googleAs, syncNow, test, todayAt } from './google-fixtures';

test('a sync changes the month on screen at once, and the month read ahead beside it when the person moves there', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);
  const nextMonth = new Date();
  // The 20th: never on the current month's grid, which ends by the 14th of the next month.
  nextMonth.setMonth(nextMonth.getMonth() + 1, 20);
  nextMonth.setHours(9, 0, 0, 0);
  const inAnHour = (iso: string) => new Date(Date.parse(iso) + 3_600_000).toISOString();
  const insert = async (summary: string, start: string) =>
    (
      await api.events.insert({
        calendarId: 'primary',
        requestBody: { summary, start: { dateTime: start }, end: { dateTime: inAnHour(start) } },
      })
    ).data.id!;
  const here = await insert('Standup', todayAt(9));
  const later = await insert('Review', nextMonth.toISOString());
  await syncNow(page);
  await page.getByRole('button', { name: 'Month', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Standup,/ })).toBeVisible();
  // A person looks at the month for a moment; meanwhile the app reads the months around it.
  await page.waitForTimeout(3000);

  for (const [eventId, summary] of [
    [here, 'Standup moved online'],
    [later, 'Review with Ana'],
  ] as const)
    await api.events.patch({ calendarId: 'primary', eventId, requestBody: { summary } });
  await syncNow(page);
  await expect(page.getByRole('button', { name: /^Standup moved online,/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Standup,/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Review with Ana,/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Review,/ })).toHaveCount(0);
});
