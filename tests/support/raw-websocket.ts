// A WebSocket client written by hand on a TCP socket, for frames no well-behaved client
// library would send: a length beyond any limit, text that is not UTF-8.
import { createHash, randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import type { Socket } from 'node:net';

export interface RawSocket {
  /** Sends one masked frame (opcode 1 = text) with `payload`, or just a header claiming `length`. */
  frame(payload: Buffer, options?: { claimLength?: number }): void;
  /** Resolves when the server closes the connection (what a refused frame should lead to). */
  closed: Promise<void>;
  socket: Socket;
}

/** Opens the bridge as our page would (Origin, subprotocols) and resolves once it is upgraded. */
export function rawWebSocket(
  port: number,
  path: string,
  headers: Record<string, string>,
): Promise<RawSocket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const key = randomBytes(16).toString('base64');
    const closed = new Promise<void>((done) => socket.once('close', () => done()));
    socket.on('error', () => undefined);
    let head = '';
    const onData = (chunk: Buffer) => {
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('data', onData);
      const accept = createHash('sha1')
        .update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
        .digest('base64');
      if (!head.startsWith('HTTP/1.1 101') || !head.includes(accept))
        return reject(new Error(`not upgraded: ${head.split('\r\n')[0]}`));
      resolve({
        frame: (payload, options) => socket.write(frame(payload, options)),
        closed,
        socket,
      });
    };
    socket.on('data', onData);
    const lines = [
      `GET ${path} HTTP/1.1`,
      `Host: 127.0.0.1:${port}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${key}`,
      'Sec-WebSocket-Version: 13',
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ];
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
  });
}

function frame(payload: Buffer, options: { claimLength?: number } = {}): Buffer {
  const length = options.claimLength ?? payload.length;
  const mask = randomBytes(4);
  let header: Buffer;
  if (length < 126) header = Buffer.from([0x81, 0x80 | length]);
  else if (length < 65536) {
    header = Buffer.from([0x81, 0x80 | 126, 0, 0]);
    header.writeUInt16BE(length, 2);
  } else {
    header = Buffer.alloc(10);
    header[0] = 0x81;
    header[1] = 0x80 | 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  const body = Buffer.from(payload.map((byte, i) => byte ^ (mask[i % 4] as number)));
  return Buffer.concat([header, mask, body]);
}
