// Local-only events say so: an event in the calendar kept on this computer is labelled "On
// this computer only" and offers no guests or Meet; the events of a Google calendar unticked
// under "Calendars to sync" are read-only, with the reason, until it syncs again.
import { test as local, expect } from './fixtures';
import { ACCOUNT, connect, syncNow, test as withGoogle } from './google-fixtures';
import { editor, openAt, openEditor } from './helpers';

local(
  'a new event before connecting Google: "On this computer only", and no guests or Meet',
  async ({ page, openApp }) => {
    await openAt(page, openApp);
    await page.getByRole('button', { name: 'New event' }).click();
    const dialog = editor(page);
    await expect(dialog.getByText('On this computer only')).toBeVisible();
    await expect(
      dialog.getByText('Guests and Google Meet need a calendar that syncs with Google.'),
    ).toBeVisible();
    await expect(dialog.getByPlaceholder('Add guests by email')).toHaveCount(0);
    await expect(
      dialog.getByRole('checkbox', { name: 'Add Google Meet video conferencing' }),
    ).toHaveCount(0);
  },
);

withGoogle(
  "an unticked Google calendar's events are read-only with the reason, and cannot be dragged",
  async ({ openApp, admin }) => {
    await admin('accounts', { email: 'team@example.com', name: 'Team' });
    await admin('calendars', { email: ACCOUNT.email, id: 'team@example.com', accessRole: 'owner' });
    await admin('events', {
      calendarId: 'team@example.com',
      events: [
        {
          summary: 'Team lunch',
          start: { dateTime: new Date(new Date().setHours(12, 0, 0, 0)).toISOString() },
          end: { dateTime: new Date(new Date().setHours(13, 0, 0, 0)).toISOString() },
        },
      ],
    });
    const page = await openApp();
    await connect(page);
    const prefs = page.getByRole('dialog', { name: 'Preferences' });
    const toggle = async (on: boolean) => {
      await page.getByRole('button', { name: 'Preferences' }).click();
      await prefs.getByRole('tab', { name: 'Google Calendar' }).click();
      await prefs.getByRole('checkbox', { name: /team@example.com/ }).setChecked(on);
      await prefs.getByRole('button', { name: 'Close' }).click();
    };
    await toggle(true);
    await syncNow(page);
    await toggle(false);

    const chip = page.locator('.fc-event').filter({ hasText: 'Team lunch' });
    await expect(chip).toHaveAttribute('title', /not synced with Google now/);
    await openEditor(page, chip);
    const dialog = editor(page);
    await expect(dialog.getByText(/is not synced with Google now/)).toBeVisible();
    await expect(dialog.getByLabel('Title')).not.toBeEditable();
    await expect(dialog.getByRole('button', { name: 'Save' })).toHaveCount(0);
  },
);
