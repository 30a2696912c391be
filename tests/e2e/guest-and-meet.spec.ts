// A guest's answer and Google Meet through the real UI: answering "Going?" on someone else's
// event reaches Google as the user's own responseStatus (for a repeating event, on one
// occurrence or on the series), and "Add Google Meet video conferencing" makes Google create
// a Meet link that the editor then offers to join, on a single event or a whole series.
import {
  ACCOUNT,
  connect,
  expect,
  googleAs,
  inviteFromOlga,
  syncNow,
  test,
} from './google-fixtures';
import { createEvent, editor, NOW, openEditor } from './helpers';

test("as a guest: Yes on someone else's event reaches Google as my answer, and the organizer's fields are read-only", async ({
  openApp,
  admin,
  google,
}) => {
  const ids = [await inviteFromOlga(admin)];
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);

  await openEditor(page, page.getByRole('button', { name: /^Olga's review/ }));
  const editor = page.getByRole('dialog', { name: 'Event' });
  await expect(editor.getByText('Only the organizer can change this event.')).toBeVisible();
  await expect(editor.getByLabel('Title')).not.toBeEditable();
  await expect(editor.getByLabel('Location')).not.toBeEditable();
  const yes = editor.getByRole('button', { name: 'Yes', exact: true });
  await expect(yes).toHaveAttribute('aria-pressed', 'false');
  await yes.click();
  await expect(yes).toHaveAttribute('aria-pressed', 'true');
  await expect(editor.getByRole('button', { name: 'Maybe', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  // No question about guest emails: Google tells the organizer by itself.
  await expect(page.getByRole('dialog', { name: 'Send update emails to guests?' })).toHaveCount(0);
  await editor.getByRole('button', { name: 'Cancel' }).click();

  await syncNow(page);
  const onGoogle = await api.events.get({ calendarId: 'primary', eventId: ids[0]! });
  expect(onGoogle.data.attendees?.find((a) => a.email === ACCOUNT.email)?.responseStatus).toBe(
    'accepted',
  );
  expect(onGoogle.data.summary).toBe("Olga's review");

  // Reopened after the sync, the answer is still Yes.
  await openEditor(page, page.getByRole('button', { name: /^Olga's review/ }));
  await expect(editor.getByRole('button', { name: 'Yes', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('Add Google Meet video conferencing: Google creates a Meet link and the editor offers to join it', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);

  await page.getByRole('button', { name: 'New event' }).click();
  const editor = page.getByRole('dialog', { name: 'Event' });
  await editor.getByLabel('Title').fill('Video call');
  await editor.getByRole('checkbox', { name: 'Add Google Meet video conferencing' }).check();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toHaveCount(0);
  await syncNow(page);

  const listed = await api.events.list({ calendarId: 'primary' });
  const onGoogle = listed.data.items?.find((e) => e.summary === 'Video call');
  expect(onGoogle?.hangoutLink).toMatch(/^https:\/\/meet\.google\.com\//);

  await syncNow(page);
  await openEditor(page, page.getByRole('button', { name: /^Video call/ }));
  const join = editor.getByRole('link', { name: 'Join with Google Meet' });
  await expect(join).toBeVisible();
  await expect(join).toHaveAttribute('href', onGoogle!.hangoutLink!);
  await expect(
    editor.getByRole('checkbox', { name: 'Add Google Meet video conferencing' }),
  ).toHaveCount(0);
});

test('as a guest of a repeating event: "This event" answers one occurrence on Google, "All events" the series', async ({
  page,
  openApp,
  admin,
  google,
}) => {
  await page.clock.setFixedTime(new Date(NOW));
  await admin('accounts', { email: 'olga@example.com', name: 'Olga' });
  const { ids } = (await admin('events', {
    calendarId: ACCOUNT.email,
    events: [
      {
        summary: 'Weekly review',
        organizer: { email: 'olga@example.com', displayName: 'Olga' },
        attendees: [
          { email: 'olga@example.com', responseStatus: 'accepted' },
          { email: ACCOUNT.email, responseStatus: 'needsAction' },
        ],
        start: { dateTime: '2026-06-11T11:00:00+02:00', timeZone: 'Europe/Berlin' },
        end: { dateTime: '2026-06-11T12:00:00+02:00', timeZone: 'Europe/Berlin' },
        recurrence: ['RRULE:FREQ=WEEKLY;COUNT=4'],
      },
    ],
  })) as { ids: string[] };
  const api = await googleAs(admin, google.url);
  await openApp();
  await connect(page);
  await page.getByRole('button', { name: 'Agenda' }).click();
  const answers = async () =>
    (
      (await api.events.instances({ calendarId: 'primary', eventId: ids[0]! })).data.items ?? []
    ).map((i) => i.attendees?.find((a) => a.email === ACCOUNT.email)?.responseStatus);
  const answer = async (day: string, label: string, scope: string) => {
    await openEditor(
      page,
      page.getByRole('button', { name: `Weekly review, ${day}, 11:00 – 12:00` }),
    );
    await editor(page).getByRole('button', { name: label, exact: true }).click();
    const question = page.getByRole('dialog', { name: 'Respond to recurring event' });
    // A guest cannot split the organizer's series: no "This and following events".
    await expect(question.getByRole('radio')).toHaveCount(2);
    await expect(question.getByRole('radio', { name: 'This and following events' })).toHaveCount(0);
    await question.getByRole('radio', { name: scope }).check();
    await question.getByRole('button', { name: 'OK' }).click();
    await expect(editor(page).getByRole('button', { name: label, exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await editor(page).getByRole('button', { name: 'Cancel' }).click();
  };

  await answer('Thu 18 Jun', 'No', 'This event');
  await syncNow(page);
  expect(await answers()).toEqual(['needsAction', 'declined', 'needsAction', 'needsAction']);

  await answer('Thu 11 Jun', 'Yes', 'All events');
  await syncNow(page);
  expect(await answers()).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
});

test('Add Google Meet on a repeating event ("All events") gives the series one Meet link on Google', async ({
  page,
  openApp,
  admin,
  google,
}) => {
  await page.clock.setFixedTime(new Date(NOW));
  const api = await googleAs(admin, google.url);
  await openApp();
  await connect(page);
  await createEvent(page, {
    title: 'Office hours',
    date: '2026-06-12',
    from: '15:00',
    to: '16:00',
    repeat: 'Weekly on Friday',
  });
  await syncNow(page);
  await page.getByRole('button', { name: 'Agenda' }).click();

  await openEditor(page, page.getByRole('button', { name: /^Office hours, Fri 19 Jun/ }));
  await editor(page).getByRole('checkbox', { name: 'Add Google Meet video conferencing' }).check();
  await editor(page).getByRole('button', { name: 'Save' }).click();
  const question = page.getByRole('dialog', { name: 'Edit recurring event' });
  await question.getByRole('radio', { name: 'All events' }).check();
  await question.getByRole('button', { name: 'OK' }).click();
  await syncNow(page);

  const [series] = ((await api.events.list({ calendarId: 'primary' })).data.items ?? []).filter(
    (e) => e.summary === 'Office hours',
  );
  expect(series?.hangoutLink).toMatch(/^https:\/\/meet\.google\.com\//);
  const instances =
    (await api.events.instances({ calendarId: 'primary', eventId: series!.id! })).data.items ?? [];
  expect(new Set(instances.map((i) => i.hangoutLink))).toEqual(new Set([series!.hangoutLink]));

  await syncNow(page);
  await openEditor(page, page.getByRole('button', { name: /^Office hours, Fri 26 Jun/ }));
  await expect(editor(page).getByRole('link', { name: 'Join with Google Meet' })).toHaveAttribute(
    'href',
    series!.hangoutLink!,
  );
});
