// Repeating events: a weekly series made in the editor, then every edit and delete scope
// Google offers, checked on screen (the agenda shows four weeks) and in the stored records
// (master with RRULE, exceptions keyed by original start, split series, cancelled instances).
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  createEvent,
  drag,
  editor,
  eventsTitled,
  GOOGLE_ID,
  namesOf,
  openAt,
  slotPoint,
  storedEvents,
  openEditor,
} from './helpers';
import type { StoredEvent } from './helpers';

// The agenda opened on 10 June 2026 covers 8 June – 5 July: four Wednesdays.
const WEDNESDAYS = ['Wed 10 Jun', 'Wed 17 Jun', 'Wed 24 Jun', 'Wed 1 Jul'];

async function weeklyStandup(page: Page): Promise<StoredEvent> {
  await createEvent(page, {
    title: 'Standup',
    date: '2026-06-10',
    from: '14:00',
    to: '15:00',
    repeat: 'Weekly on Wednesday',
  });
  await page.getByRole('button', { name: 'Agenda' }).click();
  await expect(eventsTitled(page, 'Standup')).toHaveCount(4);
  const [master] = await storedEvents(page);
  if (!master) throw new Error('the series was not stored');
  return master;
}

/** Opens one occurrence, applies `change` in the editor, saves and answers the scope question. */
async function editOccurrence(
  page: Page,
  name: string,
  title: string,
  scope: string,
): Promise<void> {
  await openEditor(page, page.getByRole('button', { name }));
  const dialog = editor(page);
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await chooseScope(page, 'Edit recurring event', scope);
  await expect(dialog).toBeHidden();
}

async function deleteOccurrence(page: Page, name: string, scope: string): Promise<void> {
  await openEditor(page, page.getByRole('button', { name }));
  await editor(page).getByRole('button', { name: 'Delete' }).click();
  await chooseScope(page, 'Delete recurring event', scope);
  await expect(editor(page)).toBeHidden();
}

async function chooseScope(page: Page, question: string, scope: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: question });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: scope, exact: true }).check();
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
}

/** The instant a master's RRULE ends (UNTIL=YYYYMMDDTHHMMSSZ or a date); fails when it has none. */
function untilOf(master: StoredEvent | undefined): number {
  const rule = master?.recurrence?.join('\n') ?? '';
  const m = /UNTIL=(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z)?/.exec(rule);
  if (!m) throw new Error(`the master's rule has no UNTIL: ${rule}`);
  const [, y, mo, d, h = '23', mi = '59', s = '59'] = m;
  return Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
}

const name = (title: string, day: string) => `${title}, ${day}, 14:00 – 15:00`;

test('"Repeat: Weekly on …" stores one master with an RRULE and shows every week', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  const master = await weeklyStandup(page);
  expect(master).toMatchObject({ kind: 'master', summary: 'Standup' });
  expect(master.id).toMatch(GOOGLE_ID);
  expect(master.recurrence).toEqual(['RRULE:FREQ=WEEKLY;BYDAY=WE']);
  expect(await namesOf(page, 'Standup')).toEqual(WEDNESDAYS.map((d) => name('Standup', d)));

  // Next week in the week view shows the following Wednesday's occurrence too.
  await page.getByRole('button', { name: 'Week' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(eventsTitled(page, 'Standup')).toHaveAccessibleName(name('Standup', 'Wed 17 Jun'));
});

test('editing "This event" changes only that occurrence and stores an exception', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  const master = await weeklyStandup(page);
  await editOccurrence(page, name('Standup', 'Wed 17 Jun'), 'Demo day', 'This event');

  await expect(eventsTitled(page, 'Demo day')).toHaveAccessibleName(name('Demo day', 'Wed 17 Jun'));
  await expect(eventsTitled(page, 'Standup')).toHaveCount(3);
  expect(await namesOf(page, 'Standup')).toEqual(
    ['Wed 10 Jun', 'Wed 24 Jun', 'Wed 1 Jul'].map((d) => name('Standup', d)),
  );

  const events = await storedEvents(page);
  const stored = events.find((e) => e.id === master.id);
  expect(stored).toMatchObject({
    kind: 'master',
    summary: 'Standup',
    recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=WE'],
  });
  const exception = events.find((e) => e.id !== master.id);
  expect(exception).toMatchObject({ summary: 'Demo day', recurringEventId: master.id });
  expect(exception?.id).toMatch(new RegExp(`^${master.id}_20260617T120000Z$`));
  expect(Date.parse(exception?.originalStartTime?.dateTime ?? '')).toBe(
    Date.parse('2026-06-17T14:00:00+02:00'),
  );
});

test('editing "This and following events" splits the series: earlier keep the old title, later get the new', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  const master = await weeklyStandup(page);
  await editOccurrence(page, name('Standup', 'Wed 24 Jun'), 'Sync', 'This and following events');

  await expect(eventsTitled(page, 'Sync')).toHaveCount(2);
  expect(await namesOf(page, 'Sync')).toEqual(
    ['Wed 24 Jun', 'Wed 1 Jul'].map((d) => name('Sync', d)),
  );
  expect(await namesOf(page, 'Standup')).toEqual(
    ['Wed 10 Jun', 'Wed 17 Jun'].map((d) => name('Standup', d)),
  );

  const masters = (await storedEvents(page)).filter(
    (e) => e.kind === 'master' && e.status !== 'cancelled',
  );
  expect(masters).toHaveLength(2);
  const old = masters.find((e) => e.id === master.id);
  const next = masters.find((e) => e.id !== master.id);
  // The old series now ends before 24 June; the new one starts there with the same rule.
  expect(old?.summary).toBe('Standup');
  const until = untilOf(old);
  expect(until).toBeLessThan(Date.parse('2026-06-24T14:00:00+02:00'));
  expect(until).toBeGreaterThanOrEqual(Date.parse('2026-06-17T14:00:00+02:00'));
  expect(next).toMatchObject({ summary: 'Sync', startMs: Date.parse('2026-06-24T14:00:00+02:00') });
  expect(next?.id).toMatch(GOOGLE_ID);
  expect(next?.recurrence?.join('\n')).toMatch(/RRULE:FREQ=WEEKLY;.*BYDAY=WE|RRULE:FREQ=WEEKLY/);
  expect(next?.recurrence?.join('\n')).not.toMatch(/UNTIL/);
});

test('editing "All events" changes every occurrence and keeps one series', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  const master = await weeklyStandup(page);
  await editOccurrence(page, name('Standup', 'Wed 17 Jun'), 'Team sync', 'All events');

  await expect(eventsTitled(page, 'Team sync')).toHaveCount(4);
  await expect(eventsTitled(page, 'Standup')).toHaveCount(0);
  expect(await namesOf(page, 'Team sync')).toEqual(WEDNESDAYS.map((d) => name('Team sync', d)));
  const events = (await storedEvents(page)).filter((e) => e.status !== 'cancelled');
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    id: master.id,
    kind: 'master',
    summary: 'Team sync',
    startMs: master.startMs,
  });
});

test('deleting "This event" hides just that occurrence (a cancelled instance)', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  const master = await weeklyStandup(page);
  await deleteOccurrence(page, name('Standup', 'Wed 17 Jun'), 'This event');

  await expect(eventsTitled(page, 'Standup')).toHaveCount(3);
  expect(await namesOf(page, 'Standup')).toEqual(
    ['Wed 10 Jun', 'Wed 24 Jun', 'Wed 1 Jul'].map((d) => name('Standup', d)),
  );
  const events = await storedEvents(page);
  const stored = events.find((e) => e.id === master.id);
  expect(stored?.status).not.toBe('cancelled');
  const cancelled = events.find((e) => e.id !== master.id);
  // Google's form: an instance `<id>_<stamp>` with status "cancelled" (or an EXDATE on the master).
  if (cancelled) {
    expect(cancelled).toMatchObject({
      id: `${master.id}_20260617T120000Z`,
      status: 'cancelled',
      recurringEventId: master.id,
    });
  } else {
    expect(stored?.recurrence?.join('\n')).toMatch(/EXDATE/);
  }
});

test('deleting "This and following events" ends the series before that occurrence', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  const master = await weeklyStandup(page);
  await deleteOccurrence(page, name('Standup', 'Wed 24 Jun'), 'This and following events');

  await expect(eventsTitled(page, 'Standup')).toHaveCount(2);
  expect(await namesOf(page, 'Standup')).toEqual(
    ['Wed 10 Jun', 'Wed 17 Jun'].map((d) => name('Standup', d)),
  );
  const stored = (await storedEvents(page)).find((e) => e.id === master.id);
  const until = untilOf(stored);
  expect(until).toBeLessThan(Date.parse('2026-06-24T14:00:00+02:00'));
  expect(until).toBeGreaterThanOrEqual(Date.parse('2026-06-17T14:00:00+02:00'));
});

test('deleting "All events" removes the whole series', async ({ page, openApp }) => {
  await openAt(page, openApp);
  await createEvent(page, { title: 'Unrelated', date: '2026-06-11', from: '09:00', to: '09:30' });
  await weeklyStandup(page);
  await deleteOccurrence(page, name('Standup', 'Wed 1 Jul'), 'All events');

  await expect(eventsTitled(page, 'Standup')).toHaveCount(0);
  await expect(eventsTitled(page, 'Unrelated')).toHaveCount(1);
  const live = (await storedEvents(page)).filter((e) => e.status !== 'cancelled');
  expect(live.map((e) => e.summary)).toEqual(['Unrelated']);
});

test('Cancel on the scope question changes nothing and keeps the editor open with the edit', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  await weeklyStandup(page);
  await openEditor(page, page.getByRole('button', { name: name('Standup', 'Wed 17 Jun') }));
  const dialog = editor(page);
  await dialog.getByLabel('Title').fill('Not yet');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const question = page.getByRole('dialog', { name: 'Edit recurring event' });
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toBeHidden();
  await expect(dialog.getByLabel('Title')).toHaveValue('Not yet');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page
    .getByRole('dialog', { name: 'Discard changes?' })
    .getByRole('button', { name: 'Discard' })
    .click();
  await expect(eventsTitled(page, 'Standup')).toHaveCount(4);
  expect((await storedEvents(page)).map((e) => e.summary)).toEqual(['Standup']);
});

test('dragging one occurrence asks which events, and "This event" moves only that one', async ({
  page,
  openApp,
}) => {
  await openAt(page, openApp);
  const master = await weeklyStandup(page);
  await page.getByRole('button', { name: 'Week' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(eventsTitled(page, 'Standup')).toHaveAccessibleName(name('Standup', 'Wed 17 Jun'));

  await drag(
    page,
    await slotPoint(page, '2026-06-17', '14:00', 6),
    await slotPoint(page, '2026-06-18', '10:00', 6),
  );
  await chooseScope(page, 'Edit recurring event', 'This event');
  await expect(eventsTitled(page, 'Standup')).toHaveAccessibleName(
    'Standup, Thu 18 Jun, 10:00 – 11:00',
  );

  // The agenda now starts on 15 June: the moved one, then the series as before.
  await page.getByRole('button', { name: 'Agenda' }).click();
  await expect(eventsTitled(page, 'Standup')).toHaveCount(4);
  expect(await namesOf(page, 'Standup')).toEqual([
    'Standup, Thu 18 Jun, 10:00 – 11:00',
    name('Standup', 'Wed 24 Jun'),
    name('Standup', 'Wed 1 Jul'),
    name('Standup', 'Wed 8 Jul'),
  ]);
  const exception = (await storedEvents(page)).find((e) => e.id !== master.id);
  expect(exception).toMatchObject({
    id: `${master.id}_20260617T120000Z`,
    recurringEventId: master.id,
    startMs: Date.parse('2026-06-18T10:00:00+02:00'),
  });
});
