// The browser shell's data folder holds the encrypted Google sign-in and, next to it, its
// key: it is the user's alone. A new folder is created 0700 with 0600 files; a folder an
// older version left open to others (0755, 0644) is tightened at start and the log says so;
// a key file that is a link is refused with a message saying what to do.
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startWebShell } from '../../../src-main/web/web-shell';
import { call, keyOf, openBridge } from '../../support/bridge-client';

const mode = (path: string) => statSync(path).mode & 0o777;
const renderer = () => {
  const dir = mkdtempSync(join(tmpdir(), 'almanac-private-renderer-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html>');
  return dir;
};

describe('the data folder', () => {
  it('is created 0700, and everything Almanac writes in it is 0600', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'almanac-private-')), 'fresh', '.almanac-data');
    const shell = await startWebShell({ port: 0, dataDir, rendererDir: renderer(), version: 't' });
    try {
      const ws = await openBridge(shell.origin, keyOf(shell.url));
      await call(ws, 'settings:update', { theme: 'dark' });
      await call(ws, 'google:save', {
        enabled: true,
        clientId: 'private.apps.googleusercontent.com',
        clientSecret: 'GOCSPX-private-secret',
      });
      ws.close();
      shell.log.info('a line, so the log file exists');
      expect(mode(dataDir)).toBe(0o700);
      expect(mode(join(dataDir, 'logs'))).toBe(0o700);
      for (const file of [
        'settings.json',
        'google.json',
        'vault.json',
        'vault.key',
        'logs/almanac.log',
      ])
        expect(mode(join(dataDir, file)), file).toBe(0o600);
    } finally {
      await shell.close();
    }
  });

  it('left open to others by an older version, is made private at start, with a note in the log', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'almanac-private-old-'));
    mkdirSync(join(dataDir, 'logs'));
    writeFileSync(join(dataDir, 'settings.json'), '{"theme":"dark"}');
    writeFileSync(join(dataDir, 'vault.key'), randomBytes(32).toString('base64'));
    writeFileSync(join(dataDir, 'logs', 'almanac.log'), 'old line\n');
    for (const path of ['settings.json', 'vault.key', 'logs/almanac.log'])
      chmodSync(join(dataDir, path), 0o644);
    chmodSync(join(dataDir, 'logs'), 0o755);
    chmodSync(dataDir, 0o755);

    const shell = await startWebShell({ port: 0, dataDir, rendererDir: renderer(), version: 't' });
    try {
      expect(mode(dataDir)).toBe(0o700);
      expect(mode(join(dataDir, 'logs'))).toBe(0o700);
      for (const file of ['settings.json', 'vault.key', 'logs/almanac.log'])
        expect(mode(join(dataDir, file)), file).toBe(0o600);
      const log = readFileSync(shell.log.file, 'utf8');
      expect(log).toMatch(
        /vault\.key could be read by other users of this computer; it is now private/,
      );
      expect(log).toMatch(/settings\.json could be read by other users/);
    } finally {
      await shell.close();
    }
  });

  it("keeps the mode of a folder that also holds other people's files, and still makes its own private", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'almanac-private-shared-'));
    writeFileSync(join(dataDir, 'notes.txt'), 'not ours');
    writeFileSync(join(dataDir, 'settings.json'), '{}');
    chmodSync(join(dataDir, 'settings.json'), 0o644);
    chmodSync(join(dataDir, 'notes.txt'), 0o644);
    chmodSync(dataDir, 0o755);
    const shell = await startWebShell({ port: 0, dataDir, rendererDir: renderer(), version: 't' });
    try {
      expect(mode(dataDir)).toBe(0o755);
      expect(mode(join(dataDir, 'notes.txt'))).toBe(0o644);
      expect(mode(join(dataDir, 'settings.json'))).toBe(0o600);
    } finally {
      await shell.close();
    }
  });

  it('refuses a key file that is a link, saying what to do', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'almanac-private-link-'));
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'almanac-elsewhere-')), 'key');
    writeFileSync(elsewhere, randomBytes(32).toString('base64'));
    symlinkSync(elsewhere, join(dataDir, 'vault.key'));
    await expect(
      startWebShell({ port: 0, dataDir, rendererDir: renderer(), version: 't' }),
    ).rejects.toThrow(/vault\.key is not a plain file.*Remove it/);
  });
});
