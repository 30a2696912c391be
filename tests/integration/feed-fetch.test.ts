// Fetching subscribed feeds in main, against a real local HTTP server (127.0.0.1, port 0):
// only https and webcal (http to 127.0.0.1 only when the test build allows it), a size cap
// and a timeout with clear messages, ETag and Last-Modified sent back and a 304 understood.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedUrl, fetchFeed, FEED_LIMITS } from '../../src-main/subscriptions/feed-fetch';

let server: Server;
let base: string;
const seen: Record<string, string | undefined>[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({
      ifNoneMatch: request.headers['if-none-match'],
      ifModifiedSince: request.headers['if-modified-since'],
    });
    if (request.url === '/slow') return void setTimeout(() => response.end('late'), 2_000);
    if (request.url === '/huge') {
      response.writeHead(200, { 'Content-Type': 'text/calendar' });
      for (let i = 0; i < 64; i += 1) response.write('x'.repeat(1024));
      return void response.end();
    }
    if (request.headers['if-none-match'] === '"v1"') return void response.writeHead(304).end();
    response.writeHead(200, {
      'Content-Type': 'text/calendar; charset=windows-1252',
      ETag: '"v1"',
      'Last-Modified': 'Fri, 04 Dec 2026 10:00:00 GMT',
    });
    response.end(Buffer.from([0x42, 0x45, 0x47, 0x49, 0x4e, 0x3a, 0x43, 0x61, 0x66, 0xe9]));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const local = { ...FEED_LIMITS, allowLoopbackHttp: true };

describe('fetching a subscribed feed', () => {
  it('reads webcal as https, and refuses plain http and addresses with passwords', () => {
    expect(feedUrl('webcal://example.com/a.ics', {}).href).toBe('https://example.com/a.ics');
    expect(() => feedUrl('http://example.com/a.ics', {})).toThrow(/Only https:\/\/ and webcal/);
    expect(() => feedUrl(`${base}/feed.ics`, {})).toThrow(/Only https/);
    expect(() => feedUrl('https://me:pw@example.com/a.ics', {})).toThrow(/no user name/);
    expect(() => feedUrl('not a url', {})).toThrow(/not a web address/);
  });

  it('decodes the charset the server names, and sends its validators back for a 304', async () => {
    const first = await fetchFeed({ url: `${base}/feed.ics` }, local);
    expect(first).toEqual({
      unchanged: false,
      text: 'BEGIN:Café',
      etag: '"v1"',
      lastModified: 'Fri, 04 Dec 2026 10:00:00 GMT',
    });
    const again = await fetchFeed(
      { url: `${base}/feed.ics`, etag: '"v1"', lastModified: 'Fri, 04 Dec 2026 10:00:00 GMT' },
      local,
    );
    expect(again).toEqual({ unchanged: true });
    expect(seen.at(-1)).toEqual({
      ifNoneMatch: '"v1"',
      ifModifiedSince: 'Fri, 04 Dec 2026 10:00:00 GMT',
    });
  });

  it('gives up on a feed too large or too slow, saying which', async () => {
    await expect(
      fetchFeed({ url: `${base}/huge` }, { ...local, maxBytes: 16 * 1024 }),
    ).rejects.toThrow(/larger than/);
    await expect(fetchFeed({ url: `${base}/slow` }, { ...local, timeoutMs: 200 })).rejects.toThrow(
      /did not answer within 0.2 seconds/,
    );
  });
});
