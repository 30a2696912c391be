// The "is this our page?" rules behind navigation, popups, redirects and the IPC sender check.
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  DEV_SERVER_ENV,
  decideNavigation,
  decideWindowOpen,
  devServerOrigin,
  externalUrl,
  isAppUrl,
  isRedirectAllowed,
  isTrustedSender,
  GOOGLE_URL_ENV,
  googleOverride,
  isSignInUrl,
} from '../../../src-main/shell/trusted-url';

const production = { devOrigin: null };
const dev = { devOrigin: 'http://localhost:5173' };

describe('isAppUrl', () => {
  it('accepts our own scheme and host', () => {
    expect(isAppUrl(APP_ENTRY_URL, production)).toBe(true);
    expect(isAppUrl('app://almanac/assets/index-abc.js', production)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://almanac.evil.com/',
    'app://user:pass@almanac/index.html',
    'http://example.invalid/?next=app://almanac/',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('refuses %s in production', (url) => {
    expect(isAppUrl(url, production)).toBe(false);
  });

  it('accepts the dev server only when the policy names it, and only that origin', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', production)).toBe(false);
  });
});

describe('devServerOrigin', () => {
  it('honours a loopback http URL in an unpackaged app', () => {
    expect(devServerOrigin({ [DEV_SERVER_ENV]: 'http://localhost:5173/' }, false)).toBe(
      'http://localhost:5173',
    );
    expect(devServerOrigin({ [DEV_SERVER_ENV]: 'http://127.0.0.1:4000' }, false)).toBe(
      'http://127.0.0.1:4000',
    );
  });

  it('is ignored in a packaged app, so the environment cannot swap the UI', () => {
    expect(devServerOrigin({ [DEV_SERVER_ENV]: 'http://localhost:5173/' }, true)).toBeNull();
  });

  it.each([
    'https://localhost:5173',
    'http://example.com:5173',
    'http://user:pw@localhost:5173',
    'file:///tmp/index.html',
    'localhost:5173',
    '',
  ])('refuses %s', (value) => {
    expect(devServerOrigin({ [DEV_SERVER_ENV]: value }, false)).toBeNull();
  });

  it('is null when the variable is unset', () => {
    expect(devServerOrigin({}, false)).toBeNull();
  });
});

describe('isTrustedSender', () => {
  it('trusts the top frame of our page', () => {
    expect(
      isTrustedSender({ url: 'app://almanac/index.html', isMainFrame: true }, production),
    ).toBe(true);
  });

  it('refuses subframes, foreign pages and frames that are gone', () => {
    expect(
      isTrustedSender({ url: 'app://almanac/index.html', isMainFrame: false }, production),
    ).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true }, production)).toBe(
      false,
    );
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: true }, production)).toBe(
      false,
    );
    expect(isTrustedSender(null, production)).toBe(false);
  });
});

describe('externalUrl', () => {
  it('passes https links through, normalised', () => {
    expect(externalUrl('https://calendar.google.com/calendar')).toBe(
      'https://calendar.google.com/calendar',
    );
    expect(externalUrl('HTTPS://Example.com')).toBe('https://example.com/');
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'smb://host/share',
    'javascript:alert(1)',
    'ms-msdt:/id',
    'app://almanac/',
    'https://user:pw@example.com/',
    'nonsense',
  ])('never hands %s to the OS', (url) => {
    expect(externalUrl(url)).toBeNull();
  });
});

describe('navigation decisions', () => {
  it('lets our page reload itself', () => {
    expect(decideNavigation('app://almanac/index.html', production)).toEqual({ allow: true });
  });

  it('keeps the window on our page and sends https links to the browser', () => {
    expect(decideNavigation('https://example.com/help', production)).toEqual({
      allow: false,
      openExternally: 'https://example.com/help',
    });
    expect(decideNavigation('file:///etc/passwd', production)).toEqual({
      allow: false,
      openExternally: null,
    });
    expect(decideNavigation('http://example.invalid/?next=app://almanac', production)).toEqual({
      allow: false,
      openExternally: null,
    });
  });

  it('denies every window.open, opening only https targets externally', () => {
    expect(decideWindowOpen('https://example.com/')).toEqual({
      action: 'deny',
      openExternally: 'https://example.com/',
    });
    expect(decideWindowOpen('app://almanac/index.html')).toEqual({
      action: 'deny',
      openExternally: null,
    });
    expect(decideWindowOpen('about:blank')).toEqual({ action: 'deny', openExternally: null });
  });

  it('follows redirects only within the app', () => {
    expect(isRedirectAllowed('app://almanac/index.html', production)).toBe(true);
    expect(isRedirectAllowed('https://example.com/', production)).toBe(false);
  });
});

describe('googleOverride', () => {
  it('points an unpackaged app at a loopback emulator or an https origin', () => {
    expect(googleOverride({ [GOOGLE_URL_ENV]: 'http://127.0.0.1:4010/anything' }, false)).toBe(
      'http://127.0.0.1:4010',
    );
    expect(googleOverride({ [GOOGLE_URL_ENV]: 'https://fake-google.test' }, false)).toBe(
      'https://fake-google.test',
    );
  });

  it('is ignored in a packaged app and for plain http off this machine', () => {
    expect(googleOverride({ [GOOGLE_URL_ENV]: 'http://127.0.0.1:4010' }, true)).toBeUndefined();
    expect(googleOverride({ [GOOGLE_URL_ENV]: 'http://evil.example' }, false)).toBeUndefined();
    expect(googleOverride({ [GOOGLE_URL_ENV]: 'file:///tmp' }, false)).toBeUndefined();
    expect(googleOverride({}, false)).toBeUndefined();
  });
});

describe('isSignInUrl', () => {
  const authUrl = 'https://accounts.google.com/o/oauth2/v2/auth';

  it('accepts the consent endpoint with any query', () => {
    expect(isSignInUrl(`${authUrl}?client_id=x&state=y`, authUrl)).toBe(true);
  });

  it.each([
    'https://accounts.google.com/logout',
    'https://accounts.google.com.evil.example/o/oauth2/v2/auth',
    'http://accounts.google.com/o/oauth2/v2/auth',
    'https://user@accounts.google.com/o/oauth2/v2/auth',
    'file:///o/oauth2/v2/auth',
  ])('refuses %s', (url) => {
    expect(isSignInUrl(url, authUrl)).toBe(false);
  });
});
