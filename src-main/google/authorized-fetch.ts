// Every call to Google's API goes out through here: with the client's current access token,
// and — when Google answers 401 because it stopped taking that token before its hour (it
// was revoked, or the clocks disagree) — once more with a freshly refreshed one. A second
// 401 stands; a refresh Google refuses (invalid_grant) throws google-auth-library's error,
// which the caller classifies as a sign-in problem.

/** What a call needs from the OAuth2Client: a current access token, and a way to force a new one. */
export interface TokenSource {
  getAccessToken(): Promise<{ token?: string | null }>;
  credentials: {
    access_token?: string | null;
    expiry_date?: number | null;
    refresh_token?: string | null;
  };
}

export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/** Sends one request with the client's token; answers the response and its text. */
export async function authorizedFetch(
  client: TokenSource,
  fetchImpl: typeof fetch,
  url: string,
  init: FetchInit,
): Promise<{ response: Response; text: string }> {
  for (let attempt = 0; ; attempt++) {
    const { token } = await client.getAccessToken();
    const response = await fetchImpl(url, {
      ...init,
      headers: { ...init.headers, Authorization: `Bearer ${token ?? ''}` },
    });
    const text = await response.text();
    if (response.status === 401 && attempt === 0 && forgetAccessToken(client)) continue;
    return { response, text };
  }
}

/** Drops the access token so the next call refreshes it; false when there is nothing to refresh with. */
export function forgetAccessToken(client: TokenSource): boolean {
  if (!client.credentials.refresh_token) return false;
  client.credentials.access_token = null;
  client.credentials.expiry_date = null;
  return true;
}
