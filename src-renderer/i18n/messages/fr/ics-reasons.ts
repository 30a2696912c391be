// Pourquoi un événement d’un fichier a été laissé de côté ou lu autrement : une partie de ../fr.ts.
export default {
  'ics.reason.noStart': 'il n’a pas de début (DTSTART)',
  'ics.reason.endsBeforeDay': 'il finit avant de commencer ; il dure un jour',
  'ics.reason.endsBeforeTime': 'il finit avant de commencer ; il n’a pas de durée',
  'ics.reason.notATime': '{name} « {value} » n’est pas une vraie date ou heure',
  'ics.reason.negativeDuration': 'DURATION est négative',
  'ics.reason.noFreq': '{name} n’a pas de FREQ',
  'ics.reason.thisAndFollowing':
    'il modifie « cette occurrence et les suivantes », ce que Google ne sait pas faire ; il ne modifie que celle-ci',
  'ics.reason.periodDate':
    'une date supplémentaire donnée comme période ne garde que son début, avec la durée habituelle de l’événement',
  'ics.reason.unreadableReminder': 'un rappel dont l’heure est illisible a été laissé de côté',
  'ics.reason.reminderAfterStart':
    'un rappel après le début a été laissé de côté : les rappels précèdent l’événement',
  'ics.reason.reminderTooEarly':
    'un rappel plus de quatre semaines avant le début a été laissé de côté',
  'ics.reason.tooManyReminders':
    'il a {count} rappels et Google en garde cinq ; les cinq plus proches du début ont été gardés',
  'ics.reason.guestWithoutEmail': 'un invité sans adresse e-mail ({guest}) a été laissé de côté',
  'ics.reason.noUid':
    'il n’a pas d’UID ; il en a reçu un fait de son début et de son titre, si bien que l’importer de nouveau le met à jour',
  'ics.reason.otherVersion':
    'le fichier a une autre version de cet événement (ligne {line}) ; la plus récente a été gardée',
  'ics.reason.notRepeating': 'il modifie une occurrence d’un événement qui ne se répète pas',
  // La structure du fichier lui-même.
  'ics.reason.notUtf8':
    'le fichier n’est pas en UTF-8 ; il a été lu en Windows-1252 (Europe occidentale)',
  'ics.reason.neverClosed':
    'BEGIN:{name} n’est jamais fermé (END:{expected} manque avant la ligne {line})',
  'ics.reason.endWithoutBegin': 'END:{name} sans BEGIN ; ignoré',
  'ics.reason.wrongEnd':
    'END:{name} alors que END:{expected} était attendu, dans le {block} commençant à la ligne {line}',
  'ics.reason.emptyFile': 'le fichier est vide : il ne contient aucun agenda',
  'ics.reason.notCalendar':
    'ce n’est pas un fichier iCalendar : il devrait commencer par BEGIN:VCALENDAR, et commence par « {start} »',
  // Les lignes que le lecteur iCalendar ne sait pas lire.
  'ics.reason.notALine':
    '« {line} » n’est pas une ligne iCalendar (un nom, puis « : » et la valeur){ignored, select, yes { ; ignorée} other {}}',
  'ics.reason.badParameters':
    'les paramètres de « {line} » sont illisibles{ignored, select, yes { ; ignorée} other {}}',
  'ics.reason.parameterWithoutValue':
    'un paramètre de « {line} » n’a pas de valeur{ignored, select, yes { ; ignorée} other {}}',
  'ics.reason.badFreq':
    'la règle de répétition FREQ={freq} n’est ni DAILY, ni WEEKLY, ni MONTHLY, ni YEARLY (ni HOURLY, MINUTELY, SECONDLY){ignored, select, yes { ; ignorée} other {}}',
  'ics.reason.unreadable':
    '{property, select, none {} other {{property} : }}cette ligne n’a pas pu être lue ({detail}){ignored, select, yes { ; ignorée} other {}}',
  // Un événement que la lecture ou l’écriture n’a pas pu traverser.
  'ics.reason.eventUnreadable': 'il n’a pas pu être lu ({detail})',
  'ics.reason.eventUnwritable': 'il n’a pas pu être écrit ({detail})',
  'ics.reason.occurrenceWithoutTime': 'une occurrence modifiée sans l’heure qu’elle remplace',
  'ics.reason.notADate': '{name} « {value} » n’est pas une date',
  'ics.reason.notATimeToWrite': '{name} « {value} » n’est pas une heure',
  // Les fuseaux horaires.
  'ics.reason.unknownZone':
    'le fuseau horaire « {tzid} » n’est ni un fuseau connu ni défini dans le fichier ; ses heures ont été lues comme des heures de {zone}',
  'ics.reason.zoneByRules':
    'le fuseau horaire « {tzid} » ne correspond à aucun fuseau standard ; ses heures ont été lues selon les règles du fichier, et ses événements périodiques se répètent en {zone}{exact, select, yes { (exactement, car son décalage ne change jamais)} other {, le fuseau standard le plus proche}}',
  // Les champs propres à Almanac.
  'ics.reason.almanacFieldsNotJson':
    'son X-ALMANAC-FIELDS n’est pas du JSON lisible ; ces champs ont été laissés de côté',
  'ics.reason.almanacFieldsShape':
    'son X-ALMANAC-FIELDS ne contient pas ce qu’écrit Almanac ({detail}) ; ces champs ont été laissés de côté',
};
