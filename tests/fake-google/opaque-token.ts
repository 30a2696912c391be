// Opaque tokens (sync tokens, page tokens): a signed, base64url JSON payload. Clients must
// treat them as opaque; signing means any edited or truncated token is detected, which the
// emulator answers as Google does (410 for sync tokens, 400 for page tokens).

import { createHmac, randomBytes } from 'node:crypto';

export function encodeToken(payload: object): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${sign(body)}`;
}

export function decodeToken<T>(token: string): T | undefined {
  const dot = token.lastIndexOf('.');
  if (dot < 0) return undefined;
  const body = token.slice(0, dot);
  if (sign(body) !== token.slice(dot + 1)) return undefined;
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as T;
  } catch {
    return undefined;
  }
}

/** A random token body in the alphabet Google uses for OAuth artefacts. */
export function randomString(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

// Per process, so tokens from an earlier emulator run are as foreign as a tampered one.
const secret = randomBytes(32);

function sign(body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url').slice(0, 16);
}
