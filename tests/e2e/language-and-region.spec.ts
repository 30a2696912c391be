// The language and the region, as a person meets them: a browser in French shows French words,
// 24-hour times and weeks from Monday; in American English 12-hour times and weeks from
// Sunday; in German, German dates with English words (there is no German catalogue). A
// language chosen in Preferences changes words and dates at once, Reset Account included;
// and a right-to-left language turns the layout without breaking the toolbar or the grid.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { NOW } from './helpers';

/** Opens the app at Wednesday 10 June 2026, 10:00 Berlin, waiting for the "new event" button. */
async function openIn(page: Page, url: string, newEvent: string): Promise<Page> {
  await page.clock.setFixedTime(new Date(NOW));
  await page.goto(url);
  await expect(page.getByRole('button', { name: newEvent, exact: true })).toBeVisible();
  return page;
}

/**
 * The weekdays of the grid's column headers in their order ("mon"…): FullCalendar's in day and
 * week (its `fc-day-mon` classes), the month grid's (`data-weekday`) in month.
 */
async function headerDays(page: Page): Promise<string[]> {
  return page
    .locator('th.fc-col-header-cell, .month-weekday')
    .evaluateAll((cells) =>
      cells.map(
        (c) =>
          (c as HTMLElement).dataset.weekday ??
          [...c.classList]
            .find((n) => /^fc-day-(mon|tue|wed|thu|fri|sat|sun)$/.test(n))
            ?.slice('fc-day-'.length) ??
          '',
      ),
    );
}

test.describe('a browser in French (fr-FR)', () => {
  test.use({ locale: 'fr-FR' });

  test('the views, the editor and Preferences speak French, with 24-hour times and weeks from Monday', async ({
    page,
    shell,
  }) => {
    await openIn(page, shell.url, 'Nouvel événement');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
    const toolbar = page.locator('header.toolbar');
    await expect(toolbar.getByRole('button', { name: 'Aujourd’hui' })).toBeVisible();
    const views = toolbar.getByRole('group', { name: 'Vue' });
    await expect(views.getByRole('button', { name: 'Semaine' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    // Week: Monday 8 to Sunday 14 June, hours 00–23.
    const title = page.getByRole('heading', { level: 1 });
    // The French toolbar's longer words may leave room for a shorter form; the whole range is
    // the tooltip either way.
    await expect(title).toHaveAttribute('title', /^8\s?–\s?14 juin 2026$/);
    await expect(title).toHaveText(/^(8\s?–\s?14 juin 2026|juin 2026)$/);
    expect((await headerDays(page))[0]).toBe('mon');
    await expect(page.locator('td.fc-timegrid-slot-label[data-time="14:00:00"]')).toHaveText(
      '14:00',
    );
    await expect(page.getByText(/\b(AM|PM)\b/)).toHaveCount(0);

    // Month and agenda in French.
    await views.getByRole('button', { name: 'Mois' }).click();
    await expect(title).toHaveText('juin 2026');
    expect((await headerDays(page))[0]).toBe('mon');
    await views.getByRole('button', { name: 'Planning' }).click();
    await expect(page.locator('.fc-list')).toContainText(/Rien de prévu|juin/);
    await expect(page.getByRole('region', { name: 'Mini-calendrier' })).toContainText('juin 2026');

    // The editor: French labels, the date in French order, the time in 24 hours.
    await page.getByRole('button', { name: 'Nouvel événement', exact: true }).click();
    const editor = page.getByRole('dialog', { name: 'Événement' });
    await expect(editor.getByRole('heading', { name: 'Nouvel événement' })).toBeVisible();
    await expect(editor.getByLabel('Début', { exact: true })).toHaveValue('10/06/2026');
    await expect(editor.getByLabel('Heure de début')).toHaveValue('11:00');
    await editor.getByLabel('Titre').fill('Réunion');
    // The time zones are named in French; the English name still finds one.
    const zone = editor.getByRole('combobox', { name: 'Fuseau horaire' });
    await expect(editor.getByText('UTC+02:00 · heure d’été d’Europe centrale')).toBeVisible();
    await zone.fill('India Standard');
    await expect(editor.getByRole('option').first()).toContainText(
      /^\(UTC\+05:30\) Asia\/Kolkata heure .*Inde$/,
    );
    await expect(editor.getByRole('listbox').getByText(/\bTime\b/)).toHaveCount(0);
    await zone.press('Escape');
    await expect(zone).toHaveValue('Europe/Berlin');
    // Typed the French way: 12 June.
    await editor.getByLabel('Début', { exact: true }).fill('12/06/2026');
    await editor.getByLabel('Heure de début').fill('14:30');
    await editor.getByLabel('Heure de fin').fill('15:30');
    await editor.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(editor).toBeHidden();
    await views.getByRole('button', { name: 'Semaine' }).click();
    await expect(
      page.getByRole('button', { name: /^Réunion, ven\. 12 juin, 14:30 – 15:30$/ }),
    ).toBeVisible();

    // Preferences → General in French.
    await toolbar.getByRole('button', { name: 'Préférences' }).click();
    const prefs = page.getByRole('dialog', { name: 'Préférences' });
    await expect(prefs.getByRole('tab', { name: 'Général' })).toBeVisible();
    await expect(prefs.getByLabel('Langue et région')).toHaveValue('');
    await expect(prefs.getByLabel('La semaine commence le')).toContainText(
      'Comme la région (lundi)',
    );
    await prefs.getByRole('tab', { name: 'Affichage' }).click();
    await expect(prefs.getByText('Masquer les week-ends')).toBeVisible();
  });
});

test.describe('a browser in American English (en-US)', () => {
  test.use({ locale: 'en-US' });

  test('12-hour times and weeks from Sunday', async ({ page, shell }) => {
    await openIn(page, shell.url, 'New event');
    const title = page.getByRole('heading', { level: 1 });
    // The week of Wednesday 10 June starts on Sunday 7 June.
    await expect(title).toHaveText(/^Jun 7\s?–\s?13, 2026$/);
    expect((await headerDays(page))[0]).toBe('sun');
    await expect(page.locator('td.fc-timegrid-slot-label[data-time="14:00:00"]')).toHaveText(
      /^2:00\sPM$/i,
    );
    await page.getByRole('button', { name: 'New event', exact: true }).click();
    const editor = page.getByRole('dialog', { name: 'Event' });
    await expect(editor.getByLabel('Start', { exact: true })).toHaveValue('6/10/2026');
    await expect(editor.getByLabel('From time')).toHaveValue(/^11:00\sAM$/);
    await editor.getByLabel('Title').fill('Dentist');
    await editor.getByLabel('From time').fill('2:30 PM');
    await editor.getByLabel('To time').fill('3:30 PM');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(
      page.getByRole('button', { name: /^Dentist, Wed, Jun 10, 2:30\sPM – 3:30\sPM$/ }),
    ).toBeVisible();
    // Nothing on the grid is written in 24 hours.
    await expect(
      page.locator('.fc-timegrid-slot-label').getByText(/^(1[3-9]|2[0-3]):00$/),
    ).toHaveCount(0);
  });
});

test.describe('a browser in German (de-DE), a language without its own words', () => {
  test.use({ locale: 'de-DE' });

  test('German date formats with English words', async ({ page, shell }) => {
    await openIn(page, shell.url, 'New event');
    await expect(page.getByRole('button', { name: 'Today' })).toBeVisible();
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toHaveText(/^8\.\s?–\s?14\. Juni 2026$/);
    expect((await headerDays(page))[0]).toBe('mon');
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Month' }).click();
    await expect(title).toHaveText('Juni 2026');
    await page.getByRole('button', { name: 'New event', exact: true }).click();
    const editor = page.getByRole('dialog', { name: 'Event' });
    await expect(editor.getByLabel('Start', { exact: true })).toHaveValue('10.6.2026');
    await expect(editor.getByLabel('From time')).toHaveValue('11:00');
  });
});

test('choosing French in Preferences changes the words and the dates at once, without a restart', async ({
  page,
  ownShell,
}) => {
  await openIn(page, ownShell.url, 'New event');
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText(/Jun 2026$/);
  await page.getByRole('button', { name: 'Preferences' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByLabel('Language and region').selectOption('fr-FR');
  await prefs.getByLabel('Time format').selectOption('12h');
  await prefs.getByRole('button', { name: 'Save' }).click();
  await expect(prefs).toBeHidden();

  await expect(page.getByRole('button', { name: 'Aujourd’hui' })).toBeVisible();
  await expect(title).toHaveText(/juin 2026$/);
  // French words with the 12-hour clock asked for: one clock everywhere.
  await expect(page.locator('td.fc-timegrid-slot-label[data-time="14:00:00"]')).toHaveText(
    /^2:00\sPM$/i,
  );

  // Kept across a reload (the setting is stored), and back to the region's clock.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Aujourd’hui' })).toBeVisible();
  await page.getByRole('button', { name: 'Préférences' }).click();
  const préférences = page.getByRole('dialog', { name: 'Préférences' });
  await préférences.getByLabel('Format de l’heure').selectOption('region');
  await préférences.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.locator('td.fc-timegrid-slot-label[data-time="14:00:00"]')).toHaveText('14:00');
});

test.describe('a right-to-left language (he-IL)', () => {
  test.use({ locale: 'he-IL' });

  test('the layout turns right to left and the toolbar and grid neither overlap nor spill out', async ({
    page,
    shell,
  }) => {
    await openIn(page, shell.url, 'New event');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('.fc')).toHaveClass(/fc-direction-rtl/);
    for (const width of [800, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const toolbar = (await page.locator('header.toolbar').boundingBox())!;
      const grid = (await page.locator('.calendar-view').boundingBox())!;
      expect(
        toolbar.y + toolbar.height,
        `toolbar above the grid at ${width}px`,
      ).toBeLessThanOrEqual(grid.y + 1);
      const buttons = page.locator('header.toolbar').getByRole('button');
      const boxes = [];
      for (let i = 0; i < (await buttons.count()); i++) {
        const box = (await buttons.nth(i).boundingBox())!;
        expect(box.x, `button ${i} at ${width}px`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `button ${i} at ${width}px`).toBeLessThanOrEqual(width);
        boxes.push(box);
      }
      for (const [i, a] of boxes.entries())
        for (const [j, b] of boxes.entries())
          if (i < j)
            expect(
              a.x + a.width <= b.x + 1 ||
                b.x + b.width <= a.x + 1 ||
                a.y + a.height <= b.y + 1 ||
                b.y + b.height <= a.y + 1,
              `buttons ${i} and ${j} overlap at ${width}px`,
            ).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      // The time axis is on the right, as a right-to-left reader expects.
      const axis = (await page.locator('.fc-timegrid-axis').first().boundingBox())!;
      const firstColumn = (await page.locator('td.fc-timegrid-col').first().boundingBox())!;
      expect(axis.x).toBeGreaterThan(firstColumn.x);
    }
    // The month runs right to left too: its first weekday on the right, its first day there.
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Month' }).click();
    const weekdays = page.locator('.month-weekday');
    await expect(weekdays).toHaveCount(7);
    const first = (await weekdays.first().boundingBox())!;
    const last = (await weekdays.last().boundingBox())!;
    expect(first.x).toBeGreaterThan(last.x);
    const days = page.locator('.month-day');
    expect((await days.first().boundingBox())!.x).toBeGreaterThan(
      (await days.nth(6).boundingBox())!.x,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1280,
    );
  });
});
