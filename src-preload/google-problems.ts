// Every way connecting to Google can fail, in plain words with the fix. The codes are
// Google's own where Google names the failure, so the sync log and the README can be
// searched with what Google's page showed. Shared: main reports these, and the renderer
// shows the ones Google displays on its own pages (where no answer reaches the app).
import type { GoogleProblemInfo } from './contract';

export type GoogleProblem = GoogleProblemInfo;

const CONSOLE = 'Google Cloud Console → APIs & Services';

export const GUIDE: Record<string, Omit<GoogleProblem, 'code'>> = {
  redirect_uri_mismatch: {
    title: 'Google refused Almanac’s sign-in address (redirect_uri_mismatch).',
    fix: `Your OAuth client is not of the type “Desktop app”. In ${CONSOLE} → Credentials, choose “Create credentials → OAuth client ID”, pick Application type “Desktop app”, and paste that client’s ID and secret here. Desktop clients need no redirect URI.`,
  },
  access_denied: {
    title: 'Google did not give Almanac access (access_denied).',
    fix: `If you pressed Cancel, click “Sync with Google” to try again. If Google said the app “has not completed the Google verification process”, your account is not a test user of this app: in ${CONSOLE} → OAuth consent screen → Test users, add your Google account.`,
  },
  invalid_client: {
    title: 'Google does not recognise this Client ID and Client Secret (invalid_client).',
    fix: `Copy both again from ${CONSOLE} → Credentials → your Desktop client (the download icon shows them), check that no space slipped in, and Save.`,
  },
  invalid_grant: {
    title: 'Your Google sign-in has expired or was revoked (invalid_grant).',
    fix: 'Click “Reconnect” to sign in again. If this happens every 7 days, your OAuth consent screen is in “Testing”, where Google’s sign-ins last only a week: publish the app (OAuth consent screen → Publish app) for lasting sign-ins.',
  },
  scope_missing: {
    title: 'Almanac was not given access to your calendars.',
    fix: 'Click “Sync with Google” again and, on Google’s consent screen, tick the box that lets Almanac see and edit your calendars.',
  },
  timeout: {
    title: 'Sign-in timed out.',
    fix: 'Nothing came back from the browser within 5 minutes. Click “Sync with Google” to start again, and finish the steps in the browser tab that opens.',
  },
  browser_failed: {
    title: 'Almanac could not open your browser.',
    fix: 'Copy the sign-in address shown here into your browser to continue.',
  },
  network: {
    title: 'Google could not be reached.',
    fix: 'Check your internet connection (and any proxy or firewall), then try again.',
  },
  not_configured: {
    title: 'Google Calendar is not set up yet.',
    fix: 'Open Preferences → Google Calendar, tick “Google Calendar”, paste your Client ID and Client Secret, and Save.',
  },
  cancelled: {
    title: 'Sign-in was cancelled.',
    fix: 'Click “Sync with Google” when you are ready.',
  },
};
