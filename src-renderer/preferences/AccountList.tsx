// Preferences → Google Calendar: the connected accounts, one row each — "Connected as …",
// or its sign-in expired with "Reconnect" (the others keep syncing) — and "Disconnect",
// which asks first, since the account's calendars and events then leave this computer.
// "Add account" signs in another one through the same OAuth client.
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { AccountStatus } from '../../src-preload/contract';
import { useQuestions } from '../calendar/QuestionDialog';
import type { AlmanacDatabase } from '../db/database';
import { countAccountEvents, forgetGoogleAccount } from '../db/account-removal';
import type { GoogleState } from '../sync/useGoogleStatus';
import { useLocale } from '../i18n/LocaleProvider';
import { problemWords } from '../sync/problem-words';

export function AccountList({ db, google }: { db: AlmanacDatabase; google: GoogleState }) {
  const { status, busy } = google;
  const questions = useQuestions();
  const { t } = useLocale();
  const [notice, setNotice] = useState<string | null>(null);
  if (!status) return null;
  const accounts = status.accounts;

  const disconnect = async (email: string) => {
    setNotice(null);
    const events = await countAccountEvents(db, email);
    const confirmed = await questions.ask({
      label: t('account.disconnect.label'),
      title: t('account.disconnect.title', { account: email }),
      body: <p>{t('account.disconnect.body', { account: email, count: events })}</p>,
      answers: [
        { value: false, label: t('common.cancel'), focus: true },
        { value: true, label: t('account.disconnect'), danger: true },
      ],
    });
    if (!confirmed || !(await google.disconnect(email))) return;
    const removed = await forgetGoogleAccount(db, email);
    setNotice(t('account.disconnected', { account: email, count: removed }));
  };

  return (
    <div className="account-list">
      {accounts.length > 0 && (
        <ul aria-label={t('account.list')}>
          {accounts.map((account) => (
            <AccountRow
              key={account.email}
              account={account}
              busy={busy}
              onReconnect={() => void google.connect(account.email)}
              onDisconnect={() => void disconnect(account.email)}
            />
          ))}
        </ul>
      )}
      <div className="button-row">
        {status.state === 'ready' && (
          <button type="button" onClick={() => void google.connect()} disabled={busy}>
            {t('account.connect')}
          </button>
        )}
        {accounts.length > 0 && status.state !== 'signing-in' && (
          <button type="button" onClick={() => void google.connect()} disabled={busy}>
            {t('account.add')}
          </button>
        )}
      </div>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {questions.dialog}
    </div>
  );
}

function AccountRow({
  account,
  busy,
  onReconnect,
  onDisconnect,
}: {
  account: AccountStatus;
  busy: boolean;
  onReconnect(): void;
  onDisconnect(): void;
}) {
  const locale = useLocale();
  const { t } = locale;
  return (
    <li className="account-row" aria-label={account.email}>
      {account.state === 'connected' ? (
        <p className="connected">
          <FormattedMessage
            id="account.connectedAs"
            values={{ account: account.email, b: (words) => <strong>{words}</strong> }}
          />
        </p>
      ) : (
        <div role="alert" className="problem">
          <p>
            <FormattedMessage
              id="account.expired"
              values={{ account: account.email, b: (words) => <strong>{words}</strong> }}
            />
          </p>
          {account.problem && <p>{problemWords(account.problem, locale).fix}</p>}
        </div>
      )}
      <div className="button-row">
        {account.state === 'reconnect' && (
          <button type="button" onClick={onReconnect} disabled={busy}>
            {t('syncButton.reconnect')}
          </button>
        )}
        <button
          type="button"
          onClick={onDisconnect}
          disabled={busy}
          aria-label={t('account.disconnectOne', { account: account.email })}
        >
          {t('account.disconnect')}
        </button>
      </div>
    </li>
  );
}
