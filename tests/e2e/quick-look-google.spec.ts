// The quick look on Google events: guests and their answers, Join for the call, the person's
// own answer as a guest (the editor's answer write), Duplicate of an invitation (a new event
// the person organizes, everyone invited afresh), the look following a sync that changes
// the event and closing when a sync deletes it, and no Delete or colour on a calendar that
// takes no changes.
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
import { editor, eventsTitled, openEditor, quickLook, storedEvents } from './helpers';

/** A sync as the scheduler runs one, without a click that would close the look. */
async function backgroundSync(page: Page): Promise<void> {
  await page.evaluate(() => window.__almanac!.sync!());
}

interface StoredGuests {
  id: string;
  summary?: string;
  status?: string;
  colorId?: string;
  organizer?: { email?: string };
  iCalUID?: string;
  google?: unknown;
  attendees?: { email: string; responseStatus?: string; self?: boolean }[];
}

test('guests with their answers, Join with its link, and my own answer from the quick look', async ({
  openApp,
  admin,
  google,
}) => {
  const id = await inviteFromOlga(admin);
  const api = await googleAs(admin, google.url);
  // A call Google made the Meet link for.
  const call = await api.events.insert({
    calendarId: 'primary',
    conferenceDataVersion: 1,
    requestBody: {
      summary: 'Weekly sync',
      start: { dateTime: todayAt(14) },
      end: { dateTime: todayAt(15) },
      conferenceData: {
        createRequest: {
          requestId: 'weekly-sync',
          conferenceSolutionKey: { type: 'hangoutsMeet' },
        },
      },
    },
  });
  const meetLink = call.data.hangoutLink!;
  expect(meetLink).toMatch(/^https:\/\/meet\.google\.com\//);
  const page = await openApp();
  await connect(page);

  await eventsTitled(page, "Olga's review").click();
  const look = quickLook(page, "Olga's review");
  await expect(look.getByText('2 guests')).toBeVisible();
  const guests = look.getByRole('region', { name: 'Guests' });
  await expect(guests.getByRole('listitem', { name: 'olga@example.com: Yes' })).toBeVisible();
  await expect(guests.getByRole('listitem', { name: `${ACCOUNT.email}: Awaiting` })).toBeVisible();
  await expect(look).toContainText(ACCOUNT.email);

  // My answer: Yes, from the look, as the editor would save it.
  const yes = look.getByRole('button', { name: 'Yes', exact: true });
  await expect(yes).toHaveAttribute('aria-pressed', 'false');
  await yes.click();
  await expect(yes).toHaveAttribute('aria-pressed', 'true');
  await expect(guests.getByRole('listitem', { name: `${ACCOUNT.email}: Yes` })).toBeVisible();
  // A guest's event: no Delete of the organizer's fields, but the event is not read-only.
  await expect(look.getByRole('button', { name: 'Edit' })).toBeVisible();
  await page.keyboard.press('Escape');
  await syncNow(page);
  const onGoogle = await api.events.get({ calendarId: 'primary', eventId: id });
  expect(onGoogle.data.attendees?.find((a) => a.email === ACCOUNT.email)?.responseStatus).toBe(
    'accepted',
  );

  // Join: the call's link, opened outside the app.
  await eventsTitled(page, 'Weekly sync').click();
  const join = quickLook(page, 'Weekly sync').getByRole('link', { name: 'Join with Google Meet' });
  await expect(join).toHaveAttribute('href', meetLink);
  await expect(join).toHaveAttribute('target', '_blank');
  await expect(join).toHaveAttribute('rel', /noopener/);
});

test('Duplicate of an invitation: a new event I organize, in the same calendar, everyone asked again; Save asks about invitations', async ({
  openApp,
  admin,
  google,
}) => {
  const originalId = await inviteFromOlga(admin);
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);

  await eventsTitled(page, "Olga's review").click();
  await quickLook(page, "Olga's review").getByRole('button', { name: 'Duplicate' }).click();
  await expect(editor(page).getByRole('heading', { name: 'New event' })).toBeVisible();
  await expect(editor(page).getByLabel('Title')).toHaveValue("Olga's review");
  // The copy is mine to change: the title is editable (on the original it is Olga's).
  await expect(editor(page).getByLabel('Title')).toBeEditable();
  await editor(page).getByRole('button', { name: 'Save' }).click();
  await page
    .getByRole('dialog', { name: 'Send invitation emails to guests?' })
    .getByRole('button', { name: "Don't send" })
    .click();
  await expect(editor(page)).toBeHidden();
  await expect(eventsTitled(page, "Olga's review")).toHaveCount(2);

  const stored = (await storedEvents(page)) as unknown as StoredGuests[];
  const original = stored.find((e) => e.id === originalId)!;
  const copy = stored.find((e) => e.summary === "Olga's review" && e.id !== originalId)!;
  expect(copy.id).not.toBe(original.id);
  expect(copy.iCalUID).toBeUndefined();
  expect(copy.google).toBeUndefined();
  expect(copy.organizer).toBeUndefined();
  expect(copy.attendees).toEqual([{ email: 'olga@example.com', responseStatus: 'needsAction' }]);

  // On Google: a second event, organized by me, Olga invited and not yet answering.
  await syncNow(page);
  const listed = (await api.events.list({ calendarId: 'primary' })).data.items ?? [];
  const copies = listed.filter((e) => e.summary === "Olga's review" && e.id !== originalId);
  expect(copies).toHaveLength(1);
  expect(copies[0]!.organizer?.email).toBe(ACCOUNT.email);
  expect(copies[0]!.attendees?.find((a) => a.email === 'olga@example.com')?.responseStatus).toBe(
    'needsAction',
  );
});

test('a sync that changes the event shows in the open quick look; one that deletes it closes the look', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  const created = await api.events.insert({
    calendarId: 'primary',
    requestBody: {
      summary: 'Planning',
      location: 'Room 1',
      start: { dateTime: todayAt(11) },
      end: { dateTime: todayAt(12) },
    },
  });
  const id = created.data.id!;
  const page = await openApp();
  await connect(page);

  await eventsTitled(page, 'Planning').click();
  const look = quickLook(page);
  await expect(look).toContainText('Room 1');

  await api.events.patch({
    calendarId: 'primary',
    eventId: id,
    requestBody: { summary: 'Planning (moved)', location: 'Room 9' },
  });
  await backgroundSync(page);
  await expect(quickLook(page, 'Planning (moved)')).toContainText('Room 9');
  await expect(look).not.toContainText('Room 1');

  await api.events.delete({ calendarId: 'primary', eventId: id });
  await backgroundSync(page);
  await expect(look).toBeHidden();
  await expect(eventsTitled(page, 'Planning (moved)')).toHaveCount(0);
});

test('a read-only calendar: the quick look offers no Delete and no colour, and the Delete key leaves the event', async ({
  openApp,
  admin,
}) => {
  await admin('accounts', { email: 'team@example.com', name: 'Team' });
  await admin('events', {
    calendarId: 'team@example.com',
    events: [
      { summary: 'Office closed', start: { dateTime: todayAt(9) }, end: { dateTime: todayAt(10) } },
    ],
  });
  await admin('calendars', { email: ACCOUNT.email, id: 'team@example.com', accessRole: 'reader' });
  const page = await openApp();
  await connect(page);
  await page.getByRole('button', { name: 'Preferences' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByRole('tab', { name: 'Google Calendar' }).click();
  await prefs.getByRole('checkbox', { name: /team@example.com/ }).check();
  await prefs.getByRole('button', { name: 'Close' }).click();
  await syncNow(page);

  await eventsTitled(page, 'Office closed').click();
  const look = quickLook(page, 'Office closed');
  await expect(look).toContainText('team@example.com');
  await expect(look.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(look.getByRole('radiogroup', { name: 'Color' })).toHaveCount(0);
  await expect(look.getByRole('button', { name: 'Duplicate' })).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(page.getByText(/read-only/)).toBeVisible();
  await expect(eventsTitled(page, 'Office closed')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await openEditor(page, 'Office closed');
  await expect(editor(page).getByRole('button', { name: 'Delete' })).toHaveCount(0);
});
