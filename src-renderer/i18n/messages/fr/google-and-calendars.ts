// Les mots de Préférences → Google Agenda (le client OAuth et son guide) et de la liste des
// agendas de la barre latérale : une partie de ../fr.ts.
export default {
  // ---------------------------------------------------------------- Google Agenda
  'google.pane': 'Réglages de Google Agenda',
  'google.switch': 'Google Agenda',
  'google.storage.file-key':
    'Votre connexion Google est enregistrée chiffrée avec une clé gardée dans le même dossier de données, car la version navigateur n’a pas accès au trousseau de votre système. Utilisez l’application de bureau pour la garder dans le trousseau.',
  'google.storage.no-keychain':
    'Votre système n’a pas de trousseau qu’Almanac puisse utiliser (ni GNOME Keyring ni KWallet) : votre connexion Google est chiffrée avec une clé intégrée à Electron. Installez ou déverrouillez un trousseau, puis reconnectez-vous pour la protéger.',
  'google.clientId': 'ID client',
  'google.clientId.shape':
    'Les ID client de Google se terminent par « .apps.googleusercontent.com ». Vérifiez que vous avez copié l’ID en entier.',
  'google.clientId.missing': 'Collez l’ID client de votre client OAuth Google Cloud.',
  'google.secret': 'Code secret du client',
  'google.secret.saved': 'Enregistré ({hint}) ; saisissez-en un autre pour le remplacer',
  'google.test': 'Tester la connexion',
  'google.test.accepted': 'Google a accepté cet ID client et ce code secret.',
  'google.test.acceptedSignIn':
    'Google a accepté cet ID client et ce code secret. Cliquez sur « Synchroniser avec Google » pour vous connecter.',
  'google.waiting': 'Terminez la connexion dans votre navigateur…',
  'google.cancelSignIn': 'Annuler la connexion',
  'google.guide': 'Obtenir un ID client et un code secret',
  'google.guide.project':
    'Ouvrez la console Google Cloud (console.cloud.google.com) et créez un projet, ou choisissez-en un.',
  'google.guide.api':
    'API et services → Bibliothèque : cherchez « Google Calendar API » et cliquez sur Activer.',
  'google.guide.consent':
    'API et services → Écran de consentement OAuth : choisissez « Externe », donnez un nom à l’application et votre adresse e-mail. Tant que l’application est « En test », ajoutez votre propre compte Google aux utilisateurs tests (les connexions durent alors 7 jours ; publiez l’application pour qu’elles durent).',
  'google.guide.client':
    'API et services → Identifiants → Créer des identifiants → ID client OAuth. Choisissez le type d’application <b>« Application de bureau »</b>. Aucune URI de redirection n’est à déclarer : Almanac se connecte par votre navigateur sur une adresse locale.',
  'google.guide.paste':
    'Copiez ici l’ID client et le code secret, cochez « Google Agenda » et enregistrez.',
  'google.guide.sync':
    'Cliquez sur « Synchroniser avec Google » dans la barre d’outils, choisissez votre compte dans le navigateur et autorisez l’accès à vos agendas.',
  // ---------------------------------------------------------------- les agendas
  'calendar.defaultName': 'Mon agenda',
  'calendars.mine': 'Mes agendas',
  'calendars.other': 'Autres agendas',
  'calendars.new': 'Nouvel agenda',
  'calendars.addTo': 'Ajouter un agenda à {account}',
  'calendars.options': 'Options de {calendar}',
  // ---------------------------------------------------------------- files opened with Almanac
  'opened.tooLarge': '« {name} » est trop gros pour être importé ({mb} Mo ; au plus {max} Mo).',
  'opened.gone': 'Impossible d’ouvrir « {name} » : il n’existe plus.',
  'opened.unreadable': 'Impossible d’ouvrir « {name} » : {detail}.',
  // ---------------------------------------------------------------- refusals from main
  'bridge.not-connected':
    'Connectez d’abord Google Agenda, ou reconnectez ce compte (Préférences).',
  'bridge.resetting': 'En attente de la fin de la réinitialisation du compte.',
  'bridge.signed-out': 'Google demande de vous reconnecter (Préférences).',
  'bridge.reset-refused':
    'Une autre réinitialisation de compte est en cours ; réessayez quand elle sera terminée.',
  'bridge.internal': 'Un problème est survenu dans Almanac. Le détail est dans son journal.',
  'bridge.disconnected': 'La connexion à Almanac s’est fermée avant sa réponse.',
  'bridge.ipc-failed': 'Le processus principal d’Almanac n’a pas répondu.',
  'bridge.no-key':
    'Cette page n’a pas été ouverte depuis l’adresse affichée par `npm run web` : elle ne peut pas joindre le processus d’arrière-plan d’Almanac. Ouvrez cette adresse (elle se termine par #token=…).',
};
