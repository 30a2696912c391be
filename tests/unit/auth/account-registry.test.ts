// An existing user upgrades silently: the one connected account of earlier versions becomes
// the first entry of the account list, and its refresh token moves to that account's own
// vault entry without being decrypted, so the connection keeps working after the update.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  migrateVault,
  readConfig,
  refreshTokenName,
} from '../../../src-main/auth/account-registry';
import { fileKeyCipher } from '../../../src-main/auth/file-key-cipher';
import { TokenVault } from '../../../src-main/auth/token-vault';
import { GoogleAccount } from '../../../src-main/auth/google-account';
import { googleEndpoints } from '../../../src-main/google/endpoints';

const ONE_ACCOUNT = {
  enabled: true,
  clientId: 'desk-1.apps.googleusercontent.com',
  account: 'ada@example.com',
  primaryCalendar: { id: 'ada@example.com', summary: 'Ada', timeZone: 'Europe/Berlin' },
  needsReconnect: false,
};

function vaultIn(dir: string): TokenVault {
  return new TokenVault(join(dir, 'vault.json'), fileKeyCipher(join(dir, 'vault.key')));
}

describe('the settings of one account become the first entry', () => {
  test('account, primary calendar and reconnect state carry over', () => {
    expect(readConfig({ ...ONE_ACCOUNT, needsReconnect: true })).toEqual({
      enabled: true,
      clientId: ONE_ACCOUNT.clientId,
      accounts: [
        {
          email: 'ada@example.com',
          primaryCalendar: ONE_ACCOUNT.primaryCalendar,
          needsReconnect: true,
        },
      ],
    });
  });

  test('nothing connected, nothing stored, or a broken file: no accounts', () => {
    expect(readConfig({ ...ONE_ACCOUNT, account: null }).accounts).toEqual([]);
    expect(readConfig(undefined)).toEqual({ enabled: false, clientId: '', accounts: [] });
    expect(readConfig({ accounts: [{ email: 42 }, null, { email: 'b@x.org' }] }).accounts).toEqual([
      { email: 'b@x.org', primaryCalendar: null, needsReconnect: false },
    ]);
  });

  test('the same address twice is kept once', () => {
    const twice = readConfig({ accounts: [{ email: 'a@x.org' }, { email: 'A@x.org' }] });
    expect(twice.accounts.map((a) => a.email)).toEqual(['a@x.org']);
  });
});

describe('the vault entry moves to the account', () => {
  test('the ciphertext moves as it is and still decrypts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'almanac-vault-'));
    const vault = vaultIn(dir);
    await vault.set('refreshToken', '1//old-refresh');
    const before = JSON.parse(readFileSync(join(dir, 'vault.json'), 'utf8')).refreshToken;
    migrateVault(vault, readConfig(ONE_ACCOUNT));
    const after = JSON.parse(readFileSync(join(dir, 'vault.json'), 'utf8'));
    expect(after.refreshToken).toBeUndefined();
    expect(after[refreshTokenName('ada@example.com')]).toBe(before);
    expect(await vaultIn(dir).get(refreshTokenName('ada@example.com'))).toBe('1//old-refresh');
  });

  test('a token with no account to belong to is wiped, not guessed at', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'almanac-vault-'));
    const vault = vaultIn(dir);
    await vault.set('refreshToken', '1//orphan');
    migrateVault(vault, readConfig({ ...ONE_ACCOUNT, account: null }));
    expect(readFileSync(join(dir, 'vault.json'), 'utf8')).not.toContain('refreshToken');
  });

  test('an existing user is still connected after the update, and the file is upgraded once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'almanac-vault-'));
    const vault = vaultIn(dir);
    await vault.set('clientSecret', 'GOCSPX-secret');
    await vault.set('refreshToken', '1//old-refresh');
    let stored: unknown = ONE_ACCOUNT;
    const account = new GoogleAccount({
      endpoints: googleEndpoints('http://127.0.0.1:1'),
      config: { read: () => stored, write: (value) => void (stored = structuredClone(value)) },
      vault,
      openBrowser: async () => false,
    });
    const status = await account.status();
    expect(status).toMatchObject({
      state: 'connected',
      account: 'ada@example.com',
      accounts: [{ email: 'ada@example.com', state: 'connected', problem: null }],
    });
    expect(stored).toEqual(readConfig(ONE_ACCOUNT));
    const client = await account.authorizedClient('ada@example.com');
    expect(client?.credentials.refresh_token).toBe('1//old-refresh');
  });
});
