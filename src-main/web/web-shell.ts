// The browser shell: the main process's services in plain Node, reachable from a browser
// tab. It serves the built renderer and carries the contract over a WebSocket (bridge-server.ts).
// The printed address carries a per-run key in its fragment (`#token=…`): browsers never
// send a fragment to a server, so no other server the browser visits can learn it, and the
// page presents it on the socket itself. Every request must name our host (against DNS
// rebinding) and a plain path; anything else is answered 400, and nothing a request carries
// can end the process.
import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { RemoteLocalStore } from '../ipc/remote-local-store';
import { createServices } from '../services';
import { FEED_LIMITS } from '../subscriptions/feed-fetch';
import { googleEndpoints } from '../google/endpoints';
import { parseRequestTarget } from '../http/request-target';
import { createFileLog } from '../logging/file-log';
import type { AppLog } from '../logging/app-log';
import { BridgeServer } from './bridge-server';
import { dataFolderStores, LOG_FOLDER } from './data-folder';
import { answer, serveStatic } from './static-files';

export interface WebShellOptions {
  port: number;
  dataDir: string;
  rendererDir: string;
  version: string;
  /** The Google origin to use instead of Google's own (the emulator). */
  googleUrl?: string;
  /** Tests only: subscribed feeds may be plain http on 127.0.0.1 (a local feed server). */
  allowLoopbackFeeds?: boolean;
}

export interface WebShell {
  /** The address to open, key included (in the fragment). */
  url: string;
  origin: string;
  /** The open page's database, as the sync engine reaches it. */
  localStore: RemoteLocalStore;
  /** Main's log: <data-dir>/logs/almanac.log, rotated at ~1 MB, three old files kept. */
  log: AppLog & { file: string };
  close(): Promise<void>;
}

export async function startWebShell(options: WebShellOptions): Promise<WebShell> {
  const key = randomBytes(24).toString('base64url');
  // The data folder first: the log lives in it, and it must be private before anything is written.
  const notes: string[] = [];
  const { settingsBackend, ...stores } = dataFolderStores(options.dataDir, (n) => notes.push(n));
  const log = createFileLog({ dir: join(options.dataDir, LOG_FOLDER) });
  for (const note of notes) log.warn(note);

  const bridge = new BridgeServer({ key, log });
  const services = createServices({
    appInfo: {
      name: 'Almanac',
      version: options.version,
      platform: process.platform,
      shell: 'web',
    },
    settingsBackend,
    // A plain Node process cannot open the user's browser; the page that asked opens the tab.
    openExternal: bridge.openInAskingPage,
    google: {
      ...stores,
      endpoints: googleEndpoints(options.googleUrl),
      openSignInPage: bridge.openSignInPage,
    },
    localStore: bridge.localStore,
    log,
    ...(options.allowLoopbackFeeds
      ? { feedLimits: { ...FEED_LIMITS, allowLoopbackHttp: true } }
      : {}),
    notify: (name, payload) => bridge.notify(name, payload),
  });
  services.settings.onChange((settings) => bridge.notify('settings:changed', settings));

  const root = realOrGiven(options.rendererDir);
  let port = 0;
  const server = createServer((req, res) => {
    if (!hostAllowed(req, port)) return answer(res, 421, 'Wrong host');
    const target = parseRequestTarget(req.url);
    if (!target) return answer(res, 400, 'Bad request');
    if (req.method !== 'GET' && req.method !== 'HEAD') return answer(res, 405, 'Not allowed');
    serveStatic(root, target.pathname, req.method, res, req.headers['if-none-match']).catch(() =>
      res.destroy(),
    );
  });
  server.on('upgrade', (req, socket, head) => bridge.upgrade(req, socket, head));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  bridge.serve(origin, services.handlers, (available) =>
    services.sync.setStoreAvailable(available),
  );

  return {
    url: `${origin}/#token=${key}`,
    origin,
    localStore: bridge.localStore,
    log,
    close: async () => {
      // Like quitting the app: work under way stops and the next shell on this data folder resumes it.
      services.shutdown();
      bridge.close();
      // Open pages keep reconnecting; closing must not wait for them.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The page is ours by name too: 127.0.0.1 or localhost on our port, never a rebound name. */
function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host ?? '';
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function realOrGiven(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
