// Preferences → Google Calendar: the switch, the user's own OAuth client (Client ID and
// Secret; the secret is write-only here, main keeps it encrypted), the setup guide for a
// "Desktop app" client, the sign-in's state with its fix when something failed, and the
// connected accounts (AccountList: Connect, Add account, Reconnect and Disconnect per account).
import { useEffect, useId, useState } from 'react';
import type { AlmanacDatabase } from '../db/database';
import type { GoogleState } from '../sync/useGoogleStatus';
import { AccountList } from './AccountList';
import { PaneNotice } from './PaneNotice';

export function GoogleCalendarPane({ db, google }: { db: AlmanacDatabase; google: GoogleState }) {
  const { status, notice, busy } = google;
  const [enabled, setEnabled] = useState(false);
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [loaded, setLoaded] = useState(false);
  const ids = { id: useId(), secret: useId() };

  // Fill the form once from main; later status pushes must not wipe what the user is typing.
  useEffect(() => {
    if (status && !loaded) {
      setEnabled(status.enabled);
      setClientId(status.clientId);
      setLoaded(true);
    }
  }, [status, loaded]);

  const save = async () => {
    if (enabled && clientId.trim() === '') return;
    if (await google.save({ enabled, clientId, clientSecret })) setClientSecret('');
  };
  const idProblem =
    enabled &&
    loaded &&
    clientId.trim() !== '' &&
    !/\.apps\.googleusercontent\.com$/.test(clientId.trim());

  return (
    <section className="google-pane" aria-label="Google Calendar settings">
      <label className="checkbox-row">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        Google Calendar
      </label>

      <div className="field">
        <label htmlFor={ids.id}>Client ID</label>
        <input
          id={ids.id}
          value={clientId}
          onChange={(e) => setClientId(e.target.value)}
          disabled={!enabled}
          spellCheck={false}
          autoComplete="off"
          placeholder="1234-abc.apps.googleusercontent.com"
        />
        {idProblem && (
          <p className="hint">
            Google’s Client IDs end in “.apps.googleusercontent.com”. Check that you copied the
            whole ID.
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={ids.secret}>Client Secret</label>
        <input
          id={ids.secret}
          type="password"
          value={clientSecret}
          onChange={(e) => setClientSecret(e.target.value)}
          disabled={!enabled}
          autoComplete="off"
          placeholder={
            status?.secretHint ? `Saved (${status.secretHint}); type to replace` : 'GOCSPX-…'
          }
        />
      </div>
      {enabled && clientId.trim() === '' && (
        <p role="alert" className="problem">
          Paste the Client ID of your Google Cloud OAuth client.
        </p>
      )}
      <div className="button-row">
        <button type="button" onClick={save} disabled={busy || (enabled && clientId.trim() === '')}>
          Save
        </button>
        <button
          type="button"
          onClick={() => void google.test()}
          disabled={busy || status?.state === 'not-configured'}
        >
          Test connection
        </button>
      </div>
      <PaneNotice outcome={notice} />
      {status?.storageWarning && <p className="hint warning">{status.storageWarning}</p>}

      <ConnectionState db={db} google={google} />
      <SetupGuide />
    </section>
  );
}

function ConnectionState({ db, google }: { db: AlmanacDatabase; google: GoogleState }) {
  const { status } = google;
  if (!status) return null;
  // An account's own problem shows on its row; this one is the sign-in's.
  const shown = status.problem;
  const onARow =
    shown &&
    status.accounts.some((a) => a.problem?.code === shown.code && a.problem.title === shown.title);
  return (
    <div className="connection">
      {status.state === 'signing-in' && (
        <div role="status">
          <p>Waiting for you to finish signing in in your browser…</p>
          <button type="button" onClick={() => void google.cancel()}>
            Cancel sign-in
          </button>
        </div>
      )}
      {shown && !onARow && status.state !== 'signing-in' && (
        <div role="alert" className="problem">
          <p>
            <strong>{shown.title}</strong>
          </p>
          <p>{shown.fix}</p>
        </div>
      )}
      <AccountList db={db} google={google} />
    </div>
  );
}

function SetupGuide() {
  return (
    <details className="setup-guide">
      <summary>How to get a Client ID and Client Secret</summary>
      <ol>
        <li>
          Open the Google Cloud Console (console.cloud.google.com) and create a project, or pick
          one.
        </li>
        <li>APIs &amp; Services → Library: find “Google Calendar API” and click Enable.</li>
        <li>
          APIs &amp; Services → OAuth consent screen: choose “External”, give the app a name and
          your email. While the app is in “Testing”, add your own Google account under Test users
          (Google’s sign-ins then last 7 days; publish the app for lasting ones).
        </li>
        <li>
          APIs &amp; Services → Credentials → Create credentials → OAuth client ID. Choose
          Application type <strong>“Desktop app”</strong>. There is no redirect URI to register:
          Almanac signs in through your browser on a local address.
        </li>
        <li>Copy the Client ID and Client Secret here, tick “Google Calendar”, and Save.</li>
        <li>
          Click “Sync with Google” in the toolbar, choose your account in the browser, and allow
          access to your calendars.
        </li>
      </ol>
    </details>
  );
}
