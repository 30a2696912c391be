// The toolbar's "Sync with Google": signs in when the account is set up but not connected,
// sends the user to Preferences when it is not set up, and shows where the connection
// stands ("Connected as …", "Signing in…", or what went wrong and how to fix it).
import type { GoogleState } from './useGoogleStatus';

export interface SyncButtonProps {
  google: GoogleState;
  /** Credentials are missing: open Preferences → Google Calendar. */
  onSetUp(): void;
  /** Connected: run a sync now. */
  onSyncNow(): void;
}

export function SyncButton({ google, onSetUp, onSyncNow }: SyncButtonProps) {
  const { status, busy } = google;
  const state = status?.state ?? 'not-configured';
  const click = () => {
    if (state === 'not-configured') onSetUp();
    else if (state === 'ready' || state === 'reconnect') void google.connect();
    else if (state === 'connected') onSyncNow();
  };
  return (
    <div className="sync-control">
      <span className="sync-status" role="status">
        {state === 'connected' && status?.account && `Connected as ${status.account}`}
        {state === 'signing-in' && 'Signing in… finish in your browser'}
        {state === 'reconnect' && 'Google sign-in expired'}
      </span>
      <button type="button" className="button" onClick={click} disabled={busy && state !== 'connected'} aria-busy={state === 'signing-in'}>
        {state === 'reconnect' ? 'Reconnect' : 'Sync with Google'}
      </button>
    </div>
  );
}
