// Fetching a subscribed calendar feed (an https or webcal URL) for the page, which reads it
// and keeps its events. Fetched here in main, never by the page: one place sets the limits
// (a size cap and a timeout, so a huge or stalled feed cannot hang or swamp Almanac) and
// asks the server only for what changed (ETag and Last-Modified, answered 304).
import { refusalSentence } from '../../src-preload/bridge-words';
import { UserFacingError } from '../ipc/dispatch';

export interface FeedRequest {
  url: string;
  etag?: string;
  lastModified?: string;
}

export type FeedAnswer =
  { unchanged: true } | { unchanged: false; text: string; etag?: string; lastModified?: string };

export interface FeedLimits {
  maxBytes: number;
  timeoutMs: number;
  /**
   * Plain http to 127.0.0.1 (tests serve feeds from a local server without a certificate).
   * Never set by the Electron shell; every other feed must be https.
   */
  allowLoopbackHttp?: boolean;
}

export const FEED_LIMITS: FeedLimits = { maxBytes: 20 * 1024 * 1024, timeoutMs: 30_000 };

/** The feed's https URL: webcal:// is https:// (as Apple and Google read it). */
export function feedUrl(input: string, limits: Pick<FeedLimits, 'allowLoopbackHttp'>): URL {
  let url: URL;
  try {
    url = new URL(input.trim().replace(/^webcals?:\/\//i, 'https://'));
  } catch {
    throw new UserFacingError('feed-url', refusalSentence('feedNotAnAddress'));
  }
  const loopback = url.protocol === 'http:' && url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(loopback && limits.allowLoopbackHttp))
    throw new UserFacingError('feed-url', refusalSentence('feedNotEncrypted'));
  if (url.username || url.password)
    throw new UserFacingError('feed-url', refusalSentence('feedCredentials'));
  return url;
}

export async function fetchFeed(
  request: FeedRequest,
  limits: FeedLimits = FEED_LIMITS,
): Promise<FeedAnswer> {
  const url = feedUrl(request.url, limits);
  const headers: Record<string, string> = { Accept: 'text/calendar, */*;q=0.5' };
  if (request.etag) headers['If-None-Match'] = request.etag;
  if (request.lastModified) headers['If-Modified-Since'] = request.lastModified;
  let response: Response;
  try {
    response = await fetch(url, {
      headers,
      redirect: 'follow',
      signal: AbortSignal.timeout(limits.timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    throw new UserFacingError(
      'feed-unreachable',
      timedOut
        ? refusalSentence('feedTimedOut', { host: url.host, seconds: limits.timeoutMs / 1000 })
        : refusalSentence('feedUnreachable', { host: url.host }),
    );
  }
  if (response.status === 304) return { unchanged: true };
  if (!response.ok)
    throw new UserFacingError(
      'feed-refused',
      // The status text is the server's own words.
      refusalSentence('feedAnswered', {
        host: url.host,
        status: `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      }),
    );
  // A redirect must not lead somewhere the address itself could not be.
  if (response.url && response.url !== url.href) feedUrl(response.url, limits);
  const bytes = await readCapped(response, limits.maxBytes, url.host);
  return {
    unchanged: false,
    text: decode(bytes, response.headers.get('content-type')),
    ...(response.headers.get('etag') ? { etag: response.headers.get('etag')! } : {}),
    ...(response.headers.get('last-modified')
      ? { lastModified: response.headers.get('last-modified')! }
      : {}),
  };
}

// ---------------------------------------------------------------------------------------

/** The body, refusing it once it passes `maxBytes` (before reading the rest). */
async function readCapped(response: Response, maxBytes: number, host: string): Promise<Uint8Array> {
  const tooLarge = () =>
    new UserFacingError(
      'feed-too-large',
      refusalSentence('feedTooLarge', { host, megabytes: Math.round(maxBytes / 1_048_576) }),
    );
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return new Uint8Array();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** Text in the charset the server names; UTF-8, as RFC 5545 says, when it names none. */
function decode(bytes: Uint8Array, contentType: string | null): string {
  const charset = /charset="?([\w-]+)/i.exec(contentType ?? '')?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
