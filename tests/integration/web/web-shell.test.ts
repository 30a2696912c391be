// The browser shell's doors: only the page it served, offering the run's key on the socket
// and coming from its own origin, may use the bridge; the key never travels as a cookie;
// static files never escape the renderer, not even through a symlink; no source map is served.
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src-preload/settings';
import { startWebShell } from '../../../src-main/web/web-shell';
import type { WebShell } from '../../../src-main/web/web-shell';
import { call, keyOf, openBridge } from '../../support/bridge-client';

let shell: WebShell;
let key = '';
const dataDir = mkdtempSync(join(tmpdir(), 'almanac-web-'));

beforeAll(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'almanac-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Almanac</title>');
  const outside = mkdtempSync(join(tmpdir(), 'almanac-outside-'));
  writeFileSync(join(outside, 'secret.txt'), 'outside');
  writeFileSync(join(tmpdir(), 'almanac-secret.txt'), 'outside');
  symlinkSync(join(outside, 'secret.txt'), join(rendererDir, 'linked.txt'));
  symlinkSync(outside, join(rendererDir, 'linked-folder'));
  shell = await startWebShell({ port: 0, dataDir, rendererDir, version: '0.0.0-test' });
  key = keyOf(shell.url);
});
afterAll(() => shell.close());

describe('web shell', () => {
  test('the printed address carries the key in its fragment, which no request ever sends', () => {
    const url = new URL(shell.url);
    expect(url.pathname).toBe('/');
    expect(url.search).toBe('');
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  test('the page is served with no cookie and a Content-Security-Policy', async () => {
    const res = await get(`${shell.origin}/`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Almanac</title>');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  test('an old address with ?token= gets the page, and no cookie', async () => {
    const res = await get(`${shell.origin}/?token=${key}`);
    expect(res.status).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  test('path traversal is refused instead of leaking files', async () => {
    const res = await get(`${shell.origin}/..%2f..%2f..%2falmanac-secret.txt`);
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('outside');
  });

  test('a symlink inside the renderer folder does not lead out of it', async () => {
    for (const path of ['/linked.txt', '/linked-folder/secret.txt']) {
      const res = await get(`${shell.origin}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('outside');
    }
  });

  test('only GET and HEAD', async () => {
    expect((await get(`${shell.origin}/`, {}, 'POST')).status).toBe(405);
    const head = await get(`${shell.origin}/`, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  test('a request with a foreign Host header is refused (DNS rebinding)', async () => {
    const res = await get(`${shell.origin}/`, { Host: 'evil.example:80' });
    expect(res.status).toBe(421);
  });

  test('the bridge answers the page that offers the key', async () => {
    const ws = await openBridge(shell.origin, key);
    expect(ws.protocol).toBe('almanac.bridge');
    const result = await call(ws, 'settings:get', null);
    expect(result).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    ws.close();
  });

  test('settings persist in the data dir and bad payloads come back as data', async () => {
    const ws = await openBridge(shell.origin, key);
    expect(await call(ws, 'settings:update', { timeZone: 'Europe/Berlin' })).toMatchObject({
      ok: true,
      value: { timeZone: 'Europe/Berlin' },
    });
    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')).timeZone).toBe(
      'Europe/Berlin',
    );
    const bad = (await call(ws, 'settings:update', { weekStartsOn: 9 })) as {
      ok: boolean;
      error: { code: string };
    };
    expect(bad.ok).toBe(false);
    expect(bad.error.code).toBe('invalid-payload');
    expect(
      await call(ws, 'settings:update', { timeZone: '<script>x</script>/../../etc' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-payload', message: /IANA time zone/ } });
    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')).timeZone).toBe(
      'Europe/Berlin',
    );
    const unknown = (await call(ws, 'fs:read', { path: '/etc/passwd' })) as {
      ok: boolean;
      error: { code: string };
    };
    expect(unknown.error.code).toBe('unknown-channel');
    ws.close();
  });

  test("main reaches the page's local store over the socket, and fails fast without one", async () => {
    await expect(shell.localStore.calendars()).rejects.toThrow(/No Almanac window/);
    const ws = await openBridge(shell.origin, key);
    ws.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.storeCall)
        ws.send(
          JSON.stringify({
            storeAnswer: {
              id: message.storeCall.id,
              ok: true,
              value: [{ id: 'cal', args: message.storeCall.args }],
            },
          }),
        );
    });
    ws.send(JSON.stringify({ serveStore: true }));
    await new Promise((r) => setTimeout(r, 50));
    expect(await shell.localStore.eventIndex('cal-1')).toEqual([{ id: 'cal', args: ['cal-1'] }]);
    ws.close();
    await new Promise((r) => setTimeout(r, 50));
    await expect(shell.localStore.calendars()).rejects.toThrow(/No Almanac window/);
  });

  test('the bridge refuses a socket without the key', async () => {
    await expect(openBridge(shell.origin, key, { protocols: ['almanac.bridge'] })).rejects.toThrow(
      /403/,
    );
  });

  test('the bridge refuses a socket from another origin, even with the key', async () => {
    await expect(
      openBridge(shell.origin, key, { headers: { Origin: 'http://127.0.0.1:1' } }),
    ).rejects.toThrow(/403/);
  });
});

function get(
  url: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, method }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
