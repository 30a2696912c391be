// The one door into the main process. Both shells hand every incoming request to
// `dispatch`: it refuses unknown channels, validates the payload against the contract's
// schema, runs the handler and turns any failure into data. Handlers never see raw input.
import { channels, fail, isChannelName, ok, refuse } from '../../src-preload/contract';
import type { ChannelName, PayloadOf, ResponseOf, Result } from '../../src-preload/contract';
import { refusalSentence, type BridgeWords } from '../../src-preload/bridge-words';

export type Handlers = {
  [C in ChannelName]: (payload: PayloadOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

/**
 * A failure the user should read (bad input, refused action): in English, or as a sentence
 * (src-preload/bridge-words.ts) the window words in the reader's language.
 */
export class UserFacingError extends Error {
  readonly words?: BridgeWords;
  constructor(
    readonly code: string,
    message: string | (BridgeWords & { text: string }),
  ) {
    super(typeof message === 'string' ? message : message.text);
    if (typeof message !== 'string') this.words = { id: message.id, values: message.values };
  }
}

export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
): Promise<Result<unknown>> {
  if (!isChannelName(channel))
    return refuse(
      'unknown-channel',
      refusalSentence('unknownChannel', { channel: nameOf(channel) }),
    );
  const parsed = channels[channel].request.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(
      'invalid-payload',
      refusalSentence('invalidRequest', {
        channel,
        field: issue?.path.join('.') || 'payload',
        issue: issue?.message ?? 'malformed',
      }),
    );
  }
  try {
    const handler = handlers[channel] as (p: unknown) => Promise<unknown> | unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof UserFacingError) return fail(error.code, error.message, error.words);
    // Internal errors are logged in main; the renderer gets a readable line, no stack.
    console.error(`[ipc] ${channel} failed:`, error);
    return fail(
      'internal',
      `Something went wrong in ${channel}. The details are in the app's log.`,
    );
  }
}

/** A refused channel name for the message; some values (`{"toString":1}` over the socket) cannot even be printed. */
function nameOf(channel: unknown): string {
  try {
    return String(channel).slice(0, 80);
  } catch {
    return `a ${typeof channel}`;
  }
}
