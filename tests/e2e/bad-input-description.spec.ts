// HTML with script in a description that arrives from Google (someone else's invitation):
// after a sync the event opens, its text shows, and nothing in it runs — not an inline
// script, not an event handler, not a javascript: link, not an SVG or iframe payload.
import { connect, expect, googleAs, test, todayAt } from './google-fixtures';
import { openEditor } from './helpers';

const PAYLOAD = [
  '<p>Agenda item one</p>',
  '<img src=x onerror="window.__pwned = (window.__pwned || []).concat(\'img\')">',
  '<script>window.__pwned = (window.__pwned || []).concat("script")</script>',
  '<svg><script>window.__pwned = (window.__pwned || []).concat("svg-script")</script></svg>',
  '<svg onload="window.__pwned = (window.__pwned || []).concat(\'svg\')"></svg>',
  '<iframe srcdoc="<script>parent.__pwned = (parent.__pwned || []).concat(\'iframe\')</script>"></iframe>',
  '<a id="evil-link" href="javascript:window.__pwned = (window.__pwned || []).concat(\'link\')">Click me</a>',
  '<div style="background:url(javascript:alert(1))" onmouseover="window.__pwned = (window.__pwned || []).concat(\'hover\')">Hover here</div>',
  '<form action="javascript:alert(1)"><button>Send</button></form>',
  '<p><b>Bold stays</b></p>',
].join('');

test('a description with script from Google is shown sanitized and never runs', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);

  const page = await openApp();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await connect(page);

  await api.events.insert({
    calendarId: 'primary',
    requestBody: {
      summary: 'Invitation from outside',
      description: PAYLOAD,
      start: { dateTime: todayAt(9) },
      end: { dateTime: todayAt(10) },
    },
  });
  await page.getByRole('button', { name: 'Sync with Google' }).click();
  await openEditor(page, page.getByRole('button', { name: /^Invitation from outside/ }));

  const editor = page.getByRole('dialog', { name: 'Event' });
  const description = editor.getByRole('textbox', { name: 'Description' });
  await expect(description).toContainText('Agenda item one');
  await expect(description).toContainText('Bold stays');
  await expect(description.locator('b')).toHaveText('Bold stays');
  // What could run is gone from the DOM.
  await expect(
    description.locator('script, iframe, svg, form, [onerror], [onload], [onmouseover]'),
  ).toHaveCount(0);
  await expect(description.locator('a[href^="javascript:"]')).toHaveCount(0);
  // And poking at what is left runs nothing either.
  await description.getByText('Hover here').hover();
  await description.getByText('Click me').click();
  await page.waitForTimeout(300);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: string[] }).__pwned ?? []),
  ).toEqual([]);
  expect(dialogs).toEqual([]);
  // The page is still ours and still works.
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\//);
  await editor.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: /^Invitation from outside/ })).toBeVisible();
});
