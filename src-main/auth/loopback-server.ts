// The one-shot loopback listener of the desktop sign-in (RFC 8252 §7.3). It binds to
// 127.0.0.1 on a port the OS picks, accepts exactly one GET on its callback path whose
// `state` matches and whose Host is the loopback address, answers with a page telling the
// person to go back to Almanac, and closes. Anything else is refused without ending the
// wait, so a stray or hostile request cannot cancel or hijack the sign-in.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseRequestTarget } from '../http/request-target';
import type { RequestTarget } from '../http/request-target';
import { rememberSecret } from '../../src-preload/redact';
import {
  acceptedLanguages,
  ENGLISH_PAGES,
  type PageText,
  type SignInPageWords,
} from '../../src-preload/sign-in-page-words';

export const CALLBACK_PATH = '/oauth2/callback';
export const SIGN_IN_TIMEOUT_MS = 5 * 60 * 1000;

export type CallbackOutcome =
  | { kind: 'code'; code: string; scope: string | null }
  | { kind: 'error'; error: string; description: string | null }
  | { kind: 'timeout' }
  | { kind: 'cancelled' };

export interface LoopbackListener {
  /** The redirect URI to send to Google: http://127.0.0.1:<port>/oauth2/callback */
  redirectUri: string;
  /** Settles once: the first valid callback, the timeout, or cancel(). */
  outcome: Promise<CallbackOutcome>;
  cancel(): void;
}

export interface ListenOptions {
  timeoutMs?: number;
  /** The pages' words, given the languages the browser that came back asks for. */
  words?(browserLanguages: string[]): SignInPageWords;
}

export async function listenForCallback(
  state: string,
  options: ListenOptions = {},
): Promise<LoopbackListener> {
  let settle!: (outcome: CallbackOutcome) => void;
  const outcome = new Promise<CallbackOutcome>((resolve) => (settle = resolve));
  let done = false;
  let port = 0;

  const server = createServer((req, res) => {
    const words = wordsFor(req, options);
    const verdict = judge(req, port, state);
    if (!verdict.ok) return answer(res, verdict.status, page(words, words[verdict.page]));
    if (done) return answer(res, 409, page(words, words.alreadyFinished));
    done = true;
    const query = verdict.target.searchParams;
    const error = query.get('error');
    if (error) {
      answer(res, 200, page(words, words.denied));
      finish({ kind: 'error', error, description: query.get('error_description') });
    } else {
      answer(res, 200, page(words, words.connected));
      const code = query.get('code') ?? '';
      // From here on the code is a credential: no log line may carry it, in any shape.
      rememberSecret(code);
      finish({ kind: 'code', code, scope: query.get('scope') });
    }
  });

  const timer = setTimeout(
    () => finish({ kind: 'timeout' }),
    options.timeoutMs ?? SIGN_IN_TIMEOUT_MS,
  );
  timer.unref();

  function finish(result: CallbackOutcome): void {
    done = true;
    clearTimeout(timer);
    settle(result);
    // Let the browser receive the page before the socket goes away.
    server.close();
    setTimeout(() => server.closeAllConnections(), 500).unref();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    redirectUri: `http://127.0.0.1:${port}${CALLBACK_PATH}`,
    outcome,
    cancel: () => {
      if (!done) finish({ kind: 'cancelled' });
    },
  };
}

type Refusal = 'wrongMethod' | 'wrongHost' | 'notAnAddress' | 'notFound' | 'otherAttempt';
type Verdict = { ok: true; target: RequestTarget } | { ok: false; status: number; page: Refusal };

function judge(req: IncomingMessage, port: number, state: string): Verdict {
  if (req.method !== 'GET') return { ok: false, status: 405, page: 'wrongMethod' };
  if (req.headers.host !== `127.0.0.1:${port}`)
    return { ok: false, status: 400, page: 'wrongHost' };
  const target = parseRequestTarget(req.url);
  if (!target) return { ok: false, status: 400, page: 'notAnAddress' };
  if (target.pathname !== CALLBACK_PATH) return { ok: false, status: 404, page: 'notFound' };
  if (target.searchParams.get('state') !== state)
    return { ok: false, status: 400, page: 'otherAttempt' };
  return { ok: true, target };
}

function wordsFor(req: IncomingMessage, options: ListenOptions): SignInPageWords {
  const languages = acceptedLanguages(req.headers['accept-language']);
  return options.words?.(languages) ?? ENGLISH_PAGES;
}

function answer(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    'Referrer-Policy': 'no-referrer',
  });
  res.end(html);
}

function page(words: SignInPageWords, { title, text }: PageText): string {
  return `<!doctype html><html lang="${words.lang}"><head><meta charset="utf-8"><title>${title} – Almanac</title>
<style>body{font:16px system-ui,sans-serif;display:grid;place-items:center;height:100vh;margin:0;color:#1f2933}main{max-width:28rem;text-align:center}</style>
</head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`;
}
