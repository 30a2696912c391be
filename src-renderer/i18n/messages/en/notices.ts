// English words made outside JSX: what the local database refuses and why, the calendar's
// details problems, import and invitations, subscriptions, and quick add: one part of ./en.ts.
export default {
  // ---------------------------------------------------------------- the local database refuses
  'db.googleCalendarEdit': '“{calendar}” is a Google calendar; change it on Google.',
  'db.googleCalendarDelete': '“{calendar}” is a Google calendar; it cannot be deleted here.',
  'db.mainCalendar': '“{calendar}” is your main calendar.',
  'db.viewOnly': 'You can only view events in “{calendar}”.',
  'db.otherAccount': 'An event moves only between calendars of the same Google account.',
  'db.eventGone': 'This event no longer exists; it may have been deleted elsewhere.',
  'db.eventGone.short': 'That event no longer exists.',
  'db.notGuest': 'You are not on the guest list of this event.',
  // ---------------------------------------------------------------- why an event cannot change
  'refusal.readOnly': '“{calendar}” is read-only: its events change on Google only.',
  'refusal.notSynced':
    '“{calendar}” is not synced with Google now, so its events cannot change here until it syncs again (Preferences → Google Calendar → Calendars to sync).',
  'refusal.organizerOnly': 'Only the organizer can change this event.',
  'refusal.guestMove':
    'You are a guest of this event: only its organizer can move it to another calendar.',
  'refusal.stays':
    '{type, select, birthday {Birthdays stay in the calendar Google keeps them in.} fromGmail {Events Gmail added stay in the calendar Gmail put them in.} focusTime {Focus time stays in your primary calendar.} outOfOffice {Out-of-office events stay in your primary calendar.} other {Working locations stay in your primary calendar.}}',
  // ---------------------------------------------------------------- the sync log's buttons
  'logAction.nothing': 'This line has nothing to restore.',
  'logAction.eventGone': 'The event no longer exists on this computer.',
  'logAction.noCalendar': 'No calendar here takes new events.',
  // ---------------------------------------------------------------- import
  'import.title': 'Import events',
  'import.invitation': 'Invitation',
  'import.file': 'iCalendar file (.ics)',
  'import.into': 'Into calendar',
  'import.noTitle': '(no title)',
  'import.from': 'From {organizer}',
  'import.whatItDoes': 'What Import does',
  'import.unreadableList': 'Could not be read',
  'import.notes': 'Worth knowing',
  'import.import': 'Import',
  'import.busy': 'Importing…',
  'import.accept': 'Accept',
  'import.decline': 'Decline',
  'import.failed': 'Nothing was imported: {reason}',
  'import.answerFailed': 'Nothing was changed: {reason}',
  'import.onlyIcs': 'Only iCalendar (.ics) files can be imported.',
  'import.events':
    'Import {count, plural, one {# event} other {# events}}{repeating, plural, =0 {} other { (# repeating)}} into {calendar}',
  'import.none': 'No events to import into {calendar}',
  'import.updates':
    '{count, plural, one {# already here will be updated} other {# already here will be updated}}',
  'import.removals':
    '{count, plural, one {# cancelled event} other {# cancelled events}} will be removed',
  'import.unreadable':
    '{count, plural, one {# could not be read} other {# could not be read}}: {first}{more, plural, =0 {} other {, and # more}}',
  'import.leftOut': '{items} left out (Almanac keeps events)',
  'import.kind':
    '{kind, select, VTODO {{count, plural, one {# to-do} other {# to-dos}}} VJOURNAL {{count, plural, one {# journal entry} other {# journal entries}}} VFREEBUSY {{count, plural, one {# free/busy list} other {# free/busy lists}}} other {{count, plural, one {# other item} other {# other items}}}}',
  'import.result.added': 'added {count, plural, one {# event} other {# events}}',
  'import.result.updated': 'updated {count, plural, one {# event} other {# events}}',
  'import.result.removed': 'removed {count, plural, one {# event} other {# events}}',
  'import.result': '{changes} in {calendar}.',
  'import.result.nothing': 'Nothing changed in {calendar}.',
  'import.problem.line': 'line {line}: {reason}',
  'import.problem.event': 'event “{event}”: {reason}',
  'import.problem.lineEvent': 'line {line}, event “{event}”: {reason}',
  'invitation.alreadyThere':
    '{answer, select, accepted {Accepted} tentative {Maybe} other {Declined}}: the invitation was already in {calendar}; your answer is on it.',
  'invitation.declined': 'Declined: nothing was added.',
  'invitation.added': '{answer, select, accepted {Accepted} other {Maybe}}: added to {calendar}.',
  // ---------------------------------------------------------------- subscriptions
  'feed.already': 'You are already subscribed to that calendar.',
  'feed.empty': 'The feed sent nothing.',
  'feed.notCalendar': 'That address does not give a calendar.',
  'feed.notCalendarWhy': 'That address does not give a calendar: {reason}',
  // ---------------------------------------------------------------- Google sign-in notices
  'google.saved': 'Saved.',
  'google.signedOut': 'Signed out of {account}.',
  'google.disconnected': 'Disconnected. Your events stay on this computer.',
  // ---------------------------------------------------------------- quick add
  'quickAdd.title': 'Quick add',
  'quickAdd.text': 'New event',
  'quickAdd.placeholder': 'Lunch with Ana tomorrow 1pm at Café Central',
  'quickAdd.reading': 'Reading',
  'quickAdd.what': 'Title',
  'quickAdd.when': 'When',
  'quickAdd.repeats': 'Repeats',
  'quickAdd.where': 'Where',
  'quickAdd.guests': 'Guests',
  'quickAdd.hint': 'Enter opens the event with these fields filled in, to check and save.',
  'quickAdd.open': 'Open in editor',
  // ---------------------------------------------------------------- Preferences: calendars to sync
  'synced.name': 'Calendars to sync of {account}',
  'synced.title': 'Calendars to sync',
  'synced.arrives': 'The calendar list arrives with the first sync.',
  'synced.readOnly': ' (read only: changes come from Google only)',
  'synced.refresh': 'Refresh calendar list',
  'synced.pause': 'Pause synchronization',
  'synced.every': 'Sync every',
  'synced.interval':
    '{unit, select, hour {{count, plural, one {hour} other {# hours}}} other {{count, plural, one {minute} other {# minutes}}}}',
  'synced.afterChange': 'and a few seconds after each change here',
  // ---------------------------------------------------------------- Preferences: Google accounts
  'account.name': 'Account {account}',
  'account.reset': 'Reset Account',
  'account.stop': 'Stop synchronization',
  'account.stop.title': 'Stop synchronization?',
  'account.stop.body':
    'You are about to stop the synchronization of your calendar with Google ({account}). Almanac signs out of {account}; its events stay on this computer, and your other accounts keep syncing.',
  'account.disconnect': 'Disconnect',
  'account.disconnect.label': 'Disconnect account',
  'account.disconnect.title': 'Disconnect {account}?',
  'account.disconnect.body':
    'Almanac signs out of {account} and its calendars and {count, plural, one {# event} other {# events}} leave this computer. They stay on Google Calendar. Your other accounts and the calendars kept only here are not touched.',
  'account.disconnected':
    'Disconnected {account}; its calendars and {count, plural, one {# event} other {# events}} left this computer.',
  'account.disconnectOne': 'Disconnect {account}',
  'account.list': 'Google accounts',
  'account.connect': 'Connect',
  'account.add': 'Add account',
  'account.connectedAs': 'Connected as <b>{account}</b>',
  'account.expired':
    '<b>Google sign-in expired for {account}.</b> Your other accounts keep syncing.',
};
