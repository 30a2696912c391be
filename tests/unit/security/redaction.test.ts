// No log keeps a secret: every shape a token, code or client secret takes on its way (JSON,
// JSON inside JSON, form bodies, callback URLs, headers, inspect output, and each of those
// percent-encoded once or twice) is fed through main's log file and through the structured
// redaction of the diagnostics export, and comes out masked. Secrets main handles are
// registered as it handles them, so even a shape no pattern knows is masked; error codes
// ("invalid_grant", "conflict") stay readable.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPkcePair, createState } from '../../../src-main/auth/pkce';
import { fileKeyCipher } from '../../../src-main/auth/file-key-cipher';
import { CALLBACK_PATH, listenForCallback } from '../../../src-main/auth/loopback-server';
import { TokenVault } from '../../../src-main/auth/token-vault';
import { createFileLog } from '../../../src-main/logging/file-log';
import { MASK, redact, redactValue } from '../../../src-preload/redact';

const SECRETS = {
  access: 'ya29.a0AfH6SMBx-very-secret-access-token',
  refresh: '1//0gLongRefreshTokenValue_abcdefghij',
  code: '4/0AX4XfWhSomeAuthorizationCodeValue',
  clientSecret: 'GOCSPX-AbCdEfGhIjKlMnOp',
  verifier: 'pkce-verifier-0123456789abcdefghijklmnop',
  emulatorCode: 'Zq8xRk2Lm9PwTb4Nv7Hc',
  idToken: 'eyJhbGciOiJSUzI1NiJ9.payload.signature',
};

const enc = encodeURIComponent;
const FORMS: string[] = [
  `{"access_token":"${SECRETS.access}","refresh_token":"${SECRETS.refresh}","id_token":"${SECRETS.idToken}"}`,
  `{\\"refresh_token\\":\\"${SECRETS.refresh}\\",\\"client_secret\\":\\"${SECRETS.clientSecret}\\"}`,
  `grant_type=authorization_code&code=${SECRETS.code}&client_secret=${SECRETS.clientSecret}&code_verifier=${SECRETS.verifier}`,
  `code=${SECRETS.emulatorCode}&state=x`,
  `GET /oauth2/callback?state=x&code=${SECRETS.emulatorCode}&scope=calendar`,
  `Authorization: Bearer ${SECRETS.access}`,
  `{ headers: { authorization: 'Bearer ${SECRETS.access}' } }`,
  `{ code: '${SECRETS.emulatorCode}', refresh_token: '${SECRETS.refresh}' }`,
  `{"code":"${SECRETS.emulatorCode}"}`,
  `refreshed with ${SECRETS.refresh} for client ${SECRETS.clientSecret}`,
  // Percent-encoded, as inside a URL or a form body: once, and twice.
  `redirect: https://example.com/cb?code=${enc(SECRETS.code)}&state=x`,
  `body=refresh_token${enc('=')}${enc(SECRETS.refresh)}`,
  `next=${enc(`/cb?code=${SECRETS.emulatorCode}&client_secret=${SECRETS.clientSecret}`)}`,
  `next=${enc(enc(`/cb?code=${SECRETS.emulatorCode}`))}`,
  `${enc(`{"access_token":"${SECRETS.access}","id_token":"${SECRETS.idToken}"}`)}`,
];

function expectNoSecret(text: string, context: string): void {
  for (const [name, secret] of Object.entries(SECRETS)) {
    expect(text, `${name} in ${context}`).not.toContain(secret);
    expect(text, `${name} (encoded) in ${context}`).not.toContain(enc(secret));
  }
}

describe('every shape a secret takes', () => {
  it.each(FORMS)('is masked by redact: %s', (form) => {
    const out = redact(form);
    expectNoSecret(out, out);
    expect(out).toContain(MASK);
  });

  it('is masked in main’s log file, line by line', () => {
    const log = createFileLog({ dir: mkdtempSync(join(tmpdir(), 'almanac-redact-')) });
    for (const form of FORMS) log.warn('[test]', form);
    log.error('[test] as an object:', { request: { body: FORMS[2], url: FORMS[4] } });
    const text = readFileSync(log.file, 'utf8');
    expectNoSecret(text, 'the log file');
    expect(text.match(/\[redacted\]/g)?.length ?? 0).toBeGreaterThanOrEqual(FORMS.length);
  });

  it('is masked in the diagnostics export, which stays valid JSON', () => {
    const exported = JSON.stringify(
      redactValue({
        log: FORMS.map((message, i) => ({ id: i, code: 'google-error', message })),
        detail: { refresh_token: 'plain-looking-value', code: SECRETS.emulatorCode, token: 'x' },
      }),
    );
    expectNoSecret(exported, 'the export');
    const parsed = JSON.parse(exported) as {
      log: { code: string }[];
      detail: Record<string, string>;
    };
    expect(parsed.detail).toEqual({ refresh_token: MASK, code: MASK, token: MASK });
    expect(parsed.log.every((line) => line.code === 'google-error')).toBe(true);
  });

  it('leaves error codes and ordinary lines readable', () => {
    expect(redact('{"code":"invalid_grant","message":"Bad Request"}')).toBe(
      '{"code":"invalid_grant","message":"Bad Request"}',
    );
    expect(redact("{ code: 'rate-limited' }")).toBe("{ code: 'rate-limited' }");
    expect(redactValue({ code: 'conflict', message: 'kept' })).toEqual({
      code: 'conflict',
      message: 'kept',
    });
    expect(redact('Synced in 12 ms: pushed 1, pulled 2 (100% done)')).toBe(
      'Synced in 12 ms: pushed 1, pulled 2 (100% done)',
    );
  });
});

describe('secrets are registered as main handles them', () => {
  it('the vault registers what it stores and what it reads back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'almanac-redact-vault-'));
    const vault = new TokenVault(join(dir, 'vault.json'), fileKeyCipher(join(dir, 'vault.key')));
    const secret = 'plain-secret-no-pattern-knows-1';
    await vault.set('clientSecret', secret);
    expect(redact(`saw ${secret} and ${enc(secret)}`)).toBe(`saw ${MASK} and ${MASK}`);
    // A fresh process reading it back registers it too.
    const again = new TokenVault(join(dir, 'vault.json'), fileKeyCipher(join(dir, 'vault.key')));
    const other = 'another-plain-secret-42';
    await again.set('refreshToken', other);
    const third = new TokenVault(join(dir, 'vault.json'), fileKeyCipher(join(dir, 'vault.key')));
    expect(await third.get('refreshToken')).toBe(other);
    expect(redact(`x${other}x`)).toBe(`x${MASK}x`);
  });

  it('the PKCE verifier and the state, as they are made', () => {
    const { verifier } = createPkcePair();
    const state = createState();
    expect(redact(`v=${verifier} s=${state} ${verifier}`)).not.toMatch(
      new RegExp(`${verifier}|${state}`),
    );
  });

  it('the authorization code, as the sign-in listener receives it', async () => {
    const listener = await listenForCallback('state-for-redaction', { timeoutMs: 5_000 });
    const code = 'plaincodevalue-nopattern-7';
    await fetch(
      `${new URL(listener.redirectUri).origin}${CALLBACK_PATH}?state=state-for-redaction&code=${code}`,
    );
    expect(await listener.outcome).toMatchObject({ kind: 'code', code });
    expect(redact(`exchanging ${code}`)).toBe(`exchanging ${MASK}`);
  });
});
