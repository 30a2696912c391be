// Conformance: Google's OAuth endpoints through google-auth-library's OAuth2Client — code
// exchange with PKCE, single-use expiring codes, client authentication, refresh, testing-mode
// expiry, revoke, tokeninfo — and 401s from the Calendar API for bad access tokens.

import { calendar } from '@googleapis/calendar';
import { CodeChallengeMethod } from 'google-auth-library';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { CLIENT, failure, startHarness, type Harness } from './harness.js';

let h: Harness;
const SCOPE = 'https://www.googleapis.com/auth/calendar';

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.admin('reset');
  await h.admin('accounts', { email: 'alice@example.com', name: 'Alice' });
  await h.admin('clients', { ...CLIENT, type: 'desktop', publishing: 'production' });
  await h.admin('consent', { mode: 'approve', email: 'alice@example.com' });
});

/** Runs the authorization endpoint (in approve mode) and returns the redirect it answers with. */
async function authorize(url: string): Promise<URL> {
  const response = await fetch(url, { redirect: 'manual' });
  expect(response.status).toBe(302);
  return new URL(response.headers.get('location')!);
}

async function signIn(redirectUri = 'http://127.0.0.1:5555/callback') {
  const client = h.oauthClient();
  const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
  const back = await authorize(
    client.generateAuthUrl({
      access_type: 'offline',
      scope: [SCOPE],
      state: 'st4te',
      code_challenge: codeChallenge,
      code_challenge_method: CodeChallengeMethod.S256,
      redirect_uri: redirectUri,
    }),
  );
  return { client, codeVerifier, back, code: back.searchParams.get('code')! };
}

describe('authorization code flow', () => {
  test('approve mode redirects with code, state and granted scope; the code exchanges for tokens', async () => {
    const { client, codeVerifier, back, code } = await signIn();
    expect(back.origin + back.pathname).toBe('http://127.0.0.1:5555/callback');
    expect(back.searchParams.get('state')).toBe('st4te');
    expect(back.searchParams.get('scope')).toBe(SCOPE);
    const { tokens } = await client.getToken({
      code,
      codeVerifier,
      redirect_uri: 'http://127.0.0.1:5555/callback',
    });
    expect(tokens.access_token).toMatch(/^ya29\./);
    expect(tokens.refresh_token).toMatch(/^1\/\//);
    expect(tokens.token_type).toBe('Bearer');
    expect(tokens.scope).toBe(SCOPE);
    expect(tokens.expiry_date! - Date.now()).toBeGreaterThan(3500_000);
    // The tokens work against the Calendar API.
    client.setCredentials(tokens);
    const api = calendar({ version: 'v3', auth: client, rootUrl: `${h.url}/` });
    const { data } = await api.calendarList.list();
    expect(data.items?.[0]?.id).toBe('alice@example.com');
  });

  test('desktop clients accept any loopback redirect', async () => {
    for (const uri of ['http://127.0.0.1:61234/', 'http://localhost:1/cb', 'http://[::1]:8080/x']) {
      const back = await authorize(
        h.oauthClient().generateAuthUrl({ scope: [SCOPE], redirect_uri: uri }),
      );
      expect(back.searchParams.get('code')).toBeTruthy();
    }
  });

  test('a code is single-use', async () => {
    const { client, codeVerifier, code } = await signIn();
    await client.getToken({ code, codeVerifier, redirect_uri: 'http://127.0.0.1:5555/callback' });
    const f = await failure(
      client.getToken({ code, codeVerifier, redirect_uri: 'http://127.0.0.1:5555/callback' }),
    );
    expect(f.status).toBe(400);
    expect((f.data as { error: string }).error).toBe('invalid_grant');
  });

  test('a code expires after 10 minutes', async () => {
    const { client, codeVerifier, code } = await signIn();
    await h.admin('clock', { advanceMs: 11 * 60_000 });
    const f = await failure(
      client.getToken({ code, codeVerifier, redirect_uri: 'http://127.0.0.1:5555/callback' }),
    );
    expect((f.data as { error: string }).error).toBe('invalid_grant');
  });

  test('a wrong PKCE verifier → invalid_grant', async () => {
    const { client, code } = await signIn();
    const f = await failure(
      client.getToken({
        code,
        codeVerifier: 'x'.repeat(64),
        redirect_uri: 'http://127.0.0.1:5555/callback',
      }),
    );
    expect(f.status).toBe(400);
    expect((f.data as { error: string }).error).toBe('invalid_grant');
  });

  test('plain PKCE is verified too', async () => {
    const client = h.oauthClient();
    const verifier = 'p'.repeat(50);
    const back = await authorize(
      client.generateAuthUrl({
        scope: [SCOPE],
        code_challenge: verifier,
        code_challenge_method: CodeChallengeMethod.Plain,
      }),
    );
    const { tokens } = await client.getToken({
      code: back.searchParams.get('code')!,
      codeVerifier: verifier,
    });
    expect(tokens.access_token).toBeTruthy();
  });

  test('a redirect_uri different from the authorization request → redirect_uri_mismatch', async () => {
    const { client, codeVerifier, code } = await signIn();
    const f = await failure(
      client.getToken({ code, codeVerifier, redirect_uri: 'http://127.0.0.1:9999/callback' }),
    );
    expect((f.data as { error: string }).error).toBe('redirect_uri_mismatch');
  });

  test('desktop clients must still send client_secret; a wrong one → invalid_client', async () => {
    const { codeVerifier, code } = await signIn();
    const noSecret = await fetch(`${h.url}/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        code_verifier: codeVerifier,
        client_id: CLIENT.clientId,
        redirect_uri: 'http://127.0.0.1:5555/callback',
      }),
    });
    expect(noSecret.status).toBe(400);
    expect(await noSecret.json()).toEqual({
      error: 'invalid_request',
      error_description: 'client_secret is missing.',
    });
    const wrong = await fetch(`${h.url}/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        code_verifier: codeVerifier,
        client_id: CLIENT.clientId,
        client_secret: 'nope',
        redirect_uri: 'http://127.0.0.1:5555/callback',
      }),
    });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: string }).error).toBe('invalid_client');
  });

  test('deny mode redirects with error=access_denied and the state', async () => {
    await h.admin('consent', { mode: 'deny' });
    const back = await authorize(h.oauthClient().generateAuthUrl({ scope: [SCOPE], state: 'abc' }));
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('abc');
    expect(back.searchParams.get('code')).toBeNull();
  });
});

describe('refresh tokens', () => {
  test('refresh issues a new access token', async () => {
    const { client, codeVerifier, code } = await signIn();
    const { tokens } = await client.getToken({
      code,
      codeVerifier,
      redirect_uri: 'http://127.0.0.1:5555/callback',
    });
    client.setCredentials({ refresh_token: tokens.refresh_token! });
    const { credentials } = await client.refreshAccessToken();
    expect(credentials.access_token).toBeTruthy();
    expect(credentials.access_token).not.toBe(tokens.access_token);
  });

  test('testing-mode refresh tokens expire after 7 days; production ones do not', async () => {
    await h.admin('clients', {
      clientId: 'testing-client',
      clientSecret: 's',
      type: 'desktop',
      publishing: 'testing',
      testUsers: ['alice@example.com'],
    });
    const testing = await h.admin<{ refresh_token: string; refresh_token_expires_in?: number }>(
      'tokens',
      { email: 'alice@example.com', clientId: 'testing-client' },
    );
    const production = await h.admin<{ refresh_token: string }>('tokens', {
      email: 'alice@example.com',
      clientId: CLIENT.clientId,
    });
    expect(testing.refresh_token_expires_in).toBeGreaterThan(6 * 86_400);
    const refresh = (clientId: string, clientSecret: string, token: string) =>
      fetch(`${h.url}/token`, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          client_id: clientId,
          client_secret: clientSecret,
          refresh_token: token,
        }),
      });
    expect((await refresh('testing-client', 's', testing.refresh_token)).status).toBe(200);
    await h.admin('clock', { advanceMs: 7 * 86_400_000 + 1000 });
    const expired = await refresh('testing-client', 's', testing.refresh_token);
    expect(expired.status).toBe(400);
    expect(await expired.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'Token has been expired or revoked.',
    });
    expect(
      (await refresh(CLIENT.clientId, CLIENT.clientSecret, production.refresh_token)).status,
    ).toBe(200);
  });

  test('admin revoke of a user’s refresh tokens → invalid_grant on refresh, 401 on the API', async () => {
    const alice = await h.user('alice@example.com');
    await h.admin('refresh-tokens/revoke', { email: 'alice@example.com' });
    const f = await failure(alice.auth.refreshAccessToken());
    expect((f.data as { error: string }).error).toBe('invalid_grant');
    const g = await failure(alice.api.calendarList.list());
    expect(g.status).toBe(401);
  });
});

describe('revoke and tokeninfo', () => {
  test('revokeToken revokes the grant; tokeninfo describes live tokens only', async () => {
    const alice = await h.user('alice@example.com');
    const info = await alice.auth.getTokenInfo(alice.tokens.access_token);
    expect(info.email).toBe('alice@example.com');
    expect(info.aud).toBe(CLIENT.clientId);
    expect(info.scopes).toEqual([SCOPE]);
    expect(info.expiry_date).toBeGreaterThan(Date.now());
    await alice.auth.revokeToken(alice.tokens.access_token);
    expect((await failure(alice.auth.getTokenInfo(alice.tokens.access_token))).status).toBe(400);
    const f = await failure(alice.auth.refreshAccessToken());
    expect((f.data as { error: string }).error).toBe('invalid_grant');
    expect((await failure(alice.auth.revokeToken(alice.tokens.access_token))).status).toBe(400);
  });
});

describe('Calendar API authentication', () => {
  test('no token, an unknown token, an expired token → 401 authError', async () => {
    const raw = await fetch(`${h.url}/calendar/v3/users/me/calendarList`);
    expect(raw.status).toBe(401);
    expect(
      ((await raw.json()) as { error: { errors: { reason: string }[] } }).error.errors[0]?.reason,
    ).toBe('authError');
    const bogus = h.oauthClient();
    bogus.setCredentials({ access_token: 'ya29.bogus' });
    expect(
      (
        await failure(
          calendar({ version: 'v3', auth: bogus, rootUrl: `${h.url}/` }).calendarList.list(),
        )
      ).status,
    ).toBe(401);
    const alice = await h.user('alice@example.com');
    alice.auth.setCredentials({ access_token: alice.tokens.access_token });
    await h.admin('clock', { advanceMs: 3600_000 });
    const f = await failure(alice.api.calendarList.list());
    expect(f.status).toBe(401);
    expect(f.reason).toBe('authError');
  });

  test('the client refreshes an expired access token on its own and carries on', async () => {
    const alice = await h.user('alice@example.com');
    await h.admin('clock', { advanceMs: 3600_000 });
    alice.auth.setCredentials({
      access_token: alice.tokens.access_token,
      refresh_token: alice.tokens.refresh_token,
    });
    const { data } = await alice.api.calendarList.list();
    expect(data.items?.length).toBe(1);
  });

  test('a token without a calendar scope → 403 insufficientPermissions', async () => {
    const alice = await h.user('alice@example.com', {
      scope: 'https://www.googleapis.com/auth/calendar.events',
    });
    const f = await failure(alice.api.calendarList.list());
    expect(f.status).toBe(403);
    expect(f.reason).toBe('insufficientPermissions');
    const readonly = await h.user('alice@example.com', {
      scope: 'https://www.googleapis.com/auth/calendar.readonly',
    });
    const g = await failure(
      readonly.api.events.insert({
        calendarId: 'primary',
        requestBody: { start: { date: '2030-01-01' }, end: { date: '2030-01-02' } },
      }),
    );
    expect(g.reason).toBe('insufficientPermissions');
  });
});
