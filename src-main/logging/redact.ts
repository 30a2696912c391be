// Scrubs secrets out of text before it reaches a log (main's file or anything shown in the
// UI): OAuth access and refresh tokens, authorization codes, client secrets, PKCE verifiers
// and Authorization headers, whether they appear as JSON, form/query parameters or bare.
// Values the app knows to be secret (the vault's contents) can be registered as well, so
// even a token in a shape no pattern foresaw never gets written.

export function redact(text: string): string {
  let out = text;
  for (const secret of knownSecrets) if (secret.length >= 8) out = out.split(secret).join(MASK);
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** Registers a value that must never be logged (a refresh token, the client secret). */
export function rememberSecret(value: string | null | undefined): void {
  if (value && value.length >= 8) knownSecrets.add(value);
}

/** Turns anything a logger is handed into one redacted line. */
export function formatForLog(parts: unknown[]): string {
  return redact(parts.map(stringify).join(' '));
}

// ---------------------------------------------------------------------------------------

const MASK = '[redacted]';
const knownSecrets = new Set<string>();
const SECRET_KEYS =
  'access_token|refresh_token|id_token|client_secret|clientSecret|refreshToken|accessToken|code_verifier|codeVerifier|token|password|secret';

const PATTERNS: [RegExp, string][] = [
  // "key": "value" in JSON, key=value in forms and URLs, key: value in headers or inspect output.
  [new RegExp(`(["']?(?:${SECRET_KEYS})["']?\\s*[:=]\\s*["'])[^"']*(["'])`, 'gi'), `$1${MASK}$2`],
  [new RegExp(`([?&\\s](?:${SECRET_KEYS})=)[^&\\s"']+`, 'gi'), `$1${MASK}`],
  [/(authorization["']?\s*[:=]\s*["']?)(?:Bearer|Basic)\s+[^\s"',}]+/gi, `$1${MASK}`],
  [/Bearer\s+[A-Za-z0-9._~+/=-]{8,}/g, `Bearer ${MASK}`],
  // Google's own shapes: access tokens, refresh tokens, authorization codes, client secrets.
  [/ya29\.[A-Za-z0-9._-]+/g, MASK],
  [/\b1\/\/[A-Za-z0-9._-]{10,}/g, MASK],
  [/\b4\/[0-9A-Za-z_-]{10,}/g, MASK],
  [/GOCSPX-[A-Za-z0-9_-]+/g, MASK],
];

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
