// The browser shell's doors: only the page it served, holding the per-run cookie and
// coming from its own origin, may use the bridge; static files never escape the renderer.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { DEFAULT_SETTINGS } from '../../../src-preload/contract';
import { startWebShell } from '../../../src-main/web/web-shell';
import type { WebShell } from '../../../src-main/web/web-shell';

let shell: WebShell;
let cookie = '';
const dataDir = mkdtempSync(join(tmpdir(), 'almanac-web-'));

beforeAll(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'almanac-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Almanac</title>');
  writeFileSync(join(tmpdir(), 'almanac-secret.txt'), 'outside');
  shell = await startWebShell({ port: 0, dataDir, rendererDir, version: '0.0.0-test' });
  const res = await get(shell.url);
  cookie = String(res.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
});
afterAll(() => shell.close());

describe('web shell', () => {
  test('the printed URL sets an HttpOnly, SameSite=Strict session cookie and redirects home', async () => {
    const res = await get(shell.url);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/');
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
  });

  test('a wrong token is refused', async () => {
    const res = await get(`${shell.origin}/?token=guess`);
    expect(res.status).toBe(403);
  });

  test('serves the renderer with a Content-Security-Policy', async () => {
    const res = await get(`${shell.origin}/`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Almanac</title>');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  test('path traversal falls back to the page instead of leaking files', async () => {
    const res = await get(`${shell.origin}/..%2f..%2f..%2falmanac-secret.txt`);
    expect(res.body).not.toContain('outside');
  });

  test('a request with a foreign Host header is refused (DNS rebinding)', async () => {
    const res = await get(`${shell.origin}/`, { Host: 'evil.example:80' });
    expect(res.status).toBe(421);
  });

  test('the bridge answers the page that holds the cookie', async () => {
    const ws = await open({ Cookie: cookie, Origin: shell.origin });
    const result = await call(ws, 'settings:get', null);
    expect(result).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    ws.close();
  });

  test('settings persist in the data dir and bad payloads come back as data', async () => {
    const ws = await open({ Cookie: cookie, Origin: shell.origin });
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
    const unknown = (await call(ws, 'fs:read', { path: '/etc/passwd' })) as {
      ok: boolean;
      error: { code: string };
    };
    expect(unknown.error.code).toBe('unknown-channel');
    ws.close();
  });

  test("main reaches the page's local store over the socket, and fails fast without one", async () => {
    await expect(shell.localStore.calendars()).rejects.toThrow(/No Almanac window/);
    const ws = await open({ Cookie: cookie, Origin: shell.origin });
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

  test('the bridge refuses a socket without the cookie', async () => {
    await expect(open({ Origin: shell.origin })).rejects.toThrow(/403/);
  });

  test('the bridge refuses a socket from another origin, even with the cookie', async () => {
    await expect(open({ Cookie: cookie, Origin: 'http://127.0.0.1:1' })).rejects.toThrow(/403/);
  });
});

function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function open(headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${shell.origin.replace('http', 'ws')}/bridge`, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) =>
      reject(new Error(`refused with ${res.statusCode}`)),
    );
  });
}

let nextId = 1;
function call(ws: WebSocket, channel: string, payload: unknown): Promise<unknown> {
  const id = nextId++;
  return new Promise((resolve) => {
    const onMessage = (data: unknown) => {
      const message = JSON.parse(String(data));
      if (message.id === id) {
        ws.off('message', onMessage);
        resolve(message.result);
      }
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ id, channel, payload }));
  });
}
