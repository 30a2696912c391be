// The toolbar's "Sync with Google": signs in when the account is set up but not connected,
// sends the user to Preferences when it is not set up, syncs now when connected, and shows
// where things stand: the account, the last sync, changes still waiting, a Reset Account
// being finished (nothing syncs meanwhile), or a failure that opens the details. While sync
// is paused it offers to resume instead: a habitual click must not send what the user chose
// to hold back.
import type { GoogleState } from './useGoogleStatus';
import type { SyncState } from './useSyncStatus';
import { visibleText } from '../visible-text';
import { activeLocale } from '../i18n/active-locale';
import { syncFailureText } from '../i18n/bridge-error-words';
import { retryWords, useRetryClock } from './retry-words';

export interface SyncButtonProps {
  google: GoogleState;
  sync: SyncState;
  /** Whether the background process answers; without it nothing can sync. */
  connected?: boolean;
  /** Open Preferences → Google Calendar (to set up). */
  onOpenSettings(): void;
  /** Open Preferences → Sync log (to read why sync failed). */
  onOpenLog(): void;
}

export function SyncButton({
  google,
  sync,
  connected = true,
  onOpenSettings,
  onOpenLog,
}: SyncButtonProps) {
  const { status, busy } = google;
  const state = status?.state ?? 'not-configured';
  const running = sync.status?.running ?? false;
  const paused = state === 'connected' && (sync.status?.paused ?? false);
  const connectedAs = (status?.accounts ?? []).filter((a) => a.state === 'connected');
  const expired = (status?.accounts ?? []).filter((a) => a.state === 'reconnect');
  const click = () => {
    if (state === 'not-configured') onOpenSettings();
    else if (state === 'ready' || state === 'reconnect') void google.connect(expired[0]?.email);
    else if (paused) void sync.resume();
    else if (state === 'connected') void sync.syncNow();
  };
  const reset = sync.status?.reset ?? null;
  // Google failed and sync waits to try again: said from the first failure, counting down.
  const retrying = (running && sync.status?.retry) || null;
  const now = useRetryClock(retrying);
  const failed =
    state === 'connected' &&
    !reset &&
    sync.status?.lastResult &&
    !sync.status.lastResult.ok &&
    !running;
  const lastError = sync.status?.lastResult?.error;
  const { t } = activeLocale();
  const syncWithGoogle = state !== 'reconnect' && !paused;
  const label =
    state === 'reconnect'
      ? t('syncButton.reconnect')
      : paused
        ? t('syncButton.resume')
        : t('syncButton.sync');
  const lines = [
    !connected && t('syncButton.stopped'),
    connected &&
      state === 'connected' &&
      connectedAs.length > 0 &&
      t('syncButton.connectedAs', {
        account: connectedAs.map((a) => visibleText(a.email)).join(', '),
      }),
    connected &&
      state === 'connected' &&
      expired.length > 0 &&
      t('syncButton.expiredFor', {
        accounts: expired.map((a) => visibleText(a.email)).join(', '),
      }),
    reset === 'running' && t('syncButton.resetRunning'),
    connected && state === 'connected' && !reset && retrying && retryWords(retrying, now),
    connected && state === 'connected' && !reset && syncLine(sync),
    state === 'signing-in' && t('syncButton.signingIn'),
    state === 'reconnect' && t('syncButton.expired'),
  ].filter((line): line is string => Boolean(line));
  return (
    <div className="sync-control">
      <span className="sync-status" role="status">
        {lines.map((line) => (
          <span key={line}>{line}</span>
        ))}
      </span>
      {/* In a narrow window the status folds into this icon; its tooltip has the words. */}
      {lines.length > 0 && (
        <span className="sync-status-icon" title={lines.join('\n')} aria-hidden="true">
          <CloudIcon />
        </span>
      )}
      {reset === 'waiting' && (
        <button
          type="button"
          className="link-button warning-link"
          onClick={onOpenLog}
          title={t('syncButton.resetWaiting.hint')}
        >
          {t('syncButton.resetWaiting')}
        </button>
      )}
      {(sync.status?.refused ?? 0) > 0 && (
        <button
          type="button"
          className="link-button warning-link"
          onClick={onOpenLog}
          title={t('syncButton.refused.hint')}
        >
          {t('syncButton.refused', { count: sync.status?.refused ?? 0 })}
        </button>
      )}
      {failed && (
        <button
          type="button"
          className="link-button warning-link"
          onClick={onOpenLog}
          title={lastError && syncFailureText(lastError)}
        >
          {t('syncButton.failed')}
        </button>
      )}
      <button
        type="button"
        className="button"
        onClick={click}
        disabled={!connected || !status || (busy && state !== 'connected') || running}
        aria-busy={running || state === 'signing-in'}
        aria-label={label}
      >
        {syncWithGoogle ? (
          <>
            <span className="label-full">{label}</span>
            <span className="label-short">{t('syncButton.sync.short')}</span>
          </>
        ) : (
          label
        )}
      </button>
    </div>
  );
}

/** "Synced 10:42 · 2 changes waiting", or null when there is nothing to say. */
function syncLine(sync: SyncState): string | null {
  const { formats, t } = activeLocale();
  const { status, pending } = sync;
  const parts: string[] = [];
  // While it waits on Google, the retry line above says what is going on.
  if (status?.running) {
    if (!status.retry) parts.push(t('sync.syncing'));
  } else if (status?.paused) parts.push(t('sync.paused'));
  else if (status?.lastSyncAt)
    parts.push(
      t('sync.syncedAt', { time: formats.time(Date.parse(status.lastSyncAt), undefined) }),
    );
  if (pending > 0) parts.push(t('sync.waiting', { count: pending }));
  return parts.length > 0 ? parts.join(' · ') : null;
}

function CloudIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" focusable="false">
      <path
        d="M7 18h10a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.1 9.2 4.5 4.5 0 0 0 7 18z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
    </svg>
  );
}
