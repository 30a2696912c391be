// Google's 410 ("start over") through the real UI: the full resync keeps changes still
// waiting here, and when it finds most of the calendar gone from Google it asks before
// removing anything — "Keep them" keeps them (and asks again next time), "Remove" removes.
import { connect, expect, googleAs, syncNow, test, todayAt } from './google-fixtures';
import { eventsTitled } from './helpers';

test('a full resync that would remove most of the calendar asks first: Keep them keeps, Remove removes', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  const ids: string[] = [];
  for (const [i, title] of ['Alpha', 'Beta', 'Gamma', 'Delta'].entries()) {
    const made = await api.events.insert({
      calendarId: 'primary',
      requestBody: {
        summary: title,
        start: { dateTime: todayAt(8 + i * 2) },
        end: { dateTime: todayAt(9 + i * 2) },
      },
    });
    ids.push(made.data.id!);
  }
  const page = await openApp();
  await connect(page);
  await expect(eventsTitled(page, 'Delta')).toBeVisible();

  // Three of four go while Google also forgets this computer's place in its change list.
  for (const id of ids.slice(0, 3)) await api.events.delete({ calendarId: 'primary', eventId: id });
  await admin('sync-tokens/expire', {});
  await syncNow(page, { untilNothingWaits: false });
  const question = page.getByRole('dialog', { name: 'Remove events Google no longer has?' });
  await expect(question).toContainText('Google Calendar no longer has 3 of the 4 events');
  await question.getByRole('button', { name: 'Keep them' }).click();
  for (const title of ['Alpha', 'Beta', 'Gamma', 'Delta'])
    await expect(eventsTitled(page, title)).toBeVisible();

  await syncNow(page, { untilNothingWaits: false });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Remove' }).click();
  await expect(question).toBeHidden();
  for (const title of ['Alpha', 'Beta', 'Gamma'])
    await expect(eventsTitled(page, title)).toHaveCount(0);
  await expect(eventsTitled(page, 'Delta')).toBeVisible();
  // The next sync is an ordinary one again: nothing more to ask.
  await syncNow(page);
  await expect(question).toBeHidden();
});
