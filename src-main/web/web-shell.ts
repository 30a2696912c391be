// The browser shell: the main process's services in plain Node, reachable from a browser
// tab. It serves the built renderer and carries the contract over a WebSocket. Only the
// page it served may talk to it: the printed URL carries a per-run secret that becomes an
// HttpOnly cookie, and the socket also checks Origin and Host (against DNS rebinding and
// other pages on 127.0.0.1, which share the cookie's site but not our origin).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { StoreAnswer } from '../../src-preload/local-store';
import { dispatch } from '../ipc/dispatch';
import { RemoteLocalStore } from '../ipc/remote-local-store';
import { createServices } from '../services';
import { googleEndpoints } from '../google/endpoints';
import { createFileLog } from '../logging/file-log';
import type { AppLog } from '../logging/app-log';
import { dataFolderStores } from './data-folder';
import { serveStatic } from './static-files';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

export interface WebShellOptions {
  port: number;
  dataDir: string;
  rendererDir: string;
  version: string;
  /** The Google origin to use instead of Google's own (the emulator). */
  googleUrl?: string;
}

export interface WebShell {
  /** The address to open, secret included. */
  url: string;
  origin: string;
  /** The open page's database, as the sync engine reaches it. */
  localStore: RemoteLocalStore;
  /** Main's log: <data-dir>/logs/almanac.log, rotated at ~1 MB, three old files kept. */
  log: AppLog & { file: string };
  close(): Promise<void>;
}

const COOKIE = 'almanac_session';

export async function startWebShell(options: WebShellOptions): Promise<WebShell> {
  const secret = randomBytes(24).toString('base64url');
  const sockets = new Set<WebSocket>();
  // The page that lends its IndexedDB to the sync engine (the latest one to offer).
  let storeSocket: WebSocket | null = null;
  const localStore = new RemoteLocalStore({
    send: (call) => {
      if (!storeSocket || storeSocket.readyState !== storeSocket.OPEN) return false;
      storeSocket.send(JSON.stringify({ storeCall: call }));
      return true;
    },
  });
  const broadcast = (notification: string, payload: unknown) => {
    const text = JSON.stringify({ notification, payload });
    for (const socket of sockets) socket.send(text);
  };
  // A plain Node process cannot open the user's browser; the page it serves opens the tab.
  const openInPage = async (url: string) => {
    if (sockets.size === 0) return false;
    broadcast('browser:open-url', { url });
    return true;
  };

  const log = createFileLog({ dir: join(options.dataDir, 'logs') });
  const { settingsBackend, ...stores } = dataFolderStores(options.dataDir);
  const services = createServices({
    appInfo: {
      name: 'Almanac',
      version: options.version,
      platform: process.platform,
      shell: 'web',
    },
    settingsBackend,
    openExternal: openInPage,
    google: {
      ...stores,
      endpoints: googleEndpoints(options.googleUrl),
      openSignInPage: openInPage,
    },
    localStore,
    log,
    notify: broadcast,
  });
  services.settings.onChange((settings) => broadcast('settings:changed', settings));

  let origin = '';
  const server = createServer((req, res) => {
    if (!hostAllowed(req, origin)) return refuse(res, 421, 'Wrong host');
    const url = new URL(req.url ?? '/', origin);
    const token = url.searchParams.get('token');
    if (token !== null) {
      if (!sameSecret(token, secret))
        return refuse(
          res,
          403,
          'This link is from an older run of Almanac. Use the address printed by `npm run web`.',
        );
      res.writeHead(302, {
        'Set-Cookie': `${COOKIE}=${secret}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
      });
      return res.end();
    }
    serveStatic(options.rendererDir, url.pathname, res, {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    });
  });

  // The page's answers carry the local calendar to the sync engine: a full resync of a
  // 100,000-event calendar sends its whole index at once (~10 MB). Only the page we served,
  // holding the cookie, gets this far.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    const authorised =
      req.url === '/bridge' &&
      hostAllowed(req, origin) &&
      req.headers.origin === origin &&
      sameSecret(readCookie(req, COOKIE), secret);
    if (!authorised) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => {
        sockets.delete(ws);
        if (storeSocket === ws) {
          storeSocket = null;
          localStore.disconnect();
          services.sync.setStoreAvailable(false);
        }
      });
      ws.on('message', async (data) => {
        let message: {
          id?: unknown;
          channel?: unknown;
          payload?: unknown;
          serveStore?: unknown;
          storeAnswer?: StoreAnswer;
        };
        try {
          message = JSON.parse(String(data));
        } catch {
          return; // not ours to answer: a request without an id cannot be matched anyway
        }
        if (message.serveStore === true) {
          storeSocket = ws;
          services.sync.setStoreAvailable(true);
        } else if (message.serveStore === false && storeSocket === ws) {
          storeSocket = null;
          services.sync.setStoreAvailable(false);
        }
        if (message.storeAnswer && typeof message.storeAnswer.id === 'number')
          localStore.settle(message.storeAnswer);
        if (typeof message.id !== 'number') return;
        const result = await dispatch(services.handlers, message.channel, message.payload ?? null);
        ws.send(JSON.stringify({ id: message.id, result }));
      });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${secret}`,
    origin,
    localStore,
    log,
    close: async () => {
      // Like quitting the app: work under way stops and the next shell on this data folder resumes it.
      services.shutdown();
      for (const socket of sockets) socket.terminate();
      wss.close();
      // Open pages keep reconnecting; closing must not wait for them.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function hostAllowed(req: IncomingMessage, origin: string): boolean {
  const host = req.headers.host ?? '';
  const port = new URL(origin).port;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function readCookie(req: IncomingMessage, name: string): string {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return '';
}

function sameSecret(given: string, secret: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(message);
}
