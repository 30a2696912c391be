// Turns what Google or the network answered into an entry of the guide to Google
// problems (src-preload/google-problems.ts), which the renderer shares.
import { GUIDE } from '../../src-preload/google-problems';
import type { GoogleProblem } from '../../src-preload/google-problems';
import type { GoogleFailure } from '../google/errors';

export type { GoogleProblem };

export function problem(code: string, detail?: string): GoogleProblem {
  const entry = GUIDE[code];
  if (entry) return { code, ...entry };
  return {
    code,
    title: `Google answered with an error (${code}).`,
    fix: detail
      ? `Google said: “${detail}”. Check your Client ID and Secret, then try again.`
      : 'Check your Client ID and Secret, then try again.',
  };
}

/** The guide entry for an error thrown by google-auth-library or a network failure. */
export function problemFromError(error: unknown): GoogleProblem {
  const e = error as {
    code?: unknown;
    response?: { data?: { error?: unknown; error_description?: unknown } };
    message?: unknown;
  };
  const oauthError = e?.response?.data?.error;
  if (typeof oauthError === 'string')
    return problem(
      oauthError,
      typeof e.response?.data?.error_description === 'string'
        ? e.response.data.error_description
        : undefined,
    );
  if (
    typeof e?.code === 'string' &&
    /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)$/.test(
      e.code,
    )
  )
    return problem('network');
  return problem('unknown', typeof e?.message === 'string' ? e.message : undefined);
}

/**
 * The guide entry for a call Google refused as a sign-in problem (however the call went out:
 * a token refresh, a whole call, or one call of a batch): Google's OAuth code when it named
 * one (invalid_grant: the sign-in expired or was revoked), a missing permission as the
 * missing calendar scope.
 */
export function problemOfFailure(failure: GoogleFailure): GoogleProblem {
  if (failure.status === null) return problem('network');
  if (failure.reason === 'insufficientPermissions') return problem('scope_missing');
  return problem(failure.reason ?? 'unknown', failure.message);
}
