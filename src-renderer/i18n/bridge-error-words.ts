// An answer main (or the bridge) refused, in the reader's language: a refusal main made as a
// sentence (src-preload/bridge-words.ts) is worded by it; the others people meet have a code
// and a sentence in the catalogues (`bridge.<code>`); the rest keep main's English (a store
// call between main and the window's database, which the person never reads).
import type { BridgeError } from '../../src-preload/contract';
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
