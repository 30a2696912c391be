// An answer main (or the bridge) refused, in the reader's language: the refusals people meet
// have a code and a sentence in the catalogues (`bridge.<code>`); the others keep main's
// English, as they carry Google's or the system's own words.
import type { BridgeError } from '../../src-preload/contract';
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
  'open-failed',
]);

export function bridgeErrorText(error: BridgeError): string {
  if (!WORDED.has(error.code)) return error.message;
  return activeLocale().t(`bridge.${error.code}` as MessageId);
}
