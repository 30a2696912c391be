// PKCE (RFC 7636) for the desktop sign-in: a fresh verifier per attempt and its S256
// challenge, plus the random `state` that ties the callback to the attempt (RFC 8252 §8.9).
// Both are registered with the log's redaction as they are made.
import { createHash, randomBytes } from 'node:crypto';
import { rememberSecret } from '../../src-preload/redact';

export interface PkcePair {
  verifier: string;
  challenge: string;
  method: 'S256';
}

export function createPkcePair(): PkcePair {
  // 64 random bytes → 86 base64url characters, inside RFC 7636's 43–128 range.
  const verifier = randomBytes(64).toString('base64url');
  rememberSecret(verifier);
  return { verifier, challenge: s256(verifier), method: 'S256' };
}

export function s256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

export function createState(): string {
  const state = randomBytes(32).toString('base64url');
  // Whoever learns the state can hand the listener a code of their own choosing.
  rememberSecret(state);
  return state;
}
