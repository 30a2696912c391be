// Beside "Pause synchronization": one connected account's "Reset Account" (ResetDialog) and
// "Stop synchronization", which signs that account out of Google after a confirmation and
// keeps every event on this computer; the other accounts are not touched.
import { sentenceText } from '../i18n/log-line-words';
import { useState } from 'react';
import { useQuestions } from '../calendar/QuestionDialog';
import type { AlmanacDatabase } from '../db/database';
import type { GoogleState } from '../sync/useGoogleStatus';
import { ResetDialog } from './ResetDialog';
import { useLocale } from '../i18n/LocaleProvider';

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
  const { t } = useLocale();
  const stop = async () => {
    const confirmed = await questions.ask({
      title: t('account.stop.title'),
      label: t('account.stop'),
      body: <p>{t('account.stop.body', { account })}</p>,
      answers: [
        { value: false, label: t('common.cancel'), focus: true },
        { value: true, label: t('account.stop'), danger: true },
      ],
    });
    if (confirmed) void google.disconnect(account);
  };
  return (
    <section className="account-actions" aria-label={t('account.name', { account })}>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setResetting(true)}>
          {t('account.reset')}
        </button>
        <button type="button" className="button" onClick={() => void stop()}>
          {t('account.stop')}
        </button>
      </div>
      {resetting && (
        <ResetDialog
          db={db}
          account={account}
          onClose={() => setResetting(false)}
          onDone={(report) => {
            setResetting(false);
            onNotice(report.words ? sentenceText(report.words, t) : report.message);
          }}
        />
      )}
      {questions.dialog}
    </section>
  );
}
