// English words for Preferences → Google Calendar (the OAuth client form and its set-up guide)
// and the sidebar's calendar list: one part of ./en.ts.
export default {
  // ---------------------------------------------------------------- Google Calendar pane
  'google.pane': 'Google Calendar settings',
  'google.switch': 'Google Calendar',
  'google.clientId': 'Client ID',
  'google.storage.file-key':
    'Your Google sign-in is stored encrypted with a key kept in the same data folder, because the browser shell has no access to your system keychain. Use the desktop app to keep it in the keychain.',
  'google.storage.no-keychain':
    'Your system has no keychain Almanac can use (no GNOME Keyring or KWallet), so your Google sign-in is encrypted with a key built into Electron. Install or unlock a keyring and reconnect to protect it.',
  'google.clientId.shape':
    'Google’s Client IDs end in “.apps.googleusercontent.com”. Check that you copied the whole ID.',
  'google.clientId.missing': 'Paste the Client ID of your Google Cloud OAuth client.',
  'google.secret': 'Client Secret',
  'google.secret.saved': 'Saved ({hint}); type to replace',
  'google.test': 'Test connection',
  'google.test.accepted': 'Google accepted this Client ID and Secret.',
  'google.test.acceptedSignIn':
    'Google accepted this Client ID and Secret. Click “Sync with Google” to sign in.',
  'google.waiting': 'Waiting for you to finish signing in in your browser…',
  'google.cancelSignIn': 'Cancel sign-in',
  'google.guide': 'How to get a Client ID and Client Secret',
  'google.guide.project':
    'Open the Google Cloud Console (console.cloud.google.com) and create a project, or pick one.',
  'google.guide.api': 'APIs & Services → Library: find “Google Calendar API” and click Enable.',
  'google.guide.consent':
    'APIs & Services → OAuth consent screen: choose “External”, give the app a name and your email. While the app is in “Testing”, add your own Google account under Test users (Google’s sign-ins then last 7 days; publish the app for lasting ones).',
  'google.guide.client':
    'APIs & Services → Credentials → Create credentials → OAuth client ID. Choose Application type <b>“Desktop app”</b>. There is no redirect URI to register: Almanac signs in through your browser on a local address.',
  'google.guide.paste':
    'Copy the Client ID and Client Secret here, tick “Google Calendar”, and Save.',
  'google.guide.sync':
    'Click “Sync with Google” in the toolbar, choose your account in the browser, and allow access to your calendars.',
  // ---------------------------------------------------------------- the sidebar's calendars
  'calendar.defaultName': 'My calendar',
  'calendars.mine': 'My calendars',
  'calendars.other': 'Other calendars',
  'calendars.new': 'New calendar',
  'calendars.addTo': 'Add a calendar to {account}',
  'calendars.options': 'Options for {calendar}',
  // ---------------------------------------------------------------- files opened with Almanac
  'opened.tooLarge': '“{name}” is too large to import ({mb} MB; at most {max} MB).',
  'opened.gone': 'Could not open “{name}”: it no longer exists.',
  'opened.unreadable': 'Could not open “{name}”: {detail}.',
  // ---------------------------------------------------------------- refusals from main
  'bridge.not-connected':
    'Connect Google Calendar first, or sign in to this account again (Preferences).',
  'bridge.resetting': 'Waiting for Reset Account to finish.',
  'bridge.signed-out': 'Google asks you to sign in again (Preferences).',
  'bridge.reset-refused': 'Another Reset Account is under way; try again once it is finished.',
  'bridge.internal': 'Something went wrong in Almanac. The details are in its log.',
  'bridge.disconnected': 'The connection to Almanac closed before it answered.',
  'bridge.ipc-failed': 'Almanac’s main process did not answer.',
  'bridge.no-key':
    'This page was not opened from the address `npm run web` printed, so it cannot reach Almanac’s background process. Open that address (it ends in #token=…).',
};
