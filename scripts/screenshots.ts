// `npm run screenshots`: the README's pictures, taken from the real app. It runs what
// `npm run demo` runs (the emulator with the demo account and events, the browser shell
// configured for it), signs in through the consent page in Debian's Chromium, syncs, and
// photographs the week, month, editor and Google Calendar settings into docs/screenshots,
// then the month, the editor and the Reset Account dialog in French.
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFakeGoogle } from '../tests/fake-google/index';
import { startWebShell } from '../src-main/web/web-shell';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { configureDemoClient, DEMO_ACCOUNT, seedDemo } from './demo';

const out = resolve('docs/screenshots');
mkdirSync(out, { recursive: true });

const google = await startFakeGoogle({ port: 0 });
await seedDemo(google.url);
const dataDir = mkdtempSync(join(tmpdir(), 'almanac-shots-'));
await configureDemoClient(dataDir);
const shell = await startWebShell({
  port: 0,
  dataDir,
  rendererDir: resolve('dist/renderer'),
  version: 'screenshots',
  googleUrl: google.url,
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      colorScheme: scheme,
      timezoneId: 'Europe/Berlin',
      locale: 'en-GB',
    });
    const page = await context.newPage();
    await page.goto(shell.url);
    if (scheme === 'light') {
      // The first pass signs in; the browser shell stays connected for the second.
      const opened = context.waitForEvent('page');
      await page.getByRole('button', { name: 'Sync with Google' }).click();
      const consent = await opened;
      await consent.getByRole('button', { name: DEMO_ACCOUNT }).click();
      await consent.getByRole('button', { name: 'Continue' }).click();
      await consent.getByRole('button', { name: 'Allow' }).click();
      await consent.getByText('You can close this tab').waitFor();
    } else {
      await page.getByRole('button', { name: 'Sync with Google' }).click();
    }
    await page.getByText(/Synced \d/).waitFor();
    await page
      .getByRole('button', { name: /^Team standup/ })
      .first()
      .waitFor();
    const suffix = scheme === 'dark' ? '-dark' : '';
    await page.screenshot({ path: join(out, `week${suffix}.png`) });
    if (scheme === 'dark') break;

    await page.getByRole('button', { name: 'Month' }).click();
    await page
      .getByRole('button', { name: /^Team standup/ })
      .first()
      .waitFor();
    await page.screenshot({ path: join(out, 'month.png') });

    await page.getByRole('button', { name: 'Week' }).click();
    // A click opens the quick look; a double click, the editor.
    await page.getByRole('button', { name: /^Quarterly review/ }).dblclick();
    await page.getByRole('dialog', { name: 'Event' }).waitFor();
    await page.screenshot({ path: join(out, 'editor.png') });
    await page
      .getByRole('dialog', { name: 'Event' })
      .getByRole('button', { name: 'Cancel' })
      .click();

    await page.getByRole('button', { name: 'Preferences' }).click();
    await page.getByRole('tab', { name: 'Google Calendar' }).click();
    await page.getByRole('dialog', { name: 'Preferences' }).getByText('Connected as').waitFor();
    await page.screenshot({ path: join(out, 'google-settings.png') });
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Preferences' }).waitFor({ state: 'hidden' });
    await frenchScreens(page);
    await context.close();
  }
  console.log(`Screenshots written to ${out}`);
} finally {
  await browser.close();
  await shell.close();
  await google.close();
}

/**
 * The month, the editor and Reset Account as a French reader sees them: French chosen in
 * Preferences on the signed-in page, then back to following the system for the next pass.
 */
async function frenchScreens(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Preferences' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByRole('tab', { name: 'General' }).click();
  await prefs.getByLabel('Language and region').selectOption('fr-FR');
  await prefs.getByRole('button', { name: 'Save' }).click();
  await prefs.waitFor({ state: 'hidden' });

  await page.getByRole('button', { name: 'Mois' }).click();
  await page
    .getByRole('button', { name: /^Team standup/ })
    .first()
    .waitFor();
  await page.screenshot({ path: join(out, 'month-fr.png') });

  await page.getByRole('button', { name: 'Semaine' }).click();
  await page.getByRole('button', { name: /^Quarterly review/ }).dblclick();
  const editor = page.getByRole('dialog', { name: 'Événement' });
  await editor.waitFor();
  await page.screenshot({ path: join(out, 'editor-fr.png') });
  await editor.getByRole('button', { name: 'Annuler' }).click();

  await page.getByRole('button', { name: 'Préférences' }).click();
  const préférences = page.getByRole('dialog', { name: 'Préférences' });
  await préférences.getByRole('tab', { name: 'Google Agenda' }).click();
  await préférences.getByRole('button', { name: 'Réinitialiser le compte' }).click();
  const reset = page.getByRole('dialog', { name: 'Réinitialiser le compte' });
  await reset.getByText('Laisser intact').waitFor();
  await reset.screenshot({ path: join(out, 'reset-fr.png') });
  await reset.getByRole('button', { name: 'Annuler' }).click();

  await préférences.getByRole('tab', { name: 'Général' }).click();
  await préférences.getByLabel('Langue et région').selectOption('');
  await préférences.getByRole('button', { name: 'Enregistrer' }).click();
  await préférences.waitFor({ state: 'hidden' });
}
