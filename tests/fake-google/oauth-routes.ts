// Google's OAuth endpoints for installed apps: /token (authorization_code with PKCE, and
// refresh_token), /revoke and /tokeninfo, plus the token issuing the admin API shares.
// Rules mirrored from Google: desktop clients must still send client_secret ("client_secret
// is missing."), codes are single-use and expire after 10 minutes, the redirect_uri must
// equal the one used at /o/oauth2/v2/auth, and "Testing" clients get refresh tokens that
// expire after 7 days. OAuth errors use the RFC 6749 shape {error, error_description}.

import { createHash } from 'node:crypto';
import { jsonResponse, type ApiRequest, type ApiResponse } from './http-io.js';
import { randomString } from './opaque-token.js';
import type { AccessToken, OAuthClient, RefreshToken, World } from './world.js';

export const ACCESS_TOKEN_SECONDS = 3599;
export const CODE_LIFETIME_MS = 10 * 60_000;
export const TESTING_REFRESH_LIFETIME_MS = 7 * 86_400_000;
export const DEFAULT_SCOPE = ['https://www.googleapis.com/auth/calendar'];

export interface IssuedTokens {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  scope: string;
  token_type: 'Bearer';
  refresh_token_expires_in?: number;
}

export function handleToken(world: World, request: ApiRequest): ApiResponse {
  const form = parseForm(request);
  const grantType = form.get('grant_type');
  const client = authenticateClient(world, request, form);
  if ('error' in client) return client.error;
  if (grantType === null)
    return oauthError(400, 'invalid_request', 'Missing required parameter: grant_type');
  if (grantType === 'authorization_code') return exchangeCode(world, client.client, form);
  if (grantType === 'refresh_token') return refresh(world, client.client, form);
  return oauthError(400, 'unsupported_grant_type', `Invalid grant_type: ${grantType}`);
}

/** Revoking either token of a grant revokes the whole grant (refresh token and its access tokens). */
export function handleRevoke(world: World, request: ApiRequest): ApiResponse {
  const token = request.query.get('token') ?? parseForm(request).get('token');
  const access = token ? world.accessTokens.get(token) : undefined;
  const refreshRecord = token
    ? (world.refreshTokens.get(token) ??
      (access?.refreshToken ? world.refreshTokens.get(access.refreshToken) : undefined))
    : undefined;
  if (
    !token ||
    (!access && !refreshRecord) ||
    access?.revoked ||
    (!access && refreshRecord?.revoked)
  ) {
    return oauthError(400, 'invalid_token', 'Token expired or revoked');
  }
  if (access) access.revoked = true;
  if (refreshRecord) revokeRefreshToken(world, refreshRecord);
  return jsonResponse(200, {});
}

export function handleTokenInfo(world: World, request: ApiRequest): ApiResponse {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  const token =
    request.query.get('access_token') ?? parseForm(request).get('access_token') ?? bearer;
  const record = token ? world.accessTokens.get(token) : undefined;
  const now = world.clock.now();
  if (!record || record.revoked || record.expiresAt <= now)
    return oauthError(400, 'invalid_token', 'Invalid Value');
  const expiresIn = Math.max(0, Math.floor((record.expiresAt - now) / 1000));
  return jsonResponse(200, {
    azp: record.clientId,
    aud: record.clientId,
    sub: subjectOf(record.email),
    scope: record.scope.join(' '),
    exp: String(Math.floor(record.expiresAt / 1000)),
    expires_in: String(expiresIn),
    email: record.email,
    email_verified: 'true',
    access_type: record.refreshToken ? 'offline' : 'online',
  });
}

/** Issues a refresh token and an access token for a user of a client (code exchange, admin). */
export function issueTokens(
  world: World,
  client: OAuthClient,
  email: string,
  scope: string[],
): IssuedTokens {
  const now = world.clock.now();
  const refreshToken: RefreshToken = {
    token: `1//${randomString(48)}`,
    email,
    clientId: client.clientId,
    scope,
    issuedAt: now,
    ...(client.publishing === 'testing' ? { expiresAt: now + TESTING_REFRESH_LIFETIME_MS } : {}),
    revoked: false,
  };
  world.refreshTokens.set(refreshToken.token, refreshToken);
  const access = issueAccessToken(world, refreshToken);
  return {
    access_token: access.token,
    refresh_token: refreshToken.token,
    expires_in: ACCESS_TOKEN_SECONDS,
    scope: scope.join(' '),
    token_type: 'Bearer',
    ...(refreshToken.expiresAt !== undefined
      ? { refresh_token_expires_in: Math.floor((refreshToken.expiresAt - now) / 1000) }
      : {}),
  };
}

export function revokeRefreshToken(world: World, record: RefreshToken): void {
  record.revoked = true;
  for (const access of world.accessTokens.values())
    if (access.refreshToken === record.token) access.revoked = true;
}

export function subjectOf(email: string): string {
  return BigInt(`0x${createHash('sha256').update(email).digest('hex').slice(0, 15)}`)
    .toString()
    .padStart(21, '1')
    .slice(0, 21);
}

function issueAccessToken(world: World, refreshToken: RefreshToken): AccessToken {
  const access: AccessToken = {
    token: `ya29.${randomString(64)}`,
    email: refreshToken.email,
    clientId: refreshToken.clientId,
    scope: refreshToken.scope,
    expiresAt: world.clock.now() + ACCESS_TOKEN_SECONDS * 1000,
    refreshToken: refreshToken.token,
    revoked: false,
  };
  world.accessTokens.set(access.token, access);
  return access;
}

function exchangeCode(world: World, client: OAuthClient, form: URLSearchParams): ApiResponse {
  // A web client's redirect_uri must be one it registered, and Google says so before it
  // looks at the code (the stricter reading; this is what lets an app tell a wrong client
  // type apart from a wrong code without a real sign-in).
  if (client.type === 'web' && !client.redirectUris.includes(form.get('redirect_uri') ?? '')) {
    return oauthError(400, 'redirect_uri_mismatch', 'Bad Request');
  }
  const codeText = form.get('code');
  if (!codeText) return oauthError(400, 'invalid_request', 'Missing required parameter: code');
  const code = world.codes.get(codeText);
  if (
    !code ||
    code.used ||
    code.expiresAt <= world.clock.now() ||
    code.clientId !== client.clientId
  ) {
    return oauthError(400, 'invalid_grant', 'Malformed auth code.');
  }
  if (form.get('redirect_uri') !== code.redirectUri)
    return oauthError(400, 'redirect_uri_mismatch', 'Bad Request');
  if (code.codeChallenge !== undefined) {
    const verifier = form.get('code_verifier');
    if (!verifier) return oauthError(400, 'invalid_grant', 'Missing code verifier.');
    if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier))
      return oauthError(400, 'invalid_grant', 'Invalid code verifier.');
    const computed =
      code.codeChallengeMethod === 'S256'
        ? createHash('sha256').update(verifier, 'ascii').digest('base64url')
        : verifier;
    if (computed !== code.codeChallenge)
      return oauthError(400, 'invalid_grant', 'Invalid code verifier.');
  }
  // Single use: a second exchange of the same code fails even if the first response was lost.
  code.used = true;
  return jsonResponse(200, issueTokens(world, client, code.email, code.scope), {
    'Cache-Control': 'no-store',
  });
}

function refresh(world: World, client: OAuthClient, form: URLSearchParams): ApiResponse {
  const token = form.get('refresh_token');
  if (!token)
    return oauthError(400, 'invalid_request', 'Missing required parameter: refresh_token');
  const record = world.refreshTokens.get(token);
  const now = world.clock.now();
  if (
    !record ||
    record.revoked ||
    record.clientId !== client.clientId ||
    (record.expiresAt !== undefined && record.expiresAt <= now)
  ) {
    return oauthError(400, 'invalid_grant', 'Token has been expired or revoked.');
  }
  const access = issueAccessToken(world, record);
  return jsonResponse(
    200,
    {
      access_token: access.token,
      expires_in: ACCESS_TOKEN_SECONDS,
      scope: record.scope.join(' '),
      token_type: 'Bearer',
    },
    { 'Cache-Control': 'no-store' },
  );
}

function authenticateClient(
  world: World,
  request: ApiRequest,
  form: URLSearchParams,
): { client: OAuthClient } | { error: ApiResponse } {
  let clientId = form.get('client_id');
  let secret = form.get('client_secret');
  const basic = /^Basic\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (basic) {
    const [id, pass] = Buffer.from(basic, 'base64').toString('utf8').split(':');
    clientId = decodeURIComponent(id ?? '');
    secret = decodeURIComponent(pass ?? '');
  }
  if (!clientId)
    return {
      error: oauthError(400, 'invalid_request', 'Could not determine client ID from request.'),
    };
  const client = world.clients.get(clientId);
  if (!client)
    return { error: oauthError(401, 'invalid_client', 'The OAuth client was not found.') };
  // Desktop clients "cannot keep secrets", yet Google's token endpoint insists on it.
  if (!secret) return { error: oauthError(400, 'invalid_request', 'client_secret is missing.') };
  if (secret !== client.clientSecret)
    return { error: oauthError(401, 'invalid_client', 'Unauthorized') };
  return { client };
}

function parseForm(request: ApiRequest): URLSearchParams {
  const type = request.headers['content-type'] ?? '';
  if (type.includes('application/json')) {
    try {
      const value = JSON.parse(request.body) as Record<string, unknown>;
      return new URLSearchParams(Object.entries(value).map(([k, v]) => [k, String(v)]));
    } catch {
      return new URLSearchParams();
    }
  }
  return new URLSearchParams(request.body);
}

function oauthError(status: number, error: string, description: string): ApiResponse {
  return jsonResponse(status, { error, error_description: description });
}
