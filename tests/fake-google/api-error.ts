// Google's error envelope for the Calendar API, and the catalogue of errors the emulator
// raises. Handlers throw ApiError; the router turns it into the JSON body Google sends, so
// every failure in the emulator has the same shape clients key on (errors[0].reason).

export interface ErrorItem {
  domain: string;
  reason: string;
  message: string;
  locationType?: string;
  location?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly item: ErrorItem,
    readonly headers: Record<string, string> = {},
  ) {
    super(item.message);
  }

  /** Google's envelope: code, message, errors[] and, as today's front ends add, status. */
  toBody(): unknown {
    return {
      error: {
        code: this.status,
        message: this.item.message,
        errors: [this.item],
        status: canonicalStatus(this.status, this.item.reason),
      },
    };
  }
}

/**
 * The canonical status name Google puts beside the HTTP code (google.rpc.Code). Google does
 * not document the mapping for the Calendar API; this is the usual one, refined by reason
 * where one HTTP code covers several meanings (a 403 for quota is RESOURCE_EXHAUSTED).
 */
export function canonicalStatus(status: number, reason?: string): string {
  if (reason && QUOTA_REASONS.has(reason)) return 'RESOURCE_EXHAUSTED';
  if (status === 409 && reason === 'conflict') return 'ABORTED';
  return CANONICAL[status] ?? (status >= 500 ? 'INTERNAL' : 'UNKNOWN');
}

const QUOTA_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded']);

const CANONICAL: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ALREADY_EXISTS',
  410: 'FAILED_PRECONDITION',
  412: 'FAILED_PRECONDITION',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  501: 'UNIMPLEMENTED',
  503: 'UNAVAILABLE',
};

export const errors = {
  badRequest: (message: string, location?: string): ApiError =>
    new ApiError(400, {
      domain: 'global',
      reason: 'badRequest',
      message,
      ...(location ? { locationType: 'parameter', location } : {}),
    }),
  invalid: (message: string, location?: string): ApiError =>
    new ApiError(400, {
      domain: 'global',
      reason: 'invalid',
      message,
      ...(location ? { locationType: 'parameter', location } : {}),
    }),
  required: (message: string, location?: string): ApiError =>
    new ApiError(400, {
      domain: 'global',
      reason: 'required',
      message,
      ...(location ? { locationType: 'parameter', location } : {}),
    }),
  timeRangeEmpty: (location = 'timeMax'): ApiError =>
    new ApiError(400, {
      domain: 'calendar',
      reason: 'timeRangeEmpty',
      message: 'The specified time range is empty.',
      locationType: 'parameter',
      location,
    }),
  syncTokenWithRestrictions: (): ApiError =>
    new ApiError(400, {
      domain: 'calendar',
      reason: 'syncTokenWithRequestRestrictions',
      message: 'Sync token cannot be used with other request restrictions.',
      locationType: 'parameter',
      location: 'syncToken',
    }),
  authError: (): ApiError =>
    new ApiError(
      401,
      {
        domain: 'global',
        reason: 'authError',
        message: 'Invalid Credentials',
        locationType: 'header',
        location: 'Authorization',
      },
      { 'WWW-Authenticate': 'Bearer realm="https://accounts.google.com/", error="invalid_token"' },
    ),
  insufficientPermissions: (): ApiError =>
    new ApiError(403, {
      domain: 'global',
      reason: 'insufficientPermissions',
      message: 'Request had insufficient authentication scopes.',
    }),
  requiredAccessLevel: (): ApiError =>
    new ApiError(403, {
      domain: 'calendar',
      reason: 'requiredAccessLevel',
      message: 'You need to have writer access to this calendar.',
    }),
  forbiddenForNonOrganizer: (): ApiError =>
    new ApiError(403, {
      domain: 'calendar',
      reason: 'forbiddenForNonOrganizer',
      message: 'Shared properties can only be changed by the organizer of the event.',
    }),
  rateLimit: (status: 403 | 429, retryAfterSeconds: number): ApiError =>
    new ApiError(
      status,
      { domain: 'usageLimits', reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded' },
      { 'Retry-After': String(retryAfterSeconds) },
    ),
  notFound: (): ApiError =>
    new ApiError(404, { domain: 'global', reason: 'notFound', message: 'Not Found' }),
  duplicate: (): ApiError =>
    new ApiError(409, {
      domain: 'global',
      reason: 'duplicate',
      message: 'The requested identifier already exists.',
    }),
  fullSyncRequired: (): ApiError =>
    new ApiError(410, {
      domain: 'calendar',
      reason: 'fullSyncRequired',
      message: 'Sync token is no longer valid, a full sync is required.',
      locationType: 'parameter',
      location: 'syncToken',
    }),
  deleted: (): ApiError =>
    new ApiError(410, {
      domain: 'global',
      reason: 'deleted',
      message: 'Resource has been deleted',
    }),
  conditionNotMet: (): ApiError =>
    new ApiError(412, {
      domain: 'global',
      reason: 'conditionNotMet',
      message: 'Precondition Failed',
      locationType: 'header',
      location: 'If-Match',
    }),
  /**
   * A Calendar API method (or path) the emulator does not implement: 501, never a 404 a
   * client would read as "no such calendar or event".
   */
  notImplemented: (method: string, path: string): ApiError =>
    new ApiError(501, {
      domain: 'global',
      reason: 'notImplemented',
      message: `${method} ${path} is not emulated: the Google emulator does not implement this Calendar API method.`,
    }),
  requiredOwner: (): ApiError =>
    new ApiError(403, {
      domain: 'calendar',
      reason: 'requiredAccessLevel',
      message: 'You need to have owner access to this calendar.',
    }),
  backendError: (): ApiError =>
    new ApiError(500, { domain: 'global', reason: 'backendError', message: 'Backend Error' }),
};

/** An error for an arbitrary status, used by injected faults. */
export function errorForStatus(
  status: number,
  reason?: string,
  retryAfterSeconds?: number,
): ApiError {
  const headers: Record<string, string> =
    retryAfterSeconds !== undefined ? { 'Retry-After': String(retryAfterSeconds) } : {};
  const known: Record<number, [string, string, string]> = {
    400: ['global', 'badRequest', 'Bad Request'],
    401: ['global', 'authError', 'Invalid Credentials'],
    403: ['usageLimits', 'rateLimitExceeded', 'Rate Limit Exceeded'],
    404: ['global', 'notFound', 'Not Found'],
    409: ['global', 'conflict', 'Conflict'],
    410: [
      'calendar',
      'fullSyncRequired',
      'Sync token is no longer valid, a full sync is required.',
    ],
    412: ['global', 'conditionNotMet', 'Precondition Failed'],
    429: ['usageLimits', 'rateLimitExceeded', 'Rate Limit Exceeded'],
    500: ['global', 'backendError', 'Backend Error'],
    503: ['global', 'backendError', 'Backend Error'],
  };
  const [domain, defaultReason, message] = known[status] ?? ['global', 'unknown', `HTTP ${status}`];
  const r = reason ?? defaultReason;
  const domainFor =
    r === 'userRateLimitExceeded' || r === 'rateLimitExceeded' || r === 'quotaExceeded'
      ? 'usageLimits'
      : domain;
  const messageFor =
    r === 'userRateLimitExceeded'
      ? 'User Rate Limit Exceeded'
      : r === 'quotaExceeded'
        ? 'Calendar usage limits exceeded.'
        : message;
  return new ApiError(status, { domain: domainFor, reason: r, message: messageFor }, headers);
}
