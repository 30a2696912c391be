// The browser shell's cipher: AES-256-GCM with a random key kept in the data folder
// (mode 0600). It keeps secrets out of plain sight in the vault file, but anyone who can
// read the folder can read the key, so it reports itself as weak, like safeStorage's
// `basic_text` backend, and the UI says so. A key file others could read is made private
// again (and the person told); one that cannot be, or is not a plain file, is refused.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { rememberSecret } from '../../src-preload/redact';
import type { Cipher } from './token-vault';

export function fileKeyCipher(
  keyPath: string,
  note: (message: string) => void = () => undefined,
): Cipher {
  const key = loadOrCreateKey(keyPath, note);
  return {
    backend: 'file-key',
    // The key sits in the same data folder: the browser shell has no system keychain.
    weakness: 'file-key',
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

function loadOrCreateKey(path: string, note: (message: string) => void): Buffer {
  const info = lstatSync(path, { throwIfNoEntry: false });
  if (info) {
    // A link could point the key anywhere, or at a file someone else controls.
    if (!info.isFile())
      throw new Error(
        `The key file ${path} is not a plain file, so Almanac will not trust it. Remove it and start again; you will be asked to sign in to Google again.`,
      );
    if (process.platform !== 'win32' && (info.mode & 0o077) !== 0) {
      try {
        chmodSync(path, 0o600);
      } catch {
        throw new Error(
          `The key file ${path} can be read by other users of this computer, and Almanac could not make it private. Run \`chmod 600 ${path}\`, or remove it and sign in to Google again.`,
        );
      }
      note(
        `[data] The key file ${path} could be read by other users of this computer; it is now private (600). If others use this computer, disconnect Google and connect again to replace the sign-in it protects.`,
      );
    }
    const text = readFileSync(path, 'utf8').trim();
    const key = Buffer.from(text, 'base64');
    if (key.length === 32) {
      rememberSecret(text);
      return key;
    }
  }
  const key = randomBytes(32);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, key.toString('base64'), { mode: 0o600 });
  chmodSync(path, 0o600);
  rememberSecret(key.toString('base64'));
  return key;
}
