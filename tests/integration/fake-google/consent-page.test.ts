// Conformance: the consent page as a person meets it — account choice, the unverified-app
// warning ("Continue"), the grant screen ("Allow"), "Cancel", and Google's error pages
// (redirect_uri_mismatch for web clients, access_denied for testing-mode non-testers).
// Driven over raw HTTP, following the forms the page renders, as a browser would.

import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { CLIENT, startHarness, type Harness } from './harness.js';

let h: Harness;
const SCOPE = 'https://www.googleapis.com/auth/calendar';

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.admin('reset');
  await h.admin('accounts', { email: 'alice@example.com', name: 'Alice Example' });
  await h.admin('accounts', { email: 'bob@example.com', name: 'Bob' });
  await h.admin('clients', {
    ...CLIENT,
    type: 'desktop',
    publishing: 'testing',
    testUsers: ['alice@example.com'],
    name: 'Almanac',
  });
  await h.admin('clients', {
    clientId: 'web-client',
    clientSecret: 's',
    type: 'web',
    publishing: 'production',
    redirectUris: ['http://localhost:3000/oauth'],
  });
});

/** The forms on a page, each with its button's text and the URL submitting it leads to. */
function forms(html: string): { button: string; url: string }[] {
  return [...html.matchAll(/<form method="get" action="([^"]+)">(.*?)<\/form>/gs)].map(
    ([, action, inner]) => {
      const params = new URLSearchParams();
      for (const [, name, value] of (inner as string).matchAll(
        /<input type="hidden" name="([^"]*)" value="([^"]*)">/g,
      ))
        params.append(unescape(name!), unescape(value!));
      const button = (/<button[^>]*>(.*?)<\/button>/s.exec(inner as string)?.[1] ?? '')
        .replace(/<[^>]+>/g, '')
        .trim();
      return { button, url: `${h.url}${action}?${params}` };
    },
  );
}

function unescape(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

async function press(html: string, name: string | RegExp): Promise<Response> {
  const form = forms(html).find((f) =>
    typeof name === 'string' ? f.button === name : name.test(f.button),
  );
  if (!form)
    throw new Error(
      `no button ${name} in ${forms(html)
        .map((f) => f.button)
        .join(', ')}`,
    );
  return fetch(form.url, { redirect: 'manual' });
}

const authUrl = (
  clientId = CLIENT.clientId,
  redirectUri = 'http://127.0.0.1:4321/',
  extra: Record<string, string> = {},
) =>
  `${h.url}/o/oauth2/v2/auth?${new URLSearchParams({ client_id: clientId, redirect_uri: redirectUri, response_type: 'code', scope: SCOPE, state: 's1', ...extra })}`;

describe('consent flow', () => {
  test('choose account → Continue past the warning → Allow → redirect with a code', async () => {
    const chooser = await fetch(authUrl());
    expect(chooser.status).toBe(200);
    expect(chooser.headers.get('content-type')).toMatch(/text\/html/);
    const chooserHtml = await chooser.text();
    expect(chooserHtml).toContain('Choose an account');
    const buttons = forms(chooserHtml).map((f) => f.button);
    expect(buttons).toEqual(['Alice Example alice@example.com', 'Bob bob@example.com', 'Cancel']);

    const warning = await press(chooserHtml, /alice@example\.com/);
    const warningHtml = await warning.text();
    expect(warningHtml).toContain('hasn’t verified this app');
    expect(forms(warningHtml).map((f) => f.button)).toEqual(['Continue', 'Cancel']);

    const grant = await press(warningHtml, 'Continue');
    const grantHtml = await grant.text();
    expect(grantHtml).toContain('Almanac wants access to your Google Account');
    expect(forms(grantHtml).map((f) => f.button)).toEqual(['Allow', 'Cancel']);

    const done = await press(grantHtml, 'Allow');
    expect(done.status).toBe(302);
    const back = new URL(done.headers.get('location')!);
    expect(back.origin).toBe('http://127.0.0.1:4321');
    expect(back.searchParams.get('code')).toMatch(/^4\/0A/);
    expect(back.searchParams.get('state')).toBe('s1');
    const token = await fetch(`${h.url}/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: back.searchParams.get('code')!,
        client_id: CLIENT.clientId,
        client_secret: CLIENT.clientSecret,
        redirect_uri: 'http://127.0.0.1:4321/',
      }),
    });
    expect(((await token.json()) as { access_token?: string }).access_token).toBeTruthy();
  });

  test.each(['chooser', 'warning', 'grant'])(
    'Cancel on the %s page → redirect with error=access_denied',
    async (where) => {
      let html = await (await fetch(authUrl())).text();
      if (where !== 'chooser') html = await (await press(html, /alice@example\.com/)).text();
      if (where === 'grant') html = await (await press(html, 'Continue')).text();
      const cancelled = await press(html, 'Cancel');
      expect(cancelled.status).toBe(302);
      const back = new URL(cancelled.headers.get('location')!);
      expect(back.searchParams.get('error')).toBe('access_denied');
      expect(back.searchParams.get('state')).toBe('s1');
    },
  );

  test('a testing-mode client refuses users not on its test list: Error 403: access_denied', async () => {
    const chooserHtml = await (await fetch(authUrl())).text();
    const refused = await press(chooserHtml, /bob@example\.com/);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('Error 403: access_denied');
  });

  test('approve mode also refuses non-testers of a testing client', async () => {
    await h.admin('consent', { mode: 'approve', email: 'bob@example.com' });
    const response = await fetch(authUrl(), { redirect: 'manual' });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Error 403: access_denied');
  });
});

describe('request errors are shown on the page, not redirected', () => {
  test('web client with an unregistered redirect → Error 400: redirect_uri_mismatch', async () => {
    const response = await fetch(authUrl('web-client', 'http://127.0.0.1:4321/'), {
      redirect: 'manual',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Error 400: redirect_uri_mismatch');
    const registered = await fetch(authUrl('web-client', 'http://localhost:3000/oauth'), {
      redirect: 'manual',
    });
    expect(registered.status).toBe(200);
  });

  test('desktop client with a non-loopback redirect → redirect_uri_mismatch', async () => {
    const response = await fetch(authUrl(CLIENT.clientId, 'https://example.com/cb'), {
      redirect: 'manual',
    });
    expect(await response.text()).toContain('Error 400: redirect_uri_mismatch');
  });

  test('the out-of-band redirect is blocked; missing response_type → invalid_request; unknown client → invalid_client', async () => {
    expect(
      await (await fetch(authUrl(CLIENT.clientId, 'urn:ietf:wg:oauth:2.0:oob'))).text(),
    ).toContain('Error 400: invalid_request');
    const url = new URL(authUrl());
    url.searchParams.delete('response_type');
    expect(await (await fetch(url)).text()).toContain('Error 400: invalid_request');
    expect(await (await fetch(authUrl('nobody'))).text()).toContain('Error 401: invalid_client');
  });
});
