// An answer main (or the bridge) refused, in the reader's language: a refusal main made as a
// sentence (src-preload/bridge-words.ts) is worded by it; the others people meet have a code
// and a sentence in the catalogues (`bridge.<code>`); the rest keep main's English (a store
// call between main and the window's database, which the person never reads).
import type { BridgeError, SyncStatus } from '../../src-preload/contract';
import { LOG_WORDS } from '../../src-preload/log-words';
import { sentenceText } from './log-line-words';
import { visibleText } from '../visible-text';
import { BRIDGE_WORDS } from '../../src-preload/bridge-words';
import { activeLocale } from './active-locale';
import type { MessageId } from './catalogues';

const WORDED = new Set([
  'not-connected',
  'signed-out',
  'reset-refused',
  'resetting',
  'internal',
  'disconnected',
  'ipc-failed',
  'no-key',
]);

export function bridgeErrorText(error: BridgeError): string {
  if (error.words && error.words.id in BRIDGE_WORDS)
    return activeLocale().t(`bridge.words.${error.words.id}` as MessageId, error.words.values);
  if (!WORDED.has(error.code)) return error.message;
  return activeLocale().t(`bridge.${error.code}` as MessageId);
}

type SyncFailure = NonNullable<NonNullable<SyncStatus['lastResult']>['error']>;

/** Why the last sync failed, as the toolbar's hint says it (named by account when several). */
export function syncFailureText(error: SyncFailure): string {
  const { t } = activeLocale();
  const reason =
    error.said && error.said.id in LOG_WORDS ? sentenceText(error.said, t) : bridgeErrorText(error);
  return error.account
    ? t('syncButton.failed.in', { account: visibleText(error.account), reason })
    : reason;
}
