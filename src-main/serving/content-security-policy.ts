// The Content-Security-Policy and the other headers every renderer file gets, in both shells
// (Electron's app:// handler and the browser shell's HTTP server), so the end-to-end tests
// exercise the renderer under the policy users get. The CSP is the renderer's last line of
// defence: even if something injected markup, it could load no script, reach no server and
// frame nothing. Pure, so the exact policy is pinned by unit tests.

export interface CspOptions {
  /** The Vite dev server's origin when running against it, else null (production). */
  devOrigin: string | null;
}

/**
 * The policy as a header value. Styles allow 'unsafe-inline' because FullCalendar injects
 * <style> elements at runtime (descriptions from invitations cannot use that: their style
 * attributes are removed by the sanitizer); scripts never do in production. In development
 * Vite's React plugin injects one inline module script (the fast-refresh preamble) and talks
 * to its dev server over a WebSocket, so exactly those two holes open, and only for that origin.
 */
export function contentSecurityPolicy({ devOrigin }: CspOptions): string {
  const dev = devOrigin !== null;
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': dev ? ["'self'", "'unsafe-inline'", devOrigin] : ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': dev ? ["'self'", devOrigin, devOrigin.replace(/^http/, 'ws')] : ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The headers of every renderer file: the policy, no sniffing, no caching, no referrer. */
export function rendererHeaders(options: CspOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
    // Links the user follows out of the app tell the other site nothing about it.
    'Referrer-Policy': 'no-referrer',
  };
}
