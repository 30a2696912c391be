// The sign-in listener against a hostile local page or process (RFC 8252 §8.3, §8.4): every
// wrong Host, path, method or state is refused without ending the wait; only the first good
// callback counts; nothing from the request is echoed into the answer page; and the port
// closes on success, cancel and timeout, however much junk arrived before.
import { request } from 'node:http';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALLBACK_PATH, listenForCallback } from '../../../src-main/auth/loopback-server';
import { HOSTILE_TARGETS, ODD_PATHS, rawRequest } from '../../support/raw-http';

const STATE = 'st4te-Abc_123';

describe('the loopback listener refuses', () => {
  it.each<
    [string, (origin: string, port: string) => { path: string; method?: string; host?: string }]
  >([
    [
      'localhost as Host',
      (_o, port) => ({ path: `${CALLBACK_PATH}?state=${STATE}&code=c`, host: `localhost:${port}` }),
    ],
    [
      'IPv6 loopback as Host',
      (_o, port) => ({ path: `${CALLBACK_PATH}?state=${STATE}&code=c`, host: `[::1]:${port}` }),
    ],
    [
      'a Host without the port',
      () => ({ path: `${CALLBACK_PATH}?state=${STATE}&code=c`, host: '127.0.0.1' }),
    ],
    [
      'another port in Host',
      () => ({ path: `${CALLBACK_PATH}?state=${STATE}&code=c`, host: '127.0.0.1:1' }),
    ],
    [
      'a Host that only starts like ours',
      (_o, port) => ({
        path: `${CALLBACK_PATH}?state=${STATE}&code=c`,
        host: `127.0.0.1:${port}.evil.example`,
      }),
    ],
    ['a trailing slash', () => ({ path: `${CALLBACK_PATH}/?state=${STATE}&code=c` })],
    [
      'another letter case',
      () => ({ path: `${CALLBACK_PATH.toUpperCase()}?state=${STATE}&code=c` }),
    ],
    ['a doubled slash', () => ({ path: `/${CALLBACK_PATH}?state=${STATE}&code=c` })],
    ['an encoded slash', () => ({ path: `${CALLBACK_PATH}%2F?state=${STATE}&code=c` })],
    ['no state', () => ({ path: `${CALLBACK_PATH}?code=c` })],
    ['an empty state', () => ({ path: `${CALLBACK_PATH}?state=&code=c` })],
    [
      'the state in another case',
      () => ({ path: `${CALLBACK_PATH}?state=${STATE.toUpperCase()}&code=c` }),
    ],
    ['the state with a suffix', () => ({ path: `${CALLBACK_PATH}?state=${STATE}x&code=c` })],
    [
      'a wrong state before the right one',
      () => ({ path: `${CALLBACK_PATH}?state=wrong&state=${STATE}&code=c` }),
    ],
    ['HEAD', () => ({ path: `${CALLBACK_PATH}?state=${STATE}&code=c`, method: 'HEAD' })],
    ['PUT', () => ({ path: `${CALLBACK_PATH}?state=${STATE}&code=c`, method: 'PUT' })],
    [
      'OPTIONS (a CORS preflight)',
      () => ({ path: `${CALLBACK_PATH}?state=${STATE}&code=c`, method: 'OPTIONS' }),
    ],
  ])('%s, and the real callback still gets through', async (_name, build) => {
    const listener = await listenForCallback(STATE, { timeoutMs: 5_000 });
    const origin = new URL(listener.redirectUri).origin;
    const port = new URL(origin).port;
    const bad = build(origin, port);
    const answer = await send(origin, bad.path, bad.method, bad.host);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect((await send(origin, `${CALLBACK_PATH}?state=${STATE}&code=real`)).status).toBe(200);
    expect(await listener.outcome).toEqual({ kind: 'code', code: 'real', scope: null });
  });

  it('any state but the right one', async () => {
    const listener = await listenForCallback(STATE, { timeoutMs: 20_000 });
    const origin = new URL(listener.redirectUri).origin;
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }), async (state) => {
        fc.pre(state !== STATE);
        expect(
          (await send(origin, `${CALLBACK_PATH}?state=${encodeURIComponent(state)}&code=x`)).status,
        ).toBe(400);
      }),
      { numRuns: 60 },
    );
    listener.cancel();
    expect(await listener.outcome).toEqual({ kind: 'cancelled' });
  });
});

describe('hostile request targets', () => {
  it('are answered 400 without ending the process or the wait, and the real callback still counts', async () => {
    const listener = await listenForCallback(STATE, { timeoutMs: 10_000 });
    const port = Number(new URL(listener.redirectUri).port);
    for (const target of HOSTILE_TARGETS)
      expect((await rawRequest(port, target)).status, target).toBe(400);
    for (const target of ODD_PATHS)
      expect((await rawRequest(port, target)).status, target).toBe(404);
    expect((await rawRequest(port, `${CALLBACK_PATH}?state=${STATE}&code=real`)).status).toBe(200);
    expect(await listener.outcome).toEqual({ kind: 'code', code: 'real', scope: null });
  });
});

describe('one callback, then closed', () => {
  it('a second callback, even with the right state and another code, changes nothing', async () => {
    const listener = await listenForCallback(STATE);
    const origin = new URL(listener.redirectUri).origin;
    await send(origin, `${CALLBACK_PATH}?state=${STATE}&code=first`);
    const second = await send(origin, `${CALLBACK_PATH}?state=${STATE}&code=second`).catch(() => ({
      status: 0,
      body: '',
    }));
    expect(second.status === 409 || second.status === 0).toBe(true);
    expect(await listener.outcome).toEqual({ kind: 'code', code: 'first', scope: null });
  });

  it('a code after an error from Google is refused; the error stands', async () => {
    const listener = await listenForCallback(STATE);
    const origin = new URL(listener.redirectUri).origin;
    await send(origin, `${CALLBACK_PATH}?state=${STATE}&error=access_denied`);
    const late = await send(origin, `${CALLBACK_PATH}?state=${STATE}&code=sneaky`).catch(() => ({
      status: 0,
      body: '',
    }));
    expect(late.status === 409 || late.status === 0).toBe(true);
    expect(await listener.outcome).toMatchObject({ kind: 'error', error: 'access_denied' });
  });

  it('times out on time and closes the port, however much junk arrived before', async () => {
    const started = Date.now();
    const listener = await listenForCallback(STATE, { timeoutMs: 300 });
    const origin = new URL(listener.redirectUri).origin;
    for (let i = 0; i < 10; i++) await send(origin, `${CALLBACK_PATH}?state=junk${i}&code=x`);
    expect(await listener.outcome).toEqual({ kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2_000);
    await new Promise((r) => setTimeout(r, 600));
    await expect(send(origin, `${CALLBACK_PATH}?state=${STATE}&code=late`)).rejects.toThrow();
  });

  it('cancel closes the port', async () => {
    const listener = await listenForCallback(STATE);
    const origin = new URL(listener.redirectUri).origin;
    listener.cancel();
    expect(await listener.outcome).toEqual({ kind: 'cancelled' });
    await new Promise((r) => setTimeout(r, 600));
    await expect(send(origin, `${CALLBACK_PATH}?state=${STATE}&code=late`)).rejects.toThrow();
  });
});

describe('the answer page', () => {
  it('echoes nothing from the request and forbids every kind of content', async () => {
    const listener = await listenForCallback(STATE);
    const origin = new URL(listener.redirectUri).origin;
    const marker = '<script>alert("x")</script>';
    const refused = await send(
      origin,
      `${CALLBACK_PATH}?state=${encodeURIComponent(marker)}&code=${encodeURIComponent(marker)}`,
    );
    const accepted = await send(
      origin,
      `${CALLBACK_PATH}?state=${STATE}&code=${encodeURIComponent(marker)}&error_description=${encodeURIComponent(marker)}`,
    );
    for (const answer of [refused, accepted]) {
      expect(answer.body).not.toContain('alert');
      expect(answer.headers['content-security-policy']).toMatch(/default-src 'none'/);
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.headers['referrer-policy']).toBe('no-referrer');
    }
    await listener.outcome;
  });
});

function send(
  origin: string,
  path: string,
  method = 'GET',
  host?: string,
): Promise<{
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}> {
  return new Promise((resolve, reject) => {
    const url = new URL(origin);
    const req = request(
      { host: url.hostname, port: url.port, path, method, headers: host ? { Host: host } : {} },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}
