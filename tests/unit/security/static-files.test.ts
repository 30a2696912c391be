// The browser shell's renderer files: each answer names the file's version (ETag), and a
// browser asking again with that version gets 304 and keeps its copy and the scripts' compiled
// code; a rebuilt file is sent whole again, and the policy headers come with every answer.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, realpathSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { serveStatic } from '../../../src-main/web/static-files';

let server: Server | null = null;
afterEach(() => server?.close());

async function serve(root: string): Promise<string> {
  server = createServer((req, res) => {
    void serveStatic(root, req.url!, 'GET', res, req.headers['if-none-match']);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

describe('serving the renderer', () => {
  it('answers 304 to a browser holding the file as it is, and the whole file once it changed', async () => {
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'almanac-static-')));
    const file = join(root, 'app.js');
    writeFileSync(file, 'console.log(1);');
    const origin = await serve(root);

    const first = await fetch(`${origin}/app.js`);
    const etag = first.headers.get('etag');
    expect(first.status).toBe(200);
    expect(await first.text()).toBe('console.log(1);');
    expect(etag).toMatch(/^".+"$/);

    const again = await fetch(`${origin}/app.js`, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(again.headers.get('cache-control')).toBe('no-cache');

    writeFileSync(file, 'console.log(22);');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const rebuilt = await fetch(`${origin}/app.js`, { headers: { 'If-None-Match': etag! } });
    expect(rebuilt.status).toBe(200);
    expect(await rebuilt.text()).toBe('console.log(22);');
    expect(rebuilt.headers.get('etag')).not.toBe(etag);
  });
});
