// The browser shell's bridge socket under attack: only a connection to /bridge that carries
// the per-run secret cookie, comes from the shell's own origin and names its own host opens.
// Everything else — no cookie, a guessed or truncated cookie, another origin (another page
// on 127.0.0.1, localhost, https, "null"), a rebinding Host, another path — is refused.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startWebShell, type WebShell } from '../../../src-main/web/web-shell';

let shell: WebShell;
let cookie = '';
let secret = '';
const dirs: string[] = [];

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'almanac-ws-data-'));
  const rendererDir = mkdtempSync(join(tmpdir(), 'almanac-ws-renderer-'));
  dirs.push(dataDir, rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Almanac</title>');
  shell = await startWebShell({ port: 0, dataDir, rendererDir, version: '0.0.0-test' });
  secret = new URL(shell.url).searchParams.get('token') ?? '';
  cookie = await new Promise<string>((resolve, reject) => {
    request(shell.url, (res) => {
      res.resume();
      resolve(String(res.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '');
    })
      .on('error', reject)
      .end();
  });
});
afterAll(async () => {
  await shell.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Resolves 'open' or the HTTP status the upgrade was refused with. */
function attempt(headers: Record<string, string>, path = '/bridge'): Promise<'open' | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${shell.origin.replace('http', 'ws')}${path}`, { headers });
    ws.once('open', () => {
      ws.close();
      resolve('open');
    });
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', () => resolve(0));
  });
}

describe('the bridge socket', () => {
  it('opens for our page: the cookie, our origin, our host', async () => {
    expect(cookie).toMatch(/=.{20,}/);
    expect(await attempt({ Cookie: cookie, Origin: shell.origin })).toBe('open');
  });

  it.each<[string, () => Record<string, string>, string?]>([
    ['no cookie and no origin', () => ({})],
    ['no cookie', () => ({ Origin: shell.origin })],
    ['an empty cookie', () => ({ Cookie: `${cookie.split('=')[0]}=`, Origin: shell.origin })],
    ['a truncated cookie', () => ({ Cookie: cookie.slice(0, -1), Origin: shell.origin })],
    ['the cookie with extra characters', () => ({ Cookie: `${cookie}x`, Origin: shell.origin })],
    [
      'the secret under another cookie name',
      () => ({ Cookie: `session=${secret}`, Origin: shell.origin }),
    ],
    [
      'the secret in the query instead of the cookie',
      () => ({ Origin: shell.origin }),
      `/bridge?token=${'SECRET'}`,
    ],
    ['no Origin header', () => ({ Cookie: cookie })],
    ['Origin "null" (a sandboxed frame or file page)', () => ({ Cookie: cookie, Origin: 'null' })],
    ['another port on 127.0.0.1', () => ({ Cookie: cookie, Origin: 'http://127.0.0.1:1' })],
    [
      'localhost instead of 127.0.0.1',
      () => ({ Cookie: cookie, Origin: shell.origin.replace('127.0.0.1', 'localhost') }),
    ],
    [
      'https on our port',
      () => ({ Cookie: cookie, Origin: shell.origin.replace('http:', 'https:') }),
    ],
    [
      'a rebinding Host',
      () => ({
        Cookie: cookie,
        Origin: shell.origin,
        Host: `evil.example:${new URL(shell.origin).port}`,
      }),
    ],
    [
      'a rebinding Host and Origin together',
      () => ({
        Cookie: cookie,
        Origin: `http://evil.example:${new URL(shell.origin).port}`,
        Host: `evil.example:${new URL(shell.origin).port}`,
      }),
    ],
    ['another path', () => ({ Cookie: cookie, Origin: shell.origin }), '/bridge/'],
    ['the root path', () => ({ Cookie: cookie, Origin: shell.origin }), '/'],
  ])('refuses %s', async (_name, headers, path) => {
    const resolved = path?.replace('SECRET', secret);
    expect(await attempt(headers(), resolved)).not.toBe('open');
  });

  it('no guessed cookie opens it', async () => {
    const name = cookie.split('=')[0] as string;
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 0, maxLength: 64 }), async (guess) => {
        fc.pre(guess !== secret);
        expect(
          await attempt({ Cookie: `${name}=${encodeURIComponent(guess)}`, Origin: shell.origin }),
        ).not.toBe('open');
      }),
      { numRuns: 40 },
    );
  });
});

describe('the bridge socket, once open', () => {
  it('answers hostile messages as data and keeps serving', async () => {
    const ws = new WebSocket(`${shell.origin.replace('http', 'ws')}/bridge`, {
      headers: { Cookie: cookie, Origin: shell.origin },
    });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const answers = new Map<number, unknown>();
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
      if (typeof message.id === 'number') answers.set(message.id, message.result);
    });
    const send = (text: string) => ws.send(text);
    send('not json');
    send('{"id":1,"channel":{"toString":1},"payload":null}');
    send('{"id":2,"channel":"settings:update","payload":{"theme":"dark","__proto__":{"x":1}}}');
    send('{"id":3,"channel":"__proto__","payload":null}');
    send(JSON.stringify({ id: 4, channel: 'settings:get', payload: null }));
    await expect.poll(() => answers.size, { timeout: 5_000 }).toBe(4);
    expect(answers.get(1)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(answers.get(2)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(answers.get(3)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(answers.get(4)).toMatchObject({ ok: true });
    ws.close();
  });
});
