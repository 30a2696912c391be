// Turns what main's loggers are handed into one redacted line. The rules themselves are
// shared with the renderer's diagnostics export (src-preload/redact.ts).
import { redact } from '../../src-preload/redact';

export function formatForLog(parts: unknown[]): string {
  return redact(parts.map(stringify).join(' '));
}

function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) {
    // Gaxios errors carry the request (headers, body) in `config`; only the message and stack are useful.
    return value.stack ?? `${value.name}: ${value.message}`;
  }
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
