// The Google connection as the renderer sees it: the status main pushes (never a token or
// the secret), and the actions on it. Failures of the bridge itself come back as a problem
// like any other, so the pane always has something true to show.
import { bridgeErrorText } from '../i18n/bridge-error-words';
import { useCallback, useEffect, useState } from 'react';
import type { GoogleStatus, Result } from '../../src-preload/contract';
import { getApi } from '../bridge';
import { activeLocale } from '../i18n/active-locale';
import type { ConnectionTest } from '../../src-preload/contract';
import { problemWords } from './problem-words';

export interface GoogleState {
  status: GoogleStatus | null;
  /** The latest answer of an action (save, test, connect) in plain words. */
  notice: { ok: boolean; text: string } | null;
  busy: boolean;
  save(input: { enabled: boolean; clientId: string; clientSecret?: string }): Promise<boolean>;
  test(): Promise<void>;
  /** Signs in: with an account, reconnects it; without, adds (or connects) one. */
  connect(account?: string): Promise<void>;
  cancel(): Promise<void>;
  /** Signs one account out (every account when none is named); true when main did. */
  disconnect(account?: string): Promise<boolean>;
}

export function useGoogleStatus(): GoogleState {
  const [status, setStatus] = useState<GoogleStatus | null>(null);
  const [notice, setNotice] = useState<GoogleState['notice']>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    const api = getApi();
    const unsubscribe = api.onGoogleStatus((next) => live && setStatus(next));
    void api.getGoogleStatus().then((result) => live && result.ok && setStatus(result.value));
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);

  const run = useCallback(
    async (action: () => Promise<Result<GoogleStatus>>, success?: string): Promise<boolean> => {
      setBusy(true);
      try {
        const result = await action();
        if (!result.ok) {
          setNotice({ ok: false, text: bridgeErrorText(result.error) });
          return false;
        }
        setStatus(result.value);
        setNotice(success && !result.value.problem ? { ok: true, text: success } : null);
        return true;
      } finally {
        setBusy(false);
      }
    },
    [],
  );

  return {
    status,
    notice,
    busy,
    save: (input) =>
      run(() => getApi().saveGoogleCredentials(input), activeLocale().t('google.saved')),
    test: async () => {
      setBusy(true);
      try {
        const result = await getApi().testGoogleConnection();
        setNotice(
          result.ok
            ? { ok: result.value.ok, text: testWords(result.value) }
            : { ok: false, text: bridgeErrorText(result.error) },
        );
      } finally {
        setBusy(false);
      }
    },
    connect: async (account) => void (await run(() => getApi().connectGoogle(account))),
    cancel: async () => void (await run(() => getApi().cancelGoogleSignIn())),
    disconnect: (account) =>
      run(
        () => getApi().disconnectGoogle(account),
        account
          ? activeLocale().t('google.signedOut', { account })
          : activeLocale().t('google.disconnected'),
      ),
  };
}

/** Test connection's answer in the window's language: accepted, or the problem and its fix. */
function testWords(test: ConnectionTest): string {
  const locale = activeLocale();
  if (test.code === 'accepted') return locale.t('google.test.accepted');
  if (test.code === 'accepted-sign-in') return locale.t('google.test.acceptedSignIn');
  const { title, fix } = problemWords({ code: test.code, title: '', fix: test.message }, locale);
  return `${title} ${fix}`;
}
