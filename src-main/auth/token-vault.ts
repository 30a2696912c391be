// Where the client secret and the refresh token live: one small file in the app's data
// folder holding only ciphertext. The cipher is injected: Electron's safeStorage in the
// desktop app, a file key in the browser shell and tests. Nothing read from here ever
// crosses to the renderer, and every secret that passes through is registered with the
// log's redaction, so no log line can carry it whatever shape it takes there.
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { rememberSecret } from '../../src-preload/redact';
import type { StorageWeakness } from '../../src-preload/google-status';

/** The app's client secret, and one refresh token per account (`refreshToken:<email>`). */
export type SecretName = 'clientSecret' | 'refreshToken' | `refreshToken:${string}`;

export interface Cipher {
  /** 'keychain', 'dpapi', 'libsecret', 'basic_text', 'file-key', … */
  readonly backend: string;
  /** Why this storage is weak (the window words it), or null when the OS protects it. */
  readonly weakness: StorageWeakness | null;
  encrypt(plain: string): Promise<string>;
  decrypt(cipherText: string): Promise<string>;
}

export class TokenVault {
  constructor(
    private readonly path: string,
    private readonly cipher: Cipher,
  ) {}

  get storageWarning(): StorageWeakness | null {
    return this.cipher.weakness;
  }

  async get(name: SecretName): Promise<string | null> {
    const stored = this.readAll()[name];
    if (!stored) return null;
    try {
      const value = await this.cipher.decrypt(stored);
      rememberSecret(value);
      return value;
    } catch {
      // A secret we can no longer decrypt (OS keyring changed) is as good as absent:
      // the user is asked to sign in again rather than shown an error loop.
      return null;
    }
  }

  async set(name: SecretName, value: string | null): Promise<void> {
    rememberSecret(value);
    const all = this.readAll();
    if (value === null) delete all[name];
    else all[name] = await this.cipher.encrypt(value);
    this.writeAll(all);
  }

  /** Whether an entry is stored (without decrypting it). */
  has(name: SecretName): boolean {
    return typeof this.readAll()[name] === 'string';
  }

  /** Moves an entry's ciphertext under another name, untouched. */
  rename(from: SecretName, to: SecretName): void {
    const all = this.readAll();
    const stored = all[from];
    if (stored === undefined) return;
    delete all[from];
    all[to] = stored;
    this.writeAll(all);
  }

  remove(name: SecretName): void {
    const all = this.readAll();
    if (!(name in all)) return;
    delete all[name];
    this.writeAll(all);
  }

  private readAll(): Partial<Record<SecretName, string>> {
    try {
      return JSON.parse(readFileSync(this.path, 'utf8'));
    } catch {
      return {};
    }
  }

  private writeAll(all: Partial<Record<SecretName, string>>): void {
    mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
    const temp = `${this.path}.tmp`;
    writeFileSync(temp, JSON.stringify(all), { mode: 0o600 });
    chmodSync(temp, 0o600);
    renameSync(temp, this.path);
  }
}
