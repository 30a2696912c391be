// Les phrases du journal de synchronisation pour les modifications envoyées à Google, les
// raisons de Google et la réinitialisation du compte : une partie de ../fr.ts.
export default {
  'log.line.readOnlyStays':
    '« {calendar} » est en lecture seule sur Google : cette modification reste sur cet ordinateur.',
  'log.line.pushPostponed':
    '{count, plural, one {# modification n’a pas pu atteindre Google pour l’instant ; elle sera envoyée} other {# modifications n’ont pas pu atteindre Google pour l’instant ; elles seront envoyées}} à la prochaine synchronisation.',
  'log.line.mergePostponed':
    'Cet événement change sans cesse sur Google ; la modification sera envoyée à la prochaine synchronisation.',
  'log.line.keptOccurrenceDeletedHere':
    'Une occurrence de « {summary} » a été modifiée sur Google après que vous l’avez supprimé ici : il a été conservé.',
  'log.line.putBackOnGoogle':
    '« {summary} » avait été supprimé de Google Agenda ; il y a été remis depuis cet ordinateur.',
  'log.line.restoredWithChanges':
    '« {summary} » a été supprimé sur Google pendant que vous le modifiiez ici ; il a été rétabli avec vos modifications.',
  'log.line.restoredMoved':
    '{named, select, yes {« {summary} »} other {L’événement}} a été supprimé sur Google pendant que vous le déplaciez et le modifiiez ici ; il a été rétabli avec vos modifications dans l’agenda où Google l’avait.',
  'log.line.moveUnsettled':
    '« {summary} » n’est plus sur Google dans l’agenda d’où vous l’avez déplacé : Google l’a déjà déplacé, ou il y a été supprimé. Il reste où vous l’avez mis jusqu’à ce que son déplacement soit réglé.',
  'log.line.movePostponed':
    '« {summary} » a changé sur Google pendant son déplacement ; il sera déplacé à la prochaine synchronisation.',
  'log.line.moveRefused':
    '{named, select, yes {« {summary} »} other {L’événement}} n’a pas pu être déplacé dans un autre agenda : {why} Il est de retour dans l’agenda où Google l’a.',
  'log.line.moveRefusedGone':
    '{named, select, yes {« {summary} »} other {L’événement}} n’a pas pu être déplacé dans un autre agenda : {why} Google ne l’a plus, il a donc été supprimé ici ; Restaurer en fait un nouvel événement.',
  'log.line.refused':
    '{named, select, yes {« {summary} » : } other {}}{why} La version de Google est de retour sur cet ordinateur.',
  'log.line.parked': '{named, select, yes {« {summary} » : } other {}}{why}',
  'log.line.matchedICalUID':
    '« {summary} » était déjà sur Google (même iCalUID) ; la copie d’ici{occurrences, plural, =0 {} one { et son occurrence modifiée} other { et ses # occurrences modifiées}} y a été liée au lieu d’être envoyée une seconde fois.',
  'log.line.unreachable':
    'Google Agenda est injoignable ({message}). Almanac réessaie sous peu ; rien n’est perdu.',
  'log.line.slowDown':
    'Google Agenda a demandé à Almanac de ralentir ({said} : trop de requêtes en peu de temps). Almanac attend et réessaie ; rien n’est perdu. Si cela se répète, synchronisez moins souvent.',
  'log.line.changedOnGoogle':
    '{named, select, yes {« {summary} »} other {Google Agenda}} a été modifié sur Google Agenda depuis la dernière synchronisation ({said} : la version ne correspond plus). Almanac a lu la version de Google, fusionné les deux et renvoyé le résultat.',
  'log.line.changesExpired':
    'La liste des modifications de Google Agenda pour {named, select, yes {« {summary} »} other {Google Agenda}} a expiré ({said}) : Almanac relit tout l’agenda. Les modifications faites ici sont conservées.',
  'log.line.googleTrouble':
    'Google Agenda a eu un problème de son côté ({said}). Almanac réessaie sous peu ; rien n’est perdu.',
  'log.line.organizerOnly':
    'Seul l’organisateur peut faire cette modification sur Google Agenda (403 forbiddenForNonOrganizer : vous êtes invité à cet événement) ; elle n’a été gardée qu’ici. Demandez à l’organisateur de la faire.',
  'log.line.eventTypeRestricted':
    'Google Agenda n’autorise pas cette modification pour ce type d’événement ({said} : {message}) ; elle n’a été gardée qu’ici. Faites-la dans Google Agenda, ou laissez l’événement tel que Google l’a.',
  'log.line.readOnlyCalendar':
    'Cet agenda est en lecture seule pour vous sur Google ({said}) : la modification n’a été gardée qu’ici. Demandez au propriétaire de l’agenda le droit de le modifier, ou copiez l’événement dans un de vos agendas.',
  'log.line.goneFromGoogle':
    'Google Agenda n’a plus cet événement ou son agenda ({said}) : il y a été supprimé, ou l’agenda n’est plus partagé avec vous. S’il doit rester sur Google, créez-le de nouveau.',
  'log.line.badRequest':
    'Google a refusé la modification ({said} : {message}) ; elle n’a été gardée qu’ici. Corrigez l’événement (ses heures, sa règle de répétition ou ses invités) et enregistrez-le de nouveau.',
  'log.line.googleAnswered':
    'Google a répondu {said} : {message}. La modification n’a été gardée qu’ici ; si cela se répète, joignez les diagnostics (Journal de synchronisation → Exporter…) à un rapport de bug.',
  'log.line.noAccess': 'Almanac n’a pas reçu l’accès à Google Agenda.',
  'log.line.resetStarted': 'Réinitialisation du compte commencée : {plan}.',
  'log.line.resetResumed':
    'Reprise de la réinitialisation du compte interrompue ({plan} ; {done} des {total} suppressions sur Google étaient faites).',
  'log.line.resetPlan':
    '{existing, select, keep {événements existants laissés intacts} deleteGoogle {événements existants supprimés de Google Agenda, gardés ici} deleteLocal {événements existants supprimés de cet ordinateur, gardés sur Google} other {événements existants supprimés de Google Agenda et de cet ordinateur}}{notify, select, yes {, invités prévenus} no {, invités non prévenus} other {}} ; prochaine synchronisation : {next, select, new {uniquement les nouveaux événements} other {tous les événements existants}}',
  'log.line.resetDeleteFailed': '« {summary} » n’a pas pu être supprimé de Google Agenda : {why}',
  'log.line.resetFinished':
    'Réinitialisation du compte terminée : {did} ; Google a été déconnecté et {next, select, new {la prochaine connexion ne synchronise que les événements créés à partir de maintenant} other {la prochaine connexion synchronise tous les événements existants}}.',
  'log.line.resetDid':
    '{first}{second, select, none {} other {, {second}}}{third, select, none {} other {, {third}}}',
  'log.line.resetDeleted':
    '{deleted, plural, one {# événement supprimé} other {# événements supprimés}} de Google Agenda{failed, plural, =0 {} one { (# n’a pas pu l’être, voir plus haut)} other { (# n’ont pas pu l’être, voir plus haut)}}',
  'log.line.resetRemoved':
    '{count, plural, one {# événement supprimé} other {# événements supprimés}} de cet ordinateur',
  'log.line.resetUnlinked':
    '{count, plural, one {# événement gardé} other {# événements gardés}} ici, sur cet ordinateur seulement',
  'log.line.resetNothing': 'aucun événement modifié',
  'log.line.resetInterrupted':
    'La réinitialisation du compte s’est arrêtée après {done} des {total} suppressions sur Google : {why} Elle reprend d’elle-même au prochain démarrage ou à la prochaine synchronisation ; la synchronisation attend qu’elle soit terminée.',
  'log.line.resetClosed':
    'Almanac a été fermé pendant la réinitialisation du compte ; elle reprend au prochain démarrage, et la synchronisation attend qu’elle soit terminée.',
  'log.line.notSignedIn': 'Google Agenda n’est pas connecté.',
  'log.line.signInRefused': 'Google a refusé la connexion.',
  'log.line.signInRefusedSaying': 'Google a refusé la connexion : {detail}',
  'log.line.stoppedUnexpectedly': 'une erreur inattendue : {detail}',
  'log.line.syncStopped': 'La synchronisation s’est arrêtée sur une erreur inattendue : {detail}',
  'log.line.storeWindowClosed': 'La fenêtre d’Almanac s’est fermée pendant la synchronisation.',
  'log.line.storeTimedOut': 'L’agenda local n’a pas répondu à {method} à temps.',
  'log.line.storeNoWindow': 'Aucune fenêtre d’Almanac n’est ouverte pour tenir l’agenda local.',
  'log.line.storeUnknownCall': 'L’agenda local a reçu un appel qu’il ne connaît pas.',
  'log.line.storeMalformedCall': 'L’agenda local n’a pas pu lire les arguments de {method}.',
  'log.line.storeUnreadableAnswer':
    'L’agenda local a envoyé une réponse qu’Almanac ne sait pas lire.',
  'log.line.noAnswerInBatch':
    'aucune réponse n’est venue pour cet appel, la connexion a été coupée',
  'log.line.batchNoBoundary': 'sa réponse groupée n’avait pas de délimiteur multipart',
  'log.line.batchNoStatusLine':
    'une partie de sa réponse groupée n’avait pas de ligne d’état HTTP : {line}',
  'log.line.batchTooLarge': 'un lot compte au plus {max} appels',
  'log.line.localKeptChanging':
    'Les événements locaux n’ont pas cessé de changer pendant la synchronisation ({events}).',
  'log.line.keptFailing': 'Google Agenda a échoué à plusieurs reprises ou était injoignable.',
};
