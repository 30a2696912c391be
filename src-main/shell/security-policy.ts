// The Content-Security-Policy and the other response headers every page of the app gets,
// and the answer to every permission request. The CSP is the renderer's last line of defence:
// even if something injected markup, it could load no script, reach no server and frame
// nothing. Pure, so the exact policy is pinned by unit tests.

export interface CspOptions {
  /** The Vite dev server's origin when running against it, else null (production). */
  devOrigin: string | null;
}

/**
 * The policy as a header value. Styles allow 'unsafe-inline' because FullCalendar injects
 * <style> elements at runtime; scripts never do in production. In development Vite's React
 * plugin injects one inline module script (the fast-refresh preamble) and talks to its dev
 * server over a WebSocket, so exactly those two holes open, and only for that origin.
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

/**
 * Response headers with our policy in force: any CSP the server sent is replaced, not merged,
 * so a response cannot loosen it. Header names are case-insensitive, hence the filter.
 */
export function withSecurityHeaders(
  headers: Record<string, string[]> | undefined,
  options: CspOptions,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!OWNED_HEADERS.has(name.toLowerCase())) result[name] = value;
  }
  result['Content-Security-Policy'] = [contentSecurityPolicy(options)];
  result['X-Content-Type-Options'] = ['nosniff'];
  return result;
}

/**
 * Almanac needs no web permission: notifications come from main, and there is no camera,
 * microphone, location or clipboard reading. Every request and check is refused, whoever asks.
 */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}

const OWNED_HEADERS = new Set([
  'content-security-policy',
  'content-security-policy-report-only',
  'x-content-type-options',
]);
