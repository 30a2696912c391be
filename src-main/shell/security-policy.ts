// The headers every response in the Electron session gets, and the answer to every permission
// request. The policy itself is shared with the browser shell (serving/content-security-policy.ts).
// Pure, so the exact behaviour is pinned by unit tests.
import { contentSecurityPolicy } from '../serving/content-security-policy';
import type { CspOptions } from '../serving/content-security-policy';

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
