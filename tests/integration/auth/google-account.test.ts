// The Google connection end to end in Node: the real google-auth-library and
// @googleapis/calendar clients against the emulator, the loopback listener, the vault on
// disk. "The browser" is fetch following the consent endpoint's redirect, as the emulator's
// approve/deny consent modes answer without the page.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { GoogleAccount } from '../../../src-main/auth/google-account';
import type { GoogleConfig } from '../../../src-main/auth/google-account';
import { fileKeyCipher } from '../../../src-main/auth/file-key-cipher';
import { TokenVault } from '../../../src-main/auth/token-vault';
import { googleEndpoints } from '../../../src-main/google/endpoints';
import { failureOf } from '../../../src-main/google/errors';
import { jsonFileBackend } from '../../../src-main/settings/json-file-backend';
import { startFakeGoogle } from '../../fake-google/index';
import type { FakeGoogle } from '../../fake-google/index';

const EMAIL = 'ada@example.com';
const CLIENT = {
  clientId: 'desk-1.apps.googleusercontent.com',
  clientSecret: 'GOCSPX-desk-secret-1',
};
let google: FakeGoogle;
let dataDir: string;

beforeEach(async () => {
  google = await startFakeGoogle();
  dataDir = mkdtempSync(join(tmpdir(), 'almanac-auth-'));
  await admin('accounts', { email: EMAIL, name: 'Ada' });
  await admin('clients', { ...CLIENT, type: 'desktop', publishing: 'production' });
  await admin('consent', { mode: 'approve', email: EMAIL });
});
afterEach(() => google.close());

describe('connecting a Google account', () => {
  test('signs in through the loopback listener and stores only ciphertext', async () => {
    const account = await configured();
    const status = await account.connect();
    expect(status).toMatchObject({ state: 'connected', account: EMAIL, problem: null });
    const vault = readFileSync(join(dataDir, 'vault.json'), 'utf8');
    expect(vault).not.toContain(CLIENT.clientSecret);
    expect(vault).not.toMatch(/1\/\/|ya29\./);
    expect(readFileSync(join(dataDir, 'google.json'), 'utf8')).not.toContain(CLIENT.clientSecret);
    expect(JSON.stringify(status)).not.toContain(CLIENT.clientSecret);
    expect(status.secretHint).toBe('••••••••et-1');
    // The stored grant works for the API.
    const client = await account.authorizedClient();
    expect((await client!.getAccessToken()).token).toMatch(/^ya29\./);
  });

  test('the status never carries a token, and a new account object reads the connection back', async () => {
    await (await configured()).connect();
    const again = newAccount();
    const status = await again.status();
    expect(status.state).toBe('connected');
    expect(JSON.stringify(status)).not.toMatch(/ya29\.|1\/\/|GOCSPX-desk-secret/);
  });

  test('Cancel on the consent screen is access_denied with its fix', async () => {
    await admin('consent', { mode: 'deny' });
    const status = await (await configured()).connect();
    expect(status.state).toBe('ready');
    expect(status.problem?.code).toBe('access_denied');
    expect(status.problem?.fix).toMatch(/Test users/);
  });

  test('a sign-in nobody finishes times out with its own message', async () => {
    const account = newAccount({ openBrowser: async () => true, signInTimeoutMs: 100 });
    await account.saveCredentials({ enabled: true, ...CLIENT });
    const status = await account.connect();
    expect(status.problem?.code).toBe('timeout');
    expect(status.problem?.title).toBe('Sign-in timed out.');
  });

  test('when the browser cannot be opened, the address is offered and the sign-in still completes', async () => {
    let offered: string | null = null;
    const account = newAccount({ openBrowser: async () => false });
    await account.saveCredentials({ enabled: true, ...CLIENT });
    account.onStatus((s) => {
      if (s.problem?.code === 'browser_failed' && s.authUrl && !offered) {
        offered = s.authUrl;
        void fetch(s.authUrl);
      }
    });
    const status = await account.connect();
    expect(offered).toContain('/o/oauth2/v2/auth');
    expect(offered).toContain('code_challenge_method=S256');
    expect(status.state).toBe('connected');
  });

  test('Test connection tells a good client from a wrong secret and from a web client', async () => {
    const account = await configured();
    expect(await account.testConnection()).toMatchObject({ ok: true });
    await account.saveCredentials({
      enabled: true,
      clientId: CLIENT.clientId,
      clientSecret: 'wrong',
    });
    const wrong = await account.testConnection();
    expect(wrong.ok).toBe(false);
    expect(wrong.message).toMatch(/invalid_client/);
    await admin('clients', {
      clientId: 'web-1.apps.googleusercontent.com',
      clientSecret: 'web-secret',
      type: 'web',
      redirectUris: ['https://example.com/cb'],
      publishing: 'production',
    });
    await account.saveCredentials({
      enabled: true,
      clientId: 'web-1.apps.googleusercontent.com',
      clientSecret: 'web-secret',
    });
    const web = await account.testConnection();
    expect(web.ok).toBe(false);
    expect(web.message).toMatch(/Desktop app/);
  });

  test('a revoked grant turns the account into Reconnect, once, without a loop', async () => {
    const account = await configured();
    await account.connect();
    await admin('refresh-tokens/revoke', { email: EMAIL });
    const client = await account.authorizedClient();
    const error = await client!.getAccessToken().catch((e: unknown) => e);
    const status = await account.reportAuthFailure(failureOf(error));
    expect(status.state).toBe('reconnect');
    expect(status.problem?.code).toBe('invalid_grant');
    expect(await account.authorizedClient()).toBeNull();
    // Reconnecting clears it.
    expect((await account.connect()).state).toBe('connected');
  });

  test("a Testing app's refresh token dies after 7 days, with the publishing advice", async () => {
    await admin('clients', {
      clientId: 'testing-1.apps.googleusercontent.com',
      clientSecret: 'testing-secret',
      type: 'desktop',
      publishing: 'testing',
      testUsers: [EMAIL],
    });
    const account = newAccount();
    await account.saveCredentials({
      enabled: true,
      clientId: 'testing-1.apps.googleusercontent.com',
      clientSecret: 'testing-secret',
    });
    expect((await account.connect()).state).toBe('connected');
    await admin('clock', { advanceMs: 8 * 86_400_000 });
    const error = await (await account.authorizedClient())!
      .getAccessToken()
      .catch((e: unknown) => e);
    const status = await account.reportAuthFailure(failureOf(error));
    expect(status.state).toBe('reconnect');
    expect(status.problem?.fix).toMatch(/7 days.*publish/i);
  });

  test('Disconnect revokes the grant at Google and forgets it here', async () => {
    const account = await configured();
    await account.connect();
    const client = await account.authorizedClient();
    const { token } = await client!.getAccessToken();
    const status = await account.disconnect();
    expect(status.state).toBe('ready');
    expect(status.account).toBeNull();
    const info = await fetch(`${google.url}/tokeninfo?access_token=${token}`);
    expect(info.ok).toBe(false);
    expect(readFileSync(join(dataDir, 'vault.json'), 'utf8')).not.toContain('refreshToken');
  });

  test('with no network, Test connection says Google could not be reached', async () => {
    const offline = new GoogleAccount({
      // Nothing listens on port 9 of the loopback address: the connection is refused at once.
      endpoints: googleEndpoints('http://127.0.0.1:9'),
      config: jsonFileBackend<GoogleConfig>(join(dataDir, 'offline.json')),
      vault: new TokenVault(
        join(dataDir, 'offline-vault.json'),
        fileKeyCipher(join(dataDir, 'vault.key')),
      ),
      openBrowser: async () => true,
    });
    await offline.saveCredentials({ enabled: true, ...CLIENT });
    const result = await offline.testConnection();
    expect(result.ok).toBe(false);
    expect(result.message).toContain('Google could not be reached');
  });

  test('without credentials the sync button explains what to set up', async () => {
    const status = await newAccount().connect();
    expect(status.state).toBe('not-configured');
    expect(status.problem?.code).toBe('not_configured');
  });
});

function newAccount(
  overrides: { openBrowser?: (url: string) => Promise<boolean>; signInTimeoutMs?: number } = {},
): GoogleAccount {
  return new GoogleAccount({
    endpoints: googleEndpoints(google.url),
    config: jsonFileBackend<GoogleConfig>(join(dataDir, 'google.json')),
    vault: new TokenVault(join(dataDir, 'vault.json'), fileKeyCipher(join(dataDir, 'vault.key'))),
    // The emulator's approve/deny modes redirect straight to the loopback listener.
    openBrowser: overrides.openBrowser ?? (async (url) => (await fetch(url)).ok),
    signInTimeoutMs: overrides.signInTimeoutMs ?? 5_000,
  });
}

async function configured(): Promise<GoogleAccount> {
  const account = newAccount();
  await account.saveCredentials({ enabled: true, ...CLIENT });
  return account;
}

async function admin(route: string, body: object): Promise<unknown> {
  const response = await fetch(`${google.url}/__admin/${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`);
  return response.json().catch(() => null);
}
