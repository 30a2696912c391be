// Calendars in and out as .ics files, through the window as a person uses it: Import… into
// the Google calendar (a preview first; the events reach the emulator through events.import
// with their UIDs as iCalUIDs and nobody is emailed; importing again updates), an .ics file
// dropped on the window, and Export… saving the calendar as one file.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ACCOUNT, connect, expect, googleAs, syncNow, test } from './google-fixtures';

/** Two events a month from now: a weekly series with one occurrence moved, and a meeting with a guest. */
function icsFile(summarySuffix = ''): string {
  const day = new Date(Date.now() + 30 * 86_400_000);
  const ymd = day.toISOString().slice(0, 10).replace(/-/g, '');
  const next = new Date(day.getTime() + 7 * 86_400_000)
    .toISOString()
    .slice(0, 10)
    .replace(/-/g, '');
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Example Corp//Outlook-ish//EN',
    'BEGIN:VEVENT',
    'UID:weekly-review-1@example.org',
    'DTSTAMP:20260101T000000Z',
    `DTSTART;TZID=Europe/Berlin:${ymd}T090000`,
    `DTEND;TZID=Europe/Berlin:${ymd}T100000`,
    'RRULE:FREQ=WEEKLY;COUNT=4',
    `SUMMARY:Weekly review${summarySuffix}`,
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:weekly-review-1@example.org',
    'DTSTAMP:20260101T000000Z',
    `RECURRENCE-ID;TZID=Europe/Berlin:${next}T090000`,
    `DTSTART;TZID=Europe/Berlin:${next}T140000`,
    `DTEND;TZID=Europe/Berlin:${next}T150000`,
    'SUMMARY:Weekly review (afternoon)',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:budget-talk-7@example.org',
    'DTSTAMP:20260101T000000Z',
    `DTSTART:${ymd}T130000Z`,
    `DTEND:${ymd}T140000Z`,
    `SUMMARY:Budget talk${summarySuffix}`,
    `ORGANIZER;CN=Ada:mailto:${ACCOUNT.email}`,
    'ATTENDEE;CN=Grace;PARTSTAT=NEEDS-ACTION:mailto:grace@example.net',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

async function importThroughDialog(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import events' });
  await dialog.getByLabel('iCalendar file (.ics)').setInputFiles({
    name: 'from-outlook.ics',
    mimeType: 'text/calendar',
    buffer: Buffer.from(text),
  });
  await dialog.getByLabel('Into calendar').selectOption(ACCOUNT.email);
}

test('an .ics file imported into the Google calendar goes up with events.import, and again updates', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);
  await fetch(`${google.url}/__admin/requests`, { method: 'DELETE' });

  await importThroughDialog(page, icsFile());
  const dialog = page.getByRole('dialog', { name: 'Import events' });
  await expect(dialog.getByRole('status', { name: 'What Import does' })).toHaveText(
    /^Import 2 events \(1 repeating\) into /,
  );
  // Nothing is written before Import is pressed.
  expect(
    await page.evaluate(() => window.__almanac!.db.events.filter((e) => !e.google).count()),
  ).toBe(0);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 2 events' })).toBeVisible();
  await syncNow(page);

  const listed = (await api.events.list({ calendarId: 'primary', showDeleted: true })).data.items!;
  const series = listed.filter((e) => e.iCalUID === 'weekly-review-1@example.org');
  const talk = listed.filter((e) => e.iCalUID === 'budget-talk-7@example.org');
  expect(series.find((e) => e.recurrence)?.summary).toBe('Weekly review');
  expect(series.find((e) => e.recurringEventId)?.summary).toBe('Weekly review (afternoon)');
  expect(talk).toHaveLength(1);
  expect(talk[0]!.attendees?.map((a) => a.email)).toEqual(['grace@example.net']);

  const requests = (await (await fetch(`${google.url}/__admin/requests`)).json()) as {
    method: string;
    path: string;
  }[];
  const imports = requests.filter((r) => r.method === 'POST' && r.path.endsWith('/events/import'));
  expect(imports).toHaveLength(2);
  expect(requests.filter((r) => r.method === 'POST' && r.path.endsWith('/events'))).toEqual([]);
  const emails = await (await fetch(`${google.url}/__admin/notifications`)).json();
  expect(emails).toEqual([]);

  // The same file again, changed: the preview says it updates, and Google still has one each.
  await importThroughDialog(page, icsFile(' (moved room)'));
  await expect(dialog.getByRole('status', { name: 'What Import does' })).toContainText(
    '2 already here will be updated',
  );
  await dialog.getByRole('button', { name: 'Import' }).click();
  await syncNow(page);
  const again = (await api.events.list({ calendarId: 'primary' })).data.items!;
  const talks = again.filter((e) => e.iCalUID === 'budget-talk-7@example.org');
  expect(talks.map((e) => e.summary)).toEqual(['Budget talk (moved room)']);
  expect(
    again.filter((e) => e.iCalUID === 'weekly-review-1@example.org' && e.recurrence),
  ).toHaveLength(1);
  expect(await (await fetch(`${google.url}/__admin/notifications`)).json()).toEqual([]);
});

test('a file dropped on the window opens the import, and Export… saves the calendar', async ({
  openApp,
}) => {
  const page = await openApp();
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.ics', { type: 'text/calendar' }));
    const target = document.querySelector('main')!;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
  }, icsFile());
  const dialog = page.getByRole('dialog', { name: 'Import events' });
  await expect(dialog.getByRole('status', { name: 'What Import does' })).toHaveText(
    /^Import 2 events \(1 repeating\) into My calendar/,
  );
  // A dropped file is not in the file field, so the dialog names it.
  await expect(dialog.getByText('dropped.ics', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Added 2 events in My calendar' }),
  ).toBeVisible();
  // Good news is a status in the accent's colour, never the problem banner.
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.getByRole('button', { name: 'Export…' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export events' });
  await exporting.getByLabel('Calendar').selectOption({ label: 'My calendar' });
  const download = page.waitForEvent('download');
  await exporting.getByRole('button', { name: 'Export' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('My calendar.ics');
  const text = readFileSync(await saved.path(), 'utf8');
  expect(text).toContain('UID:weekly-review-1@example.org');
  expect(text).toContain('UID:budget-talk-7@example.org');
  expect(text).toMatch(/RECURRENCE-ID;TZID=Europe\/Berlin:\d{8}T090000/);
  await expect(
    page.getByRole('status').filter({ hasText: 'Exported 2 events to My calendar.ics' }),
  ).toBeVisible();
});

test('a file dropped in the first moment, before the calendars are read, still imports into My calendar', async ({
  page,
  app,
}) => {
  // Dropped on every frame from the moment the import buttons exist until a dialog opens,
  // so the drop lands while the window is still reading its calendars.
  await page.addInitScript((text) => {
    const tryDrop = () => {
      if (document.querySelector('[role="dialog"]')) return;
      const target = document.querySelector('.calendar-files');
      if (target) {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'early.ics', { type: 'text/calendar' }));
        target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
      }
      requestAnimationFrame(tryDrop);
    };
    requestAnimationFrame(tryDrop);
  }, icsFile());
  await page.goto(app.url);
  const dialog = page.getByRole('dialog', { name: 'Import events' });
  await expect(dialog.getByLabel('Into calendar')).toHaveValue(/.+/);
  await expect(dialog.getByRole('status', { name: 'What Import does' })).toHaveText(
    /^Import 2 events \(1 repeating\) into My calendar/,
  );
});

test('an invitation file shows the event with Accept, Maybe and Decline; Accept adds it', async ({
  openApp,
}) => {
  const page = await openApp();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import events' });
  await dialog.getByLabel('iCalendar file (.ics)').setInputFiles({
    name: 'invite.ics',
    mimeType: 'text/calendar',
    buffer: readFileSync('tests/unit/ics/corpus/invitation-request.ics'),
  });
  const invitation = page.getByRole('dialog', { name: 'Invitation' });
  await expect(invitation.getByText('Launch readiness review')).toBeVisible();
  await expect(invitation.getByText('From Alice Nguyen')).toBeVisible();
  await expect(invitation.getByRole('button', { name: 'Decline' })).toBeVisible();
  await expect(invitation.getByRole('button', { name: 'Maybe' })).toBeVisible();
  await invitation.getByRole('button', { name: 'Accept' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Accepted: added to My calendar.' }),
  ).toBeVisible();
  const titles = await page.evaluate(async () =>
    (await window.__almanac!.db.events.toArray()).map((e) => e.summary),
  );
  expect(titles).toEqual(['Launch readiness review']);
});

test('a broken file lists what could not be read and what changed, each under its heading, and imports the rest', async ({
  openApp,
}) => {
  const page = await openApp();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import events' });
  await dialog.getByLabel('iCalendar file (.ics)').setInputFiles({
    name: 'broken.ics',
    mimeType: 'text/calendar',
    buffer: readFileSync('tests/unit/ics/corpus/broken.ics'),
  });
  await expect(dialog.getByRole('status', { name: 'What Import does' })).toHaveText(
    /^Import 4 events into My calendar; 6 could not be read: line 11/,
  );
  // The name is in the file field already; the dialog does not write it a second time.
  await expect(dialog.getByText('broken.ics', { exact: true })).toHaveCount(0);
  const unreadable = dialog.getByRole('list', { name: 'Could not be read' });
  await expect(unreadable.getByRole('listitem')).toHaveCount(6);
  await expect(dialog.getByText('Could not be read', { exact: true })).toBeVisible();
  const notes = dialog.getByRole('list', { name: 'Worth knowing' });
  await expect(notes.getByRole('listitem')).toHaveText([/Ends before it starts/]);
  await expect(dialog.getByText('Worth knowing', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Added 4 events in My calendar' }),
  ).toBeVisible();
});
