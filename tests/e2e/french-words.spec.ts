// In French, the words made outside the JSX are French too: quick add's dialog and the dates
// it reads, the import's preview and the notice after it, and a calendar's details problems.
// (The words in JSX are checked by the lint; language-and-region.spec.ts walks the views.)
import { expect, test } from './fixtures';
import { NOW } from './helpers';

test.use({ locale: 'fr-FR' });

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Example//FR',
  'BEGIN:VEVENT',
  'UID:point-hebdo@example.org',
  'DTSTAMP:20260101T000000Z',
  'DTSTART;TZID=Europe/Paris:20260615T090000',
  'DTEND;TZID=Europe/Paris:20260615T100000',
  'RRULE:FREQ=WEEKLY;COUNT=4',
  'SUMMARY:Point hebdo',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:budget@example.org',
  'DTSTAMP:20260101T000000Z',
  'DTSTART:20260616T130000Z',
  'DTEND:20260616T140000Z',
  'SUMMARY:Budget',
  'END:VEVENT',
  'BEGIN:VTODO',
  'UID:todo@example.org',
  'SUMMARY:Acheter du pain',
  'END:VTODO',
  'END:VCALENDAR',
  '',
].join('\r\n');

test('quick add, import and a calendar’s problems speak French', async ({ page, shell }) => {
  await page.clock.setFixedTime(new Date(NOW));
  await page.goto(shell.url);
  await expect(page.getByRole('button', { name: 'Nouvel événement', exact: true })).toBeVisible();

  // Quick add: French words, and a French phrase read as a date and a time.
  await page.keyboard.press('q');
  const quick = page.getByRole('dialog', { name: 'Ajout rapide' });
  await quick.getByLabel('Nouvel événement').fill('Déjeuner avec Ana demain 13h');
  const reading = quick.getByRole('definition');
  await expect(quick.getByRole('term')).toHaveText(['Titre', 'Quand']);
  await expect(reading.first()).toHaveText('Déjeuner avec Ana');
  await expect(reading.nth(1)).toContainText('13:00 – 14:00');
  await expect(quick.getByRole('button', { name: 'Ouvrir dans l’éditeur' })).toBeEnabled();
  await quick.getByRole('button', { name: 'Annuler' }).click();
  await expect(quick).toBeHidden();

  // Import: the preview and the notice after it count in French.
  await page.getByRole('button', { name: 'Importer…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importer des événements' });
  await dialog.getByLabel('Fichier iCalendar (.ics)').setInputFiles({
    name: 'agenda.ics',
    mimeType: 'text/calendar',
    buffer: Buffer.from(ICS),
  });
  await expect(dialog.getByRole('status', { name: 'Ce que fait l’importation' })).toHaveText(
    /^Importer 2 événements \(1 périodique\) dans .+; 1 tâche laissé\(s\) de côté \(Almanac garde les événements\)$/,
  );
  await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: '2 événements ajoutés dans Mon agenda.' }),
  ).toBeVisible();
});

test('the calendar list and the Google pane speak French', async ({ page, shell }) => {
  await page.clock.setFixedTime(new Date(NOW));
  await page.goto(shell.url);
  const mine = page.getByRole('region', { name: 'Mes agendas' });
  await expect(mine.getByRole('heading', { name: 'Mes agendas' })).toBeVisible();
  await expect(mine.getByRole('button', { name: 'Nouvel agenda' })).toBeVisible();
  // The calendar made on first open has its name in French while it keeps its first name.
  await expect(mine.getByRole('button', { name: 'Options de Mon agenda' })).toBeVisible();

  await page.getByRole('button', { name: 'Préférences' }).click();
  const prefs = page.getByRole('dialog', { name: 'Préférences' });
  await prefs.getByRole('tab', { name: 'Google Agenda' }).click();
  const pane = prefs.getByRole('region', { name: 'Réglages de Google Agenda' });
  // The browser shell keeps the sign-in with a key in its data folder, and says so in French.
  await expect(pane.getByText(/^Votre connexion Google est enregistrée chiffrée/)).toBeVisible();
  await pane.getByRole('checkbox', { name: 'Google Agenda' }).check();
  await expect(pane.getByRole('alert')).toHaveText(
    'Collez l’ID client de votre client OAuth Google Cloud.',
  );
  await pane.getByLabel('ID client').fill('1234-abc');
  await expect(pane.getByText(/^Les ID client de Google se terminent par/)).toBeVisible();
  await expect(pane.getByLabel('Code secret du client')).toBeEnabled();
  await expect(pane.getByRole('button', { name: 'Tester la connexion' })).toBeVisible();
  await pane.getByText('Obtenir un ID client et un code secret').click();
  await expect(pane.getByRole('listitem')).toHaveCount(6);
  await expect(pane.getByText('« Application de bureau »')).toBeVisible();
  await expect(pane.getByText(/Client ID|Sync with Google/)).toHaveCount(0);
});

test('a feed address main refuses is refused in French', async ({ page, shell }) => {
  await page.clock.setFixedTime(new Date(NOW));
  await page.goto(shell.url);
  await page.getByRole('button', { name: 'Ajouter un agenda depuis une URL…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ajouter un agenda depuis une URL' });
  await dialog.getByLabel('Adresse de l’agenda').fill('http://example.com/cal.ics');
  await dialog.getByRole('button', { name: 'S’abonner' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    /Seuls les agendas en https:\/\/ et webcal:\/\/ peuvent être suivis/,
  );
  await expect(dialog.getByRole('alert')).not.toContainText('Only');
});
