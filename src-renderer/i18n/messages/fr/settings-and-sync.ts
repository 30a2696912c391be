// French words for Preferences, Reset Account, sync status, sign-in and the sync log: one part of ./fr.ts.
export default {
  // ---------------------------------------------------------------- sync status
  'sync.syncing': 'Synchronisation…',
  'sync.paused': 'Synchronisation en pause',
  'sync.syncedAt': 'Synchronisé à {time}',
  'sync.waiting':
    '{count, plural, one {# modification en attente} other {# modifications en attente}}',
  // ---------------------------------------------------------------- Reset Account
  'reset.title': 'Réinitialiser le compte',
  'reset.affects':
    'Concerne les événements des agendas synchronisés de {account} qui sont liés à Google. Les événements auxquels vous êtes seulement invité ne sont jamais supprimés de Google.',
  'reset.existing': 'Événements existants de l’utilisateur',
  'reset.existing.keep': 'Laisser intact',
  'reset.existing.deleteGoogle': 'Supprimer du compte Google Agenda actuel',
  'reset.existing.deleteLocal': 'Supprimer de cet ordinateur',
  'reset.existing.deleteBoth': 'Supprimer des deux',
  'reset.notifyGuests': 'Prévenir les invités des événements supprimés',
  'reset.next': 'Prochaine synchronisation',
  'reset.next.new': 'Synchroniser uniquement les nouveaux événements',
  'reset.next.all': 'Synchroniser tous les événements existants',
  'reset.summary.name': 'Ce que fait Confirmer',
  'reset.confirm': 'Confirmer',
  'reset.busy': 'Réinitialisation…',
  'reset.summary.invited':
    '{guest, plural, one {L’événement auquel vous êtes invité reste} other {Les # événements auxquels vous êtes invité restent}} sur Google.',
  'reset.summary.told': 'Les invités sont prévenus.',
  'reset.summary.notEmailed': 'Les invités ne reçoivent pas d’e-mail.',
  'reset.summary.keep':
    '{all, plural, one {Laisse # événement intact} other {Laisse les # événements intacts}}, ici et sur Google Agenda.',
  'reset.summary.deleteGoogle':
    'Supprime {mine, plural, one {# événement} other {# événements}} de Google Agenda et les garde ici (comme événements de cet ordinateur uniquement).',
  'reset.summary.deleteLocal':
    'Supprime {all, plural, one {# événement} other {# événements}} de cet ordinateur et les garde sur Google Agenda.',
  'reset.summary.deleteBoth':
    'Supprime {mine, plural, one {# événement} other {# événements}} de Google Agenda et {all, plural, one {# événement} other {# événements}} de cet ordinateur.',
  'reset.summary.nextNew':
    'Puis se déconnecte de Google ; une fois reconnecté, seuls les événements créés à partir de maintenant sont synchronisés.',
  'reset.summary.nextAll':
    'Puis se déconnecte de Google ; une fois reconnecté, tous les événements existants sont synchronisés dans les deux sens, sans e-mail aux invités.',
  // ---------------------------------------------------------------- Preferences
  'prefs.title': 'Préférences',
  'prefs.sections': 'Sections des préférences',
  'prefs.tab.general': 'Général',
  'prefs.tab.display': 'Affichage',
  'prefs.tab.notifications': 'Notifications',
  'prefs.tab.google': 'Google Agenda',
  'prefs.tab.log': 'Journal de synchronisation',
  'prefs.resetResult': 'Résultat de la réinitialisation',
  'prefs.language': 'Langue et région',
  'prefs.language.system': 'Comme cet ordinateur ({name})',
  'prefs.timeFormat': 'Format de l’heure',
  'prefs.timeFormat.region': 'Comme la région ({example})',
  'prefs.timeFormat.12h': '12 heures ({example})',
  'prefs.timeFormat.24h': '24 heures ({example})',
  'prefs.timeZone': 'Fuseau horaire',
  'prefs.timeZone.system': 'Comme cet ordinateur ({zone})',
  'prefs.weekStartsOn': 'La semaine commence le',
  'prefs.weekStartsOn.region': 'Comme la région ({day})',
  'prefs.defaultView': 'Vue par défaut',
  'prefs.theme': 'Thème',
  'prefs.theme.system': 'Comme le système',
  'prefs.theme.light': 'Clair',
  'prefs.theme.dark': 'Sombre',
  'prefs.sendUpdates': 'Prévenir les invités des modifications par e-mail',
  'prefs.sendUpdates.ask': 'Demander à chaque fois',
  'prefs.sendUpdates.always': 'Toujours',
  'prefs.sendUpdates.never': 'Jamais',
  'prefs.notSaved': 'Les préférences n’ont pas été enregistrées : {reason}',
  // ---------------------------------------------------------------- the window
  'app.eventGone': 'Cet événement n’est plus sur cet ordinateur.',
  'app.reload': 'Recharger',
  'app.stopped': 'Le processus d’arrière-plan d’Almanac s’est arrêté.',
  'app.stopped.detail':
    'Votre agenda est toujours là et garde vos modifications ; la synchronisation attend son retour.',
  'app.openGoogleSettings': 'Ouvrir les réglages Google Agenda',
  'app.tickFailed': 'L’agenda n’a été ni affiché ni masqué : ce choix n’a pas pu être enregistré.',
  'sidebar.shortcutsHint': 'Appuyez sur {key} pour les raccourcis clavier',
  'boundary.calendar': 'agenda',
  'boundary.failed': 'Impossible d’afficher l’élément « {what} » : {reason}',
  'boundary.retry': 'Réessayer',
  // ---------------------------------------------------------------- settings problems
  'settings.notAnswering':
    'Le service d’arrière-plan d’Almanac ne répond pas : les réglages par défaut sont utilisés. Vos événements sont en sécurité sur cet ordinateur.',
  'settings.unreadable':
    'Impossible de lire les réglages ({reason}). Les réglages par défaut sont utilisés.',
  'settings.unreachable':
    'Almanac n’a pas pu joindre son service d’arrière-plan ({reason}). Les réglages par défaut sont utilisés.',
  // ---------------------------------------------------------------- the guide to Google problems
  'problem.unknown.title': 'Google a répondu par une erreur ({code}).',
  'problem.redirect_uri_mismatch.title':
    'Google a refusé l’adresse de connexion d’Almanac (redirect_uri_mismatch).',
  'problem.redirect_uri_mismatch.fix':
    'Votre client OAuth n’est pas de type « Application de bureau ». Dans Google Cloud Console → API et services → Identifiants, choisissez « Créer des identifiants → ID client OAuth », prenez le type d’application « Application de bureau », puis collez ici l’ID et le code secret de ce client. Un client de bureau n’a pas besoin d’URI de redirection.',
  'problem.access_denied.title': 'Google n’a pas donné accès à Almanac (access_denied).',
  'problem.access_denied.fix':
    'Si vous avez appuyé sur Annuler, cliquez sur « Synchroniser avec Google » pour réessayer. Si Google a dit que l’application « n’a pas terminé la procédure de validation de Google », votre compte n’est pas un utilisateur test de cette application : dans Google Cloud Console → API et services → Écran de consentement OAuth → Utilisateurs tests, ajoutez votre compte Google.',
  'problem.invalid_client.title':
    'Google ne reconnaît pas cet ID client et ce code secret (invalid_client).',
  'problem.invalid_client.fix':
    'Copiez-les de nouveau depuis Google Cloud Console → API et services → Identifiants → votre client de bureau (l’icône de téléchargement les affiche), vérifiez qu’aucune espace ne s’est glissée, puis enregistrez.',
  'problem.invalid_grant.title':
    'Votre connexion à Google a expiré ou a été révoquée (invalid_grant).',
  'problem.invalid_grant.fix':
    'Cliquez sur « Reconnect » pour vous reconnecter. Si cela arrive tous les 7 jours, votre écran de consentement OAuth est en « Test », où les connexions Google ne durent qu’une semaine : publiez l’application (Écran de consentement OAuth → Publier l’application) pour des connexions durables.',
  'problem.scope_missing.title': 'Almanac n’a pas reçu l’accès à vos agendas.',
  'problem.scope_missing.fix':
    'Cliquez de nouveau sur « Synchroniser avec Google » et, sur l’écran de consentement de Google, cochez la case qui permet à Almanac de voir et de modifier vos agendas.',
  'problem.timeout.title': 'La connexion a expiré.',
  'problem.timeout.fix':
    'Le navigateur n’a rien renvoyé en 5 minutes. Cliquez sur « Synchroniser avec Google » pour recommencer et terminez les étapes dans l’onglet qui s’ouvre.',
  'problem.browser_failed.title': 'Almanac n’a pas pu ouvrir votre navigateur.',
  'problem.browser_failed.fix':
    'Copiez l’adresse de connexion affichée ici dans votre navigateur pour continuer.',
  'problem.network.title': 'Impossible de joindre Google.',
  'problem.network.fix':
    'Vérifiez votre connexion Internet (et tout proxy ou pare-feu), puis réessayez.',
  'problem.not_configured.title': 'Google Agenda n’est pas encore configuré.',
  'problem.not_configured.fix':
    'Ouvrez Préférences → Google Agenda, cochez « Google Calendar », collez votre ID client et votre code secret, puis enregistrez.',
  'problem.cancelled.title': 'La connexion a été annulée.',
  'problem.cancelled.fix': 'Cliquez sur « Synchroniser avec Google » quand vous êtes prêt.',
  // ---------------------------------------------------------------- sync button
  'syncButton.reconnect': 'Reconnecter',
  'syncButton.resume': 'Reprendre la synchronisation',
  'syncButton.sync': 'Synchroniser avec Google',
  'syncButton.sync.short': 'Synchro',
  'syncButton.stopped': 'Processus d’arrière-plan arrêté',
  'syncButton.connectedAs': 'Connecté en tant que {account}',
  'syncButton.resetRunning': 'Réinitialisation du compte en cours…',
  'syncButton.signingIn': 'Connexion… terminez dans votre navigateur',
  'syncButton.expired': 'La connexion à Google a expiré',
  'syncButton.expiredFor': 'La connexion à Google a expiré pour {accounts}',
  'syncButton.resetWaiting': '⚠ Réinitialisation du compte inachevée',
  'syncButton.resetWaiting.hint':
    'Elle reprend à la prochaine synchronisation ; rien ne se synchronise avant qu’elle soit terminée.',
  'syncButton.refused':
    '⚠ {count, plural, one {# modification refusée par Google} other {# modifications refusées par Google}}',
  'syncButton.refused.hint':
    'Google ne l’a pas acceptée ; l’événement est tel que Google l’a. Le journal de synchronisation indique ce qui a été refusé.',
  'syncButton.failed': '⚠ La dernière synchronisation a échoué',
  'syncButton.failed.in': '{account} : {reason}',
  'retry.in':
    '{reason, select, slowDown {Google demande à Almanac de ralentir} other {Google ne répond pas}}, nouvel essai dans {seconds} s',
  'retry.now':
    '{reason, select, slowDown {Google demande à Almanac de ralentir} other {Google ne répond pas}}, nouvel essai maintenant',
  // ---------------------------------------------------------------- signing in
  'signIn.name': 'Connexion à Google',
  'signIn.finish': 'Terminez la connexion dans votre navigateur.',
  'signIn.finish.detail':
    'Choisissez votre compte Google et autorisez Almanac à utiliser vos agendas.',
  'signIn.noTab': 'Aucun onglet ne s’est ouvert ?',
  'signIn.address': 'Adresse de connexion',
  'signIn.googleError': 'Google affiche une erreur ?',
  'signIn.shows': '« {shows} »',
  'signIn.cancel': 'Annuler la connexion',
  // ---------------------------------------------------------------- sync log
  'log.diagnosticsSaved': 'Diagnostic enregistré.',
  'log.diagnosticsFailed': 'Impossible d’enregistrer le diagnostic : {reason}',
  'log.level': 'Niveau',
  'log.level.all': 'Tout',
  'log.level.warn': 'Avertissements et erreurs',
  'log.level.error': 'Erreurs seulement',
  'log.calendar': 'Agenda',
  'log.calendar.all': 'Tous les agendas',
  'log.export': 'Exporter…',
  'log.empty': 'Rien n’a encore été journalisé.',
  'log.lines': 'Lignes du journal de synchronisation',
  'log.inCalendar': ' · {calendar}',
  'log.openEvent': 'Ouvrir l’événement',
  'log.lostValue': 'Valeur perdue : {value}',
  'log.restore': 'Restaurer',
  'log.restored': 'Restauré',
  'log.restoreNew': 'Restaurer comme nouvel événement',
  'log.restoredNew': 'Restauré comme nouvel événement',
  'log.info': 'Info',
  'log.warning': 'Avertissement',
  'log.error': 'Erreur',
  // ---------------------------------------------------------------- the log's sentences
  'log.line.synced':
    'Synchronisé en {ms} ms : {pushed} envoyé(s), {pulled} reçu(s), {conflicts} conflit(s){parked, plural, =0 {} other {, # mis de côté}}{refused, plural, =0 {} other {, # refusé(s)}}.',
  'log.line.syncFailed':
    'La synchronisation a échoué après {ms} ms ({reason}) : {pushed} envoyé(s), {pulled} reçu(s), {conflicts} conflit(s){parked, plural, =0 {} other {, # mis de côté}}{refused, plural, =0 {} other {, # refusé(s)}}.',
  'log.line.syncFailedEarlier':
    'La synchronisation a échoué après {ms} ms (le détail est dans les lignes précédentes) : {pushed} envoyé(s), {pulled} reçu(s), {conflicts} conflit(s){parked, plural, =0 {} other {, # mis de côté}}{refused, plural, =0 {} other {, # refusé(s)}}.',
  'log.line.calendarFailed': 'La synchronisation de « {calendar} » a échoué : {reason}',
  'log.line.colorsFailed':
    'Les couleurs d’événements de Google n’ont pas pu être lues ({reason}) ; les couleurs déjà connues restent utilisées.',
  'log.line.fullResync':
    'La liste des modifications de Google Agenda pour « {calendar} » a expiré (410 fullSyncRequired) : Almanac relit tout l’agenda. Les modifications faites ici sont conservées.',
  'log.line.confirmRemoval':
    '{count} des {total} événements de « {calendar} » ne sont plus sur Google. Rien n’a été supprimé ; confirmez pour les supprimer ici aussi.',
  'log.line.removedVanished':
    '{count, plural, one {# événement} other {# événements}} de « {calendar} » ne sont plus sur Google et ont été supprimés ici.',
  'log.line.keptDeletedOnGoogle':
    '« {summary} » a été supprimé sur Google, mais vous l’aviez modifié ici : il a été conservé.',
  'log.line.keptDeletedHere':
    '« {summary} » a été modifié sur Google après que vous l’avez supprimé ici : il a été conservé.',
  'log.line.readOnlyReplaced':
    '« {summary} » est dans un agenda en lecture seule ; la version de Google a remplacé la modification locale.',
  'log.line.conflict':
    '« {summary} » : {field} a été modifié ici et sur Google ; la modification la plus récente a été gardée ({kept, select, local {cet ordinateur} other {Google}}).',
  'log.line.recurrenceUnreadable':
    '« {summary} » se répète d’une façon qu’Almanac ne sait pas lire ({problem}) ; il est affiché une fois et gardé tel quel.',
  'log.line.restoredValue':
    '« {summary} » : {field} qui avait perdu un conflit a été rétabli ({value}).',
  'log.line.notConnected': 'Google Agenda n’est pas connecté.',
  'log.line.waitingForReset': 'En attente de la fin de la réinitialisation du compte.',
  'log.line.restoredAsNew':
    '« {summary} » : la version refusée par Google est un nouvel événement dans « {calendar} ».',
  // ---------------------------------------------------------------- Preferences: Display
  'display.hoursOrder': 'Les heures de travail doivent finir après leur début.',
  'display.hideWeekends': 'Masquer les week-ends',
  'display.weekNumbers': 'Afficher les numéros de semaine',
  'display.workingHours': 'Griser en dehors des heures de travail',
  'display.hours': 'Heures de travail',
  'display.from': 'De',
  'display.hours.start': 'Début des heures de travail',
  'display.to': 'à',
  'display.hours.end': 'Fin des heures de travail',
  'display.days': 'Jours de travail',
  'display.length': 'Durée par défaut d’un événement',
  'display.minutes': '{count} minutes',
  'display.hoursLength': '{count, plural, one {# heure} other {# heures}}',
  'display.secondZone': 'Deuxième fuseau horaire (Jour et Semaine)',
  'display.declined': 'Événements refusés',
  'display.declined.show': 'Affichés, barrés',
  'display.declined.dim': 'Atténués',
  'display.declined.hide': 'Masqués',
  // ---------------------------------------------------------------- Preferences: Notifications
  'notifications.notSaved': 'Ce n’a pas été enregistré : {reason}',
  'notifications.test.shown': 'Envoyée. Elle devrait être à l’écran.',
  'notifications.test.notShown':
    'Cet ordinateur ne l’a pas affichée : les rappels apparaissent plutôt dans le panneau de rappels d’Almanac.',
  'notifications.enabled': 'Me rappeler les événements',
  'notifications.snooze': 'Répéter dans',
  'notifications.sound': 'Émettre un son',
  'notifications.test': 'Tester la notification',
  'notifications.permission.ask':
    'Votre navigateur affiche les rappels d’Almanac en notifications de bureau dès que vous l’autorisez.',
  'notifications.permission.allow': 'Autoriser les notifications de bureau',
  'notifications.permission.denied':
    'Votre navigateur bloque les notifications d’Almanac : les rappels apparaissent donc dans le panneau de rappels d’Almanac. Autorisez les notifications pour cette page dans les paramètres du site du navigateur pour les recevoir sur votre bureau.',
  'notifications.defaults.hint':
    'Ce que « Rappels par défaut » signifie pour les événements de chaque agenda.',
  'notifications.closed': 'Quand la fenêtre est fermée',
  'notifications.keepRunning': 'Continuer à fonctionner quand la fenêtre est fermée',
  'notifications.keepRunning.mac':
    'Almanac reste dans le Dock quand sa fenêtre est fermée, comme les apps Mac ; il apparaît aussi dans la barre des menus.',
  'notifications.keepRunning.tray':
    'Almanac reste dans la zone de notification, la synchronisation et les rappels continuent. Quittez-le depuis la zone de notification.',
  'notifications.openAtLogin': 'Ouvrir à l’ouverture de session',
  'notifications.setInGoogle': ' (réglés dans Google Agenda)',
  'notifications.notSynced': ' (non synchronisé : aucun rappel)',
  'notifications.defaults.range':
    'Un rappel peut aller de 0 minute à 4 semaines (40320 minutes) avant le début.',
  'notifications.defaults.name': '{calendar} : rappel par défaut {index}, minutes avant',
  'notifications.defaults.minutesBefore': 'minutes avant',
  'notifications.defaults.remove': 'Supprimer le rappel par défaut {index} de {calendar}',
  'notifications.defaults.add': 'Ajouter un rappel par défaut à {calendar}',
  'notifications.defaults.none': 'Aucun rappel, sauf si un événement a les siens.',
};
