// Main's log file: secrets in every shape they reach a logger never get written, and the
// file rotates at its size limit keeping exactly three old files.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createFileLog } from '../../../src-main/logging/file-log';
import { captureConsole } from '../../../src-main/logging/app-log';
import { redact, rememberSecret } from '../../../src-preload/redact';

const SECRETS = {
  access: 'ya29.a0AfH6SMBx-very-secret-access-token',
  refresh: '1//0gLongRefreshTokenValue_abcdefghij',
  code: '4/0AX4XfWhSomeAuthorizationCodeValue',
  clientSecret: 'GOCSPX-AbCdEfGhIjKlMnOp',
  verifier: 'pkce-verifier-0123456789abcdefghijklmnop',
};

test('tokens, codes, secrets and Authorization headers are redacted whatever their shape', () => {
  const shapes = [
    `{"access_token":"${SECRETS.access}","refresh_token":"${SECRETS.refresh}"}`,
    `grant_type=authorization_code&code=${SECRETS.code}&client_secret=${SECRETS.clientSecret}&code_verifier=${SECRETS.verifier}`,
    `Authorization: Bearer ${SECRETS.access}`,
    `GET /oauth2/callback?state=x&code=${SECRETS.code}`,
    `refreshed with ${SECRETS.refresh} for client ${SECRETS.clientSecret}`,
  ];
  for (const shape of shapes) {
    const out = redact(shape);
    for (const secret of Object.values(SECRETS)) expect(out, shape).not.toContain(secret);
    expect(out).toContain('[redacted]');
  }
  rememberSecret('an-odd-looking-secret-42');
  expect(redact('value an-odd-looking-secret-42 here')).toBe('value [redacted] here');
  expect(redact('Synced in 12 ms: pushed 1, pulled 2')).toBe('Synced in 12 ms: pushed 1, pulled 2');
});

test('an error object (as gaxios throws, with the request inside) is written without its secrets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'almanac-log-'));
  const log = createFileLog({ dir });
  const error = Object.assign(new Error(`invalid_grant for refresh_token=${SECRETS.refresh}`), {
    config: { headers: { Authorization: `Bearer ${SECRETS.access}` } },
  });
  log.error('[sync] failed:', error, {
    body: `code=${SECRETS.code}&client_secret=${SECRETS.clientSecret}`,
  });
  // console.error in main reaches the file too (redacted), and the console still prints.
  const printed: unknown[][] = [];
  const fakeConsole = {
    warn: (...p: unknown[]) => printed.push(p),
    error: (...p: unknown[]) => printed.push(p),
  };
  const restore = captureConsole(log, fakeConsole);
  fakeConsole.error('[ipc] google:connect failed:', `token ${SECRETS.access}`);
  restore();
  expect(printed).toHaveLength(1);
  const text = readFileSync(log.file, 'utf8');
  expect(text).toMatch(/\[error\] \[sync\] failed: Error: invalid_grant/);
  expect(text).toContain('[error] [ipc] google:connect failed: token [redacted]');
  for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
});

test('rotates at the size limit and keeps three old files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'almanac-log-'));
  const log = createFileLog({ dir, maxBytes: 1000 });
  for (let i = 0; i < 200; i++) log.info(`line ${i} ${'x'.repeat(50)}`);
  expect(readdirSync(dir).sort()).toEqual([
    'almanac.1.log',
    'almanac.2.log',
    'almanac.3.log',
    'almanac.log',
  ]);
  for (const f of readdirSync(dir))
    expect(readFileSync(join(dir, f)).length).toBeLessThanOrEqual(1000);
  expect(readFileSync(join(dir, 'almanac.log'), 'utf8')).toContain('line 199');
});
