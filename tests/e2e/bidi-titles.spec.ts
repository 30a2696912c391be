// A right-to-left override in someone else's title or name could make "‮gnp.exe" read as
// "exe.png". Titles on the grid, in the editor, guests' names and the sync log's lines are
// shown without direction controls, while the event keeps every character it has.
import { ACCOUNT, connect, expect, test, todayAt } from './google-fixtures';
import { openEditor } from './helpers';

const RLO = '\u202E';
const PDF = '\u202C';

test('direction controls in a title or a name are not shown, and stay stored', async ({
  openApp,
  admin,
}) => {
  await admin('accounts', { email: 'mallory@example.com', name: 'Mallory' });
  await admin('events', {
    calendarId: ACCOUNT.email,
    events: [
      {
        summary: `Invoice ${RLO}gnp.exe${PDF}`,
        organizer: { email: 'mallory@example.com', displayName: 'Mallory' },
        attendees: [
          {
            email: 'mallory@example.com',
            displayName: `${RLO}nimdA${PDF} Mallory`,
            responseStatus: 'accepted',
          },
          { email: ACCOUNT.email, responseStatus: 'needsAction' },
        ],
        start: { dateTime: todayAt(11) },
        end: { dateTime: todayAt(12) },
      },
    ],
  });
  const page = await openApp();
  await connect(page);

  const chip = page.getByRole('button', { name: /^Invoice gnp\.exe/ });
  await expect(chip).toBeVisible();
  expect(await chip.innerText()).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  expect(await chip.innerText()).toContain('Invoice gnp.exe');

  await openEditor(page, chip);
  const editor = page.getByRole('dialog', { name: 'Event' });
  await expect(editor.getByLabel('Title')).toHaveValue('Invoice gnp.exe');
  const guests = editor.getByRole('list', { name: 'Guest list' });
  await expect(guests).toContainText('nimdA Mallory <mallory@example.com>');
  expect(await guests.innerText()).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);

  // Stored as Google sent it.
  const stored = await page.evaluate(async () =>
    (await window.__almanac!.db.events.toArray()).map((e) => e.summary),
  );
  expect(stored).toContain(`Invoice ${RLO}gnp.exe${PDF}`);
});
