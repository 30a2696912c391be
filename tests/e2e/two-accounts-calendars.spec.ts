// Two Google accounts in the sidebar and in Preferences, on the emulator: a new Google
// calendar goes to the account the person picks (starting on the account whose group's "+"
// they used), and the Google Calendar pane with both accounts fits a narrow window, every
// button in it reachable with Tab.
import type { Page } from '@playwright/test';
import { ACCOUNT, addAccount, connect, expect, googleAs, syncNow, test } from './google-fixtures';

const BOB = { email: 'bob@example.org', name: 'Bob' };

test('a new Google calendar goes to the account picked, starting on the group the person used', async ({
  openApp,
  admin,
  google,
}) => {
  await admin('accounts', BOB);
  const page = await openApp();
  await connect(page);
  const prefs = await addAccount(page, BOB.email);
  await prefs.getByRole('button', { name: 'Close' }).click();
  await syncNow(page);
  const calendarsOf = async (email: string) =>
    ((await (await googleAs(admin, google.url, email)).calendarList.list()).data.items ?? []).map(
      (c) => c.summary,
    );

  // "My calendars" +: the first account, with every account and this computer offered.
  await page.getByRole('button', { name: 'New calendar', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New calendar' });
  const where = dialog.getByLabel('Keep it');
  await expect(where).toHaveValue(ACCOUNT.email);
  await expect(where.getByRole('option')).toHaveText([
    `On Google Calendar (${ACCOUNT.email})`,
    `On Google Calendar (${BOB.email})`,
    'Only on this computer',
  ]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Bob's group's own +, from the keyboard: the dialog starts on Bob.
  const bobGroup = page.getByRole('region', { name: BOB.email, exact: true });
  await bobGroup.getByRole('button', { name: `Add a calendar to ${BOB.email}` }).focus();
  await page.keyboard.press('Enter');
  await expect(where).toHaveValue(BOB.email);
  await page.keyboard.type('Choir');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(bobGroup.getByRole('checkbox', { name: 'Choir' })).toBeVisible();
  expect(await calendarsOf(BOB.email)).toContain('Choir');
  expect(await calendarsOf(ACCOUNT.email)).not.toContain('Choir');

  // From Bob's group, the person picks Ada instead: it goes to Ada.
  await bobGroup.getByRole('button', { name: `Add a calendar to ${BOB.email}` }).click();
  await dialog.getByLabel('Name').fill('Lab');
  await where.selectOption(ACCOUNT.email);
  await dialog.getByRole('button', { name: 'Create calendar' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page
      .getByRole('region', { name: ACCOUNT.email, exact: true })
      .getByRole('checkbox', { name: 'Lab' }),
  ).toBeVisible();
  expect(await calendarsOf(ACCOUNT.email)).toContain('Lab');
  expect(await calendarsOf(BOB.email)).not.toContain('Lab');
});

test('the Google Calendar pane with two accounts at 800 and 1,440 px: nothing clipped or overlapping, every button reached with Tab', async ({
  openApp,
  admin,
}, testInfo) => {
  await admin('accounts', BOB);
  const page = await openApp();
  await connect(page);
  const prefs = await addAccount(page, BOB.email);
  const pane = prefs.getByRole('tabpanel', { name: 'Google Calendar' });
  await expect(pane.getByRole('region', { name: BOB.email, exact: true })).toBeVisible();

  for (const width of [800, 1440]) {
    await page.setViewportSize({ width, height: 700 });
    await testInfo.attach(`google-pane-${width}px`, {
      body: await prefs.screenshot({ path: testInfo.outputPath(`google-pane-${width}px.png`) }),
      contentType: 'image/png',
    });
    const layout = await paneLayout(page);
    expect(layout.buttons.length, `at ${width}px`).toBeGreaterThanOrEqual(9);
    expect(layout.sideways, `the pane scrolls sideways at ${width}px`).toBe(false);
    for (const b of layout.buttons) {
      expect(b.inside, `${b.name} inside the pane at ${width}px`).toBe(true);
      expect(b.clipped, `${b.name} clipped at ${width}px`).toBe(false);
    }
    expect(layout.overlaps, `overlapping buttons at ${width}px`).toEqual([]);
    // Each account's heading sits in line with the pane's content, not against its edge.
    for (const h of layout.headings)
      expect(h.indent, `${h.name} at ${width}px`).toBeGreaterThanOrEqual(layout.contentIndent);

    // Tab from the pane's tab goes through every button of the pane, in order of reading.
    await prefs.getByRole('tab', { name: 'Google Calendar' }).focus();
    const reached = new Set<string>();
    for (let i = 0; i < 60 && reached.size < layout.buttons.length; i++) {
      await page.keyboard.press('Tab');
      const key = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.k);
      if (key !== undefined) reached.add(key);
    }
    const missed = layout.buttons.filter((b) => !reached.has(b.key)).map((b) => b.name);
    expect(missed, `buttons Tab never reached at ${width}px`).toEqual([]);
  }
});

/** The pane's enabled buttons (each tagged for the Tab walk), where they are, and what overlaps. */
function paneLayout(page: Page) {
  return page.evaluate(() => {
    const pane = document.querySelector<HTMLElement>('[role="tabpanel"]')!;
    const box = pane.getBoundingClientRect();
    const buttons = [...pane.querySelectorAll<HTMLButtonElement>('button')].filter(
      (b) => !b.disabled && b.offsetParent !== null,
    );
    const rects = buttons.map((b) => b.getBoundingClientRect());
    const name = (b: HTMLButtonElement) => b.getAttribute('aria-label') ?? b.textContent ?? '';
    const overlaps: string[] = [];
    rects.forEach((a, i) =>
      rects.slice(i + 1).forEach((c, j) => {
        const apart =
          a.right <= c.left || c.right <= a.left || a.bottom <= c.top || c.bottom <= a.top;
        if (!apart) overlaps.push(`${name(buttons[i]!)} / ${name(buttons[i + 1 + j]!)}`);
      }),
    );
    // Where the words start (a Range over an element's contents: padding excluded).
    const left = (el: Element | null) => {
      if (!el) return 0;
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect().left - box.left;
    };
    return {
      sideways: pane.scrollWidth > pane.clientWidth,
      contentIndent: left(pane.querySelector('.google-pane')?.firstElementChild ?? null),
      headings: [...pane.querySelectorAll('h3')].map((h) => ({
        name: h.textContent ?? '',
        indent: left(h),
      })),
      overlaps,
      buttons: buttons.map((b, i) => {
        b.dataset.k = String(i);
        const r = rects[i]!;
        return {
          key: String(i),
          name: name(b),
          inside: r.left >= box.left && r.right <= box.right,
          clipped: b.scrollWidth > b.clientWidth,
        };
      }),
    };
  });
}
