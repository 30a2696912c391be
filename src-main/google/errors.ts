// What a failure from Google means for the sync: wait and try again, merge and try again,
// ask the user to reconnect, park this one change with a readable reason, treat it as
// already done, or start a full resync. One table, used for whole requests
// and for each part of a batch alike, so a single bad event never stops the others.
import { said, SaidError, type LogSentence } from '../../src-preload/log-words';

/** A failure reduced to what the table needs; built from a GaxiosError, a batch part, or a network error. */
export interface GoogleFailure {
  /** HTTP status; null when no response came back (network, timeout). */
  status: number | null;
  /** errors[0].reason of Google's error JSON, or the OAuth `error` code (invalid_grant). */
  reason?: string;
  message: string;
  /**
   * The message as one of Almanac's own sentences, when Almanac said it (a batch answer cut
   * short or malformed): the log words it in the reader's language. Absent when the words
   * are Google's or the network's own, which stay as they were written.
   */
  said?: LogSentence;
  /** The Retry-After header as sent: seconds or an HTTP date. */
  retryAfter?: string | null;
}

export type Operation =
  'list' | 'get' | 'insert' | 'patch' | 'delete' | 'calendarList' | 'colors' | 'calendarWrite';

export type Outcome =
  | { kind: 'retry'; retryAfterMs: number | null; why: string }
  | { kind: 'merge' }
  | { kind: 'auth'; why: string }
  | { kind: 'park'; why: string }
  | { kind: 'done' }
  | { kind: 'full-sync' };

export function classify(failure: GoogleFailure, op: Operation): Outcome {
  const { status, reason } = failure;
  if (status === null)
    return { kind: 'retry', retryAfterMs: null, why: `network: ${failure.message}` };
  if (
    reason === 'invalid_grant' ||
    reason === 'invalid_client' ||
    reason === 'unauthorized_client' ||
    status === 401
  ) {
    return { kind: 'auth', why: failure.message };
  }
  if (
    status === 429 ||
    status >= 500 ||
    status === 408 ||
    (status === 403 && RATE_REASONS.has(reason ?? '')) ||
    (status === 409 && reason === 'conflict')
  ) {
    return {
      kind: 'retry',
      retryAfterMs: retryAfterMs(failure.retryAfter),
      why: `${status} ${reason ?? ''}`.trim(),
    };
  }
  if (status === 403 && reason === 'insufficientPermissions')
    return { kind: 'auth', why: 'Almanac was not given access to Google Calendar.' };
  if (status === 412) return { kind: 'merge' };
  if (status === 409 && op === 'insert') return { kind: 'done' };
  if ((status === 404 || status === 410) && op === 'delete') return { kind: 'done' };
  if (status === 410 && op === 'list') return { kind: 'full-sync' };
  return { kind: 'park', why: reasonSaid(failure).text };
}

/**
 * Why a failure worth retrying makes sync wait, as the toolbar words it: Google asked to
 * slow down (429, a rate-limit 403), or Google is not answering (no response, 5xx, 408, or
 * anything else that is retried).
 */
export function retryReason(failure: GoogleFailure): 'unavailable' | 'rate-limited' {
  const { status, reason } = failure;
  if (status === 429 || (status === 403 && RATE_REASONS.has(reason ?? ''))) return 'rate-limited';
  return 'unavailable';
}

/** Reads whatever was thrown (google-auth-library's gaxios, fetch) into a GoogleFailure. */
export function failureOf(error: unknown): GoogleFailure {
  const e = error as {
    status?: unknown;
    code?: unknown;
    message?: unknown;
    response?: { status?: number; data?: unknown; headers?: unknown };
  };
  const response = e?.response;
  const status =
    typeof response?.status === 'number'
      ? response.status
      : typeof e?.status === 'number'
        ? e.status
        : null;
  const message = typeof e?.message === 'string' ? e.message : String(error);
  if (error instanceof SaidError) return { status: null, message, said: error.said };
  if (status === null) return { status: null, message };
  const body = errorBody(response?.data);
  return {
    status,
    reason: body.reason,
    message: body.message ?? message,
    retryAfter: headerOf(response?.headers, 'retry-after'),
  };
}

/** Google's error JSON (`{error:{errors:[{reason}],message}}`) or OAuth's (`{error, error_description}`). */
export function errorBody(data: unknown): { reason?: string; message?: string } {
  let parsed = data;
  if (typeof data === 'string') {
    try {
      parsed = JSON.parse(data);
    } catch {
      return { message: data || undefined };
    }
  }
  const root = parsed as { error?: unknown; error_description?: unknown } | null;
  if (!root || typeof root !== 'object') return {};
  if (typeof root.error === 'string')
    return {
      reason: root.error,
      message: typeof root.error_description === 'string' ? root.error_description : root.error,
    };
  const err = root.error as
    | { errors?: { reason?: string; message?: string }[]; message?: string; status?: string }
    | undefined;
  if (!err || typeof err !== 'object') return {};
  return {
    reason: err.errors?.[0]?.reason ?? err.status,
    message: err.message ?? err.errors?.[0]?.message,
  };
}

/** Retry-After in ms (seconds or an HTTP date), or null. */
export function retryAfterMs(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
  /** Attempts before giving up on this cycle (the scheduler tries again later). */
  maxAttempts: number;
  random: () => number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  baseMs: 500,
  maxMs: 60_000,
  maxAttempts: 6,
  random: Math.random,
};

/**
 * Truncated exponential backoff with "equal jitter" (half fixed, half random), so clients
 * that failed together do not come back together; never sooner than Google's Retry-After.
 */
export function backoffDelay(
  attempt: number,
  retryAfter: number | null,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): number {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  const jittered = exp / 2 + (exp / 2) * policy.random();
  return Math.max(jittered, retryAfter ?? 0);
}

/**
 * Words a person can act on, for the sync log: what Google said (status and reason, as
 * Google's documentation names them), what it means, and what to do about it.
 * A sentence of the log (src-preload/log-words.ts), worded where it is read.
 */
export function reasonSaid(failure: GoogleFailure): LogSentence {
  const { status, reason, message } = failure;
  const words = { said: saidOf(failure), message };
  if (reason === 'forbiddenForNonOrganizer') return said('organizerOnly');
  if (reason === 'eventTypeRestriction') return said('eventTypeRestricted', words);
  if (reason === 'requiredAccessLevel') return said('readOnlyCalendar', words);
  if (status === 404 || status === 410 || reason === 'notFound' || reason === 'deleted')
    return said('goneFromGoogle', words);
  if (status === 400) return said('badRequest', words);
  return said('googleAnswered', words);
}

/**
 * A sync-log line for a failure the engine handles on its own (waits, merges, re-reads):
 * what Google said, what it means, and that nothing is lost or what the user can do.
 * `summary` names the event it was about, else it is about Google Calendar.
 */
export function plainSaid(failure: GoogleFailure, summary?: string): LogSentence {
  const { status, reason } = failure;
  const words = {
    said: saidOf(failure),
    named: summary === undefined ? 'no' : 'yes',
    summary: summary ?? '',
  };
  if (status === null) return said('unreachable', { message: failure.said ?? failure.message });
  if (status === 429 || (status === 403 && RATE_REASONS.has(reason ?? '')))
    return said('slowDown', words);
  if (status === 412) return said('changedOnGoogle', words);
  if (status === 410) return said('changesExpired', words);
  if (status >= 500) return said('googleTrouble', words);
  return reasonSaid(failure);
}

/** What Google said, as its documentation names it: "403 rateLimitExceeded". */
function saidOf({ status, reason }: GoogleFailure): string {
  return `${status ?? 'no answer'}${reason ? ` ${reason}` : ''}`;
}

// ---------------------------------------------------------------------------------------

const RATE_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded']);

function headerOf(headers: unknown, name: string): string | null {
  if (!headers) return null;
  if (typeof (headers as { get?: unknown }).get === 'function')
    return (headers as Headers).get(name);
  const record = headers as Record<string, unknown>;
  for (const [k, v] of Object.entries(record))
    if (k.toLowerCase() === name)
      return typeof v === 'string' ? v : Array.isArray(v) ? String(v[0]) : null;
  return null;
}
