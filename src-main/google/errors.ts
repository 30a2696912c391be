// What a failure from Google means for the sync: wait and try again, merge and try again,
// ask the user to reconnect, park this one change with a readable reason, treat it as
// already done, or start a full resync. One table, used for whole requests
// and for each part of a batch alike, so a single bad event never stops the others.

/** A failure reduced to what the table needs; built from a GaxiosError, a batch part, or a network error. */
export interface GoogleFailure {
  /** HTTP status; null when no response came back (network, timeout). */
  status: number | null;
  /** errors[0].reason of Google's error JSON, or the OAuth `error` code (invalid_grant). */
  reason?: string;
  message: string;
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
  return { kind: 'park', why: readableReason(failure) };
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
 */
export function readableReason(failure: GoogleFailure): string {
  const { status, reason, message } = failure;
  const said = `${status ?? 'no answer'}${reason ? ` ${reason}` : ''}`;
  if (reason === 'forbiddenForNonOrganizer') {
    return 'Only the organizer can make this change on Google Calendar (403 forbiddenForNonOrganizer: you are a guest of this event); it was kept here only. Ask the organizer to make the change.';
  }
  if (reason === 'eventTypeRestriction') {
    return `Google Calendar does not allow this change for this kind of event (${said}: ${message}); it was kept here only. Change it in Google Calendar, or leave it as Google has it.`;
  }
  if (reason === 'requiredAccessLevel') {
    return `You can only read this calendar on Google (${said}), so the change was kept here only. Ask the calendar's owner for permission to make changes, or copy the event to a calendar of your own.`;
  }
  if (status === 404 || status === 410 || reason === 'notFound' || reason === 'deleted') {
    return `Google Calendar no longer has this event or its calendar (${said}): it was deleted there, or the calendar is no longer shared with you. If it should still be on Google, create it again.`;
  }
  if (status === 400)
    return `Google refused the change (${said}: ${message}); it was kept here only. Correct the event (its times, repeat rule or guests) and save it again.`;
  return `Google answered ${said}: ${message}. The change was kept here only; if this keeps happening, attach the diagnostics (Sync log → Export…) to a bug report.`;
}

/**
 * A sync-log line for a failure the engine handles on its own (waits, merges, re-reads):
 * what Google said, what it means, and that nothing is lost or what the user can do.
 */
export function plainWords(failure: GoogleFailure, subject = 'Google Calendar'): string {
  const { status, reason } = failure;
  const said = `${status ?? 'no answer'}${reason ? ` ${reason}` : ''}`;
  if (status === null)
    return `Google Calendar could not be reached (${failure.message}). Almanac tries again shortly; nothing is lost.`;
  if (status === 429 || (status === 403 && RATE_REASONS.has(reason ?? ''))) {
    return `Google Calendar asked Almanac to slow down (${said}: too many requests in a short time). Almanac waits and tries again; nothing is lost. If this keeps happening, sync less often.`;
  }
  if (status === 412)
    return `${subject} was changed on Google Calendar since the last sync (${said}: the version no longer matches). Almanac fetched Google's version, merged both and sent the result again.`;
  if (status === 410)
    return `Google Calendar's list of changes for ${subject} expired (${said}), so Almanac reads the whole calendar again. Changes made here are kept.`;
  if (status >= 500)
    return `Google Calendar had a problem on its side (${said}). Almanac tries again shortly; nothing is lost.`;
  return readableReason(failure);
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
