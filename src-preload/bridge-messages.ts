// The messages that cross the browser shell's WebSocket (the page and `npm run web`), and the
// store answers Electron's store port carries, as zod schemas: both ends check what arrives
// against them before reading it, so a malformed message is refused instead of throwing
// somewhere inside the process. Also the socket's subprotocol, which carries the run's key.
import { z } from 'zod';
import { failSaying } from './contract';
import { BridgeWordsSchema } from './bridge-words';
import { LogWordsSchema, said } from './log-words';
import type { StoreAnswer } from './local-store';

/** The subprotocol page and server speak; the page offers the run's key as a second one. */
export const BRIDGE_PROTOCOL = 'almanac.bridge';
const KEY_PROTOCOL_PREFIX = 'almanac.key.';

/** The key as a subprotocol token (the key is base64url, which a token may hold as is). */
export function keyProtocol(key: string): string {
  return `${KEY_PROTOCOL_PREFIX}${key}`;
}

/** The key a Sec-WebSocket-Protocol header offers, or null when it does not offer ours. */
export function offeredKey(header: string | undefined): string | null {
  const offered = (header ?? '').split(',').map((token) => token.trim());
  if (!offered.includes(BRIDGE_PROTOCOL)) return null;
  const key = offered.find((token) => token.startsWith(KEY_PROTOCOL_PREFIX));
  return key ? key.slice(KEY_PROTOCOL_PREFIX.length) : null;
}

const BridgeErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  words: BridgeWordsSchema.optional(),
  said: LogWordsSchema.optional(),
});
const ResultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown().optional() }),
  z.object({ ok: z.literal(false), error: BridgeErrorSchema }),
]);

/** A LocalStore answer from the page that lends its database (socket or Electron's port). */
export const StoreAnswerSchema = z.union([
  // JSON drops an undefined value, so an answer of undefined arrives without one.
  z
    .object({ id: z.number().int(), ok: z.literal(true), value: z.unknown().optional() })
    .transform(({ id, value }) => ({ id, ok: true as const, value })),
  z.object({ id: z.number().int(), ok: z.literal(false), error: BridgeErrorSchema }),
]);

/**
 * The answer a page sent, checked: as it came when it fits the schema, as a failure of its
 * call when it does not but still names the call (so the call fails now, not at its
 * timeout), and null when it names no call at all.
 */
export function readStoreAnswer(raw: unknown): StoreAnswer | null {
  const answer = StoreAnswerSchema.safeParse(raw);
  if (answer.success) return answer.data;
  const id = idOf(raw);
  return id === null
    ? null
    : { id, ...failSaying('invalid-answer', said('storeUnreadableAnswer')) };
}

/** Page → server: a request, the offer (or withdrawal) of the database, or a store answer. */
export const PageMessageSchema = z.union([
  // The channel is judged by dispatch, which names an unknown one in its refusal.
  z.object({
    id: z.number().int(),
    channel: z.unknown().optional(),
    payload: z.unknown().optional(),
  }),
  z.object({ serveStore: z.boolean() }),
  z.object({ storeAnswer: z.unknown() }),
]);
export type PageMessage = z.infer<typeof PageMessageSchema>;

/** Server → page: an answer, a notification, or a call to the page's database. */
export const ServerMessageSchema = z.union([
  z.object({ id: z.number().int(), result: ResultSchema }),
  z.object({ notification: z.string(), payload: z.unknown() }),
  z.object({
    storeCall: z.object({ id: z.number().int(), method: z.string(), args: z.array(z.unknown()) }),
  }),
]);

/** The numeric id a message that failed its schema still carries, so its sender can get an answer. */
export function idOf(message: unknown): number | null {
  if (!message || typeof message !== 'object') return null;
  const id = (message as { id?: unknown }).id;
  return typeof id === 'number' && Number.isInteger(id) ? id : null;
}
