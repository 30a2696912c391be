// Preferences → Google Calendar: the switch, the user's own OAuth client (Client ID and
// Secret; the secret is write-only here, main keeps it encrypted), the setup guide for a
// "Desktop app" client, the sign-in's state with its fix when something failed, and the
// connected accounts (AccountList: Connect, Add account, Reconnect and Disconnect per account).
import { useEffect, useId, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { AlmanacDatabase } from '../db/database';
import type { GoogleState } from '../sync/useGoogleStatus';
import { AccountList } from './AccountList';
import { PaneNotice } from './PaneNotice';
import { useLocale } from '../i18n/LocaleProvider';
import { problemWords } from '../sync/problem-words';

// What a Client ID looks like; Google's own shape, the same in every language.
const SAMPLE_ID = '1234-abc.apps.googleusercontent.com';
const SAMPLE_SECRET = 'GOCSPX-…';

export function GoogleCalendarPane({ db, google }: { db: AlmanacDatabase; google: GoogleState }) {
  const { status, notice, busy } = google;
  const { t } = useLocale();
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
    <section className="google-pane" aria-label={t('google.pane')}>
      <label className="checkbox-row">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        {t('google.switch')}
      </label>

      <div className="field">
        <label htmlFor={ids.id}>{t('google.clientId')}</label>
        <input
          id={ids.id}
          value={clientId}
          onChange={(e) => setClientId(e.target.value)}
          disabled={!enabled}
          spellCheck={false}
          autoComplete="off"
          placeholder={SAMPLE_ID}
        />
        {idProblem && <p className="hint">{t('google.clientId.shape')}</p>}
      </div>
      <div className="field">
        <label htmlFor={ids.secret}>{t('google.secret')}</label>
        <input
          id={ids.secret}
          type="password"
          value={clientSecret}
          onChange={(e) => setClientSecret(e.target.value)}
          disabled={!enabled}
          autoComplete="off"
          placeholder={
            status?.secretHint
              ? t('google.secret.saved', { hint: status.secretHint })
              : SAMPLE_SECRET
          }
        />
      </div>
      {enabled && clientId.trim() === '' && (
        <p role="alert" className="problem">
          {t('google.clientId.missing')}
        </p>
      )}
      <div className="button-row">
        <button type="button" onClick={save} disabled={busy || (enabled && clientId.trim() === '')}>
          {t('common.save')}
        </button>
        <button
          type="button"
          onClick={() => void google.test()}
          disabled={busy || status?.state === 'not-configured'}
        >
          {t('google.test')}
        </button>
      </div>
      <PaneNotice outcome={notice} />
      {status?.storageWarning && (
        <p className="hint warning">{t(`google.storage.${status.storageWarning}`)}</p>
      )}

      <ConnectionState db={db} google={google} />
      <SetupGuide />
    </section>
  );
}

function ConnectionState({ db, google }: { db: AlmanacDatabase; google: GoogleState }) {
  const { status } = google;
  const locale = useLocale();
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
          <p>{locale.t('google.waiting')}</p>
          <button type="button" onClick={() => void google.cancel()}>
            {locale.t('google.cancelSignIn')}
          </button>
        </div>
      )}
      {shown && !onARow && status.state !== 'signing-in' && (
        <div role="alert" className="problem">
          <p>
            <strong>{problemWords(shown, locale).title}</strong>
          </p>
          <p>{problemWords(shown, locale).fix}</p>
        </div>
      )}
      <AccountList db={db} google={google} />
    </div>
  );
}

function SetupGuide() {
  const { t } = useLocale();
  const steps = [
    'google.guide.project',
    'google.guide.api',
    'google.guide.consent',
    'google.guide.client',
    'google.guide.paste',
    'google.guide.sync',
  ] as const;
  return (
    <details className="setup-guide">
      <summary>{t('google.guide')}</summary>
      <ol>
        {steps.map((id) => (
          <li key={id}>
            <FormattedMessage id={id} values={{ b: (words) => <strong>{words}</strong> }} />
          </li>
        ))}
      </ol>
    </details>
  );
}
