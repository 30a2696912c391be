// Quick add through the UI: `q`, a phrase typed into "New event", its reading shown before
// anything is saved, and Enter opening the editor on that draft with every field filled in.
// A representative part of the phrase table runs here, in Chromium; the whole table (over 30
// phrases with their expected fields) runs against the same module in the unit tests.
import { test, expect } from './fixtures';
import { editor, openAt, storedEvents } from './helpers';

interface Filled {
  title: string;
  start: string;
  from?: string;
  to?: string;
  location?: string;
  repeat?: string;
  /** What the reading says under "When". */
  when: string;
}

// Wednesday 10 June 2026, 10:00 in Berlin.
const PHRASES: [string, Filled][] = [
  [
    'Lunch with Ana tomorrow 1pm at Café Central',
    {
      title: 'Lunch with Ana',
      start: '2026-06-11',
      from: '13:00',
      to: '14:00',
      location: 'Café Central',
      when: 'Thu 11 Jun 2026, 13:00 – 14:00 (Europe/Berlin)',
    },
  ],
  [
    'Standup every weekday 9:30',
    {
      title: 'Standup',
      start: '2026-06-11',
      from: '09:30',
      to: '10:30',
      repeat: 'Every weekday (Monday to Friday)',
      when: 'Thu 11 Jun 2026, 09:30 – 10:30 (Europe/Berlin)',
    },
  ],
  [
    'Dentist Friday 3-4pm',
    {
      title: 'Dentist',
      start: '2026-06-12',
      from: '15:00',
      to: '16:00',
      when: 'Fri 12 Jun 2026, 15:00 – 16:00 (Europe/Berlin)',
    },
  ],
  [
    'Trip 12-15 June',
    { title: 'Trip', start: '2026-06-12', when: 'Fri 12 Jun 2026 – Mon 15 Jun 2026 (all day)' },
  ],
  [
    'Book club monthly on the first Friday 7pm',
    {
      title: 'Book club',
      start: '2026-07-03',
      from: '19:00',
      to: '20:00',
      repeat: 'Monthly on the first Friday',
      when: 'Fri 3 Jul 2026, 19:00 – 20:00 (Europe/Berlin)',
    },
  ],
];

test('q reads a phrase into a draft, shows the reading, and Enter opens the editor on it', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  const quick = page.getByRole('dialog', { name: 'Quick add' });
  const dialog = editor(page);
  for (const [phrase, filled] of PHRASES) {
    await page.keyboard.press('q');
    await quick.getByRole('textbox', { name: 'New event' }).fill(phrase);
    const reading = quick.getByRole('definition');
    await expect(reading.first(), phrase).toHaveText(filled.title);
    await expect(reading.nth(1), phrase).toHaveText(filled.when);
    if (filled.repeat) await expect(quick.getByText(filled.repeat)).toBeVisible();
    await quick.getByRole('textbox', { name: 'New event' }).press('Enter');

    await expect(quick).toBeHidden();
    await expect(dialog.getByLabel('Title')).toHaveValue(filled.title);
    await expect(dialog.getByLabel('Start', { exact: true })).toHaveValue(filled.start);
    if (filled.from) await expect(dialog.getByLabel('From time')).toHaveValue(filled.from);
    if (filled.to) await expect(dialog.getByLabel('To time')).toHaveValue(filled.to);
    else await expect(dialog.getByRole('checkbox', { name: 'All day' })).toBeChecked();
    await expect(dialog.getByLabel('Location')).toHaveValue(filled.location ?? '');
    await expect(dialog.getByLabel('Repeat').locator('option:checked')).toHaveText(
      filled.repeat ?? 'Does not repeat',
    );
    // Nothing is stored until the editor saves.
    expect((await storedEvents(page)).map((e) => e.summary)).not.toContain(filled.title);
    if (phrase !== PHRASES.at(-1)![0]) {
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();
    }
  }
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const [saved] = (await storedEvents(page)).filter((e) => e.summary === 'Book club');
  expect(saved?.recurrence).toEqual(['RRULE:FREQ=MONTHLY;BYDAY=1FR']);
  expect(saved?.start).toEqual({
    dateTime: '2026-07-03T19:00:00+02:00',
    timeZone: 'Europe/Berlin',
  });
});

test('Esc closes quick add without a draft, and a phrase with nothing in it cannot be opened', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await page.keyboard.press('q');
  const quick = page.getByRole('dialog', { name: 'Quick add' });
  await expect(quick.getByRole('button', { name: 'Open in editor' })).toBeDisabled();
  await quick.getByRole('textbox', { name: 'New event' }).fill('Dinner 8pm');
  await expect(quick.getByRole('button', { name: 'Open in editor' })).toBeEnabled();
  await page.keyboard.press('Escape');
  await expect(quick).toBeHidden();
  await expect(editor(page)).toBeHidden();
});
