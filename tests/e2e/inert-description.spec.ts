// An invitation's description is someone else's HTML. Seeded on Google with a link styled to
// cover the whole window (and a copy that borrows a class instead of a style attribute, plus
// form controls dressed as answer buttons), it syncs in, opens read-only, and stays inert:
// clicks all across the editor leave Almanac on its own page, only a click on the link
// itself (inside the description's box) opens it, in a new tab, and Yes, Maybe and No answer.
import type { Page } from '@playwright/test';
import { ACCOUNT, connect, expect, test, todayAt } from './google-fixtures';
import { openEditor, refuseOpeningLinks } from './helpers';

const PHISH = 'https://attacker.example/phish';
const DESCRIPTION = [
  '<p>Agenda for the review</p>',
  `<a href="${PHISH}" style="position:fixed;inset:0;z-index:2147483647;display:block;background:rgba(255,0,0,0.02)">Open the agenda</a>`,
  `<a href="${PHISH}-by-class" class="dialog-backdrop toolbar editor">borrowed styles</a>`,
  '<input value="Fake field"><button type="button">Yes</button><select><option>x</option></select>',
  '<form><textarea>fake</textarea></form>',
  '<p><a href="https://example.com/notes">Meeting notes</a> and <a href="http://plain.example/">a plain-http link</a></p>',
].join('');

test("a description's link can neither cover the window nor take Almanac's tab; the answers still work", async ({
  openApp,
  admin,
}) => {
  await admin('accounts', { email: 'mallory@example.com', name: 'Mallory' });
  await admin('events', {
    calendarId: ACCOUNT.email,
    events: [
      {
        summary: 'Quarterly review',
        description: DESCRIPTION,
        organizer: { email: 'mallory@example.com', displayName: 'Mallory' },
        attendees: [
          { email: 'mallory@example.com', responseStatus: 'accepted' },
          { email: ACCOUNT.email, responseStatus: 'needsAction' },
        ],
        start: { dateTime: todayAt(11) },
        end: { dateTime: todayAt(12) },
      },
    ],
  });
  const page = await openApp();
  const appUrl = page.url();
  const opened: string[] = [];
  page.context().on('page', (tab) => opened.push(tab.url()));
  // Nothing leaves the machine: any https page a tab opens is answered here.
  await page
    .context()
    .route(/^https:\/\//, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Elsewhere</title>' }),
    );
  await connect(page);

  await openEditor(page, page.getByRole('button', { name: /^Quarterly review/ }));
  const editor = page.getByRole('dialog', { name: 'Event' });
  const description = editor.getByRole('textbox', { name: 'Description' });
  await expect(description).toContainText('Agenda for the review');
  await expect(
    description.locator('[style], [class], input, button, select, textarea, form'),
  ).toHaveCount(0);
  for (const link of await description.locator('a').all())
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');

  // Clicks all across the editor, except on its own controls: none may leave this page or
  // open anything, unless it lands on a link inside the description's box.
  const box = (await description.boundingBox())!;
  const area = (await editor.boundingBox())!;
  const insideDescription = (x: number, y: number) =>
    x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
  let clicked = 0;
  for (let row = 1; row < 8; row++)
    for (let col = 1; col < 6; col++) {
      const x = area.x + (area.width * col) / 6;
      const y = area.y + (area.height * row) / 8;
      if (await isOwnControl(page, x, y)) continue;
      const before = opened.length;
      await page.mouse.click(x, y);
      clicked++;
      await expect(page).toHaveURL(appUrl.replace(/#.*$/, ''));
      if (!insideDescription(x, y)) expect(opened.length, `a click at ${x},${y}`).toBe(before);
      await expect(editor).toBeVisible();
    }
  expect(clicked).toBeGreaterThan(10);

  // The link itself opens, in a new tab, through the app; the tab stays on Almanac.
  const tab = page.context().waitForEvent('page');
  await description.getByRole('link', { name: 'Meeting notes' }).click();
  const notes = await tab;
  await notes.waitForLoadState();
  expect(notes.url()).toBe('https://example.com/notes');
  // A plain-http link is shown but not followed.
  const countBefore = opened.length;
  await description.getByRole('link', { name: 'a plain-http link' }).click();
  await page.waitForTimeout(300);
  expect(opened.length).toBe(countBefore);
  await expect(page).toHaveURL(appUrl.replace(/#.*$/, ''));

  for (const answer of ['Yes', 'Maybe', 'No']) {
    const button = editor.getByRole('button', { name: answer, exact: true });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }
  await expect(page).toHaveURL(appUrl.replace(/#.*$/, ''));
});

/** True when the point is on one of the editor's own buttons, fields or labels. */
function isOwnControl(page: Page, x: number, y: number): Promise<boolean> {
  return page.evaluate(
    ([px, py]) => {
      const hit = document.elementFromPoint(px as number, py as number);
      if (!hit) return true;
      if (hit.closest('.rich-text')) return false;
      return Boolean(
        hit.closest('button, input, select, textarea, label, a, summary, [role="button"]'),
      );
    },
    [x, y],
  );
}

test('a link the browser cannot open says why, under the link, in the editor', async ({
  page,
  openApp,
  admin,
}) => {
  await admin('events', {
    calendarId: ACCOUNT.email,
    events: [
      {
        summary: 'Planning',
        description: '<p><a href="https://example.com/plan">The plan</a></p>',
        start: { dateTime: todayAt(11) },
        end: { dateTime: todayAt(12) },
      },
    ],
  });
  await refuseOpeningLinks(page);
  await openApp();
  await connect(page);
  await openEditor(page, page.getByRole('button', { name: /^Planning/ }));
  const editor = page.getByRole('dialog', { name: 'Event' });
  await editor
    .getByRole('textbox', { name: 'Description' })
    .getByRole('link', { name: 'The plan' })
    .click({ modifiers: ['ControlOrMeta'] });
  await expect(editor.getByRole('alert')).toHaveText(
    'Could not open https://example.com/plan in your browser. Copy the address instead.',
  );
  await expect(editor).toBeVisible();
});
