// Shared set-up for the conformance suite: an emulator per test file, the admin API, and the
// real Google clients (googleapis' calendar and google-auth-library's OAuth2Client) pointed
// at it, exactly as Almanac points them.

import { calendar, type calendar_v3 } from '@googleapis/calendar';
import { OAuth2Client } from 'google-auth-library';
import {
  startFakeGoogle,
  type FakeGoogle,
  type FakeGoogleOptions,
} from '../../fake-google/index.js';

export const CLIENT = {
  clientId: 'almanac-test.apps.googleusercontent.com',
  clientSecret: 'GOCSPX-test-secret',
};

export interface Harness {
  google: FakeGoogle;
  url: string;
  admin<T = unknown>(route: string, body?: unknown, method?: string): Promise<T>;
  /** An account, a desktop client, and the real calendar client acting as that user. */
  /** `timeZone` is the account's, and so its primary calendar's (UTC when omitted). */
  user(
    email: string,
    options?: { scope?: string; retry?: boolean; timeZone?: string },
  ): Promise<User>;
  oauthClient(): OAuth2Client;
  close(): Promise<void>;
}

export interface User {
  email: string;
  api: calendar_v3.Calendar;
  auth: OAuth2Client;
  tokens: { access_token: string; refresh_token: string; expires_in: number };
}

export async function startHarness(options: FakeGoogleOptions = {}): Promise<Harness> {
  const google = await startFakeGoogle(options);
  const url = google.url;
  const admin = async <T>(route: string, body?: unknown, method = 'POST'): Promise<T> => {
    const response = await fetch(`${url}/__admin/${route}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`admin ${route}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  const oauthClient = (): OAuth2Client =>
    new OAuth2Client({
      clientId: CLIENT.clientId,
      clientSecret: CLIENT.clientSecret,
      redirectUri: 'http://127.0.0.1:5555/callback',
      endpoints: {
        oauth2AuthBaseUrl: `${url}/o/oauth2/v2/auth`,
        oauth2TokenUrl: `${url}/token`,
        oauth2RevokeUrl: `${url}/revoke`,
        tokenInfoUrl: `${url}/tokeninfo`,
      },
    });
  const user = async (
    email: string,
    opts: { scope?: string; retry?: boolean; timeZone?: string } = {},
  ): Promise<User> => {
    await admin('accounts', {
      email,
      name: email.split('@')[0],
      ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
    });
    await admin('clients', { ...CLIENT, type: 'desktop', publishing: 'production' });
    const tokens = await admin<User['tokens']>('tokens', {
      email,
      clientId: CLIENT.clientId,
      ...(opts.scope ? { scope: opts.scope } : {}),
    });
    const auth = oauthClient();
    auth.setCredentials({
      access_token: tokens.access_token,
      refresh_token: tokens.refresh_token,
      expiry_date: Date.now() + tokens.expires_in * 1000,
    });
    const api = calendar({ version: 'v3', auth, rootUrl: `${url}/`, retry: opts.retry ?? false });
    return { email, api, auth, tokens };
  };
  return { google, url, admin, user, oauthClient, close: () => google.close() };
}

/** The Google error a client call failed with: HTTP status and errors[0].reason. */
export async function failure(promise: Promise<unknown>): Promise<{
  status: number;
  reason: string | undefined;
  data: unknown;
  headers: Headers | undefined;
}> {
  try {
    await promise;
  } catch (error) {
    const e = error as {
      status?: number;
      response?: {
        status?: number;
        data?: { error?: { errors?: { reason?: string }[] } };
        headers?: Headers;
      };
    };
    const status = e.status ?? e.response?.status ?? -1;
    return {
      status,
      reason: e.response?.data?.error?.errors?.[0]?.reason,
      data: e.response?.data,
      headers: e.response?.headers,
    };
  }
  throw new Error('expected the call to fail');
}

export const timed = (
  start: string,
  end: string,
  timeZone?: string,
): Pick<calendar_v3.Schema$Event, 'start' | 'end'> => ({
  start: { dateTime: start, ...(timeZone ? { timeZone } : {}) },
  end: { dateTime: end, ...(timeZone ? { timeZone } : {}) },
});

export const allDay = (
  start: string,
  end: string,
): Pick<calendar_v3.Schema$Event, 'start' | 'end'> => ({
  start: { date: start },
  end: { date: end },
});
