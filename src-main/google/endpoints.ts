// Where Google is. Real Google by default; the emulator (tests, `npm run demo`) when the
// browser shell gets `--google URL` or Electron gets ALMANAC_GOOGLE_URL. The emulator
// serves every endpoint on one origin at Google's own paths.
export interface GoogleEndpoints {
  authUrl: string;
  tokenUrl: string;
  revokeUrl: string;
  tokenInfoUrl: string;
  /** rootUrl for @googleapis/calendar, with a trailing slash. */
  apiRoot: string;
}

export const REAL_GOOGLE: GoogleEndpoints = {
  authUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
  tokenUrl: 'https://oauth2.googleapis.com/token',
  revokeUrl: 'https://oauth2.googleapis.com/revoke',
  tokenInfoUrl: 'https://oauth2.googleapis.com/tokeninfo',
  apiRoot: 'https://www.googleapis.com/',
};

export function googleEndpoints(base: string | undefined): GoogleEndpoints {
  if (!base) return REAL_GOOGLE;
  const origin = new URL(base).origin;
  return {
    authUrl: `${origin}/o/oauth2/v2/auth`,
    tokenUrl: `${origin}/token`,
    revokeUrl: `${origin}/revoke`,
    tokenInfoUrl: `${origin}/tokeninfo`,
    apiRoot: `${origin}/`,
  };
}
