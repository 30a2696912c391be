// Event ids for events read from iCalendar files. An id is a valid Google event id derived
// from the event's UID alone, so importing the same file again lands on the same records
// (updated, never duplicated), in a local calendar and in a Google one alike; occurrences of a
// series take Google's instance ids under it.
// (Occurrences' ids themselves are the shared model's rule: model/instance-ids.ts.)
import { GOOGLE_EVENT_ID } from '../model/instance-ids';

/**
 * The event id for an iCalendar UID. Google's own UIDs (`<id>@google.com`, also what an event
 * made here gets once Google has it) give back that id, so an export of a synced calendar
 * imports under the ids it had. Any other UID is written out in base32hex, Google's id
 * alphabet, which keeps different UIDs apart; a UID too long for that ends in a digest.
 */
export function eventIdForUid(uid: string): string {
  const google = GOOGLE_UID.exec(uid);
  if (google && GOOGLE_EVENT_ID.test(google[1]!)) return google[1]!;
  const bytes = new TextEncoder().encode(uid);
  // 5 characters per 3.2 bytes: 630 bytes still fit Google's 1,024-character limit.
  if (bytes.length <= 630) return withMinimumLength(base32hex(bytes), bytes.length);
  return `${base32hex(bytes.subarray(0, 600))}${digest(bytes)}`;
}

/**
 * The id an event read from a file (`readId`, from its UID) takes in one calendar. An
 * imported event is the calendar's own copy, identified by (calendar, UID): the same file
 * imported into two calendars, or a feed holding a UID a calendar also has, gives each
 * calendar a record of its own, since ids are unique across every calendar here.
 */
export function calendarEventId(calendarId: string, readId: string): string {
  return eventIdForUid(`${calendarId}\u0000${readId}`);
}

/** The UID an event without one in the file gets, from what identifies it there. */
export function uidForUnnamedEvent(start: string, summary: string): string {
  return `almanac-${digest(new TextEncoder().encode(`${start}\u0000${summary}`))}`;
}

/**
 * The UID an event is written out with: its iCalUID, or for an event made here and not yet
 * on Google, the one Google will give it (`<id>@google.com`), so the event keeps one UID
 * across its first sync.
 */
export function uidForEvent(event: { id: string; iCalUID?: string }): string {
  return event.iCalUID || `${event.id}@google.com`;
}

/**
 * The id of one occurrence imported on its own, without its series (an invitation to a single
 * occurrence of someone else's meeting): an id of its own, derived from the UID and the stamp.
 */
export function standaloneOccurrenceId(uid: string, stamp: string): string {
  return eventIdForUid(`${uid}\u0000${stamp}`);
}

// ---------------------------------------------------------------------------------------

const GOOGLE_UID = /^([a-v0-9]+)@google\.com$/;
const ALPHABET = '0123456789abcdefghijklmnopqrstuv';

/** RFC 4648 base32hex without padding, in lowercase as Google's ids are. */
function base32hex(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * Google wants at least five characters, and one- or two-byte UIDs give two or four. Padded to
 * six and nine, lengths no other UID's encoding has, they stay apart from every other id.
 */
function withMinimumLength(id: string, byteCount: number): string {
  if (byteCount <= 1) return id.padEnd(6, '0');
  if (byteCount === 2) return id.padEnd(9, '0');
  return id;
}

/**
 * 64-bit FNV-1a as 13 base32hex characters. Ids are made synchronously in both processes,
 * where no digest API is (WebCrypto's is asynchronous); this only has to spread UIDs, not
 * resist anyone.
 */
function digest(bytes: Uint8Array): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of bytes) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  return hash.toString(32).padStart(13, '0');
}
