// A connected client cannot end the browser shell: frames past the size limit, text that is
// not UTF-8 and messages that are not objects each close or are refused on that one socket,
// and the process (its own, as `npm run web` starts it) goes on serving every other page.
// Store answers that fail their schema fail the call waiting for them, at once.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_PROTOCOL, keyProtocol } from '../../../src-preload/bridge-messages';
import { startWebShell } from '../../../src-main/web/web-shell';
import type { WebShell } from '../../../src-main/web/web-shell';
import { call, keyOf, openBridge } from '../../support/bridge-client';
import { rawWebSocket } from '../../support/raw-websocket';
import { startShellProcess } from '../../support/shell-process';
import type { ShellProcess } from '../../support/shell-process';

describe('hostile frames and messages, against the running process', () => {
  let shell: ShellProcess;
  let key = '';
  beforeAll(async () => {
    shell = await startShellProcess();
    key = keyOf(shell.url);
  });
  afterAll(() => shell.stop());

  const ours = () => ({
    Origin: shell.origin,
    'Sec-WebSocket-Protocol': `${BRIDGE_PROTOCOL}, ${keyProtocol(key)}`,
  });

  async function stillServing(): Promise<void> {
    expect(shell.exitCode(), `the process ended: ${shell.stderr()}`).toBeUndefined();
    const ws = await openBridge(shell.origin, key);
    expect(await call(ws, 'app:info', null)).toMatchObject({ ok: true, value: { shell: 'web' } });
    ws.close();
  }

  it('a frame claiming more than the size limit closes that socket only', async () => {
    const raw = await rawWebSocket(shell.port, '/bridge', ours());
    raw.frame(Buffer.alloc(0), { claimLength: 2 ** 40 });
    await raw.closed;
    await stillServing();
  });

  it('a text frame that is not UTF-8 closes that socket only', async () => {
    const raw = await rawWebSocket(shell.port, '/bridge', ours());
    raw.frame(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    await raw.closed;
    await stillServing();
  });

  it('messages that are not objects are ignored, and the socket goes on answering', async () => {
    const ws = await openBridge(shell.origin, key);
    for (const text of [
      'null',
      '1',
      '"text"',
      '[]',
      'true',
      '{"storeAnswer":null}',
      '{"serveStore":null}',
    ])
      ws.send(text);
    expect(await call(ws, 'settings:get', null)).toMatchObject({ ok: true });
    ws.close();
    await stillServing();
  });
});

describe('store answers that fail their schema, from the page that serves the store', () => {
  let shell: WebShell;
  beforeAll(async () => {
    const rendererDir = mkdtempSync(join(tmpdir(), 'almanac-robust-renderer-'));
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
    shell = await startWebShell({
      port: 0,
      dataDir: mkdtempSync(join(tmpdir(), 'almanac-robust-data-')),
      rendererDir,
      version: '0.0.0-test',
    });
  });
  afterAll(() => shell.close());

  it.each([
    ['a failure without its error', (id: number) => ({ id, ok: false })],
    ['a failure whose error is not an object', (id: number) => ({ id, ok: false, error: 'x' })],
    ['no ok at all', (id: number) => ({ id, value: [] })],
    ['ok as a string', (id: number) => ({ id, ok: 'true', value: [] })],
  ])('%s fails the waiting call with a clear message', async (_name, answer) => {
    const ws = await openBridge(shell.origin, keyOf(shell.url));
    ws.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.storeCall) ws.send(JSON.stringify({ storeAnswer: answer(message.storeCall.id) }));
    });
    ws.send(JSON.stringify({ serveStore: true }));
    await expect
      .poll(() => shell.localStore.calendars().catch((e: Error) => e.message))
      .toBe('The local calendar sent an answer Almanac cannot read.');
    expect(await call(ws, 'settings:get', null)).toMatchObject({ ok: true });
    ws.close();
  });

  it('answers from a page that does not serve the store are not taken', async () => {
    const key = keyOf(shell.url);
    const server = await openBridge(shell.origin, key);
    const intruder = await openBridge(shell.origin, key);
    const calls: number[] = [];
    server.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (!message.storeCall) return;
      calls.push(message.storeCall.id);
      // The intruder answers first, with a forged calendar list.
      intruder.send(
        JSON.stringify({ storeAnswer: { id: message.storeCall.id, ok: true, value: ['forged'] } }),
      );
      setTimeout(
        () =>
          server.send(
            JSON.stringify({
              storeAnswer: { id: message.storeCall.id, ok: true, value: ['real'] },
            }),
          ),
        50,
      );
    });
    server.send(JSON.stringify({ serveStore: true }));
    await new Promise((r) => setTimeout(r, 50));
    expect(await shell.localStore.calendars()).toEqual(['real']);
    expect(calls).toHaveLength(1);
    server.close();
    intruder.close();
  });
});
