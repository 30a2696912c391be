// English words for Preferences, Reset Account, sync status, sign-in and the sync log: one part of ./en.ts.
import { ENGLISH_LOG_LINES } from '../../log-line-words';

export default {
  // ---------------------------------------------------------------- sync status
  'sync.syncing': 'Syncing…',
  'sync.paused': 'Sync paused',
  'sync.syncedAt': 'Synced {time}',
  'sync.waiting': '{count, plural, one {# change waiting} other {# changes waiting}}',
  // ---------------------------------------------------------------- Reset Account
  'reset.title': 'Reset Account',
  'reset.affects':
    'Affects the events of {account}’s synced calendars that are linked to Google. Events you were only invited to are never deleted from Google.',
  'reset.existing': "User's Existing Events",
  'reset.existing.keep': 'Leave them untouched',
  'reset.existing.deleteGoogle': 'Delete from the current Google Calendar account',
  'reset.existing.deleteLocal': 'Delete from this computer',
  'reset.existing.deleteBoth': 'Delete from both',
  'reset.notifyGuests': 'Notify guests about deleted events',
  'reset.next': 'Next Synchronization',
  'reset.next.new': 'Synchronize only new events',
  'reset.next.all': 'Synchronize all existing events',
  'reset.summary.name': 'What Confirm does',
  'reset.confirm': 'Confirm',
  'reset.busy': 'Resetting…',
  'reset.summary.invited':
    'The {guest, plural, one {# event} other {# events}} you were invited to stay on Google.',
  'reset.summary.told': 'Guests are told.',
  'reset.summary.notEmailed': 'Guests are not emailed.',
  'reset.summary.keep':
    'Leaves all {all, plural, one {# event} other {# events}} untouched, here and on Google Calendar.',
  'reset.summary.deleteGoogle':
    'Deletes {mine, plural, one {# event} other {# events}} from Google Calendar, keeps them here (as events on this computer only).',
  'reset.summary.deleteLocal':
    'Deletes {all, plural, one {# event} other {# events}} from this computer, keeps them on Google Calendar.',
  'reset.summary.deleteBoth':
    'Deletes {mine, plural, one {# event} other {# events}} from Google Calendar and {all, plural, one {# event} other {# events}} from this computer.',
  'reset.summary.nextNew':
    'Then signs out of Google; after you sign in again, only events created from now on are synchronized.',
  'reset.summary.nextAll':
    'Then signs out of Google; after you sign in again, all existing events are synchronized both ways, without emailing guests.',
  // ---------------------------------------------------------------- Preferences
  'prefs.title': 'Preferences',
  'prefs.sections': 'Preferences sections',
  'prefs.tab.general': 'General',
  'prefs.tab.display': 'Display',
  'prefs.tab.notifications': 'Notifications',
  'prefs.tab.google': 'Google Calendar',
  'prefs.tab.log': 'Sync log',
  'prefs.resetResult': 'Reset result',
  'prefs.language': 'Language and region',
  'prefs.language.system': 'Follow this computer ({name})',
  'prefs.timeFormat': 'Time format',
  'prefs.timeFormat.region': 'Follow the region ({example})',
  'prefs.timeFormat.12h': '12-hour ({example})',
  'prefs.timeFormat.24h': '24-hour ({example})',
  'prefs.timeZone': 'Time zone',
  'prefs.timeZone.system': 'Follow this computer ({zone})',
  'prefs.weekStartsOn': 'Week starts on',
  'prefs.weekStartsOn.region': 'Follow the region ({day})',
  'prefs.defaultView': 'Default view',
  'prefs.theme': 'Theme',
  'prefs.theme.system': 'Same as the system',
  'prefs.theme.light': 'Light',
  'prefs.theme.dark': 'Dark',
  'prefs.sendUpdates': 'Email guests about changes',
  'prefs.sendUpdates.ask': 'Ask each time',
  'prefs.sendUpdates.always': 'Always',
  'prefs.sendUpdates.never': 'Never',
  'prefs.notSaved': 'Preferences were not saved: {reason}',
  // ---------------------------------------------------------------- the window
  'app.eventGone': 'That event is no longer on this computer.',
  'app.reload': 'Reload',
  'app.stopped': "Almanac's background process stopped.",
  'app.stopped.detail':
    'Your calendar is still here and keeps your changes; syncing waits until it is back.',
  'app.openGoogleSettings': 'Open Google Calendar settings',
  'app.tickFailed': 'The calendar was not shown or hidden: its choice could not be saved.',
  'sidebar.shortcutsHint': 'Press {key} for keyboard shortcuts',
  'boundary.calendar': 'calendar',
  'boundary.failed': 'The {what} could not be shown: {reason}',
  'boundary.retry': 'Try again',
  // ---------------------------------------------------------------- settings problems
  'settings.notAnswering':
    'Almanac’s background service is not answering, so default settings are in use. Your events are safe on this computer.',
  'settings.unreadable': 'Settings could not be read ({reason}). Default settings are in use.',
  'settings.unreachable':
    'Almanac could not reach its background service ({reason}). Default settings are in use.',
  // ---------------------------------------------------------------- the guide to Google problems
  'problem.unknown.title': 'Google answered with an error ({code}).',
  'problem.redirect_uri_mismatch.title':
    'Google refused Almanac’s sign-in address (redirect_uri_mismatch).',
  'problem.redirect_uri_mismatch.fix':
    'Your OAuth client is not of the type “Desktop app”. In Google Cloud Console → APIs & Services → Credentials, choose “Create credentials → OAuth client ID”, pick Application type “Desktop app”, and paste that client’s ID and secret here. Desktop clients need no redirect URI.',
  'problem.access_denied.title': 'Google did not give Almanac access (access_denied).',
  'problem.access_denied.fix':
    'If you pressed Cancel, click “Sync with Google” to try again. If Google said the app “has not completed the Google verification process”, your account is not a test user of this app: in Google Cloud Console → APIs & Services → OAuth consent screen → Test users, add your Google account.',
  'problem.invalid_client.title':
    'Google does not recognise this Client ID and Client Secret (invalid_client).',
  'problem.invalid_client.fix':
    'Copy both again from Google Cloud Console → APIs & Services → Credentials → your Desktop client (the download icon shows them), check that no space slipped in, and Save.',
  'problem.invalid_grant.title': 'Your Google sign-in has expired or was revoked (invalid_grant).',
  'problem.invalid_grant.fix':
    'Click “Reconnect” to sign in again. If this happens every 7 days, your OAuth consent screen is in “Testing”, where Google’s sign-ins last only a week: publish the app (OAuth consent screen → Publish app) for lasting sign-ins.',
  'problem.scope_missing.title': 'Almanac was not given access to your calendars.',
  'problem.scope_missing.fix':
    'Click “Sync with Google” again and, on Google’s consent screen, tick the box that lets Almanac see and edit your calendars.',
  'problem.timeout.title': 'Sign-in timed out.',
  'problem.timeout.fix':
    'Nothing came back from the browser within 5 minutes. Click “Sync with Google” to start again, and finish the steps in the browser tab that opens.',
  'problem.browser_failed.title': 'Almanac could not open your browser.',
  'problem.browser_failed.fix':
    'Copy the sign-in address shown here into your browser to continue.',
  'problem.network.title': 'Google could not be reached.',
  'problem.network.fix':
    'Check your internet connection (and any proxy or firewall), then try again.',
  'problem.not_configured.title': 'Google Calendar is not set up yet.',
  'problem.not_configured.fix':
    'Open Preferences → Google Calendar, tick “Google Calendar”, paste your Client ID and Client Secret, and Save.',
  'problem.cancelled.title': 'Sign-in was cancelled.',
  'problem.cancelled.fix': 'Click “Sync with Google” when you are ready.',
  // ---------------------------------------------------------------- sync button
  'syncButton.reconnect': 'Reconnect',
  'syncButton.resume': 'Resume sync',
  'syncButton.sync': 'Sync with Google',
  'syncButton.sync.short': 'Sync',
  'syncButton.stopped': 'Background process stopped',
  'syncButton.connectedAs': 'Connected as {account}',
  'syncButton.resetRunning': 'Reset Account in progress…',
  'syncButton.signingIn': 'Signing in… finish in your browser',
  'syncButton.expired': 'Google sign-in expired',
  'syncButton.expiredFor': 'Google sign-in expired for {accounts}',
  'syncButton.resetWaiting': '⚠ Reset Account not finished',
  'syncButton.resetWaiting.hint':
    'It resumes at the next sync; nothing syncs until it is finished.',
  'syncButton.refused':
    '⚠ {count, plural, one {# change refused by Google} other {# changes refused by Google}}',
  'syncButton.refused.hint':
    'Google did not take it; the event is as Google has it. The sync log has what was refused.',
  'syncButton.failed': '⚠ Last sync failed',
  'syncButton.failed.in': '{account}: {reason}',
  'retry.in':
    '{reason, select, slowDown {Google asked Almanac to slow down} other {Google is not answering}}, retrying in {seconds} s',
  'retry.now':
    '{reason, select, slowDown {Google asked Almanac to slow down} other {Google is not answering}}, retrying now',
  // ---------------------------------------------------------------- signing in
  'signIn.name': 'Signing in to Google',
  'signIn.finish': 'Finish signing in in your browser.',
  'signIn.finish.detail': 'Choose your Google account and allow Almanac to use your calendars.',
  'signIn.noTab': 'No browser tab opened?',
  'signIn.address': 'Sign-in address',
  'signIn.googleError': 'Google shows an error?',
  'signIn.shows': '“{shows}”',
  'signIn.cancel': 'Cancel sign-in',
  // ---------------------------------------------------------------- sync log
  'log.diagnosticsSaved': 'Diagnostics saved.',
  'log.diagnosticsFailed': 'Could not save the diagnostics: {reason}',
  'log.level': 'Level',
  'log.level.all': 'Everything',
  'log.level.warn': 'Warnings and errors',
  'log.level.error': 'Errors only',
  'log.calendar': 'Calendar',
  'log.calendar.all': 'All calendars',
  'log.export': 'Export…',
  'log.empty': 'Nothing logged yet.',
  'log.lines': 'Sync log lines',
  'log.inCalendar': ' · {calendar}',
  'log.openEvent': 'Open event',
  'log.lostValue': 'Lost value: {value}',
  'log.restore': 'Restore',
  'log.restored': 'Restored',
  'log.restoreNew': 'Restore as a new event',
  'log.restoredNew': 'Restored as a new event',
  'log.info': 'Info',
  'log.warning': 'Warning',
  'log.error': 'Error',
  // The log's sentences, in English where main writes them too (src-preload/log-words.ts).
  ...ENGLISH_LOG_LINES,
  // ---------------------------------------------------------------- Preferences: Display
  'display.hoursOrder': 'Working hours must end after they start.',
  'display.hideWeekends': 'Hide weekends',
  'display.weekNumbers': 'Show week numbers',
  'display.workingHours': 'Shade outside working hours',
  'display.hours': 'Working hours',
  'display.from': 'From',
  'display.hours.start': 'Working hours start',
  'display.to': 'to',
  'display.hours.end': 'Working hours end',
  'display.days': 'Working days',
  'display.length': 'Default event length',
  'display.minutes': '{count} minutes',
  'display.hoursLength': '{count, plural, one {# hour} other {# hours}}',
  'display.secondZone': 'Second time zone (Day and Week)',
  'display.declined': 'Declined events',
  'display.declined.show': 'Shown, struck through',
  'display.declined.dim': 'Dimmed',
  'display.declined.hide': 'Hidden',
  // ---------------------------------------------------------------- Preferences: Notifications
  'notifications.notSaved': 'That was not saved: {reason}',
  'notifications.test.shown': 'Sent. It should be on your screen now.',
  'notifications.test.notShown':
    'This computer did not show it: reminders appear in Almanac’s reminder panel instead.',
  'notifications.enabled': 'Remind me of events',
  'notifications.snooze': 'Snooze for',
  'notifications.sound': 'Play a sound',
  'notifications.test': 'Test notification',
  'notifications.permission.ask':
    'Your browser shows Almanac’s reminders as desktop notifications once you allow it.',
  'notifications.permission.allow': 'Allow desktop notifications',
  'notifications.permission.denied':
    'Your browser blocks Almanac’s notifications, so reminders appear in Almanac’s own reminder panel. Allow notifications for this page in the browser’s site settings to get them on your desktop.',
  'notifications.defaults.hint': 'What “Default reminders” means for the events of each calendar.',
  'notifications.closed': 'When the window is closed',
  'notifications.keepRunning': 'Keep running when the window is closed',
  'notifications.keepRunning.mac':
    'Almanac stays in the Dock when its window is closed, as Mac apps do; this also puts it in the menu bar.',
  'notifications.keepRunning.tray':
    'Almanac stays in the tray, and sync and reminders go on. Quit it from the tray.',
  'notifications.openAtLogin': 'Open at login',
  'notifications.setInGoogle': ' (set in Google Calendar)',
  'notifications.notSynced': ' (not synced: no reminders)',
  'notifications.defaults.range':
    'Reminders can be from 0 minutes to 4 weeks (40320 minutes) before the start.',
  'notifications.defaults.name': '{calendar}: default reminder {index}, minutes before',
  'notifications.defaults.minutesBefore': 'minutes before',
  'notifications.defaults.remove': 'Remove {calendar} default reminder {index}',
  'notifications.defaults.add': 'Add a default reminder to {calendar}',
  'notifications.defaults.none': 'No reminders unless an event sets its own.',
};
