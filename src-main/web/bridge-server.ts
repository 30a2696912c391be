// The browser shell's end of the bridge: the WebSocket at /bridge that carries the contract
// between the page and the main-process services. Only our page opens it: the socket must come
// from our origin, name our host, and offer the run's key as a subprotocol (the page has the
// key from the printed address's fragment, which no server ever receives; nothing about it is
// ambient, unlike a cookie, which the browser would send to every server on 127.0.0.1).
// Once open, nothing a socket sends can end the process: every message is checked against
// its schema, errors become answers, and each socket's failures end only that socket.
import { AsyncLocalStorage } from 'node:async_hooks';
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { RawData, WebSocket } from 'ws';
import {
  BRIDGE_PROTOCOL,
  PageMessageSchema,
  idOf,
  offeredKey,
  readStoreAnswer,
} from '../../src-preload/bridge-messages';
import type { PageMessage } from '../../src-preload/bridge-messages';
import { fail, refuse } from '../../src-preload/contract';
import { refusalSentence } from '../../src-preload/bridge-words';
import type { NotificationName, NotificationOf, Result } from '../../src-preload/contract';
import { dispatch } from '../ipc/dispatch';
import type { Handlers } from '../ipc/dispatch';
import { RemoteLocalStore } from '../ipc/remote-local-store';
import type { AppLog } from '../logging/app-log';

export const BRIDGE_PATH = '/bridge';

export interface BridgeOptions {
  /** The run's key; a socket that does not offer it is refused. */
  key: string;
  log: AppLog;
  /**
   * The page's answers carry the local calendar to the sync engine: a full resync of a
   * 100,000-event calendar sends its whole index at once (~10 MB). Larger frames close the socket.
   */
  maxPayload?: number;
}

export class BridgeServer {
  /** The serving page's database, as the sync engine reaches it. */
  readonly localStore: RemoteLocalStore;
  private handlers: Handlers | null = null;
  private onStoreAvailable: (available: boolean) => void = () => undefined;
  private origin = '';
  private readonly sockets = new Set<WebSocket>();
  /**
   * Pages that offered their database, in order. The first serves it: a later socket cannot
   * take the role while that page is open, and gets it only when the first one goes.
   */
  private storeOffers: WebSocket[] = [];
  /** The page that started the sign-in under way: the only one shown its address. */
  private signInPage: WebSocket | null = null;
  /** The socket whose request is being handled, so what main opens goes to that page. */
  private readonly asker = new AsyncLocalStorage<WebSocket>();
  private readonly wss: WebSocketServer;

  constructor(private readonly options: BridgeOptions) {
    this.localStore = new RemoteLocalStore({
      send: (call) => {
        const owner = this.storeOwner();
        if (!owner || owner.readyState !== owner.OPEN) return false;
        send(owner, { storeCall: call });
        return true;
      },
    });
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: options.maxPayload ?? 256 * 1024 * 1024,
      // The page offers [BRIDGE_PROTOCOL, key]; the answer names only the first.
      handleProtocols: () => BRIDGE_PROTOCOL,
    });
  }

  /** Connects the services, once they exist (they need this bridge to be built). */
  serve(origin: string, handlers: Handlers, onStoreAvailable: (available: boolean) => void): void {
    this.origin = origin;
    this.handlers = handlers;
    this.onStoreAvailable = onStoreAvailable;
  }

  /** The HTTP server's 'upgrade' event: opens the bridge for our page, refuses everyone else. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    // A client that resets mid-handshake must not raise an unhandled 'error'.
    socket.on('error', () => socket.destroy());
    if (!this.admits(req)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.attach(ws));
  }

  /** Tells every open page about a change main made on its own. */
  notify<N extends NotificationName>(name: N, payload: NotificationOf<N>): void {
    for (const socket of this.sockets)
      send(socket, { notification: name, payload: this.forPage(socket, payload) });
  }

  /** Opens a URL in a new tab of the page whose request led here (main cannot open a browser). */
  openInAskingPage = async (url: string): Promise<boolean> => {
    const page = this.asker.getStore();
    if (!page || page.readyState !== page.OPEN) return false;
    send(page, { notification: 'browser:open-url', payload: { url } });
    return true;
  };

  /** The same for Google's consent page, which only the page that asked may see (its state and PKCE challenge). */
  openSignInPage = async (url: string): Promise<boolean> => {
    this.signInPage = this.asker.getStore() ?? null;
    return this.openInAskingPage(url);
  };

  close(): void {
    for (const socket of this.sockets) socket.terminate();
    this.wss.close();
  }

  private admits(req: IncomingMessage): boolean {
    const key = offeredKey(req.headers['sec-websocket-protocol']);
    return (
      req.url === BRIDGE_PATH &&
      this.origin !== '' &&
      req.headers.host === new URL(this.origin).host &&
      req.headers.origin === this.origin &&
      key !== null &&
      sameKey(key, this.options.key)
    );
  }

  private attach(ws: WebSocket): void {
    this.sockets.add(ws);
    // An oversized or malformed frame (invalid UTF-8, a bad opcode) errors the socket; ws
    // closes it, and without a listener the error would end the process.
    ws.on('error', (error) =>
      this.options.log.warn(`[bridge] closed a connection: ${error.message}`),
    );
    ws.on('close', () => {
      this.sockets.delete(ws);
      if (this.signInPage === ws) this.signInPage = null;
      this.offerStore(ws, false);
    });
    ws.on('message', (data, isBinary) => {
      this.receive(ws, data, isBinary).catch((error: unknown) =>
        this.options.log.error('[bridge] a message could not be handled:', error),
      );
    });
  }

  private async receive(ws: WebSocket, data: RawData, isBinary: boolean): Promise<void> {
    if (isBinary) return;
    let raw: unknown;
    try {
      raw = JSON.parse(String(data));
    } catch {
      return; // not ours to answer: a request without an id cannot be matched anyway
    }
    const parsed = PageMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const id = idOf(raw);
      if (id !== null)
        send(ws, { id, result: refuse('invalid-message', refusalSentence('unreadableMessage')) });
      return;
    }
    await this.handle(ws, parsed.data);
  }

  private async handle(ws: WebSocket, message: PageMessage): Promise<void> {
    if ('serveStore' in message) return this.offerStore(ws, message.serveStore);
    if ('storeAnswer' in message) return this.settle(ws, message.storeAnswer);
    let result: Result<unknown>;
    try {
      if (!this.handlers) throw new Error('the services are not connected yet');
      const handlers = this.handlers;
      result = await this.asker.run(ws, () =>
        dispatch(handlers, message.channel, message.payload ?? null),
      );
    } catch (error) {
      this.options.log.error('[bridge] a request failed:', error);
      result = fail('internal', 'Something went wrong in Almanac. The details are in its log.');
    }
    send(ws, { id: message.id, result: this.forPage(ws, result) });
  }

  /** Only the serving page answers store calls; an answer that fails its schema fails its call. */
  private settle(ws: WebSocket, raw: unknown): void {
    if (ws !== this.storeOwner()) return;
    const answer = readStoreAnswer(raw);
    if (answer) this.localStore.settle(answer);
  }

  private offerStore(ws: WebSocket, serve: boolean): void {
    const before = this.storeOwner();
    this.storeOffers = this.storeOffers.filter((socket) => socket !== ws);
    if (serve) this.storeOffers.push(ws);
    const after = this.storeOwner();
    if (before === after) return;
    // Calls in flight went to a page that no longer serves: they fail at once, not at their timeout.
    if (before) this.localStore.disconnect();
    this.onStoreAvailable(after !== null);
  }

  private storeOwner(): WebSocket | null {
    return this.storeOffers[0] ?? null;
  }

  /** A Google status without the sign-in address, for every page but the one signing in. */
  private forPage<T>(ws: WebSocket, value: T): T {
    if (ws === this.signInPage) return value;
    return withoutSignInAddress(value);
  }
}

function withoutSignInAddress<T>(value: T): T {
  if (!value || typeof value !== 'object') return value;
  if ('authUrl' in value && value.authUrl !== null) return { ...value, authUrl: null };
  // A Result wrapping a status.
  if ('ok' in value && value.ok === true && 'value' in value)
    return { ...value, value: withoutSignInAddress(value.value) };
  return value;
}

function send(ws: WebSocket, message: object): void {
  // A socket closing meanwhile is not an error worth more than dropping the message.
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message), () => undefined);
}

function sameKey(given: string, key: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(key);
  return a.length === b.length && timingSafeEqual(a, b);
}
