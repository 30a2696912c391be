// The same event in two Google accounts, on the emulator: Ada organizes "Planning" at work
// and invited her other account, Bob's, which holds its own copy (same iCalUID). The grid
// shows it once, from the copy Ada organizes; the look says where the other copy is and
// opens it; an edit of the shown copy goes to Ada's calendar, and Bob's answer from the
// other copy to Bob's.
import {
  ACCOUNT,
  addAccount,
  connect,
  expect,
  googleAs,
  syncNow,
  test,
  todayAt,
} from './google-fixtures';
import { editor, eventsTitled, quickLook } from './helpers';

const BOB = { email: 'bob@example.org', name: 'Bob' };

test('an invitation from one account to the other shows once; the choice is named, and each copy edits its own account', async ({
  openApp,
  admin,
  google,
}) => {
  await admin('accounts', BOB);
  const attendees = [
    { email: ACCOUNT.email, organizer: true, responseStatus: 'accepted' },
    { email: BOB.email, responseStatus: 'needsAction' },
  ];
  const times = { start: { dateTime: todayAt(11) }, end: { dateTime: todayAt(12) } };
  const { ids } = (await admin('events', {
    calendarId: ACCOUNT.email,
    events: [{ summary: 'Planning', attendees, ...times }],
  })) as { ids: string[] };
  const adaApi = await googleAs(admin, google.url);
  const uid = (await adaApi.events.get({ calendarId: ACCOUNT.email, eventId: ids[0]! })).data
    .iCalUID!;
  const { ids: bobIds } = (await admin('events', {
    calendarId: BOB.email,
    events: [
      {
        summary: 'Planning',
        iCalUID: uid,
        organizer: { email: ACCOUNT.email },
        attendees,
        ...times,
      },
    ],
  })) as { ids: string[] };
  const bobApi = await googleAs(admin, google.url, BOB.email);

  const page = await openApp();
  await connect(page);
  const prefs = await addAccount(page, BOB.email);
  await prefs.getByRole('button', { name: 'Close' }).click();
  await syncNow(page);

  // Both copies are here; one chip, Ada's (she organizes it), naming Bob's copy.
  await expect
    .poll(() =>
      page.evaluate(
        async (u) => (await window.__almanac!.db.events.toArray()).filter((e) => e.iCalUID === u),
        uid,
      ),
    )
    .toHaveLength(2);
  await expect(eventsTitled(page, 'Planning')).toHaveCount(1);
  await eventsTitled(page, 'Planning').click();
  const look = quickLook(page, 'Planning');
  await expect(look.getByRole('definition').first()).toHaveText(ACCOUNT.email);
  await expect(look).toContainText(`Also in${BOB.email}`);

  // Edit the shown copy: the change goes to Ada's calendar, not Bob's.
  await look.getByRole('button', { name: 'Edit' }).click();
  await editor(page).getByLabel('Title').fill('Planning in room 4');
  await editor(page).getByRole('button', { name: 'Save' }).click();
  await page
    .getByRole('dialog', { name: 'Send update emails to guests?' })
    .getByRole('button', { name: "Don't send" })
    .click();
  await expect(editor(page)).toBeHidden();
  await syncNow(page);
  await expect
    .poll(
      async () =>
        (await adaApi.events.get({ calendarId: ACCOUNT.email, eventId: ids[0]! })).data.summary,
    )
    .toBe('Planning in room 4');
  expect(
    (await bobApi.events.get({ calendarId: BOB.email, eventId: bobIds[0]! })).data.summary,
  ).toBe('Planning');
  await expect(eventsTitled(page, 'Planning in room 4')).toHaveCount(1);
  await expect(eventsTitled(page, 'Planning')).toHaveCount(0);

  // The other copy, from the look, with the keyboard: Bob's, where he is a guest; his answer
  // goes to Bob's calendar. The look names Ada's copy to go back.
  await eventsTitled(page, 'Planning in room 4').click();
  const shown = quickLook(page);
  await shown.getByRole('button', { name: `Show the copy in ${BOB.email}` }).focus();
  await page.keyboard.press('Enter');
  const bobLook = quickLook(page, 'Planning');
  await expect(bobLook.getByRole('definition').first()).toHaveText(BOB.email);
  await expect(
    bobLook.getByRole('button', { name: `Show the copy in ${ACCOUNT.email}` }),
  ).toBeVisible();
  await bobLook.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(bobLook.getByRole('button', { name: 'Yes', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('Escape');
  await syncNow(page);
  await expect
    .poll(
      async () =>
        (
          await bobApi.events.get({ calendarId: BOB.email, eventId: bobIds[0]! })
        ).data.attendees?.find((a) => a.email === BOB.email)?.responseStatus,
    )
    .toBe('accepted');
  // Ada's copy did not take Bob's answer from here.
  expect(
    (await adaApi.events.get({ calendarId: ACCOUNT.email, eventId: ids[0]! })).data.attendees?.find(
      (a) => a.email === BOB.email,
    )?.responseStatus,
  ).toBe('needsAction');
  // Still one chip, still Ada's.
  await expect(eventsTitled(page, 'Planning in room 4')).toHaveCount(1);
  await expect(eventsTitled(page, 'Planning')).toHaveCount(0);
});
