// A client of the browser shell's bridge socket, as the page is one: our origin, and the
// run's key offered as a subprotocol. Tests vary each part to see the door stay shut.
import { WebSocket } from 'ws';
import { BRIDGE_PROTOCOL, keyProtocol } from '../../src-preload/bridge-messages';

/** The key from a printed address (`…/#token=KEY`). */
export function keyOf(url: string): string {
  return new URLSearchParams(new URL(url).hash.slice(1)).get('token') ?? '';
}

export interface Attempt {
  headers?: Record<string, string>;
  /** Defaults to our page's: the bridge protocol and the key. */
  protocols?: string[];
  path?: string;
}

/** The socket our page would open, or the refusal as an error naming the status. */
export function openBridge(origin: string, key: string, attempt: Attempt = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(
      `${origin.replace('http', 'ws')}${attempt.path ?? '/bridge'}`,
      attempt.protocols ?? [BRIDGE_PROTOCOL, keyProtocol(key)],
      { headers: { Origin: origin, ...attempt.headers } },
    );
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) =>
      reject(new Error(`refused with ${res.statusCode}`)),
    );
  });
}

/** 'open', or the HTTP status the upgrade was refused with (0 when the connection failed). */
export async function tryBridge(origin: string, key: string, attempt: Attempt = {}) {
  try {
    const ws = await openBridge(origin, key, attempt);
    ws.close();
    return 'open' as const;
  } catch (error) {
    return Number(/refused with (\d+)/.exec(String(error))?.[1] ?? 0);
  }
}

let nextId = 1;

/** Sends one contract request and resolves its result. */
export function call(ws: WebSocket, channel: string, payload: unknown): Promise<unknown> {
  const id = nextId++;
  return new Promise((resolve) => {
    const onMessage = (data: unknown) => {
      const message = JSON.parse(String(data));
      if (message.id === id) {
        ws.off('message', onMessage);
        resolve(message.result);
      }
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ id, channel, payload }));
  });
}

/** Every message the socket receives from now on, parsed. */
export function inbox(ws: WebSocket): Record<string, unknown>[] {
  const messages: Record<string, unknown>[] = [];
  ws.on('message', (data) => messages.push(JSON.parse(String(data))));
  return messages;
}
