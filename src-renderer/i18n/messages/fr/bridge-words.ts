// Ce que le processus principal refuse, en phrases : une partie de ../fr.ts.
export default {
  'bridge.words.feedNotAnAddress': 'Ce n’est pas une adresse web (https:// ou webcal://).',
  'bridge.words.feedNotEncrypted':
    'Seuls les agendas en https:// et webcal:// peuvent être suivis (un flux non chiffré pourrait être modifié en chemin).',
  'bridge.words.feedCredentials': 'Ne mettez ni nom d’utilisateur ni mot de passe dans l’adresse.',
  'bridge.words.feedTimedOut': '{host} n’a pas répondu en {seconds} secondes.',
  'bridge.words.feedUnreachable': 'Impossible de joindre {host}.',
  'bridge.words.feedAnswered': '{host} a répondu {status}.',
  'bridge.words.feedTooLarge': 'L’agenda de {host} dépasse {megabytes} Mo.',
  'bridge.words.calendarGone': 'Cet agenda n’existe plus.',
  'bridge.words.notCalendarOf': '« {calendar} » n’est pas un agenda de {account}.',
  'bridge.words.zoneOwnerOnly':
    'Seul le propriétaire de « {calendar} » peut changer son fuseau horaire.',
  'bridge.words.signInAgainTo': 'Google demande de vous reconnecter à {account} (Préférences).',
  'bridge.words.googleRefused': 'Google n’a pas accepté la modification : {reason}',
  'bridge.words.unknownChannel': 'Almanac n’a pas de requête nommée {channel}.',
  'bridge.words.invalidRequest':
    'Almanac ne peut pas accepter cette requête {channel} ({field} : {issue}).',
  'bridge.words.unreadableMessage': 'Almanac ne sait pas lire cette requête.',
  'bridge.words.openFailed':
    'Impossible d’ouvrir {url} dans votre navigateur. Copiez plutôt l’adresse.',
  'bridge.words.calendarName': 'Donnez un nom à l’agenda.',
  'bridge.words.calendarNameLong': 'Le nom d’un agenda compte au plus {max} caractères.',
  'bridge.words.calendarColor': 'Choisissez une couleur comme #4986e7.',
  'bridge.words.calendarZone':
    '« {zone} » n’est pas un fuseau horaire ; choisissez-en un dans la liste.',
  'bridge.words.calendarReminderCount': 'Un agenda a au plus {max} rappels par défaut.',
  'bridge.words.calendarReminderRange':
    'Un rappel peut aller de 0 minute à 4 semaines avant l’événement.',
};
