// What the toolbar needs of a wait between tries: when the next try goes, and why.
import type { SyncRetry } from '../../src-preload/contract';
import { retryReason } from '../google/errors';
import type { GoogleWait } from '../google/gateway';

export function retryOf(wait: GoogleWait | null): SyncRetry | null {
  return wait ? { at: wait.at.toISOString(), reason: retryReason(wait.failure) } : null;
}
