// Which page gets what over the browser shell's bridge: the first page to offer its database
// serves it for as long as it is open (a later socket cannot take the role, and gets it only
// when the first goes), and Google's sign-in address (with its state and PKCE challenge) goes
// only to the page that asked for the sign-in.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { startWebShell } from '../../../src-main/web/web-shell';
import type { WebShell } from '../../../src-main/web/web-shell';
import { call, inbox, keyOf, openBridge } from '../../support/bridge-client';

let shell: WebShell;
beforeEach(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'almanac-roles-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  shell = await startWebShell({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'almanac-roles-data-')),
    rendererDir,
    version: '0.0.0-test',
  });
});
afterEach(() => shell.close());

/** A page that lends its database, answering every call with its own name. */
async function servingPage(name: string): Promise<WebSocket> {
  const ws = await openBridge(shell.origin, keyOf(shell.url));
  ws.on('message', (data) => {
    const message = JSON.parse(String(data));
    if (message.storeCall)
      ws.send(
        JSON.stringify({ storeAnswer: { id: message.storeCall.id, ok: true, value: [name] } }),
      );
  });
  ws.send(JSON.stringify({ serveStore: true }));
  await call(ws, 'app:info', null); // the offer above is handled by now
  return ws;
}

describe('the database role', () => {
  it('stays with the first page while it is open, then passes to the next', async () => {
    const first = await servingPage('first');
    expect(await shell.localStore.calendars()).toEqual(['first']);
    const later = await servingPage('later');
    expect(await shell.localStore.calendars()).toEqual(['first']);
    first.close();
    await expect.poll(() => shell.localStore.calendars().catch(() => null)).toEqual(['later']);
    later.close();
  });

  it('is given up by a page that withdraws its offer', async () => {
    const first = await servingPage('first');
    const later = await servingPage('later');
    first.send(JSON.stringify({ serveStore: false }));
    await expect.poll(() => shell.localStore.calendars().catch(() => null)).toEqual(['later']);
    first.close();
    later.close();
  });
});

describe("Google's sign-in address", () => {
  it('goes only to the page that asked for the sign-in', async () => {
    const key = keyOf(shell.url);
    const asking = await openBridge(shell.origin, key);
    const other = await openBridge(shell.origin, key);
    const toAsking = inbox(asking);
    const toOther = inbox(other);
    expect(
      await call(asking, 'google:save', {
        enabled: true,
        clientId: 'roles.apps.googleusercontent.com',
        clientSecret: 'GOCSPX-roles-secret',
      }),
    ).toMatchObject({ ok: true });
    const connecting = call(asking, 'google:connect', null);

    await expect
      .poll(() => toAsking.find((m) => m.notification === 'browser:open-url'))
      .toBeTruthy();
    const opened = toAsking.find((m) => m.notification === 'browser:open-url') as {
      payload: { url: string };
    };
    const authUrl = new URL(opened.payload.url);
    expect(authUrl.searchParams.get('state')).toBeTruthy();
    expect(authUrl.searchParams.get('code_challenge')).toBeTruthy();
    // The asking page's status carries the address (to copy, should the tab not open)…
    expect(await call(asking, 'google:status', null)).toMatchObject({
      value: { state: 'signing-in', authUrl: opened.payload.url },
    });
    // …and nobody else sees it: no tab to open, no address in a status, asked or pushed.
    expect(await call(other, 'google:status', null)).toMatchObject({
      value: { state: 'signing-in', authUrl: null },
    });
    expect(toOther.some((m) => m.notification === 'browser:open-url')).toBe(false);
    const pushed = toOther.filter((m) => m.notification === 'google:status');
    expect(pushed.length).toBeGreaterThan(0);
    expect(JSON.stringify(toOther)).not.toContain(authUrl.searchParams.get('state'));

    expect(await call(asking, 'google:cancel', null)).toMatchObject({ ok: true });
    expect(await connecting).toMatchObject({ ok: true, value: { problem: { code: 'cancelled' } } });
    asking.close();
    other.close();
  });

  it('a link opened through the app goes to the page that asked, not to every page', async () => {
    const key = keyOf(shell.url);
    const asking = await openBridge(shell.origin, key);
    const other = await openBridge(shell.origin, key);
    const toAsking = inbox(asking);
    const toOther = inbox(other);
    expect(
      await call(asking, 'shell:open-external', { url: 'https://example.com/help' }),
    ).toMatchObject({ ok: true });
    expect(toAsking).toContainEqual({
      notification: 'browser:open-url',
      payload: { url: 'https://example.com/help' },
    });
    await call(other, 'app:info', null);
    expect(toOther.some((m) => m.notification === 'browser:open-url')).toBe(false);
    asking.close();
    other.close();
  });
});
