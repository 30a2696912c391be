// The sign-in listener takes exactly one well-formed callback and refuses everything else.
import { request } from 'node:http';
import { describe, expect, test } from 'vitest';
import { CALLBACK_PATH, listenForCallback } from '../../../src-main/auth/loopback-server';
import { createPkcePair, s256 } from '../../../src-main/auth/pkce';
import { acceptedLanguages, signInPageWords } from '../../../src-preload/sign-in-page-words';

describe('loopback listener', () => {
  test('binds to 127.0.0.1 on a random port with the callback path', async () => {
    const listener = await listenForCallback('s1');
    expect(listener.redirectUri).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:\\d+${CALLBACK_PATH}$`),
    );
    listener.cancel();
    expect(await listener.outcome).toEqual({ kind: 'cancelled' });
  });

  test('accepts the right state once and refuses a second callback', async () => {
    const listener = await listenForCallback('good-state');
    const first = await get(`${listener.redirectUri}?state=good-state&code=abc&scope=x`);
    expect(first.status).toBe(200);
    expect(first.body).toContain('You can close this tab');
    expect(await listener.outcome).toEqual({ kind: 'code', code: 'abc', scope: 'x' });
    const second = await get(`${listener.redirectUri}?state=good-state&code=other`).catch(() => ({
      status: 0,
      body: '',
    }));
    expect(second.status === 409 || second.status === 0).toBe(true);
  });

  test('a wrong state, wrong path, wrong method or foreign Host is refused and the wait goes on', async () => {
    const listener = await listenForCallback('right');
    const origin = new URL(listener.redirectUri).origin;
    expect((await get(`${listener.redirectUri}?state=wrong&code=x`)).status).toBe(400);
    expect((await get(`${origin}/other?state=right&code=x`)).status).toBe(404);
    expect(
      (await get(`${listener.redirectUri}?state=right&code=x`, { method: 'POST' })).status,
    ).toBe(405);
    expect(
      (
        await get(`${listener.redirectUri}?state=right&code=x`, {
          headers: { Host: 'localhost.evil.test' },
        })
      ).status,
    ).toBe(400);
    // None of them ended the sign-in: the real callback still gets through.
    expect((await get(`${listener.redirectUri}?state=right&code=real`)).status).toBe(200);
    expect(await listener.outcome).toMatchObject({ kind: 'code', code: 'real' });
  });

  test('an error from Google is reported, not swallowed', async () => {
    const listener = await listenForCallback('st');
    await get(`${listener.redirectUri}?state=st&error=access_denied`);
    expect(await listener.outcome).toEqual({
      kind: 'error',
      error: 'access_denied',
      description: null,
    });
  });

  test('times out and closes the port', async () => {
    const listener = await listenForCallback('st', { timeoutMs: 50 });
    expect(await listener.outcome).toEqual({ kind: 'timeout' });
    await new Promise((r) => setTimeout(r, 600));
    await expect(get(`${listener.redirectUri}?state=st&code=late`)).rejects.toThrow();
  });
});

describe('PKCE', () => {
  test('verifier length and S256 challenge follow RFC 7636', () => {
    const pair = createPkcePair();
    expect(pair.verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(pair.challenge).toBe(s256(pair.verifier));
    // RFC 7636 appendix B test vector.
    expect(s256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });
});

function get(
  url: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the pages in the person’s language', () => {
  test('a French browser gets French pages when nothing else names a language', async () => {
    const words = (browser: string[]) => signInPageWords(NO_CHOICE, [], browser);
    const listener = await listenForCallback('fr-state', { words });
    const french = { headers: { 'Accept-Language': 'en;q=0.5, fr-FR, fr;q=0.9' } };
    const refused = await get(`${listener.redirectUri}?state=other&code=x`, french);
    expect(refused.body).toContain('<html lang="fr">');
    expect(refused.body).toContain('Le lien de connexion ne correspond pas');
    const done = await get(`${listener.redirectUri}?state=fr-state&code=abc`, french);
    expect(done.body).toContain('Vous pouvez fermer cet onglet');
    expect(done.body).not.toContain('close this tab');
    await listener.outcome;
  });

  test('Preferences’ language wins over the system’s, which wins over the browser’s', () => {
    expect(signInPageWords({ ...NO_CHOICE, language: 'fr-CA' }, ['en-US'], ['en']).lang).toBe('fr');
    expect(signInPageWords(NO_CHOICE, ['en-US'], ['fr-FR']).lang).toBe('en');
    expect(signInPageWords(NO_CHOICE, [], ['de-DE', 'fr']).lang).toBe('en');
    expect(signInPageWords(NO_CHOICE, [], []).lang).toBe('en');
  });

  test('Accept-Language is read by weight, then by order', () => {
    expect(acceptedLanguages('en;q=0.5, fr-FR, fr;q=0.9, *;q=0.1, de;q=0')).toEqual([
      'fr-FR',
      'fr',
      'en',
    ]);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });
});

const NO_CHOICE = { language: null, timeFormat: 'region', weekStartsOn: 'region' } as const;
