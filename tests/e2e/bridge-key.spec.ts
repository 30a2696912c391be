// The bridge's key is no ambient credential. A cookie would reach every server on 127.0.0.1
// the browser visits (cookies are not kept apart by port), emulator and stranger alike; the
// key lives in the address's fragment and this tab's session storage, and rides on the
// bridge socket only. So another local server, visited by the same browser while Almanac is
// open, learns nothing that opens the bridge, even replaying all it saw with a forged Origin.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BRIDGE_PROTOCOL, keyProtocol } from '../../src-preload/bridge-messages';
import { startWebShell } from '../../src-main/web/web-shell';
import { keyOf, tryBridge } from '../support/bridge-client';
import { expect, test } from './fixtures';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A stranger's server on 127.0.0.1: records every request; its page tries the bridge itself. */
async function strangerServer(
  shellOrigin: string,
): Promise<{ url: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const bridgeUrl = `${shellOrigin.replace('http', 'ws')}/bridge`;
  const page = `<!doctype html><title>Elsewhere</title><img src="/pixel.png">
<script>
  fetch('/echo', { method: 'POST', credentials: 'include', body: document.cookie + '|' + location.href + '|' + document.referrer });
  const ws = new WebSocket(${JSON.stringify(bridgeUrl)}, [${JSON.stringify(BRIDGE_PROTOCOL)}]);
  ws.onopen = () => fetch('/bridge-opened', { method: 'POST' });
  ws.onerror = () => fetch('/bridge-refused', { method: 'POST' });
</script>`;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.writeHead(200, { 'Content-Type': req.url === '/visit' ? 'text/html' : 'text/plain' });
      res.end(req.url === '/visit' ? page : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

test('another server on 127.0.0.1, visited by the same browser, receives nothing that opens the bridge', async ({
  openApp,
  shell,
  context,
}) => {
  const stranger = await strangerServer(shell.origin);
  try {
    const page = await openApp();
    // The key is out of the address bar once the page has it, and the page works.
    await expect(page).toHaveURL(`${shell.origin}/`);
    await page.getByRole('button', { name: 'Preferences' }).click();
    await expect(page.getByRole('dialog', { name: 'Preferences' })).toBeVisible();

    // A stranger's page in another tab, and the Almanac tab itself going there and back.
    const other = await context.newPage();
    await other.goto(`${stranger.url}/visit`);
    await expect
      .poll(() => stranger.seen.some((s) => /^\/bridge-(opened|refused)$/.test(s.url)))
      .toBe(true);
    await page.goto(`${stranger.url}/from-the-almanac-tab`);
    await page.goBack();
    await expect(page.getByRole('button', { name: 'New event' })).toBeVisible();

    const key = keyOf(shell.url);
    expect(stranger.seen.map((s) => s.url)).toEqual(
      expect.arrayContaining(['/visit', '/pixel.png', '/echo', '/from-the-almanac-tab']),
    );
    expect(stranger.seen.some((s) => s.url === '/bridge-opened')).toBe(false);
    expect(JSON.stringify(stranger.seen)).not.toContain(key);
    expect(await context.cookies()).toEqual([]);

    // A client holding everything the stranger saw, with a forged Origin, is refused.
    const port = new URL(shell.origin).port;
    for (const request of stranger.seen) {
      const replayed = Object.fromEntries(
        Object.entries(request.headers)
          .filter(
            ([name]) => !/^(host|connection|content-length|upgrade|sec-websocket-)/.test(name),
          )
          .map(([name, value]) => [name, String(value)]),
      );
      const candidates = [
        ...(request.headers.cookie ?? '').split(';').map((c) => c.split('=').slice(1).join('=')),
        ...new URL(request.url, stranger.url).searchParams.values(),
        ...request.body.split(/[|=&;#?]/),
      ].filter(Boolean);
      for (const protocols of [
        [],
        [BRIDGE_PROTOCOL],
        ...candidates.map((c) => [BRIDGE_PROTOCOL, keyProtocol(c)]),
      ])
        expect(
          await tryBridge(shell.origin, '', {
            protocols,
            headers: { ...replayed, Origin: shell.origin, Host: `127.0.0.1:${port}` },
          }),
          `${request.url} replayed with ${protocols.join(', ')}`,
        ).not.toBe('open');
    }
  } finally {
    stranger.server.closeAllConnections();
    await new Promise((resolve) => stranger.server.close(resolve));
  }
});

test('a reload keeps the bridge (the key waits in this tab), and a tab opened without the key says how to get in', async ({
  openApp,
  shell,
  context,
}) => {
  const page = await openApp();
  await page.reload();
  await page.getByRole('button', { name: 'Preferences' }).click();
  const preferences = page.getByRole('dialog', { name: 'Preferences' });
  await expect(preferences.getByLabel('Week starts on')).toBeVisible();
  await expect(page.getByText(/background service is not answering|could not be read/)).toHaveCount(
    0,
  );

  const stranger = await context.newPage();
  await stranger.goto(`${shell.origin}/`);
  await expect(
    stranger.getByText(/not opened from the address `npm run web` printed/),
  ).toBeVisible();
});

test('after a restart, the new address opened in the same tab (only its fragment differs) reaches the new run', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'almanac-e2e-restart-'));
  const start = (port: number) =>
    startWebShell({ port, dataDir, rendererDir: resolve('dist/renderer'), version: 'e2e' });
  const first = await start(0);
  const port = Number(new URL(first.origin).port);
  await page.goto(first.url);
  await expect(page.getByRole('button', { name: 'New event' })).toBeVisible();
  await first.close();
  // While it was stopped, its settings changed (as a restart with another file would).
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ timeZone: 'America/New_York' }));
  const second = await start(port);
  try {
    expect(keyOf(second.url)).not.toBe(keyOf(first.url));
    await page.goto(second.url);
    await page.getByRole('button', { name: 'Preferences' }).click();
    await expect(page.getByLabel('Time zone')).toHaveValue('America/New_York');
    await expect(page).toHaveURL(`${second.origin}/`);
  } finally {
    await page.context().close();
    await second.close();
  }
});
