// A request written byte for byte on a TCP socket, so the request target reaches the server
// exactly as a hostile page or process would send it (Node's own client tidies some of them).
import { connect } from 'node:net';

export interface RawAnswer {
  status: number;
  head: string;
}

/** Sends `METHOD target HTTP/1.1` with a Host header and resolves the status line's code. */
export function rawRequest(
  port: number,
  target: string,
  options: { method?: string; host?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.setTimeout(5_000, () => socket.destroy(new Error(`no answer to ${target}`)));
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.destroy();
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0),
        head: text.slice(0, end),
      });
    });
    socket.on('error', reject);
    socket.on('close', () => reject(new Error(`connection closed without an answer to ${target}`)));
    socket.write(
      `${options.method ?? 'GET'} ${target} HTTP/1.1\r\nHost: ${options.host ?? `127.0.0.1:${port}`}\r\nConnection: close\r\n\r\n`,
    );
  });
}

/** Request targets that are not a plain path (`//[` once ended both local servers): 400 each. */
export const HOSTILE_TARGETS = [
  '//[',
  '//',
  '//evil.example/oauth2/callback',
  '///etc/passwd',
  '/\\evil.example',
  '\\\\evil.example',
  '*',
  'http://127.0.0.1/',
  'http://[/',
  'evil.example:80',
  '?token=x',
];

/** Plain paths that are odd (broken percent-encoding, very deep): refused with some 4xx. */
export const ODD_PATHS = ['/%', '/%E0%A4%A', '/%00', `/${'a/'.repeat(2000)}`];
