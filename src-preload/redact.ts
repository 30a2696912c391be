// Scrubs secrets out of text before it reaches a log (main's file, the diagnostics export):
// OAuth access, refresh and ID tokens, authorization codes, client secrets, PKCE verifiers
// and Authorization headers, whether they appear as JSON (escaped or not), form or query
// parameters, headers or bare, and whether or not they are percent-encoded (a code in
// `code=4%2F0A…` is one once decoded). Main registers every secret it handles as it handles
// it (`rememberSecret`), so even a token in a shape no pattern foresaw never gets written.
// Shared by main and the renderer, so both exports follow the same rules.

export const MASK = '[redacted]';

export function redact(text: string): string {
  let out = redactShapes(text);
  // Encoded twice is still a secret (a redirect URI inside a URL); three levels is plenty.
  for (let level = 0; level < 3; level++) {
    const decoded = percentDecode(out);
    if (decoded === out) break;
    out = redactShapes(decoded);
  }
  return out;
}

/** Registers a value that must never be logged (a token, a code, the client secret). */
export function rememberSecret(value: string | null | undefined): void {
  if (value && value.length >= MIN_SECRET_LENGTH) knownSecrets.add(value);
}

/**
 * A copy of structured data (the diagnostics export) with every string redacted and every
 * value under a secret's name masked, so the JSON stays valid and no field can carry one.
 */
export function redactValue(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return isSecretField(key, value) ? MASK : redact(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [name, redactValue(item, name)]),
    );
  return value;
}

// ---------------------------------------------------------------------------------------

const MIN_SECRET_LENGTH = 8;
const knownSecrets = new Set<string>();
const SECRET_KEYS =
  'access_token|refresh_token|id_token|client_secret|clientSecret|refreshToken|accessToken|idToken|code_verifier|codeVerifier|token|password|secret';
/**
 * `code` is an authorization code in OAuth's forms and URLs, and an error code ("conflict",
 * "invalid_grant") everywhere else in Almanac. Error codes are lowercase words, which a
 * code Google issues never is, so those stay readable in a key: value shape.
 */
const ERROR_CODE = '[a-z][a-z0-9_.-]*';
/** Optional backslashes before a quote: JSON inside a JSON string. */
const Q = `\\\\*["']`;

const PATTERNS: [RegExp, string][] = [
  // "key": "value" in JSON, key='value' in inspect output, key: "value" in headers.
  [
    new RegExp(`(${Q}?(?:${SECRET_KEYS})${Q}?\\s*[:=]\\s*${Q})[^"'\\\\]*(${Q})`, 'gi'),
    `$1${MASK}$2`,
  ],
  [
    new RegExp(`(${Q}?code${Q}?\\s*[:=]\\s*${Q})(?!${ERROR_CODE}${Q})[^"'\\\\]*(${Q})`, 'g'),
    `$1${MASK}$2`,
  ],
  // key=value in forms and URLs (and the key in other letter cases).
  [new RegExp(`((?:^|[?&\\s;,(])(?:${SECRET_KEYS}|code)=)[^&\\s"'\\\\]+`, 'gim'), `$1${MASK}`],
  [/(authorization\\*["']?\s*[:=]\s*\\*["']?)(?:Bearer|Basic)\s+[^\s"'\\,}]+/gi, `$1${MASK}`],
  [/Bearer\s+[A-Za-z0-9._~+/=-]{8,}/g, `Bearer ${MASK}`],
  // Google's own shapes: access tokens, refresh tokens, authorization codes, client secrets.
  [/ya29\.[A-Za-z0-9._-]+/g, MASK],
  [/\b1\/\/[A-Za-z0-9._-]{10,}/g, MASK],
  [/\b4\/[0-9A-Za-z_-]{10,}/g, MASK],
  [/GOCSPX-[A-Za-z0-9_-]+/g, MASK],
];

function redactShapes(text: string): string {
  let out = text;
  for (const secret of knownSecrets) if (out.includes(secret)) out = out.split(secret).join(MASK);
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

function isSecretField(key: string, value: string): boolean {
  if (new RegExp(`^(?:${SECRET_KEYS})$`, 'i').test(key)) return true;
  return key === 'code' && !new RegExp(`^${ERROR_CODE}$`).test(value);
}

/** Decodes each run of %XX escapes that is valid UTF-8; leaves the rest as it is. */
function percentDecode(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}
