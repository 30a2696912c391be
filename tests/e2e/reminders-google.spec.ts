// A repeating event made on Google, whose calendar's default reminder the user set to 25
// minutes in Google Calendar, reminds at 08:35 before each 09:00 occurrence, exactly once
// each, once it has synced here: the default comes from Google's calendar list.
import { test, expect, connect, googleAs } from './google-fixtures';
import { berlin } from './helpers';
import { advanceTo, installReminderClock, notifications } from './reminder-helpers';

test('a series synced from Google reminds with its calendar’s default, at the minute, once per occurrence', async ({
  page,
  context,
  app,
  admin,
  google,
  openApp,
}) => {
  const remote = await googleAs(admin, google.url);
  await remote.calendarList.patch({
    calendarId: 'primary',
    requestBody: { defaultReminders: [{ method: 'popup', minutes: 25 }] },
  });
  await remote.events.insert({
    calendarId: 'primary',
    conferenceDataVersion: 1,
    requestBody: {
      summary: 'Daily standup',
      start: { dateTime: '2026-06-10T09:00:00+02:00', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2026-06-10T09:15:00+02:00', timeZone: 'Europe/Berlin' },
      recurrence: ['RRULE:FREQ=DAILY;COUNT=3'],
      reminders: { useDefault: true },
      conferenceData: { createRequest: { requestId: 'standup-meet' } },
    },
  });
  await context.grantPermissions(['notifications'], { origin: app.origin });
  await installReminderClock(page, berlin('2026-06-10', '08:00'));
  await openApp();
  await connect(page);
  await expect(page.getByRole('button', { name: /^Daily standup, / })).toHaveCount(3);

  for (const [index, day] of ['2026-06-10', '2026-06-11', '2026-06-12'].entries()) {
    // Nothing happens overnight: the page's clock jumps to just before the reminder.
    if (index > 0) await page.clock.setSystemTime(berlin(day, '08:33'));
    await advanceTo(page, berlin(day, '08:34') + 59_000);
    expect(await notifications(page)).toHaveLength(index);
    await advanceTo(page, berlin(day, '08:35'));
    await expect.poll(async () => (await notifications(page)).length).toBe(index + 1);
    const shown = (await notifications(page))[index]!;
    expect(shown.title).toBe('Daily standup');
    expect(shown.body).toMatch(/09:00 – 09:15$/);
    expect(shown.at - berlin(day, '08:35')).toBeLessThan(1000);
    await advanceTo(page, berlin(day, '08:50'));
    expect(await notifications(page)).toHaveLength(index + 1);
  }
  // The panel offers Join for the call, since the browser's notification cannot.
  const panel = page.getByRole('region', { name: 'Reminders' });
  await expect(panel.getByRole('listitem', { name: 'Daily standup' })).toContainText(
    /Fri, 12 Jun|12 Jun/,
  );
  await expect(panel.getByRole('button', { name: 'Join' })).toBeVisible();
});
