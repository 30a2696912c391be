// The Google accounts connected to Almanac, as kept outside the vault (nothing secret): the
// app's one OAuth client (the Client ID here, its secret in the vault) and, per account, its
// address, its primary calendar and whether Google stopped honouring its sign-in. Each
// account's refresh token has its own vault entry, encrypted on its own, so that wiping one
// account never touches another's and no code path can hand one account's token to another.
import type { TokenVault, SecretName } from './token-vault';

export interface AccountEntry {
  /** The account's address, as Google names its primary calendar. */
  email: string;
  primaryCalendar: { id: string; summary: string; timeZone?: string } | null;
  /** Google refused this account's refresh token: it asks for "Reconnect", the others sync on. */
  needsReconnect: boolean;
}

export interface GoogleConfig {
  enabled: boolean;
  clientId: string;
  accounts: AccountEntry[];
}

/** The vault entry holding one account's refresh token. */
export function refreshTokenName(email: string): SecretName {
  return `refreshToken:${email.toLowerCase()}`;
}

/**
 * Reads the stored configuration, upgrading the one-account shape of earlier versions
 * (`account`, `primaryCalendar`, `needsReconnect` at the top) into the first entry, so an
 * existing user stays connected without noticing.
 */
export function readConfig(stored: unknown): GoogleConfig {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const accounts = Array.isArray(s.accounts)
    ? s.accounts.map(readEntry).filter((e): e is AccountEntry => e !== null)
    : [readEntry({ ...s, email: s.account })].filter((e): e is AccountEntry => e !== null);
  return {
    enabled: s.enabled === true,
    clientId: typeof s.clientId === 'string' ? s.clientId : '',
    accounts: dedupe(accounts),
  };
}

/**
 * Moves the single refresh token of earlier versions to its account's own entry. The
 * ciphertext moves as it is (no decryption needed, so it works before the OS keyring is
 * unlocked); a token with no account to belong to is wiped rather than guessed at.
 */
export function migrateVault(vault: TokenVault, config: GoogleConfig): void {
  if (!vault.has('refreshToken')) return;
  const first = config.accounts[0];
  if (first && !vault.has(refreshTokenName(first.email)))
    vault.rename('refreshToken', refreshTokenName(first.email));
  else vault.remove('refreshToken');
}

function readEntry(raw: unknown): AccountEntry | null {
  const e = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  if (typeof e.email !== 'string' || e.email === '') return null;
  const primary = e.primaryCalendar as AccountEntry['primaryCalendar'] | undefined;
  return {
    email: e.email,
    primaryCalendar: primary && typeof primary.id === 'string' ? primary : null,
    needsReconnect: e.needsReconnect === true,
  };
}

function dedupe(accounts: AccountEntry[]): AccountEntry[] {
  const seen = new Set<string>();
  return accounts.filter((a) => {
    const key = a.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
