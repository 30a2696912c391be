// One calendar's events: a Map by id for O(1) access, an insertion-order array so full lists
// can page by position, and an append-only change log (sequence number → event id) behind the
// sync tokens. Nothing is ever removed: deleted events stay as cancelled tombstones, which is
// what makes ids unique "including deleted ones" and lets incremental syncs report deletions.

import type { calendar_v3 } from '@googleapis/calendar';
import {
  addDays,
  compileRecurrence,
  formatDateTime,
  instantOf,
  type CompiledRecurrence,
  type Occurrence,
} from './recurrence.js';

export type EventResource = calendar_v3.Schema$Event;

export interface StoredEvent {
  resource: EventResource;
  /** Change-log sequence of the last write to this event. */
  seq: number;
  /** Position in the calendar's insertion order. */
  position: number;
  startMs: number;
  endMs: number;
}

export interface ChangeEntry {
  seq: number;
  id: string;
}

export class EventStore {
  readonly events = new Map<string, StoredEvent>();
  readonly order: string[] = [];
  readonly log: ChangeEntry[] = [];
  /** Exceptions per series id, so expansion can skip instances that have their own record. */
  readonly exceptions = new Map<string, Set<string>>();
  /** Last sequence number handed out; the head of the change log. */
  head = 0;
  /** Bumped to invalidate every sync token issued for this calendar. */
  epoch = 0;

  constructor(
    readonly calendarId: string,
    private readonly zone: () => string,
  ) {}

  get(id: string): StoredEvent | undefined {
    return this.events.get(id);
  }

  /** Writes (inserts or replaces) an event and records the change. */
  put(resource: EventResource): StoredEvent {
    const id = resource.id as string;
    const existing = this.events.get(id);
    const seq = ++this.head;
    const zone = resource.start?.timeZone ?? this.zone();
    const stored: StoredEvent = {
      resource,
      seq,
      position: existing ? existing.position : this.order.length,
      startMs: instantOf(resource.start ?? undefined, zone),
      endMs: instantOf(resource.end ?? undefined, zone),
    };
    if (!existing) this.order.push(id);
    this.events.set(id, stored);
    this.log.push({ seq, id });
    if (resource.recurringEventId) {
      let set = this.exceptions.get(resource.recurringEventId);
      if (!set) this.exceptions.set(resource.recurringEventId, (set = new Set()));
      set.add(id);
    }
    return stored;
  }

  /** Index of the first log entry with seq > `seq` (binary search; the log is sorted). */
  logIndexAfter(seq: number): number {
    let lo = 0;
    let hi = this.log.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.log[mid] as ChangeEntry).seq <= seq) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Compiled recurrence of a series master, cached per stored version. */
  recurrenceOf(stored: StoredEvent): CompiledRecurrence | undefined {
    const lines = stored.resource.recurrence;
    if (!lines || lines.length === 0 || !stored.resource.start) return undefined;
    let compiled = recurrenceCache.get(stored.resource);
    if (!compiled) {
      compiled = compileRecurrence(lines, stored.resource.start, this.zone());
      recurrenceCache.set(stored.resource, compiled);
    }
    return compiled;
  }
}

const recurrenceCache = new WeakMap<EventResource, CompiledRecurrence>();

/**
 * The instance a series master has at an occurrence, as Google returns it when it was never
 * edited on its own: the master's fields without `recurrence`, moved to the occurrence, with
 * `recurringEventId` and `originalStartTime`. It shares the master's etag and iCalUID.
 */
export function instanceOf(master: StoredEvent, occurrence: Occurrence): EventResource {
  const { recurrence: _recurrence, ...fields } = master.resource;
  const start = master.resource.start ?? {};
  const end = master.resource.end ?? {};
  let instanceStart: EventResource['start'];
  let instanceEnd: EventResource['end'];
  if (typeof start.date === 'string' && typeof end.date === 'string') {
    const days = Math.round((Date.parse(end.date) - Date.parse(start.date)) / 86_400_000);
    const date = occurrence.originalStartTime.date as string;
    instanceStart = { date };
    instanceEnd = { date: addDays(date, days) };
  } else {
    const duration = master.endMs - master.startMs;
    const startZone = start.timeZone ?? 'UTC';
    const endZone = end.timeZone ?? startZone;
    instanceStart = {
      dateTime: formatDateTime(occurrence.startMs, startZone),
      timeZone: startZone,
    };
    instanceEnd = {
      dateTime: formatDateTime(occurrence.startMs + duration, endZone),
      timeZone: endZone,
    };
  }
  return {
    ...fields,
    id: `${master.resource.id}_${occurrence.suffix}`,
    recurringEventId: master.resource.id ?? null,
    originalStartTime: occurrence.originalStartTime,
    start: instanceStart,
    end: instanceEnd,
  };
}
