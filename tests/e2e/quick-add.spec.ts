// Quick add through the UI: `q`, a phrase typed into "New event", its reading shown before
// anything is saved, and Enter opening the editor on that draft with every field filled in.
// The whole phrase table (tests/support/quick-add-phrases.ts, over 30 phrases, which the unit
// test reads too) runs here in Chromium, in one page; a few phrases also have their "When"
// line and a save checked.
import { test, expect } from './fixtures';
import { editor, openAt, storedEvents } from './helpers';
import { QUICK_ADD_AT, QUICK_ADD_PHRASES } from '../support/quick-add-phrases';
import { repeatRuleFromRecurrence } from '../../src-renderer/calendar/model/repeat-rules';
import { repeatRuleWords } from '../../src-renderer/calendar/model/rule-words';

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
      when: 'Thu, 11 Jun 2026, 13:00 – 14:00 (Europe/Berlin)',
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
      when: 'Thu, 11 Jun 2026, 09:30 – 10:30 (Europe/Berlin)',
    },
  ],
  [
    'Dentist Friday 3-4pm',
    {
      title: 'Dentist',
      start: '2026-06-12',
      from: '15:00',
      to: '16:00',
      when: 'Fri, 12 Jun 2026, 15:00 – 16:00 (Europe/Berlin)',
    },
  ],
  [
    'Trip 12-15 June',
    { title: 'Trip', start: '2026-06-12', when: 'Fri, 12 Jun 2026 – Mon, 15 Jun 2026 (all day)' },
  ],
  [
    'Book club monthly on the first Friday 7pm',
    {
      title: 'Book club',
      start: '2026-07-03',
      from: '19:00',
      to: '20:00',
      repeat: 'Monthly on the first Friday',
      when: 'Fri, 3 Jul 2026, 19:00 – 20:00 (Europe/Berlin)',
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
    await expect(dialog.getByLabel('Start', { exact: true })).toHaveValue(
      filled.start.split('-').reverse().join('/'),
    );
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

test('every phrase of the table fills the draft it expects, shown before anything is saved', async ({
  page,
  openApp,
}) => {
  test.slow();
  await openAt(page, openApp, new Date(QUICK_ADD_AT.now).toISOString());
  const quick = page.getByRole('dialog', { name: 'Quick add' });
  const box = quick.getByRole('textbox', { name: 'New event' });
  const said = (term: string) =>
    quick
      .locator('dt', { hasText: new RegExp(`^${term}$`) })
      .locator('xpath=following-sibling::dd[1]');
  const dialog = editor(page);
  expect(QUICK_ADD_PHRASES.length).toBeGreaterThanOrEqual(30);
  for (const [phrase, expected] of QUICK_ADD_PHRASES) {
    const [startDate, startTime] = expected.start.split(' ') as [string, string | undefined];
    const [endDate, endTime] = expected.end.split(' ') as [string, string | undefined];
    await page.keyboard.press('q');
    await box.fill(phrase);
    // The reading: title, repeat in words, place and guests, before the editor opens.
    await expect(said('Title'), phrase).toHaveText(expected.title);
    if (expected.recurrence) {
      const zone = QUICK_ADD_AT.timeZone;
      const rule = repeatRuleFromRecurrence(expected.recurrence, zone, startDate);
      if (!rule || rule === 'custom')
        throw new Error(`${phrase}: the table's rule is not one the editor offers`);
      const start = startTime
        ? { dateTime: `${startDate}T${startTime}:00`, timeZone: zone }
        : { date: startDate };
      // In the words and date forms of the tests' locale (en-GB).
      await expect(said('Repeats'), phrase).toHaveText(
        repeatRuleWords(rule, start, { locale: 'en-GB' }),
      );
    } else await expect(said('Repeats'), phrase).toHaveCount(0);
    if (expected.location) await expect(said('Where'), phrase).toHaveText(expected.location);
    else await expect(said('Where'), phrase).toHaveCount(0);
    if (expected.guests)
      await expect(said('Guests'), phrase).toHaveText(expected.guests.join(', '));
    await box.press('Enter');

    // The editor, on that draft.
    await expect(quick).toBeHidden();
    await expect(dialog.getByLabel('Title'), phrase).toHaveValue(expected.title);
    // The editor writes dates the tests' locale's way (en-GB: dd/mm/yyyy).
    const british = (iso: string) => iso.split('-').reverse().join('/');
    await expect(dialog.getByLabel('Start', { exact: true }), phrase).toHaveValue(
      british(startDate),
    );
    await expect(dialog.getByLabel('End', { exact: true }), phrase).toHaveValue(british(endDate));
    const allDay = dialog.getByRole('checkbox', { name: 'All day' });
    if (startTime) {
      await expect(allDay, phrase).not.toBeChecked();
      await expect(dialog.getByLabel('From time'), phrase).toHaveValue(startTime);
      await expect(dialog.getByLabel('To time'), phrase).toHaveValue(endTime as string);
    } else await expect(allDay, phrase).toBeChecked();
    await expect(dialog.getByLabel('Location'), phrase).toHaveValue(expected.location ?? '');
    const repeat = dialog.getByLabel('Repeat', { exact: true }).locator('option:checked');
    if (expected.recurrence) await expect(repeat, phrase).not.toHaveText('Does not repeat');
    else await expect(repeat, phrase).toHaveText('Does not repeat');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  }
  expect(await storedEvents(page)).toEqual([]);
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
