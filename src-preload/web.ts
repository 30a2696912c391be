// The bridge for the browser shell: the same AlmanacApi as Electron's preload, carried over
// a WebSocket to `npm run web`. The page proves it is ours with the run's key, which arrives
// in the printed address's fragment (never sent to any server), is kept in this tab's
// session storage (so a reload still has it) and is presented as a subprotocol of the socket
// itself. The server also checks the socket's Origin and Host.
import { BRIDGE_PROTOCOL, ServerMessageSchema, keyProtocol } from './bridge-messages';
import { createApi, type AlmanacApi, type Transport } from './almanac-api';
import { fail, notifications } from './contract';
import type { NotificationName, Result } from './contract';
import type { StoreAnswer, StoreCall } from './local-store';

type Pending = (result: Result<never>) => void;

export function createWebApi(location: Location): AlmanacApi {
  // The new address of a restarted `npm run web`, opened in a tab already on this origin,
  // only changes the fragment: no page load follows, so start afresh with its key.
  window.addEventListener('hashchange', () => {
    if (keyInAddress(location)) location.reload();
  });
  const transport = new SocketTransport(
    `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/bridge`,
    takeKey(location),
  );
  const api = createApi(transport);
  // Main cannot open a browser tab from a plain Node process; it asks the page to. The
  // sign-in tab is opened blank during the click itself (a tab opened later, when main's
  // message arrives, may be blocked as a pop-up) and sent to Google's page once known.
  let signInTab: Window | null = null;
  transport.subscribe('browser:open-url', ({ url }) => {
    const tab = signInTab;
    signInTab = null;
    if (tab && !tab.closed) {
      tab.opener = null;
      tab.location.href = url;
    } else {
      window.open(url, '_blank', 'noopener,noreferrer');
    }
  });
  return {
    ...api,
    connectGoogle: async (account) => {
      signInTab = window.open('about:blank', '_blank');
      const result = await api.connectGoogle(account);
      // Sign-in ended without needing the tab (not set up, or it failed before Google).
      if (signInTab && !signInTab.closed) signInTab.close();
      signInTab = null;
      return result;
    },
  };
}

const KEY_STORAGE = 'almanac.bridge-key';
/** How often a page that lost the background process tries to reach it again. */
const RECONNECT_MS = 2_000;

/**
 * The run's key: from the fragment when the page was opened from the printed address (which
 * then leaves the address bar, so it is not bookmarked, shared or shown on screen), else from
 * this tab's session storage, where the first load put it.
 */
function takeKey(location: Location): string | null {
  const fromAddress = keyInAddress(location);
  if (fromAddress) {
    try {
      sessionStorage.setItem(KEY_STORAGE, fromAddress);
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    } catch {
      // No session storage: the key stays in the address, so a reload still finds it.
    }
    return fromAddress;
  }
  try {
    return sessionStorage.getItem(KEY_STORAGE);
  } catch {
    return null;
  }
}

function keyInAddress(location: Location): string | null {
  return new URLSearchParams(location.hash.slice(1)).get('token');
}

class SocketTransport implements Transport {
  private socket: WebSocket | null = null;
  private opened: Promise<WebSocket> | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<(payload: never) => void>>();
  private storeServer: ((call: StoreCall) => Promise<StoreAnswer>) | null = null;
  private readonly connectionListeners = new Set<(connected: boolean) => void>();
  /** Whether the socket is open; null until the first attempt ended. */
  private connected: boolean | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly url: string,
    private readonly key: string | null,
  ) {}

  invoke: Transport['invoke'] = async (channel, payload) => {
    if (this.key === null)
      return fail(
        'no-key',
        'This page was not opened from the address `npm run web` printed, so it cannot reach Almanac’s background process. Open that address (it ends in #token=…).',
      );
    let socket: WebSocket;
    try {
      socket = await this.connect();
    } catch {
      return fail(
        'disconnected',
        'Almanac lost contact with its background process. Is `npm run web` still running? If you started it again, open the new address it printed.',
      );
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve as Pending);
      socket.send(JSON.stringify({ id, channel, payload }));
    });
  };

  subscribe: Transport['subscribe'] = (name, listener) => {
    const set = this.listeners.get(name) ?? new Set();
    set.add(listener as (payload: never) => void);
    this.listeners.set(name, set);
    void this.connect().catch(() => undefined);
    return () => set.delete(listener as (payload: never) => void);
  };

  serveStore: Transport['serveStore'] = (answer) => {
    this.storeServer = answer;
    void this.connect()
      .then((socket) => socket.send(JSON.stringify({ serveStore: true })))
      .catch(() => undefined);
    return () => {
      this.storeServer = null;
      this.socket?.send(JSON.stringify({ serveStore: false }));
    };
  };

  onConnection: Transport['onConnection'] = (listener) => {
    this.connectionListeners.add(listener);
    if (this.connected !== null) listener(this.connected);
    void this.connect().catch(() => undefined);
    return () => this.connectionListeners.delete(listener);
  };

  /** Tells the listeners when the state changes; while lost, tries again every few seconds. */
  private setConnected(connected: boolean): void {
    if (this.connected !== connected) {
      this.connected = connected;
      for (const listener of this.connectionListeners) listener(connected);
    }
    if (!connected && !this.retry && this.connectionListeners.size > 0)
      this.retry = setTimeout(() => {
        this.retry = null;
        void this.connect().catch(() => undefined);
      }, RECONNECT_MS);
  }

  private connect(): Promise<WebSocket> {
    if (this.key === null) return Promise.reject(new Error('no key'));
    if (this.opened) return this.opened;
    const key = this.key;
    this.opened = new Promise((resolve, reject) => {
      const socket = new WebSocket(this.url, [BRIDGE_PROTOCOL, keyProtocol(key)]);
      socket.addEventListener('open', () => {
        this.socket = socket;
        // After a reconnect, main must learn again that this page holds the local calendar.
        if (this.storeServer) socket.send(JSON.stringify({ serveStore: true }));
        this.setConnected(true);
        resolve(socket);
      });
      socket.addEventListener('message', (event) => this.receive(String(event.data)));
      socket.addEventListener('close', () => {
        // Fail what is in flight and let the next call reconnect.
        this.opened = null;
        this.socket = null;
        for (const settle of this.pending.values())
          settle(fail('disconnected', 'The connection to Almanac closed before it answered.'));
        this.pending.clear();
        this.setConnected(false);
        reject(new Error('closed'));
      });
    });
    return this.opened;
  }

  private receive(text: string): void {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return;
    }
    const parsed = ServerMessageSchema.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    if ('result' in message) {
      this.pending.get(message.id)?.(message.result as Result<never>);
      this.pending.delete(message.id);
    } else if ('storeCall' in message) {
      const serve = this.storeServer;
      if (!serve) return;
      void serve(message.storeCall as StoreCall).then((answer) =>
        this.socket?.send(JSON.stringify({ storeAnswer: answer })),
      );
    } else if (Object.hasOwn(notifications, message.notification)) {
      const name = message.notification as NotificationName;
      const payload = notifications[name].safeParse(message.payload);
      if (!payload.success) return;
      for (const listener of this.listeners.get(name) ?? []) listener(payload.data as never);
    }
  }
}
