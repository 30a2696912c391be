// The browser shell's cipher: AES-256-GCM with a random key kept in the data folder
// (mode 0600). It keeps secrets out of plain sight in the vault file, but anyone who can
// read the folder can read the key, so it reports itself as weak, like safeStorage's
// `basic_text` backend, and the UI says so.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { rememberSecret } from '../../src-preload/redact';
import type { Cipher } from './token-vault';

export function fileKeyCipher(keyPath: string): Cipher {
  const key = loadOrCreateKey(keyPath);
  return {
    backend: 'file-key',
    weakness:
      'Your Google sign-in is stored encrypted with a key kept in the same data folder, because the browser shell has no access to your system keychain. Use the desktop app to keep it in the keychain.',
    async encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    async decrypt(text) {
      const raw = Buffer.from(text, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

function loadOrCreateKey(path: string): Buffer {
  try {
    const text = readFileSync(path, 'utf8').trim();
    const key = Buffer.from(text, 'base64');
    if (key.length === 32) {
      rememberSecret(text);
      return key;
    }
  } catch {
    // no key yet
  }
  const key = randomBytes(32);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, key.toString('base64'), { mode: 0o600 });
  rememberSecret(key.toString('base64'));
  return key;
}
