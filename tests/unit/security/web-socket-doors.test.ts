// The browser shell's bridge socket under attack: only a connection to /bridge that offers
// the run's key as a subprotocol, comes from the shell's own origin and names its own host
// opens. Everything else — no key, a guessed or truncated key, the key where the page never
// puts it (a cookie, the query), another origin (another page on 127.0.0.1, localhost,
// https, "null"), a rebinding Host, another path — is refused.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { BRIDGE_PROTOCOL, keyProtocol } from '../../../src-preload/bridge-messages';
import { startWebShell, type WebShell } from '../../../src-main/web/web-shell';
import { keyOf, openBridge, tryBridge } from '../../support/bridge-client';
import type { Attempt } from '../../support/bridge-client';

let shell: WebShell;
let key = '';
const dirs: string[] = [];

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'almanac-ws-data-'));
  const rendererDir = mkdtempSync(join(tmpdir(), 'almanac-ws-renderer-'));
  dirs.push(dataDir, rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Almanac</title>');
  shell = await startWebShell({ port: 0, dataDir, rendererDir, version: '0.0.0-test' });
  key = keyOf(shell.url);
});
afterAll(async () => {
  await shell.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the bridge socket', () => {
  it('opens for our page: the key, our origin, our host', async () => {
    expect(key.length).toBeGreaterThanOrEqual(32);
    expect(await tryBridge(shell.origin, key)).toBe('open');
  });

  const port = () => new URL(shell.origin).port;
  it.each<[string, () => Attempt]>([
    ['no key and no origin', () => ({ protocols: [], headers: { Origin: '' } })],
    ['no key', () => ({ protocols: [BRIDGE_PROTOCOL] })],
    ['the key without the bridge protocol', () => ({ protocols: [keyProtocol(key)] })],
    ['an empty key', () => ({ protocols: [BRIDGE_PROTOCOL, keyProtocol('')] })],
    ['a truncated key', () => ({ protocols: [BRIDGE_PROTOCOL, keyProtocol(key.slice(0, -1))] })],
    [
      'the key with extra characters',
      () => ({ protocols: [BRIDGE_PROTOCOL, keyProtocol(`${key}x`)] }),
    ],
    ['the bare key as a protocol', () => ({ protocols: [BRIDGE_PROTOCOL, key] })],
    [
      'the key as a cookie',
      () => ({ protocols: [BRIDGE_PROTOCOL], headers: { Cookie: `almanac_session=${key}` } }),
    ],
    [
      'the key in the query',
      () => ({ protocols: [BRIDGE_PROTOCOL], path: `/bridge?token=${key}` }),
    ],
    ['no Origin header', () => ({ headers: { Origin: '' } })],
    ['Origin "null" (a sandboxed frame or file page)', () => ({ headers: { Origin: 'null' } })],
    ['another port on 127.0.0.1', () => ({ headers: { Origin: 'http://127.0.0.1:1' } })],
    [
      'localhost instead of 127.0.0.1',
      () => ({ headers: { Origin: shell.origin.replace('127.0.0.1', 'localhost') } }),
    ],
    ['https on our port', () => ({ headers: { Origin: shell.origin.replace('http:', 'https:') } })],
    ['a rebinding Host', () => ({ headers: { Host: `evil.example:${port()}` } })],
    [
      'a rebinding Host and Origin together',
      () => ({
        headers: { Origin: `http://evil.example:${port()}`, Host: `evil.example:${port()}` },
      }),
    ],
    ['another path', () => ({ path: '/bridge/' })],
    ['the root path', () => ({ path: '/' })],
  ])('refuses %s', async (_name, attempt) => {
    const given = attempt();
    const headers = Object.fromEntries(
      Object.entries({ Origin: shell.origin, ...given.headers }).filter(([, v]) => v !== ''),
    );
    expect(await tryRaw(given.protocols, headers, given.path)).not.toBe('open');
  });

  it('no guessed key opens it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[A-Za-z0-9_-]{0,64}$/), async (guess) => {
        fc.pre(guess !== key);
        expect(
          await tryBridge(shell.origin, key, {
            protocols: [BRIDGE_PROTOCOL, keyProtocol(guess)],
          }),
        ).not.toBe('open');
      }),
      { numRuns: 40 },
    );
  });
});

describe('the bridge socket, once open', () => {
  it('answers hostile messages as data and keeps serving', async () => {
    const ws = await openBridge(shell.origin, key);
    const answers = new Map<number, unknown>();
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
      if (typeof message.id === 'number') answers.set(message.id, message.result);
    });
    const send = (text: string) => ws.send(text);
    send('not json');
    send('null');
    send('{"id":1,"channel":{"toString":1},"payload":null}');
    send('{"id":2,"channel":"settings:update","payload":{"theme":"dark","__proto__":{"x":1}}}');
    send('{"id":3,"channel":"__proto__","payload":null}');
    send(JSON.stringify({ id: 4, channel: 'settings:get', payload: null }));
    send('{"id":5.5,"channel":"settings:get"}');
    send('{"id":6,"serveStore":"yes"}');
    await expect.poll(() => answers.size, { timeout: 5_000 }).toBe(5);
    expect(answers.get(1)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(answers.get(2)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(answers.get(3)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(answers.get(4)).toMatchObject({ ok: true });
    expect(answers.get(6)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    ws.close();
  });
});

/** An upgrade with exactly these protocols and headers (Origin included or left out). */
function tryRaw(
  protocols: string[] | undefined,
  headers: Record<string, string>,
  path = '/bridge',
): Promise<'open' | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(
      `${shell.origin.replace('http', 'ws')}${path}`,
      protocols ?? [BRIDGE_PROTOCOL, keyProtocol(key)],
      { headers },
    );
    ws.once('open', () => {
      ws.close();
      resolve('open');
    });
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', () => resolve(0));
  });
}
