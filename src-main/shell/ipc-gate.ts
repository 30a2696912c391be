// The check every IPC request passes before it reaches a handler: the sending frame must be
// the top frame of our own page (trusted-url.ts), then `dispatch` validates the channel and
// payload. Refusals are data like every other error, so the renderer never sees a throw.
// Pure: main.ts describes the sender frame and registers one ipcMain.handle per channel.
import { fail } from '../../src-preload/contract';
import type { Result } from '../../src-preload/contract';
import { dispatch } from '../ipc/dispatch';
import type { Handlers } from '../ipc/dispatch';
import { isTrustedSender } from './trusted-url';
import type { SenderFrame, TrustPolicy } from './trusted-url';

export type InvokeGate = (
  channel: string,
  sender: SenderFrame | null,
  payload: unknown,
) => Promise<Result<unknown>>;

export function createInvokeGate(
  handlers: Handlers,
  policy: TrustPolicy,
  warn: (message: string) => void = console.warn,
): InvokeGate {
  return async function invokeThroughGate(channel, sender, payload) {
    if (!isTrustedSender(sender, policy)) {
      // Logged without the payload: it came from a page we do not trust and may be large or hostile.
      warn(
        `[ipc] refused ${channel.slice(0, 80)} from ${sender ? sender.url.slice(0, 200) : 'a frame that is gone'}`,
      );
      return fail(
        'untrusted-sender',
        'This request did not come from the Almanac window, so it was refused.',
      );
    }
    return dispatch(handlers, channel, payload);
  };
}
