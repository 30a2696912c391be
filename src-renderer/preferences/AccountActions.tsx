// Beside "Pause synchronization": one connected account's "Reset Account" (ResetDialog) and
// "Stop synchronization", which signs that account out of Google after a confirmation and
// keeps every event on this computer; the other accounts are not touched.
import { useState } from 'react';
import { useQuestions } from '../calendar/QuestionDialog';
import type { AlmanacDatabase } from '../db/database';
import type { GoogleState } from '../sync/useGoogleStatus';
import { ResetDialog } from './ResetDialog';

export function AccountActions({
  db,
  account,
  google,
  onNotice,
}: {
  db: AlmanacDatabase;
  account: string;
  google: GoogleState;
  onNotice(text: string): void;
}) {
  const [resetting, setResetting] = useState(false);
  const questions = useQuestions();
  const stop = async () => {
    const confirmed = await questions.ask({
      title: 'Stop synchronization?',
      label: 'Stop synchronization',
      body: (
        <p>
          You are about to stop the synchronization of your calendar with Google ({account}).
          Almanac signs out of {account}; its events stay on this computer, and your other accounts
          keep syncing.
        </p>
      ),
      answers: [
        { value: false, label: 'Cancel', focus: true },
        { value: true, label: 'Stop synchronization', danger: true },
      ],
    });
    if (confirmed) void google.disconnect(account);
  };
  return (
    <section className="account-actions" aria-label={`Account ${account}`}>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setResetting(true)}>
          Reset Account
        </button>
        <button type="button" className="button" onClick={() => void stop()}>
          Stop synchronization
        </button>
      </div>
      {resetting && (
        <ResetDialog
          db={db}
          account={account}
          onClose={() => setResetting(false)}
          onDone={(report) => {
            setResetting(false);
            onNotice(report.message);
          }}
        />
      )}
      {questions.dialog}
    </section>
  );
}
