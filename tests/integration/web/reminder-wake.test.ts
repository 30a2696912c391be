// The browser shell wakes the page's reminder schedule over the bridge socket: a page asks
// for a wake in some milliseconds, and the 'reminders:wake' message arrives then, from
// main's own timer (a hidden tab's timers are throttled; its socket messages are not).
// Also: the shell serves the reminder service worker as a script the page may register.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startWebShell } from '../../../src-main/web/web-shell';
import type { WebShell } from '../../../src-main/web/web-shell';
import { call, inbox, keyOf, openBridge } from '../../support/bridge-client';

let shell: WebShell;

beforeAll(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'almanac-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Almanac</title>');
  writeFileSync(
    join(rendererDir, 'reminder-worker.js'),
    'self.addEventListener("install", () => {});',
  );
  shell = await startWebShell({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'almanac-wake-')),
    rendererDir,
    version: '0.0.0-test',
  });
});
afterAll(() => shell.close());

test('a wake asked for arrives over the socket at its time, once', async () => {
  const ws = await openBridge(shell.origin, keyOf(shell.url));
  const messages = inbox(ws);
  const wakes = () => messages.filter((m) => m.notification === 'reminders:wake');
  const asked = Date.now();
  expect(await call(ws, 'reminders:wake-in', { ms: 300 })).toEqual({ ok: true, value: null });
  await new Promise((resolve) => setTimeout(resolve, 150));
  expect(wakes()).toEqual([]);
  await expect.poll(() => wakes().length, { timeout: 3_000, interval: 20 }).toBe(1);
  expect(Date.now() - asked).toBeGreaterThanOrEqual(300);
  expect(wakes()[0]).toEqual({ notification: 'reminders:wake', payload: null });
  await new Promise((resolve) => setTimeout(resolve, 400));
  expect(wakes()).toHaveLength(1);
  ws.close();
});

test('a wake further than a day away is refused with a clear message', async () => {
  const ws = await openBridge(shell.origin, keyOf(shell.url));
  expect(await call(ws, 'reminders:wake-in', { ms: 86_400_001 })).toMatchObject({ ok: false });
  ws.close();
});

test('the reminder worker is served as a script from the top of the page', async () => {
  const response = await fetch(`${shell.origin}/reminder-worker.js`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
});
