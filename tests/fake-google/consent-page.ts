// The authorization endpoint (/o/oauth2/v2/auth): Google's consent flow as real HTML, so
// end-to-end tests can sign in the way a person does.
//
// The flow (one fixed flow; Google's own wording varies between rollouts):
//   1. "Choose an account": one button per emulator account, named "<name> <email>".
//   2. "Google hasn't verified this app", button "Continue" (every client, since nobody has
//      had a fake app verified; a client registered with verified: true skips it).
//      A user who is not on the client's test-user list gets `Error 403: access_denied` here.
//   3. "<app> wants access to your Google Account": buttons "Allow" and "Cancel".
//      (We use "Allow" on the grant screen, never "Continue", so "Continue" always means
//      "past the unverified-app warning".)
// Every step also has "Cancel", which redirects back with error=access_denied, as Google does.
// Request errors are shown on the page, never redirected: `Error 400: redirect_uri_mismatch`,
// `Error 400: invalid_request`, `Error 401: invalid_client`.
// The admin consent mode short-circuits the pages: "approve" redirects at once with a code
// (for the admin-chosen email, else login_hint, else the first account), "deny" with
// error=access_denied.

import { htmlResponse, redirectResponse, type ApiRequest, type ApiResponse } from './http-io.js';
import { CODE_LIFETIME_MS } from './oauth-routes.js';
import { randomString } from './opaque-token.js';
import type { Account, OAuthClient, World } from './world.js';

export function handleAuthorize(world: World, request: ApiRequest): ApiResponse {
  const params = request.method === 'POST' ? new URLSearchParams(request.body) : request.query;
  const checked = validate(world, params);
  if ('page' in checked) return checked.page;
  const { client, redirectUri } = checked;
  const state = params.get('state');
  const back = (extra: Record<string, string>): ApiResponse => {
    const url = new URL(redirectUri);
    if (state !== null) url.searchParams.set('state', state);
    for (const [k, v] of Object.entries(extra)) url.searchParams.set(k, v);
    return redirectResponse(url.toString());
  };
  const deny = (): ApiResponse => back({ error: 'access_denied' });
  const grant = (account: Account): ApiResponse => {
    if (!mayUse(client, account.email)) return accessDeniedPage(client);
    const requested = (params.get('scope') ?? '').split(/\s+/).filter(Boolean);
    // Granular consent: the grant page lists each scope with a box the person may untick,
    // and only the ticked ones are granted (the app must check what it got).
    const scope = params.get('fg_granular')
      ? requested.filter((s) => params.getAll('fg_scope').includes(s))
      : requested;
    const code = `4/0A${randomString(60)}`;
    const challenge = params.get('code_challenge');
    world.codes.set(code, {
      code,
      clientId: client.clientId,
      redirectUri,
      email: account.email,
      scope,
      ...(challenge
        ? {
            codeChallenge: challenge,
            codeChallengeMethod: params.get('code_challenge_method') === 'S256' ? 'S256' : 'plain',
          }
        : {}),
      expiresAt: world.clock.now() + CODE_LIFETIME_MS,
      used: false,
    });
    return back({ code, scope: scope.join(' '), authuser: '0', prompt: 'consent' });
  };

  if (world.consent.mode === 'deny') return deny();
  if (world.consent.mode === 'approve') {
    const email =
      world.consent.email ?? params.get('login_hint') ?? world.accounts.keys().next().value;
    const account = email ? world.accounts.get(email) : undefined;
    if (!account)
      return errorPage(400, 'invalid_request', 'The emulator has no such account to approve as.');
    return grant(account);
  }

  const step = params.get('fg_step');
  if (step === 'cancel') return deny();
  const account = world.accounts.get(params.get('fg_account') ?? '');
  if (!step || !account) return chooserPage(world, client, params);
  if (!mayUse(client, account.email)) return accessDeniedPage(client);
  if (step === 'warning' && client.verified !== true) return warningPage(client, params, account);
  if (step === 'warning' || step === 'grant') return grantPage(client, params, account);
  if (step === 'allow') return grant(account);
  return chooserPage(world, client, params);
}

function validate(
  world: World,
  params: URLSearchParams,
): { client: OAuthClient; redirectUri: string } | { page: ApiResponse } {
  const clientId = params.get('client_id');
  if (!clientId)
    return { page: errorPage(400, 'invalid_request', 'Missing required parameter: client_id') };
  const client = world.clients.get(clientId);
  if (!client) return { page: errorPage(401, 'invalid_client', 'The OAuth client was not found.') };
  const redirectUri = params.get('redirect_uri');
  if (!redirectUri)
    return { page: errorPage(400, 'invalid_request', 'Missing required parameter: redirect_uri') };
  if (/^urn:ietf:wg:oauth:2\.0:oob|^oob$/.test(redirectUri)) {
    return {
      page: errorPage(
        400,
        'invalid_request',
        'The out-of-band (OOB) flow has been blocked in order to keep users secure.',
      ),
    };
  }
  if (!redirectAllowed(client, redirectUri)) {
    return {
      page: errorPage(
        400,
        'redirect_uri_mismatch',
        `You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy. If you're the app developer, register the redirect URI in the Google Cloud Console. Request details: redirect_uri=${redirectUri}`,
      ),
    };
  }
  const responseType = params.get('response_type');
  if (!responseType)
    return {
      page: errorPage(400, 'invalid_request', 'Required parameter is missing: response_type'),
    };
  if (responseType !== 'code')
    return {
      page: errorPage(400, 'unsupported_response_type', `Invalid response_type: ${responseType}`),
    };
  if (!params.get('scope'))
    return { page: errorPage(400, 'invalid_request', 'Missing required parameter: scope') };
  const method = params.get('code_challenge_method');
  if (method !== null && method !== 'S256' && method !== 'plain')
    return { page: errorPage(400, 'invalid_request', `Invalid code_challenge_method: ${method}`) };
  if (method !== null && !params.get('code_challenge'))
    return { page: errorPage(400, 'invalid_request', 'Missing code_challenge.') };
  return { client, redirectUri };
}

/**
 * Desktop clients accept any loopback redirect (127.0.0.1, [::1], localhost, any port);
 * web clients only their registered URIs, compared exactly.
 */
function redirectAllowed(client: OAuthClient, redirectUri: string): boolean {
  if (client.type === 'web') return client.redirectUris.includes(redirectUri);
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    return false;
  }
  return url.protocol === 'http:' && ['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname);
}

/** Testing-mode clients serve only their listed test users. */
function mayUse(client: OAuthClient, email: string): boolean {
  return client.publishing !== 'testing' || client.testUsers.includes(email);
}

function appName(client: OAuthClient): string {
  return client.name ?? client.clientId;
}

function chooserPage(world: World, client: OAuthClient, params: URLSearchParams): ApiResponse {
  const accounts = [...world.accounts.values()];
  const list = accounts.length
    ? accounts
        .map(
          (a) =>
            `<li>${form(params, { fg_step: 'warning', fg_account: a.email }, `<button type="submit" class="account"><span class="name">${esc(a.name)}</span> <span class="email">${esc(a.email)}</span></button>`)}</li>`,
        )
        .join('\n')
    : '<li>No accounts. Add one with POST /__admin/accounts.</li>';
  return page(
    'Sign in - Google Accounts',
    `<h1>Choose an account</h1><p>to continue to ${esc(appName(client))}</p><ul class="accounts">${list}</ul>${cancel(params)}`,
  );
}

function warningPage(client: OAuthClient, params: URLSearchParams, account: Account): ApiResponse {
  return page(
    'Google hasn’t verified this app',
    `<h1>Google hasn’t verified this app</h1>
<p>The app is requesting access to sensitive info in your Google Account (${esc(account.email)}). Until the developer (${esc(appName(client))}) verifies this app with Google, you shouldn't use it.</p>
${form(params, { fg_step: 'grant', fg_account: account.email }, '<button type="submit">Continue</button>')}
${cancel(params)}`,
  );
}

function grantPage(client: OAuthClient, params: URLSearchParams, account: Account): ApiResponse {
  const scopes = (params.get('scope') ?? '').split(/\s+/).filter(Boolean);
  return page(
    `Sign in - ${appName(client)}`,
    `<h1>${esc(appName(client))} wants access to your Google Account</h1>
<p class="account">${esc(account.email)}</p>
<p>This will allow ${esc(appName(client))} to:</p>
${form(
  params,
  { fg_step: 'allow', fg_account: account.email, fg_granular: '1' },
  `<ul class="scopes">${scopes.map((s) => `<li><label><input type="checkbox" name="fg_scope" value="${esc(s)}" checked> ${esc(describeScope(s))}</label></li>`).join('')}</ul><button type="submit">Allow</button>`,
)}
${cancel(params)}`,
  );
}

function accessDeniedPage(client: OAuthClient): ApiResponse {
  return errorPage(
    403,
    'access_denied',
    `${appName(client)} has not completed the Google verification process. The app is currently being tested, and can only be accessed by developer-approved testers. If you think you should have access, contact the developer.`,
  );
}

function errorPage(status: number, code: string, detail: string): ApiResponse {
  return htmlResponse(
    status,
    htmlDocument(
      'Error',
      `<h1>Access blocked: Authorization Error</h1><p class="error-detail">${esc(detail)}</p><p class="error-code">Error ${status}: ${esc(code)}</p>`,
    ),
  );
}

function cancel(params: URLSearchParams): string {
  return form(
    params,
    { fg_step: 'cancel' },
    '<button type="submit" class="cancel">Cancel</button>',
  );
}

/** A GET form that carries the original request parameters to the next step. */
function form(params: URLSearchParams, extra: Record<string, string>, button: string): string {
  const fields = [...params.entries()]
    .filter(([k]) => !k.startsWith('fg_'))
    .concat(Object.entries(extra));
  return `<form method="get" action="/o/oauth2/v2/auth">${fields.map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`).join('')}${button}</form>`;
}

function page(title: string, body: string): ApiResponse {
  return htmlResponse(200, htmlDocument(title, body));
}

function htmlDocument(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font-family:Roboto,Arial,sans-serif;max-width:450px;margin:48px auto;color:#202124}button{font:inherit;padding:8px 16px;margin:4px 0;cursor:pointer}ul{list-style:none;padding:0}.account{width:100%;text-align:left}.error-code{font-weight:bold}</style>
</head><body><main><div class="logo" aria-hidden="true">Google</div>${body}</main></body></html>`;
}

function describeScope(scope: string): string {
  const known: Record<string, string> = {
    'https://www.googleapis.com/auth/calendar':
      'See, edit, share, and permanently delete all the calendars you can access using Google Calendar',
    'https://www.googleapis.com/auth/calendar.events': 'View and edit events on all your calendars',
    'https://www.googleapis.com/auth/calendar.readonly':
      'See and download any calendar you can access using your Google Calendar',
  };
  return known[scope] ?? scope;
}

function esc(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}
