// The diagnostics file (Preferences → Sync log → Export…) is meant for bug reports, so
// whatever Google's answers put into the sync log's lines leaves it masked: tokens, codes and
// client secrets in JSON, in form bodies and callback URLs, in headers, percent-encoded,
// and under a secret's name in a line's detail. Error codes stay readable.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const SECRETS = [
  'ya29.a0AfH6SMBx-very-secret-access-token',
  '1//0gLongRefreshTokenValue_abcdefghij',
  '4/0AX4XfWhSomeAuthorizationCodeValue',
  'GOCSPX-AbCdEfGhIjKlMnOp',
  'Zq8xRk2Lm9PwTb4Nv7Hc',
];
const [access, refresh, code, clientSecret, plainCode] = SECRETS as [
  string,
  string,
  string,
  string,
  string,
];
const enc = encodeURIComponent;
const MESSAGES = [
  `Google answered 400: {"error":"invalid_grant","refresh_token":"${refresh}"}`,
  `POST /token grant_type=authorization_code&code=${code}&client_secret=${clientSecret}`,
  `callback /oauth2/callback?state=x&code=${plainCode}`,
  `Authorization: Bearer ${access}`,
  `redirect https://example.com/cb?code=${enc(code)} body=refresh_token${enc('=')}${enc(refresh)}`,
];

test('Export… masks every secret a log line carries, in every shape', async ({ openApp }) => {
  const page = await openApp();
  await page.evaluate(
    async ({ messages, plain }) => {
      const db = window.__almanac!.db;
      // Lines as an older version, or a bug, might have stored them: any code, any detail.
      type StoredLine = Parameters<typeof db.syncLog.add>[0];
      for (const message of messages)
        await db.syncLog.add({
          at: new Date().toISOString(),
          level: 'error',
          code: 'google-error',
          message,
        } as unknown as StoredLine);
      await db.syncLog.add({
        at: new Date().toISOString(),
        level: 'warn',
        code: 'conflict',
        message: 'A line with secrets in its detail.',
        detail: { code: plain, refresh_token: 'anything-at-all', nested: { access_token: 'x' } },
      } as unknown as StoredLine);
    },
    { messages: MESSAGES, plain: plainCode },
  );

  await page.getByRole('button', { name: 'Preferences' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByRole('tab', { name: 'Sync log' }).click();
  const download = page.waitForEvent('download');
  await prefs.getByRole('button', { name: 'Export…' }).click();
  const text = readFileSync((await (await download).path())!, 'utf8');

  const exported = JSON.parse(text) as {
    log: { code: string; message: string; detail?: Record<string, unknown> }[];
  };
  for (const secret of SECRETS) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(enc(secret));
  }
  expect(exported.log).toHaveLength(MESSAGES.length + 1);
  expect(exported.log.map((line) => line.code)).toEqual([
    ...MESSAGES.map(() => 'google-error'),
    'conflict',
  ]);
  expect(exported.log[0]?.message).toMatch(/^Google answered 400: .*invalid_grant.*\[redacted\]/);
  expect(exported.log.at(-1)?.detail).toEqual({
    code: '[redacted]',
    refresh_token: '[redacted]',
    nested: { access_token: '[redacted]' },
  });
});
