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
};
