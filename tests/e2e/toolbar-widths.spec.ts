// The toolbar at laptop widths: at 800, 1,024, 1,280 and 1,440 px every toolbar button is visible
// and inside the window, nothing scrolls sideways, the title is shown whole (shortened when
// narrow), and the sync status folds into an icon whose tooltip has its words. Screenshots of
// each width are attached to the test's results.
import type { Page } from '@playwright/test';
import { connect, DESKTOP, enterCredentials, expect, signIn, test } from './google-fixtures';

test('every toolbar control is visible and inside the window at 800, 1,024, 1,280 and 1,440 px', async ({
  openApp,
}, testInfo) => {
  const page = await openApp();
  await connect(page);
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Month' }).click();

  for (const width of [800, 1024, 1280, 1440]) {
    await page.setViewportSize({ width, height: 800 });
    const toolbar = page.locator('header.toolbar');
    await testInfo.attach(`toolbar-${width}px`, {
      body: await toolbar.screenshot({ path: testInfo.outputPath(`toolbar-${width}px.png`) }),
      contentType: 'image/png',
    });

    const buttons = toolbar.getByRole('button');
    const count = await buttons.count();
    expect(count).toBeGreaterThanOrEqual(10);
    for (let i = 0; i < count; i++) {
      const button = buttons.nth(i);
      await expect(button, `button ${i} at ${width}px`).toBeVisible();
      const box = (await button.boundingBox())!;
      const name = await button.innerText();
      expect(box.x, `${name} at ${width}px`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${name} at ${width}px`).toBeLessThanOrEqual(width);
    }
    // Nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    // The title is whole, not cut off.
    const title = page.getByRole('heading', { level: 1 });
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await expect(title).toHaveText(
      width <= 1100 ? /^[A-Z][a-z]{2,3} \d{4}$/ : /^[A-Z][a-z]+ \d{4}$/,
    );
    // The week's longer title fits too.
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Week' }).click();
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth), `at ${width}px`).toBe(
      true,
    );
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Month' }).click();

    // The status: words when there is room (1,440 px), else an icon whose tooltip has them.
    const icon = toolbar.locator('.sync-status-icon');
    if (width < 1280) {
      await expect(icon).toBeVisible();
      await expect(icon).toHaveAttribute('title', /Connected as ada@example.com/);
    } else if (width === 1440) {
      await expect(icon).toBeHidden();
      await expect(toolbar.getByText('Connected as ada@example.com')).toBeVisible();
    }
  }
});

test('a week spanning two years shows its title whole at every width, shortened as needed, with every toolbar button in the window', async ({
  page,
  openApp,
}) => {
  // Wednesday 30 December 2026: its week runs from 28 Dec 2026 to 3 Jan 2027 (en-GB, the
  // tests' locale, writes the day first).
  await page.clock.setFixedTime(new Date('2026-12-30T10:00:00+01:00'));
  await openApp();
  await connect(page);
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Week' }).click();
  const title = page.getByRole('heading', { level: 1 });
  const toolbar = page.locator('header.toolbar');
  for (const width of [800, 900, 1024, 1180, 1280, 1440]) {
    await page.setViewportSize({ width, height: 800 });
    // At 800 px the first year may go; the whole range is always in the tooltip.
    if (width === 800) await expect(title).toHaveText(/^28 Dec( 2026)?\s–\s3 Jan 2027$/);
    else
      await expect(title).toHaveText(
        /^(28 Dec 2026\s–\s3 Jan 2027|28 Dec\s–\s3 Jan 2027|Dec 2026\s–\sJan 2027|Dec – Jan 2027)$/,
      );
    await expect(title).toHaveAttribute('title', /^28 Dec 2026\s–\s3 Jan 2027$/);
    await expect
      .poll(() => title.evaluate((el) => el.scrollWidth <= el.clientWidth), {
        message: `title whole at ${width}px`,
      })
      .toBe(true);
    const buttons = toolbar.getByRole('button');
    const count = await buttons.count();
    expect(count).toBeGreaterThanOrEqual(10);
    for (let i = 0; i < count; i++) {
      const button = buttons.nth(i);
      await expect(button).toBeVisible();
      const box = (await button.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `button ${i} at ${width}px`).toBeLessThanOrEqual(width);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
  }
});

test('in French, connected, the title keeps room for a month and a year beside the longer controls at 1,280 and 1,440 px', async ({
  page,
  openApp,
}) => {
  await openApp();
  await connect(page);
  await page.getByRole('button', { name: 'Preferences' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByLabel('Language and region').selectOption('fr-FR');
  await prefs.getByRole('button', { name: 'Save' }).click();
  await expect(prefs).toBeHidden();
  const views = page.getByRole('group', { name: 'Vue' });
  await views.getByRole('button', { name: 'Mois' }).click();
  const title = page.getByRole('heading', { level: 1 });
  for (const width of [1280, 1440]) {
    await page.setViewportSize({ width, height: 800 });
    // A month and a year, whole: the search field gives way before the title does.
    await expect(title, `at ${width}px`).toHaveText(/^\p{L}+\.? \d{4}$/u);
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth), `at ${width}px`).toBe(
      true,
    );
    // The view switch keeps its size: every view's name whole.
    expect(await views.evaluate((el) => el.scrollWidth <= el.clientWidth), `at ${width}px`).toBe(
      true,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
  }
});

// Every width from 800 to 1,440 px (in steps, and on each side of the layout's breakpoints),
// in English and in French, before and after connecting: no control leaves the window or is
// cut (the range title included, in its form that fits), and nothing scrolls sideways.
const SWEEP = [
  800, 840, 880, 900, 901, 940, 980, 1024, 1060, 1100, 1101, 1140, 1180, 1220, 1280, 1340, 1400,
  1401, 1440,
];

async function expectToolbarFits(page: Page, label: string): Promise<void> {
  for (const width of SWEEP) {
    await page.setViewportSize({ width, height: 800 });
    expect(await toolbarProblems(page), `${label} at ${width}px`).toEqual([]);
  }
}

/** What is wrong with the toolbar as painted: controls out of the window, cut or covered. */
function toolbarProblems(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    // As painted: after the frame that follows the resize.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const found: string[] = [];
    const bar = document.querySelector('header.toolbar')!;
    const right = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > right) found.push('the page scrolls sideways');
    if (bar.scrollWidth > bar.clientWidth) found.push('the toolbar overflows');
    for (const el of bar.querySelectorAll<HTMLElement>('button, .segmented, h1')) {
      const box = el.getBoundingClientRect();
      const name = el.getAttribute('aria-label') ?? el.textContent ?? el.tagName;
      if (box.width === 0) found.push(`${name} is not shown`);
      if (box.left < 0 || box.right > right + 0.5) found.push(`${name} leaves the window`);
      if (el.scrollWidth > el.clientWidth + 1) found.push(`${name} is cut`);
    }
    // Sibling controls do not cover each other.
    const controls = [...bar.querySelectorAll<HTMLElement>('.toolbar-group > *')].filter(
      (el) => el.getBoundingClientRect().width > 0 && getComputedStyle(el).position !== 'absolute',
    );
    controls.forEach((after, i) => {
      const before = controls[i - 1];
      if (!before || before.parentElement !== after.parentElement) return;
      if (after.getBoundingClientRect().left < before.getBoundingClientRect().right - 0.5)
        found.push(`${after.className} covers ${before.className}`);
    });
    return found;
  });
}

async function chooseFrench(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Preferences' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByLabel('Language and region').selectOption('fr-FR');
  await prefs.getByRole('button', { name: 'Save' }).click();
  await expect(prefs).toBeHidden();
  await expect(page.getByRole('button', { name: 'Nouvel événement', exact: true })).toBeVisible();
}

// Each sweep lays the window out at 19 widths: one state or two per test keeps each well
// inside the test's time on a busy machine.
test('in English, connected or not, the toolbar fits at every width from 800 to 1,440 px', async ({
  page,
  openApp,
}) => {
  await openApp();
  await expectToolbarFits(page, 'English, not connected');
  await enterCredentials(page, DESKTOP);
  await expectToolbarFits(page, 'English, credentials entered');
  await signIn(page);
  await expectToolbarFits(page, 'English, connected');
});

test('in French, connected, the toolbar fits at every width from 800 to 1,440 px in week and month', async ({
  page,
  openApp,
}) => {
  await openApp();
  await enterCredentials(page, DESKTOP);
  await signIn(page);
  await chooseFrench(page);
  await expect(page.getByRole('button', { name: 'Synchroniser avec Google' })).toBeVisible();
  for (const view of ['Semaine', 'Mois']) {
    await page.getByRole('group', { name: 'Vue' }).getByRole('button', { name: view }).click();
    await expectToolbarFits(page, `French, connected, ${view}`);
  }
});

test('in French before connecting, the toolbar fits at every width from 800 to 1,440 px', async ({
  page,
  openApp,
}) => {
  await openApp();
  await enterCredentials(page, DESKTOP);
  await chooseFrench(page);
  await expectToolbarFits(page, 'French, credentials entered');
});

// The window keeps its width while the sync control changes its words (main's answer after
// start-up, a sign-in): the toolbar fits again without a resize to prompt it.
test('the toolbar fits after the sync control changes at a width it keeps', async ({
  page,
  openApp,
}) => {
  // At 1,024 px, Month's short title leaves the controls their folded density, the search
  // field at its least: the status icon appearing beside Sync is what no longer fits.
  await page.setViewportSize({ width: 1024, height: 800 });
  await openApp();
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Month' }).click();
  await enterCredentials(page, DESKTOP);
  await signIn(page);
  await expect(page.locator('.sync-status-icon')).toBeVisible();
  await expect.poll(() => toolbarProblems(page), { message: 'after signing in' }).toEqual([]);
  await page.reload();
  await expect(page.locator('.sync-status-icon')).toHaveAttribute('title', /Connected as/);
  await expect.poll(() => toolbarProblems(page), { message: 'after a reload' }).toEqual([]);
});
