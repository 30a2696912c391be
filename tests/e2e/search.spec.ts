// Search, as a person uses it: `/` or the toolbar field, results as they type over titles,
// locations, descriptions and guests, a series shown at its next occurrence, grouped by date;
// Enter or a click opens the event at its date, Esc goes back to where the calendar was; an
// event arriving while the results are open shows up in them.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { editor, openAt, openEditor, quickLook } from './helpers';

const title = (page: Page) => page.getByRole('heading', { level: 1 });

/** The accessible names of the results shown, in order. */
const hitNames = (page: Page) => () =>
  page
    .getByRole('region', { name: 'Search results' })
    .getByRole('button')
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));

function record(id: string, fields: Record<string, unknown>, start: string, end: string) {
  return {
    id,
    calendarId: 'local',
    kind: 'single',
    status: 'confirmed',
    start: { dateTime: start, timeZone: 'Europe/Berlin' },
    end: { dateTime: end, timeZone: 'Europe/Berlin' },
    startMs: Date.parse(start),
    endMs: Date.parse(end),
    localVersion: 1,
    updatedAt: '2026-06-01T00:00:00Z',
    ...fields,
  };
}

async function put(page: Page, records: unknown[]): Promise<void> {
  await page.evaluate(async (rs) => {
    const hook = (
      window as unknown as {
        __almanac: { db: { events: { bulkPut(r: unknown[]): Promise<unknown> } } };
      }
    ).__almanac;
    await hook.db.events.bulkPut(rs);
  }, records);
}

test('search finds events by location, description, guests and series, opens them at their date, and Esc goes back', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await put(page, [
    record(
      'dentist1',
      { summary: 'Dentist', location: 'Rosenthaler Straße 5' },
      '2026-06-11T14:00:00+02:00',
      '2026-06-11T15:00:00+02:00',
    ),
    record(
      'offsite1',
      {
        summary: 'Team offsite',
        location: 'Lake house',
        description: '<p>Bring the <b>quarterly plan</b></p>',
        attendees: [{ email: 'ana@example.com', displayName: 'Ana Souza' }],
      },
      '2026-06-24T09:00:00+02:00',
      '2026-06-24T17:00:00+02:00',
    ),
    record(
      'yoga1',
      {
        summary: 'Yoga',
        location: 'Studio Nord',
        kind: 'master',
        recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=TH'],
      },
      '2026-01-01T18:00:00+01:00',
      '2026-01-01T19:00:00+01:00',
    ),
    record(
      'lunch1',
      { summary: 'Lunch', location: 'Café Central' },
      '2026-05-20T12:00:00+02:00',
      '2026-05-20T13:00:00+02:00',
    ),
  ]);
  await expect(title(page)).toHaveText('8 – 14 Jun 2026');

  await page.keyboard.press('/');
  const field = page.getByRole('searchbox', { name: 'Search' });
  await expect(field).toBeFocused();
  const results = page.getByRole('region', { name: 'Search results' });

  await field.fill('rosenthaler');
  await expect(results.getByRole('heading')).toHaveText(['Thu, 11 Jun 2026']);
  await expect.poll(hitNames(page)).toEqual(['Dentist, Thu 11 Jun, 14:00 – 15:00']);

  // A weekly series shows once, at its next occurrence.
  await field.fill('studio nord');
  await expect.poll(hitNames(page)).toEqual(['Yoga, Thu 11 Jun, 18:00 – 19:00']);
  for (const query of ['quarterly plan', 'ana@example.com', 'souza', 'lake HOUSE']) {
    await field.fill(query);
    await expect
      .poll(hitNames(page), { message: query })
      .toEqual(['Team offsite, Wed 24 Jun, 09:00 – 17:00']);
  }
  // Accents do not matter; past events come after the upcoming ones.
  await field.fill('cafe');
  await expect.poll(hitNames(page)).toEqual(['Lunch, Wed 20 May, 12:00 – 13:00']);
  await field.fill('thai massage');
  await expect(results.getByText('No events match “thai massage”.')).toBeVisible();

  // An event stored while the results are open (as a sync would) joins them.
  await field.fill('harbour');
  await expect(results.getByText('No events match “harbour”.')).toBeVisible();
  await put(page, [
    record(
      'harbour1',
      { summary: 'Boat tour', location: 'Harbour gate 3' },
      '2026-06-13T10:00:00+02:00',
      '2026-06-13T12:00:00+02:00',
    ),
  ]);
  await expect.poll(hitNames(page)).toEqual(['Boat tour, Sat 13 Jun, 10:00 – 12:00']);

  // A click opens the event's quick look, at its date; Edit goes on to the editor.
  await field.fill('offsite');
  await results.getByRole('button', { name: /^Team offsite/ }).click();
  await expect(quickLook(page, 'Team offsite')).toBeVisible();
  await expect(title(page)).toHaveText('22 – 28 Jun 2026');
  await quickLook(page, 'Team offsite').getByRole('button', { name: 'Edit' }).click();
  await expect(editor(page).getByLabel('Title')).toHaveValue('Team offsite');
  await editor(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(editor(page)).toBeHidden();

  // Back in the field, Enter opens the first result; Esc then returns to where the search began.
  await field.focus();
  await field.fill('dentist');
  await field.press('Enter');
  await expect(editor(page).getByLabel('Title')).toHaveValue('Dentist');
  await editor(page).getByRole('button', { name: 'Cancel' }).click();
  await field.fill('offsite');
  await openEditor(page, results.getByRole('button', { name: /^Team offsite/ }));
  await editor(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(title(page)).toHaveText('22 – 28 Jun 2026');
  await field.focus();
  await field.press('Escape');
  await expect(results).toBeHidden();
  await expect(field).toHaveValue('');
  await expect(title(page)).toHaveText('8 – 14 Jun 2026');
});
