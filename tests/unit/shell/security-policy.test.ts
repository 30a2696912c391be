// The exact CSP and headers every page gets, and the permission answer.
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src-main/serving/content-security-policy';
import { isPermissionGranted, withSecurityHeaders } from '../../../src-main/shell/security-policy';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('contentSecurityPolicy in production', () => {
  const csp = directives(contentSecurityPolicy({ devOrigin: null }));

  it('allows scripts and connections only from our own origin', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  it('allows inline styles (FullCalendar injects <style>) and data: images, nothing else', () => {
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('shuts plugins, <base>, framing and form posts', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });

  it('never allows eval or remote code', () => {
    const text = contentSecurityPolicy({ devOrigin: null });
    expect(text).not.toContain('unsafe-eval');
    expect(text).not.toMatch(/https?:|ws:|\*/);
  });
});

describe('contentSecurityPolicy in development', () => {
  it('opens exactly the dev server origin and its websocket', () => {
    const csp = directives(contentSecurityPolicy({ devOrigin: 'http://localhost:5173' }));
    expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-inline'", 'http://localhost:5173']);
    expect(csp.get('connect-src')).toEqual([
      "'self'",
      'http://localhost:5173',
      'ws://localhost:5173',
    ]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
  });
});

describe('withSecurityHeaders', () => {
  it('replaces whatever policy a response carried, in any letter case', () => {
    const headers = withSecurityHeaders(
      {
        'content-security-policy': ['default-src *'],
        'Content-Security-Policy-Report-Only': ['x'],
        'Content-Type': ['text/html'],
      },
      { devOrigin: null },
    );
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Security-Policy-Report-Only']).toBeUndefined();
    expect(headers['Content-Security-Policy']).toEqual([
      contentSecurityPolicy({ devOrigin: null }),
    ]);
    expect(headers['X-Content-Type-Options']).toEqual(['nosniff']);
    expect(headers['Content-Type']).toEqual(['text/html']);
  });

  it('adds the policy to responses that had no headers', () => {
    expect(
      withSecurityHeaders(undefined, { devOrigin: null })['Content-Security-Policy'],
    ).toHaveLength(1);
  });
});

describe('isPermissionGranted', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen',
    'unknown',
  ])('refuses %s', (permission) => {
    expect(isPermissionGranted(permission)).toBe(false);
  });
});
