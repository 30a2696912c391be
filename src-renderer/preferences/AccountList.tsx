// Preferences → Google Calendar: the connected accounts, one row each — "Connected as …",
// or its sign-in expired with "Reconnect" (the others keep syncing) — and "Disconnect",
// which asks first, since the account's calendars and events then leave this computer.
// "Add account" signs in another one through the same OAuth client.
import { useState } from 'react';
import type { AccountStatus } from '../../src-preload/contract';
import { useQuestions } from '../calendar/QuestionDialog';
import type { AlmanacDatabase } from '../db/database';
import { countAccountEvents, forgetGoogleAccount } from '../db/account-removal';
import type { GoogleState } from '../sync/useGoogleStatus';

export function AccountList({ db, google }: { db: AlmanacDatabase; google: GoogleState }) {
  const { status, busy } = google;
  const questions = useQuestions();
  const [notice, setNotice] = useState<string | null>(null);
  if (!status) return null;
  const accounts = status.accounts;

  const disconnect = async (email: string) => {
    setNotice(null);
    const events = await countAccountEvents(db, email);
    const confirmed = await questions.ask({
      label: 'Disconnect account',
      title: `Disconnect ${email}?`,
      body: (
        <p>
          Almanac signs out of {email} and its calendars and {events} event(s) leave this computer.
          They stay on Google Calendar. Your other accounts and the calendars kept only here are not
          touched.
        </p>
      ),
      answers: [
        { value: false, label: 'Cancel', focus: true },
        { value: true, label: 'Disconnect', danger: true },
      ],
    });
    if (!confirmed || !(await google.disconnect(email))) return;
    const removed = await forgetGoogleAccount(db, email);
    setNotice(`Disconnected ${email}; its calendars and ${removed} event(s) left this computer.`);
  };

  return (
    <div className="account-list">
      {accounts.length > 0 && (
        <ul aria-label="Google accounts">
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
            Connect
          </button>
        )}
        {accounts.length > 0 && status.state !== 'signing-in' && (
          <button type="button" onClick={() => void google.connect()} disabled={busy}>
            Add account
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
  return (
    <li className="account-row" aria-label={account.email}>
      {account.state === 'connected' ? (
        <p className="connected">
          Connected as <strong>{account.email}</strong>
        </p>
      ) : (
        <div role="alert" className="problem">
          <p>
            <strong>Google sign-in expired for {account.email}.</strong> Your other accounts keep
            syncing.
          </p>
          {account.problem && <p>{account.problem.fix}</p>}
        </div>
      )}
      <div className="button-row">
        {account.state === 'reconnect' && (
          <button type="button" onClick={onReconnect} disabled={busy}>
            Reconnect
          </button>
        )}
        <button
          type="button"
          onClick={onDisconnect}
          disabled={busy}
          aria-label={`Disconnect ${account.email}`}
        >
          Disconnect
        </button>
      </div>
    </li>
  );
}
