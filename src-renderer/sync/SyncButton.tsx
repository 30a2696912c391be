// The toolbar's "Sync with Google": signs in when the account is set up but not connected,
// sends the user to Preferences when it is not set up, syncs now when connected, and shows
// where things stand: the account, the last sync, changes still waiting, a Reset Account
// being finished (nothing syncs meanwhile), or a failure that opens the details. While sync
// is paused it offers to resume instead: a habitual click must not send what the user chose
// to hold back.
import type { GoogleState } from './useGoogleStatus';
import type { SyncState } from './useSyncStatus';
import { visibleText } from '../visible-text';

export interface SyncButtonProps {
  google: GoogleState;
  sync: SyncState;
  /** Open Preferences → Google Calendar (to set up). */
  onOpenSettings(): void;
  /** Open Preferences → Sync log (to read why sync failed). */
  onOpenLog(): void;
}

export function SyncButton({ google, sync, onOpenSettings, onOpenLog }: SyncButtonProps) {
  const { status, busy } = google;
  const state = status?.state ?? 'not-configured';
  const running = sync.status?.running ?? false;
  const paused = state === 'connected' && (sync.status?.paused ?? false);
  const click = () => {
    if (state === 'not-configured') onOpenSettings();
    else if (state === 'ready' || state === 'reconnect') void google.connect();
    else if (paused) void sync.resume();
    else if (state === 'connected') void sync.syncNow();
  };
  const reset = sync.status?.reset ?? null;
  const failed =
    state === 'connected' &&
    !reset &&
    sync.status?.lastResult &&
    !sync.status.lastResult.ok &&
    !running;
  return (
    <div className="sync-control">
      <span className="sync-status" role="status">
        {state === 'connected' && status?.account && (
          <span>Connected as {visibleText(status.account)}</span>
        )}
        {reset === 'running' && <span>Reset Account in progress…</span>}
        {state === 'connected' && !reset && <SyncLine sync={sync} />}
        {state === 'signing-in' && 'Signing in… finish in your browser'}
        {state === 'reconnect' && 'Google sign-in expired'}
      </span>
      {reset === 'waiting' && (
        <button
          type="button"
          className="link-button warning-link"
          onClick={onOpenLog}
          title="It resumes at the next sync; nothing syncs until it is finished."
        >
          ⚠ Reset Account not finished
        </button>
      )}
      {failed && (
        <button
          type="button"
          className="link-button warning-link"
          onClick={onOpenLog}
          title={sync.status?.lastResult?.error?.message}
        >
          ⚠ Last sync failed
        </button>
      )}
      <button
        type="button"
        className="button"
        onClick={click}
        disabled={!status || (busy && state !== 'connected') || running}
        aria-busy={running || state === 'signing-in'}
      >
        {state === 'reconnect' ? 'Reconnect' : paused ? 'Resume sync' : 'Sync with Google'}
      </button>
    </div>
  );
}

function SyncLine({ sync }: { sync: SyncState }) {
  const { status, pending } = sync;
  const parts: string[] = [];
  if (status?.running) parts.push('Syncing…');
  else if (status?.paused) parts.push('Sync paused');
  else if (status?.lastSyncAt)
    parts.push(
      `Synced ${new Date(status.lastSyncAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`,
    );
  if (pending > 0) parts.push(`${pending} ${pending === 1 ? 'change' : 'changes'} waiting`);
  return parts.length > 0 ? <span className="sync-line">{parts.join(' · ')}</span> : null;
}
