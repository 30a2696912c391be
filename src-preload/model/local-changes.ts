// The bookkeeping of local changes, defined once: which fields were changed here since the
// version both sides agreed on (`dirty`), what an outbox entry holds, what a record still has
// to send to Google, and a record kept only on this computer. The renderer's writer
// (src-renderer/db/local-changes.ts) applies it to every change the user makes; the sync
// engine's iCalUID adoption and Reset Account apply it when they re-key or unlink records.
// The store numbers versions (local-store.ts, versionAfter).
import type { CalendarEvent, EventFieldName } from './event';
import type { EventRecord, OutboxEntry, SendUpdates } from '../local-store';

/** Fields changed here since the last agreed version: the old marks and the new ones. */
export function withDirty(
  record: EventRecord,
  changed: readonly EventFieldName[],
): EventFieldName[] {
  return [...new Set([...(record.dirty ?? []), ...changed])];
}

/** A record as kept only on this computer: no link to Google, nothing to send. */
export function localOnly(record: EventRecord): EventRecord {
  const { google: _google, base: _base, dirty: _dirty, ...kept } = record;
  return kept;
}

/** One queued change. */
export function outboxEntry(
  record: Pick<CalendarEvent, 'id' | 'calendarId'>,
  op: OutboxEntry['op'],
  sendUpdates: SendUpdates,
  createdAt: number,
  fields?: readonly EventFieldName[],
): OutboxEntry {
  const entry: OutboxEntry = {
    eventId: record.id,
    calendarId: record.calendarId,
    op,
    sendUpdates,
    createdAt,
  };
  if (fields && fields.length > 0) entry.fields = [...fields];
  return entry;
}

/**
 * What a record still has to send to Google when the engine queues it on its own (an
 * adopted twin, an upload after Reset Account), mailing nobody; null when nothing. An
 * occurrence never on Google is a patch of the instance Google has; a cancelled one, its
 * delete.
 */
export function changeToSend(record: EventRecord, createdAt: number): OutboxEntry | null {
  const dirty = record.dirty ?? [];
  const entry = (op: OutboxEntry['op'], fields?: EventFieldName[]) =>
    outboxEntry(record, op, 'none', createdAt, fields);
  if (record.status === 'cancelled') {
    if (!record.google) return record.kind === 'exception' ? entry('delete') : null;
    return dirty.includes('status') ? entry('delete') : null;
  }
  if (!record.google) return record.kind === 'exception' ? entry('patch', dirty) : entry('insert');
  return dirty.length > 0 ? entry('patch', dirty) : null;
}
