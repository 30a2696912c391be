// The one writer of local changes. Every change the user makes — the editor, a drag, a
// delete, an answer to an invitation, a value restored from the sync log — goes through a
// LocalChanges: it writes only the fields that actually change, onto the newest record, marks
// them dirty since the last version both sides agreed on, numbers the record's version,
// keeps a record Google knows as a cancelled tombstone when it is deleted, and queues the
// change in the outbox for the sync engine (only for calendars linked to Google). The rules
// themselves are shared with main in src-preload/model/local-changes.ts. Callers run it
// inside one Dexie transaction (changeEvents), so a failure half way leaves nothing written.
import type {
  Calendar,
  CalendarEvent,
  EventDateTime,
  EventFieldName,
} from '../../src-preload/model/event';
import { versionAfter, type OutboxEntry, type SendUpdates } from '../../src-preload/local-store';
import { calendarRefusal, canWrite } from '../../src-preload/model/calendar-access';
import { instantOf } from '../../src-preload/model/event-time';
import {
  FIELDS,
  INHERITED_FIELDS,
  isEventField,
  sameField,
  sameValue,
} from '../../src-preload/model/fields';
import { changeToSend, outboxEntry, withDirty } from '../../src-preload/model/local-changes';
import type { AlmanacDatabase } from './database';
import { refusalText } from '../i18n/refusal-words';
import { activeLocale } from '../i18n/active-locale';

/** Runs `work` in one read-write transaction over what local changes touch. */
export function changeEvents<T>(db: AlmanacDatabase, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', [db.events, db.outbox, db.calendars, db.syncLog], work);
}

export class LocalChanges {
  /** The writer for changes to `calendarId`'s events; refuses a calendar that cannot change. */
  static async open(
    db: AlmanacDatabase,
    calendarId: string,
    sendUpdates: SendUpdates = 'none',
  ): Promise<LocalChanges> {
    const calendar = await db.calendars.get(calendarId);
    if (!calendar) throw new Error(activeLocale().t('changes.noCalendar'));
    if (!canWrite(calendar))
      throw new Error(activeLocale().t('db.viewOnly', { calendar: calendar.summary }));
    const refused = calendarRefusal(calendar);
    if (refused) throw new Error(refusalText(refused));
    return new LocalChanges(db, calendar, sendUpdates);
  }

  private constructor(
    private readonly db: AlmanacDatabase,
    readonly calendar: Calendar,
    private readonly sendUpdates: SendUpdates,
  ) {}

  /** The newest version of a record, as the change should be made onto. */
  read(id: string): Promise<CalendarEvent | undefined> {
    return this.db.events.get(id);
  }

  /** The newest versions of many records at once (an import reads thousands). */
  readAll(ids: readonly string[]): Promise<(CalendarEvent | undefined)[]> {
    return this.db.events.bulkGet([...ids]);
  }

  /** Many new events, each as `insert` makes it, in one write each to the records and the outbox. */
  async insertAll(
    records: readonly Omit<CalendarEvent, 'localVersion' | 'dirty'>[],
  ): Promise<CalendarEvent[]> {
    const created = records.map((record): CalendarEvent => ({
      ...record,
      localVersion: versionAfter(null),
      dirty: fieldNames(record),
    }));
    await this.db.events.bulkPut(created);
    if (this.calendar.account) {
      const now = Date.now();
      await this.db.outbox.bulkAdd(
        created.map((c) => outboxEntry(c, 'insert', this.sendUpdates, now)),
      );
    }
    return created;
  }

  /** A new event: every field it has is a change, and it goes to Google as an insert. */
  async insert(record: Omit<CalendarEvent, 'localVersion' | 'dirty'>): Promise<CalendarEvent> {
    const created: CalendarEvent = {
      ...record,
      localVersion: versionAfter(null),
      dirty: fieldNames(record),
    };
    await this.db.events.put(created);
    await this.enqueue(created.id, 'insert');
    return created;
  }

  /**
   * Sets the fields that differ (undefined clears one) on `record`, which the caller read in
   * this transaction, and queues them; a delete (`op`) queues the record's delete instead.
   */
  async edit(
    record: CalendarEvent,
    fields: Partial<CalendarEvent>,
    op: OutboxEntry['op'] = 'patch',
    queueIn: Calendar = this.calendar,
  ): Promise<void> {
    const changed: EventFieldName[] = [];
    const target = record as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(fields)) {
      if (isEventField(key) ? sameField(key, target[key], value) : sameValue(target[key], value))
        continue;
      if (value === undefined) delete target[key];
      else target[key] = value;
      if (isEventField(key)) changed.push(key);
    }
    if (changed.length === 0 && !('startMs' in fields && fields.startMs !== record.startMs)) return;
    record.localVersion = versionAfter(record.localVersion);
    record.updatedAt = nowIso();
    record.dirty = withDirty(record, changed);
    await this.db.events.put(record);
    await this.enqueue(record.id, op, op === 'patch' ? changed : undefined, queueIn);
  }

  /**
   * Moves a record to this writer's calendar, a series with its `exceptions`. It lives here at
   * once. One Google has in another of the account's calendars moves there with events.move:
   * the move is queued in the calendar Google has it in (`movingFrom`), which its other
   * changes wait for; moved back before the move went up, nothing goes. One Google never had
   * is simply queued here. A series' exceptions carry the same `movingFrom` without a move of
   * their own (Google moves them with their series), and what they still have to send follows
   * them here.
   */
  async moveHere(record: CalendarEvent, exceptions: readonly CalendarEvent[] = []): Promise<void> {
    if (record.calendarId === this.calendar.id) return;
    const googleHas = record.google ? (record.movingFrom ?? record.calendarId) : undefined;
    const from = googleHas ? await this.db.calendars.get(googleHas) : undefined;
    if (googleHas && from?.account !== this.calendar.account)
      throw new Error(activeLocale().t('db.otherAccount'));
    record.calendarId = this.calendar.id;
    if (googleHas === this.calendar.id) delete record.movingFrom;
    else if (googleHas) record.movingFrom = googleHas;
    record.localVersion = versionAfter(record.localVersion);
    record.updatedAt = nowIso();
    await this.db.events.put(record);
    if (from && record.movingFrom) await this.enqueue(record.id, 'move', undefined, from);
    else if (!googleHas) await this.enqueue(record.id, 'insert');
    for (const exception of exceptions) await this.followSeries(exception, record.movingFrom);
  }

  /** An exception moved here with its series (`movingFrom`: where Google still has the series). */
  private async followSeries(exception: CalendarEvent, movingFrom: string | undefined) {
    exception.calendarId = this.calendar.id;
    if (movingFrom) exception.movingFrom = movingFrom;
    else delete exception.movingFrom;
    exception.localVersion = versionAfter(exception.localVersion);
    exception.updatedAt = nowIso();
    await this.db.events.put(exception);
    // Its changes still queued where it was have nothing left to do there (it lives here
    // now): they are queued here, where they wait while the series is on its way.
    const pending = changeToSend(exception, Date.now());
    if (pending && this.calendar.account)
      await this.db.outbox.add({ ...pending, sendUpdates: this.sendUpdates });
  }

  /**
   * Creates or overwrites the exception `id` of `master`. `changed` names what differs from
   * the occurrence Google already has (a guest may send nothing but their answer); by default
   * every field is sent.
   */
  async putException(
    master: CalendarEvent,
    id: string,
    originalStart: EventDateTime,
    fields: Partial<CalendarEvent>,
    status: 'confirmed' | 'cancelled',
    changed?: EventFieldName[],
  ): Promise<void> {
    const existing = await this.db.events.get(id);
    const record: CalendarEvent = {
      ...carriedFields(master),
      ...(existing ?? {}),
      summary: master.summary,
      ...stripSeriesFields(fields),
      id,
      calendarId: master.calendarId,
      kind: 'exception',
      status,
      recurringEventId: master.id,
      originalStartTime: originalStart,
      start: (fields.start ?? existing?.start ?? master.start) as EventDateTime,
      end: (fields.end ?? existing?.end ?? master.end) as EventDateTime,
      startMs: fields.startMs ?? existing?.startMs ?? instantOf(fields.start ?? master.start),
      endMs: fields.endMs ?? existing?.endMs ?? instantOf(fields.end ?? master.end),
      localVersion: versionAfter(existing?.localVersion ?? null),
      updatedAt: nowIso(),
    };
    delete record.recurrence;
    // An exception is on its way wherever its series is: a copy taken from another series
    // (cut off "this and following" while that one was being moved) must not wait for a
    // move its new series does not have.
    if (master.movingFrom) record.movingFrom = master.movingFrom;
    else delete record.movingFrom;
    record.dirty = withDirty(
      existing ?? record,
      changed ??
        fieldNames(record).filter((f) => f !== 'recurringEventId' && f !== 'originalStartTime'),
    );
    await this.db.events.put(record);
    // On Google every instance already exists under its instance id: editing one is a
    // patch of that id, deleting one cancels it.
    await this.enqueue(
      id,
      status === 'cancelled' ? 'delete' : 'patch',
      status === 'cancelled' ? undefined : record.dirty,
    );
  }

  /**
   * Makes `id` its series' plain occurrence `at` again. A record Google knows is patched back
   * to the series' values; one it never had is written afresh, so that a change still queued
   * for that id (a delete) gives way to it rather than hiding the occurrence.
   */
  async resetOccurrence(
    series: CalendarEvent,
    id: string,
    at: {
      originalStart: EventDateTime;
      start: EventDateTime;
      end: EventDateTime;
      startMs: number;
      endMs: number;
    },
  ): Promise<void> {
    const fields: Partial<CalendarEvent> = {
      ...seriesValues(series),
      start: at.start,
      end: at.end,
      startMs: at.startMs,
      endMs: at.endMs,
    };
    const stored = await this.db.events.get(id);
    if (stored?.google) return this.edit(stored, { ...fields, status: 'confirmed' });
    if (stored) await this.db.events.delete(id);
    await this.putException(series, id, at.originalStart, fields, 'confirmed');
  }

  /**
   * Removes an exception the series no longer has. One Google knows stays as a cancelled
   * record (a live one becomes a tombstone whose delete goes up): its delete carries
   * If-Match and meets any edit made to it on Google meanwhile (which then survives), and a
   * cancelled one hides nothing the series still has. One Google never had simply goes.
   */
  async dropException(exception: CalendarEvent): Promise<void> {
    const stored = await this.db.events.get(exception.id);
    if (stored?.google) {
      if (stored.status !== 'cancelled') await this.edit(stored, { status: 'cancelled' }, 'delete');
      return;
    }
    await this.db.events.delete(exception.id);
  }

  /**
   * Deletes a record. One Google knows stays as a cancelled tombstone, so sync can tell a
   * local delete from a record it never had.
   */
  async remove(record: CalendarEvent): Promise<void> {
    // Moved here but not yet on Google: the delete goes where Google has it, and the
    // tombstone waits there. A move that went out may have reached Google (its answer lost):
    // then the move goes first, and the delete after it, here.
    const home = record.movingFrom ? await this.db.calendars.get(record.movingFrom) : undefined;
    if (home && !(await this.wentOut(record.id, home.id, 'move'))) {
      record.calendarId = home.id;
      delete record.movingFrom;
      await this.edit(record, { status: 'cancelled' }, 'delete', home);
    } else if (
      this.calendar.account &&
      (record.google || (await this.wentOut(record.id, record.calendarId, 'insert')))
    )
      await this.edit(record, { status: 'cancelled' }, 'delete');
    else {
      await this.db.events.delete(record.id);
      await this.enqueue(record.id, 'delete');
    }
  }

  /**
   * Whether the `op` of `eventId` out of or into `calendarId` was sent to Google at least
   * once: its answer may have been lost with Google holding the result. An insert never
   * linked is then kept as a tombstone whose delete goes up; a move may have happened.
   */
  async wentOut(eventId: string, calendarId: string, op: 'insert' | 'move'): Promise<boolean> {
    const queued = await this.db.outbox.where('eventId').equals(eventId).toArray();
    return queued.some((e) => e.op === op && e.calendarId === calendarId && e.sent);
  }

  /** Removes the occurrences a deleted series takes along: the series' own delete covers them. */
  async removeWithSeries(exceptions: CalendarEvent[]): Promise<void> {
    await this.db.events.bulkDelete(exceptions.map((e) => e.id));
  }

  private async enqueue(
    eventId: string,
    op: OutboxEntry['op'],
    fields?: EventFieldName[],
    calendar: Calendar = this.calendar,
  ): Promise<void> {
    if (!calendar.account) return;
    const entry = outboxEntry(
      { id: eventId, calendarId: calendar.id },
      op,
      this.sendUpdates,
      Date.now(),
      fields,
    );
    await this.db.outbox.add(entry);
  }
}

/** The fields a record has a value for. */
export function fieldNames(record: object): EventFieldName[] {
  return Object.keys(record).filter(
    (k): k is EventFieldName =>
      isEventField(k) && (record as Record<string, unknown>)[k] !== undefined,
  );
}

// ---------------------------------------------------------------------------------------

/** What an occurrence changed on its own copies from its series. */
export function carriedFields(master: CalendarEvent): Partial<CalendarEvent> {
  const out: Record<string, unknown> = {};
  for (const key of INHERITED_FIELDS)
    if (master[key] !== undefined) out[key] = structuredClone(master[key]);
  return out as Partial<CalendarEvent>;
}

/** The series' own values of the fields an occurrence may override, cleared where the series has none. */
function seriesValues(series: CalendarEvent): Partial<CalendarEvent> {
  const out: Record<string, unknown> = {};
  for (const key of INHERITED_FIELDS.filter((f) => FIELDS[f].writable))
    out[key] = series[key] === undefined ? undefined : structuredClone(series[key]);
  return out as Partial<CalendarEvent>;
}

function stripSeriesFields(fields: Partial<CalendarEvent>): Partial<CalendarEvent> {
  const {
    recurrence: _r,
    id: _i,
    kind: _k,
    localVersion: _l,
    updatedAt: _u,
    dirty: _d,
    ...rest
  } = fields;
  return rest;
}

function nowIso(): string {
  return new Date().toISOString();
}
