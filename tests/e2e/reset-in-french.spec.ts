// Reset Account in French, with the wording French users of such a dialog know, reached the
// way a person gets there: connected to Google, French chosen in Preferences (no restart),
// then Preferences → Google Agenda → Reset Account.
import { connect, expect, test } from './google-fixtures';

test('Reset Account speaks French once French is chosen, its summary counting in French', async ({
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

  await page.getByRole('button', { name: 'Préférences' }).click();
  const préférences = page.getByRole('dialog', { name: 'Préférences' });
  // The sync log's lines are worded in French too, the cycle's among them.
  await préférences.getByRole('tab', { name: 'Journal de synchronisation' }).click();
  await expect(
    préférences
      .getByRole('list', { name: 'Lignes du journal de synchronisation' })
      .getByText(/^Synchronisé en \d+ ms : \d+ envoyé\(s\), \d+ reçu\(s\)/)
      .first(),
  ).toBeVisible();
  await expect(préférences.getByText(/^Synced in/)).toHaveCount(0);
  await préférences.getByRole('tab', { name: 'Google Agenda' }).click();
  await expect(
    préférences.getByRole('region', { name: /^Agendas à synchroniser de / }),
  ).toBeVisible();
  await expect(
    préférences.getByRole('checkbox', { name: 'Suspendre la synchronisation' }),
  ).toBeVisible();
  await expect(préférences.getByLabel('Synchroniser toutes les')).toBeVisible();
  await expect(préférences.getByRole('list', { name: 'Comptes Google' })).toContainText(
    'Connecté en tant que',
  );
  // Test connection's answer is worded here, from the code main gives.
  await préférences.getByRole('button', { name: 'Tester la connexion' }).click();
  await expect(
    préférences.getByText(/^Google a accepté cet ID client et ce code secret\./),
  ).toBeVisible();
  await préférences.getByRole('button', { name: 'Réinitialiser le compte' }).click();
  const dialog = page.getByRole('dialog', { name: 'Réinitialiser le compte' });
  const existing = dialog.getByRole('radiogroup', {
    name: 'Événements existants de l’utilisateur',
  });
  const next = dialog.getByRole('radiogroup', { name: 'Prochaine synchronisation' });
  for (const label of [
    'Laisser intact',
    'Supprimer du compte Google Agenda actuel',
    'Supprimer de cet ordinateur',
    'Supprimer des deux',
  ])
    await expect(existing.getByRole('radio', { name: label, exact: true })).toBeVisible();
  for (const label of [
    'Synchroniser uniquement les nouveaux événements',
    'Synchroniser tous les événements existants',
  ])
    await expect(next.getByRole('radio', { name: label, exact: true })).toBeVisible();
  await expect(existing.getByRole('radio', { name: 'Laisser intact' })).toBeChecked();

  await existing.getByRole('radio', { name: 'Supprimer des deux' }).check();
  await expect(
    dialog.getByRole('checkbox', { name: 'Prévenir les invités des événements supprimés' }),
  ).not.toBeChecked();
  await expect(dialog.getByRole('status', { name: 'Ce que fait Confirmer' })).toContainText(
    /^Supprime \d+ événements? de Google Agenda et \d+ événements? de cet ordinateur\. Les invités ne reçoivent pas d’e-mail\. Puis se déconnecte de Google/,
  );
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toBeHidden();
});
