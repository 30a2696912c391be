// Why the last sync failed, read in French: the hint on « La dernière synchronisation a
// échoué » is Almanac's sentence in the reader's language, with Google's own words inside.
import { connect, expect, test } from './google-fixtures';

test('the hint on a failed sync is French, Google’s words nested as Google wrote them', async ({
  openApp,
  admin,
}) => {
  const page = await openApp();
  await page.setViewportSize({ width: 1440, height: 800 });
  await connect(page);
  await page.getByRole('button', { name: 'Preferences' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByLabel('Language and region').selectOption('fr-FR');
  await prefs.getByRole('button', { name: 'Save' }).click();
  await expect(prefs).toBeHidden();

  // Google refuses the calendar list outright (not a failure worth retrying).
  await admin('faults', {
    rules: [
      {
        match: { method: 'GET', path: '/calendar/v3/users/me/calendarList' },
        respond: { status: 400, reason: 'badRequest' },
      },
    ],
  });
  await page.getByRole('button', { name: 'Préférences' }).click();
  const préférences = page.getByRole('dialog', { name: 'Préférences' });
  await préférences.getByRole('tab', { name: 'Google Agenda' }).click();
  await préférences.getByRole('button', { name: 'Actualiser la liste des agendas' }).click();
  await préférences.getByRole('button', { name: 'Fermer' }).click();
  const failed = page.getByRole('button', { name: '⚠ La dernière synchronisation a échoué' });
  await expect(failed).toBeVisible({ timeout: 15_000 });
  await expect(failed).toHaveAttribute(
    'title',
    /^La synchronisation s’est arrêtée sur une erreur inattendue : \S/,
  );
  await expect(failed).not.toHaveAttribute('title', /Sync stopped/);
});
