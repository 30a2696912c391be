// Repeating events in both directions through the real UI: a series made here reaches Google
// as one master, and each edit scope lands there the way Google records it (an exception, a
// split with UNTIL and a new master, a master patch); a series changed on Google — one
// occurrence moved, one cancelled, the series renamed, then deleted — shows here after a sync.
import type { Page } from '@playwright/test';
import type { calendar_v3 } from '@googleapis/calendar';
import { connect, expect, googleAs, syncNow, test } from './google-fixtures';
import { createEvent, editor, eventsTitled, namesOf, NOW, openEditor } from './helpers';

// The agenda opened on Wednesday 10 June 2026 covers 8 June – 5 July: four Wednesdays.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(NOW));
});

const name = (title: string, day: string, time = '14:00 – 15:00') => `${title}, ${day}, ${time}`;

async function editOccurrence(
  page: Page,
  accessibleName: string,
  title: string,
  scope: string,
): Promise<void> {
  await openEditor(page, page.getByRole('button', { name: accessibleName }));
  await editor(page).getByLabel('Title').fill(title);
  await editor(page).getByRole('button', { name: 'Save' }).click();
  const question = page.getByRole('dialog', { name: 'Edit recurring event' });
  await question.getByRole('radio', { name: scope, exact: true }).check();
  await question.getByRole('button', { name: 'OK' }).click();
  await expect(editor(page)).toBeHidden();
}

/** The calendar on Google, series masters and exceptions as Google lists them. */
async function onGoogle(api: calendar_v3.Calendar): Promise<calendar_v3.Schema$Event[]> {
  return (await api.events.list({ calendarId: 'primary', maxResults: 2500 })).data.items ?? [];
}

async function instanceTitles(
  api: calendar_v3.Calendar,
  seriesId: string,
): Promise<[string, string][]> {
  const items =
    (await api.events.instances({ calendarId: 'primary', eventId: seriesId })).data.items ?? [];
  return items.map((i) => [
    new Date(i.start!.dateTime!).toISOString().slice(0, 10),
    i.summary ?? '',
  ]);
}

test('a weekly series made here reaches Google as one master; "This event", "This and following" and "All events" land as an exception, a split and a series change', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);
  await createEvent(page, {
    title: 'Standup',
    date: '2026-06-10',
    from: '14:00',
    to: '15:00',
    repeat: 'Weekly on Wednesday',
  });
  await syncNow(page);

  const [master] = (await onGoogle(api)).filter((e) => e.summary === 'Standup');
  expect(master).toMatchObject({
    recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=WE'],
    start: { timeZone: 'Europe/Berlin' },
  });
  expect(Date.parse(master!.start!.dateTime!)).toBe(Date.parse('2026-06-10T14:00:00+02:00'));

  await page.getByRole('button', { name: 'Agenda' }).click();
  await editOccurrence(page, name('Standup', 'Wed 17 Jun'), 'Demo day', 'This event');
  await syncNow(page);
  expect((await instanceTitles(api, master!.id!)).slice(0, 4)).toEqual([
    ['2026-06-10', 'Standup'],
    ['2026-06-17', 'Demo day'],
    ['2026-06-24', 'Standup'],
    ['2026-07-01', 'Standup'],
  ]);

  await editOccurrence(page, name('Standup', 'Wed 1 Jul'), 'Retro', 'This and following events');
  await syncNow(page);
  const afterSplit = await onGoogle(api);
  const old = afterSplit.find((e) => e.id === master!.id);
  // The old series ends just before 1 July's occurrence, after 24 June's.
  const until = /^RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(
    old?.recurrence?.[0] ?? '',
  );
  const untilMs = until
    ? Date.UTC(+until[1]!, +until[2]! - 1, +until[3]!, +until[4]!, +until[5]!, +until[6]!)
    : NaN;
  expect(untilMs).toBeLessThan(Date.parse('2026-07-01T14:00:00+02:00'));
  expect(untilMs).toBeGreaterThan(Date.parse('2026-06-24T14:00:00+02:00'));
  const later = afterSplit.find((e) => e.summary === 'Retro' && e.recurrence);
  expect(later?.recurrence).toEqual(['RRULE:FREQ=WEEKLY;BYDAY=WE']);
  expect(Date.parse(later!.start!.dateTime!)).toBe(Date.parse('2026-07-01T14:00:00+02:00'));
  expect(later?.iCalUID).not.toBe(old?.iCalUID);

  await editOccurrence(page, name('Standup', 'Wed 10 Jun'), 'Team sync', 'All events');
  await syncNow(page);
  expect((await api.events.get({ calendarId: 'primary', eventId: master!.id! })).data.summary).toBe(
    'Team sync',
  );
  // The occurrence renamed on its own keeps its own title; the split-off series is untouched.
  expect(await instanceTitles(api, master!.id!)).toEqual([
    ['2026-06-10', 'Team sync'],
    ['2026-06-17', 'Demo day'],
    ['2026-06-24', 'Team sync'],
  ]);
  expect(await namesOf(page, 'Retro')).toEqual([name('Retro', 'Wed 1 Jul')]);
});

test('a series changed on Google shows here: one occurrence moved, one cancelled, the series renamed, then deleted', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  const series = await api.events.insert({
    calendarId: 'primary',
    requestBody: {
      summary: 'Gym',
      start: { dateTime: '2026-06-10T18:00:00+02:00', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2026-06-10T19:00:00+02:00', timeZone: 'Europe/Berlin' },
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=WE'],
    },
  });
  const page = await openApp();
  await connect(page);
  await page.getByRole('button', { name: 'Agenda' }).click();
  await expect(eventsTitled(page, 'Gym')).toHaveCount(4);

  const instances = (
    await api.events.instances({ calendarId: 'primary', eventId: series.data.id! })
  ).data.items!;
  await api.events.patch({
    calendarId: 'primary',
    eventId: instances[1]!.id!,
    requestBody: {
      summary: 'Gym (moved)',
      start: { dateTime: '2026-06-18T18:00:00+02:00', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2026-06-18T19:00:00+02:00', timeZone: 'Europe/Berlin' },
    },
  });
  await api.events.delete({ calendarId: 'primary', eventId: instances[2]!.id! });
  await syncNow(page);
  await expect(
    page.getByRole('button', { name: name('Gym (moved)', 'Thu 18 Jun', '18:00 – 19:00') }),
  ).toBeVisible();
  expect(await namesOf(page, 'Gym')).toEqual([
    name('Gym', 'Wed 10 Jun', '18:00 – 19:00'),
    name('Gym', 'Wed 1 Jul', '18:00 – 19:00'),
  ]);

  await api.events.patch({
    calendarId: 'primary',
    eventId: series.data.id!,
    requestBody: { summary: 'Gym class' },
  });
  await syncNow(page);
  await expect(eventsTitled(page, 'Gym class')).toHaveCount(2);
  await expect(eventsTitled(page, 'Gym (moved)')).toHaveCount(1);

  await api.events.delete({ calendarId: 'primary', eventId: series.data.id! });
  await syncNow(page);
  await expect(eventsTitled(page, 'Gym class')).toHaveCount(0);
  await expect(eventsTitled(page, 'Gym (moved)')).toHaveCount(0);
});
