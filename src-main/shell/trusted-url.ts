// Which URLs count as Almanac itself. Every guard in the shell (navigation, new windows,
// IPC senders, the dev server) asks this module, so the answer to "is this our page?" is
// written once. Pure: no electron import, so the rules are unit-tested in plain Node.

/** The production renderer lives at app://almanac/ (see app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'almanac';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The environment variable that lets an unpackaged app load a Vite dev server instead. */
export const DEV_SERVER_ENV = 'ALMANAC_DEV_SERVER_URL';

/** The environment variable that points an unpackaged app at the Google emulator (tests/fake-google). */
export const GOOGLE_URL_ENV = 'ALMANAC_GOOGLE_URL';

/** Where the renderer may come from: our own scheme, plus a dev server in development. */
export interface TrustPolicy {
  /** Origin of the allowed dev server (e.g. http://localhost:5173), or null in production. */
  devOrigin: string | null;
}

/**
 * The dev server origin, when the environment asks for one and it is safe to honour: never in
 * a packaged app (a user's environment must not be able to swap the UI for another page), and
 * only plain http on a loopback host, which is all Vite's dev server ever is.
 */
export function devServerOrigin(
  env: Record<string, string | undefined>,
  isPackaged: boolean,
): string | null {
  const raw = env[DEV_SERVER_ENV];
  if (isPackaged || !raw) return null;
  const url = parse(raw);
  if (!url || url.protocol !== 'http:' || url.username || url.password) return null;
  if (!['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) return null;
  return url.origin;
}

/**
 * The emulator to use instead of Google, from the environment. Like the dev server, only for
 * an unpackaged app: a packaged app always signs in at Google, so nothing in a user's
 * environment can send their consent and tokens elsewhere.
 */
export function googleOverride(
  env: Record<string, string | undefined>,
  isPackaged: boolean,
): string | undefined {
  const raw = env[GOOGLE_URL_ENV];
  if (isPackaged || !raw) return undefined;
  const url = parse(raw);
  if (!url || url.username || url.password) return undefined;
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return url.protocol === 'https:' || (url.protocol === 'http:' && loopback)
    ? url.origin
    : undefined;
}

/**
 * Sign-in opens the browser on exactly one page: the configured consent endpoint (Google's,
 * or the emulator's plain-http one in development). Anything else is refused, so a
 * compromised flow cannot use sign-in to launch arbitrary URLs.
 */
export function isSignInUrl(raw: string, authUrl: string): boolean {
  const url = parse(raw);
  const expected = parse(authUrl);
  if (!url || !expected || url.username || url.password) return false;
  return url.origin === expected.origin && url.pathname === expected.pathname;
}

/** True when `raw` is a page of ours: app://almanac/…, or the allowed dev server. */
export function isAppUrl(raw: string, policy: TrustPolicy): boolean {
  const url = parse(raw);
  // Credentials in a URL are a classic way to dress a foreign origin up as ours.
  if (!url || url.username || url.password) return false;
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
  return policy.devOrigin !== null && url.origin === policy.devOrigin;
}

/** What a sender of an IPC message looks like to the gate: its frame's URL, and whether it is the top frame. */
export interface SenderFrame {
  url: string;
  isMainFrame: boolean;
}

/**
 * Only the top frame of our own page may call main. A frame that is gone (null), an iframe,
 * or any page that is not ours is refused, even though navigation guards should already have
 * kept foreign pages out: this is the second lock on the same door.
 */
export function isTrustedSender(frame: SenderFrame | null, policy: TrustPolicy): boolean {
  return frame !== null && frame.isMainFrame && isAppUrl(frame.url, policy);
}

/**
 * The https URL to hand to the user's browser, or null when the URL must not leave the app
 * (other schemes such as file:, smb: or custom protocol handlers can run code on the machine).
 */
export function externalUrl(raw: string): string | null {
  const url = parse(raw);
  if (!url || url.protocol !== 'https:' || url.username || url.password || !url.hostname)
    return null;
  return url.href;
}

/** What to do with an attempt to navigate the window or open a new one. */
export type NavigationDecision = { allow: true } | { allow: false; openExternally: string | null };

/**
 * A page of ours may reload itself; anything else is refused in the window. Links to https
 * pages are what a user means to follow, so those open in their browser instead.
 */
export function decideNavigation(raw: string, policy: TrustPolicy): NavigationDecision {
  if (isAppUrl(raw, policy)) return { allow: true };
  return { allow: false, openExternally: externalUrl(raw) };
}

/** `window.open` never creates an Electron window; https targets go to the browser. */
export function decideWindowOpen(raw: string): { action: 'deny'; openExternally: string | null } {
  return { action: 'deny', openExternally: externalUrl(raw) };
}

/**
 * Redirects are never followed out of the app and never handed to the browser: a redirect
 * is the server's choice, not the user's.
 */
export function isRedirectAllowed(raw: string, policy: TrustPolicy): boolean {
  return isAppUrl(raw, policy);
}

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
