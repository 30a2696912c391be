// The bridge for the browser shell: the same AlmanacApi as Electron's preload, carried over
// a WebSocket to `npm run web`. The server only accepts the socket from its own origin with
// the per-run session cookie it set when the printed URL was opened.
import { createApi, fail } from './contract';
import type { AlmanacApi, NotificationName, Result, Transport } from './contract';
import type { StoreAnswer, StoreCall } from './local-store';

type Pending = (result: Result<never>) => void;

export function createWebApi(location: { protocol: string; host: string }): AlmanacApi {
  const transport = new SocketTransport(
    `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/bridge`,
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
    connectGoogle: async () => {
      signInTab = window.open('about:blank', '_blank');
      const result = await api.connectGoogle();
      // Sign-in ended without needing the tab (not set up, or it failed before Google).
      if (signInTab && !signInTab.closed) signInTab.close();
      signInTab = null;
      return result;
    },
  };
}

class SocketTransport implements Transport {
  private socket: WebSocket | null = null;
  private opened: Promise<WebSocket> | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<(payload: never) => void>>();
  private storeServer: ((call: StoreCall) => Promise<StoreAnswer>) | null = null;

  constructor(private readonly url: string) {}

  invoke: Transport['invoke'] = async (channel, payload) => {
    let socket: WebSocket;
    try {
      socket = await this.connect();
    } catch {
      return fail(
        'disconnected',
        'Almanac lost contact with its background process. Is `npm run web` still running?',
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

  private connect(): Promise<WebSocket> {
    if (this.opened) return this.opened;
    this.opened = new Promise((resolve, reject) => {
      const socket = new WebSocket(this.url);
      socket.addEventListener('open', () => {
        this.socket = socket;
        // After a reconnect, main must learn again that this page holds the local calendar.
        if (this.storeServer) socket.send(JSON.stringify({ serveStore: true }));
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
        reject(new Error('closed'));
      });
    });
    return this.opened;
  }

  private receive(text: string): void {
    let message: {
      id?: number;
      result?: Result<never>;
      notification?: NotificationName;
      payload?: unknown;
      storeCall?: StoreCall;
    };
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    if (typeof message.id === 'number' && message.result) {
      this.pending.get(message.id)?.(message.result);
      this.pending.delete(message.id);
    } else if (message.storeCall && this.storeServer) {
      void this.storeServer(message.storeCall).then((answer) =>
        this.socket?.send(JSON.stringify({ storeAnswer: answer })),
      );
    } else if (message.notification) {
      for (const listener of this.listeners.get(message.notification) ?? [])
        listener(message.payload as never);
    }
  }
}
