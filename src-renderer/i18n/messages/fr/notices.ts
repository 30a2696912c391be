// French words made outside JSX: what the local database refuses and why, the calendar's
// details problems, import and invitations, subscriptions, and quick add: one part of ./fr.ts.
export default {
  // ---------------------------------------------------------------- the local database refuses
  'db.googleCalendarEdit': '« {calendar} » est un agenda Google : modifiez-le sur Google.',
  'db.googleCalendarDelete':
    '« {calendar} » est un agenda Google : il ne peut pas être supprimé ici.',
  'db.mainCalendar': '« {calendar} » est votre agenda principal.',
  'db.viewOnly': 'Vous pouvez seulement consulter les événements de « {calendar} ».',
  'db.otherAccount': 'Un événement ne passe que d’un agenda à un autre du même compte Google.',
  'db.eventGone': 'Cet événement n’existe plus ; il a peut-être été supprimé ailleurs.',
  'db.eventGone.short': 'Cet événement n’existe plus.',
  'db.notGuest': 'Vous n’êtes pas dans la liste des invités de cet événement.',
  // ---------------------------------------------------------------- why an event cannot change
  'refusal.readOnly':
    '« {calendar} » est en lecture seule : ses événements ne se modifient que sur Google.',
  'refusal.notSynced':
    '« {calendar} » n’est pas synchronisé avec Google en ce moment : ses événements ne peuvent pas être modifiés ici tant qu’il ne l’est pas de nouveau (Préférences → Google Agenda → Agendas à synchroniser).',
  'refusal.organizerOnly': 'Seul l’organisateur peut modifier cet événement.',
  'refusal.guestMove':
    'Vous êtes invité à cet événement : seul son organisateur peut le déplacer vers un autre agenda.',
  'refusal.stays':
    '{type, select, birthday {Les anniversaires restent dans l’agenda où Google les garde.} fromGmail {Les événements ajoutés par Gmail restent dans l’agenda où Gmail les a mis.} focusTime {Les moments de concentration restent dans votre agenda principal.} outOfOffice {Les absences restent dans votre agenda principal.} other {Les lieux de travail restent dans votre agenda principal.}}',
  // ---------------------------------------------------------------- the sync log's buttons
  'logAction.nothing': 'Cette ligne n’a rien à rétablir.',
  'logAction.eventGone': 'L’événement n’existe plus sur cet ordinateur.',
  'logAction.noCalendar': 'Aucun agenda ici n’accepte de nouveaux événements.',
  // ---------------------------------------------------------------- import
  'import.title': 'Importer des événements',
  'import.invitation': 'Invitation',
  'import.file': 'Fichier iCalendar (.ics)',
  'import.into': 'Dans l’agenda',
  'import.noTitle': '(sans titre)',
  'import.from': 'De {organizer}',
  'import.whatItDoes': 'Ce que fait l’importation',
  'import.unreadableList': 'Illisible',
  'import.notes': 'Bon à savoir',
  'import.import': 'Importer',
  'import.busy': 'Importation…',
  'import.accept': 'Accepter',
  'import.decline': 'Refuser',
  'import.failed': 'Rien n’a été importé : {reason}',
  'import.answerFailed': 'Rien n’a été modifié : {reason}',
  'import.onlyIcs': 'Seuls les fichiers iCalendar (.ics) peuvent être importés.',
  'import.events':
    'Importer {count, plural, one {# événement} other {# événements}}{repeating, plural, =0 {} one { (# périodique)} other { (# périodiques)}} dans {calendar}',
  'import.none': 'Aucun événement à importer dans {calendar}',
  'import.updates':
    '{count, plural, one {# déjà présent sera mis à jour} other {# déjà présents seront mis à jour}}',
  'import.removals':
    '{count, plural, one {# événement annulé sera supprimé} other {# événements annulés seront supprimés}}',
  'import.unreadable':
    '{count, plural, one {# illisible} other {# illisibles}} : {first}{more, plural, =0 {} other {, et # de plus}}',
  'import.leftOut': '{items} laissé(s) de côté (Almanac garde les événements)',
  'import.kind':
    '{kind, select, VTODO {{count, plural, one {# tâche} other {# tâches}}} VJOURNAL {{count, plural, one {# entrée de journal} other {# entrées de journal}}} VFREEBUSY {{count, plural, one {# liste de disponibilités} other {# listes de disponibilités}}} other {{count, plural, one {# autre élément} other {# autres éléments}}}}',
  'import.result.added': '{count, plural, one {# événement ajouté} other {# événements ajoutés}}',
  'import.result.updated':
    '{count, plural, one {# événement mis à jour} other {# événements mis à jour}}',
  'import.result.removed':
    '{count, plural, one {# événement supprimé} other {# événements supprimés}}',
  'import.result': '{changes} dans {calendar}.',
  'import.result.nothing': 'Rien n’a changé dans {calendar}.',
  'import.problem.line': 'ligne {line} : {reason}',
  'import.problem.event': 'événement « {event} » : {reason}',
  'import.problem.lineEvent': 'ligne {line}, événement « {event} » : {reason}',
  'invitation.alreadyThere':
    '{answer, select, accepted {Acceptée} tentative {Peut-être} other {Refusée}} : l’invitation était déjà dans {calendar} ; votre réponse y est inscrite.',
  'invitation.declined': 'Refusée : rien n’a été ajouté.',
  'invitation.added':
    '{answer, select, accepted {Acceptée} other {Peut-être}} : ajoutée à {calendar}.',
  // ---------------------------------------------------------------- subscriptions
  'feed.already': 'Vous êtes déjà abonné à cet agenda.',
  'feed.empty': 'Le flux n’a rien envoyé.',
  'feed.notCalendar': 'Cette adresse ne donne pas d’agenda.',
  'feed.notCalendarWhy': 'Cette adresse ne donne pas d’agenda : {reason}',
  // ---------------------------------------------------------------- Google sign-in notices
  'google.saved': 'Enregistré.',
  'google.signedOut': 'Déconnecté de {account}.',
  'google.disconnected': 'Déconnecté. Vos événements restent sur cet ordinateur.',
  // ---------------------------------------------------------------- quick add
  'quickAdd.title': 'Ajout rapide',
  'quickAdd.text': 'Nouvel événement',
  'quickAdd.placeholder': 'Déjeuner avec Ana demain 13h au Café Central',
  'quickAdd.reading': 'Lecture',
  'quickAdd.what': 'Titre',
  'quickAdd.when': 'Quand',
  'quickAdd.repeats': 'Répétition',
  'quickAdd.where': 'Où',
  'quickAdd.guests': 'Invités',
  'quickAdd.hint':
    'Entrée ouvre l’événement avec ces champs remplis, pour les vérifier et l’enregistrer.',
  'quickAdd.open': 'Ouvrir dans l’éditeur',
  // ---------------------------------------------------------------- Preferences: calendars to sync
  'synced.name': 'Agendas à synchroniser de {account}',
  'synced.title': 'Agendas à synchroniser',
  'synced.arrives': 'La liste des agendas arrive avec la première synchronisation.',
  'synced.readOnly': ' (lecture seule : les modifications viennent de Google seulement)',
  'synced.refresh': 'Actualiser la liste des agendas',
  'synced.pause': 'Suspendre la synchronisation',
  'synced.every': 'Synchroniser toutes les',
  'synced.interval':
    '{unit, select, hour {{count, plural, one {heures} other {# heures}}} other {{count, plural, one {minutes} other {# minutes}}}}',
  'synced.afterChange': 'et quelques secondes après chaque modification ici',
  // ---------------------------------------------------------------- Preferences: Google accounts
  'account.name': 'Compte {account}',
  'account.reset': 'Réinitialiser le compte',
  'account.stop': 'Arrêter la synchronisation',
  'account.stop.title': 'Arrêter la synchronisation ?',
  'account.stop.body':
    'Vous allez arrêter la synchronisation de votre agenda avec Google ({account}). Almanac se déconnecte de {account} ; ses événements restent sur cet ordinateur, et vos autres comptes continuent de se synchroniser.',
  'account.disconnect': 'Déconnecter',
  'account.disconnect.label': 'Déconnecter le compte',
  'account.disconnect.title': 'Déconnecter {account} ?',
  'account.disconnect.body':
    'Almanac se déconnecte de {account}, et ses agendas et {count, plural, one {# événement} other {# événements}} quittent cet ordinateur. Ils restent sur Google Agenda. Vos autres comptes et les agendas gardés seulement ici ne sont pas touchés.',
  'account.disconnected':
    '{account} déconnecté ; ses agendas et {count, plural, one {# événement} other {# événements}} ont quitté cet ordinateur.',
  'account.disconnectOne': 'Déconnecter {account}',
  'account.list': 'Comptes Google',
  'account.connect': 'Se connecter',
  'account.add': 'Ajouter un compte',
  'account.connectedAs': 'Connecté en tant que <b>{account}</b>',
  'account.expired':
    '<b>La connexion Google de {account} a expiré.</b> Vos autres comptes continuent de se synchroniser.',
};
