// The pure planner: pull actions, the three-way merge, outbox coalescing and push requests.
import { expect, test } from 'vitest';
import type { CalendarEvent, EventFields } from '../../../src-preload/model/event';
import type { OutboxEntry } from '../../../src-preload/local-store';
import { asItStands, coalesceOutbox, planPushRequest } from '../../../src-main/sync/outbox-plan';
import { planPull, planVanished, queuedDeletes } from '../../../src-main/sync/pull-plan';
import { merge } from '../../../src-main/sync/three-way-merge';
import type { GoogleEvent } from '../../../src-main/google/event-mapping';

const ctx = {
  calendarId: 'a@x',
  readOnly: false,
  deleting: new Set<string>(),
  now: '2030-01-01T00:00:00.000Z',
};
const slot = {
  start: { dateTime: '2030-01-01T09:00:00Z' },
  end: { dateTime: '2030-01-01T10:00:00Z' },
};
const remote = (over: Partial<GoogleEvent> = {}): GoogleEvent => ({
  id: 'evt00001',
  etag: '"2"',
  updated: '2030-01-01T12:00:00.000Z',
  status: 'confirmed',
  summary: 'Base',
  ...slot,
  ...over,
});
const linked = (over: Partial<CalendarEvent> = {}): CalendarEvent => ({
  id: 'evt00001',
  calendarId: 'a@x',
  kind: 'single',
  status: 'confirmed',
  summary: 'Base',
  ...slot,
  startMs: 0,
  endMs: 0,
  localVersion: 3,
  updatedAt: '2030-01-01T11:00:00.000Z',
  google: { etag: '"1"', updated: '2030-01-01T10:00:00.000Z' },
  base: { status: 'confirmed', summary: 'Base', ...slot },
  dirty: [],
  ...over,
});
const entry = (
  seq: number,
  op: OutboxEntry['op'],
  fields?: OutboxEntry['fields'],
  sendUpdates: OutboxEntry['sendUpdates'] = 'none',
): OutboxEntry => ({
  seq,
  eventId: 'evt00001',
  calendarId: 'a@x',
  op,
  ...(fields ? { fields } : {}),
  sendUpdates,
  createdAt: seq,
});

test('new on Google → insert locally, linked, with Google’s version as base', () => {
  const action = planPull(null, remote(), ctx);
  expect(action.type).toBe('put');
  if (action.type !== 'put') return;
  expect(action.event).toMatchObject({
    summary: 'Base',
    google: { etag: '"2"' },
    dirty: [],
    kind: 'single',
  });
});

test('changed on Google, untouched here → overwrite; same etag → nothing', () => {
  expect(planPull(linked(), remote({ summary: 'New' }), ctx).type).toBe('put');
  expect(planPull(linked({ google: { etag: '"2"', updated: '' } }), remote(), ctx).type).toBe(
    'none',
  );
});

test('deleted on Google: unedited copy removed; edited copy kept and logged; pending local delete not resurrected', () => {
  expect(planPull(linked(), remote({ status: 'cancelled' }), ctx)).toMatchObject({
    type: 'remove',
  });
  const kept = planPull(
    linked({ summary: 'Mine', dirty: ['summary'] }),
    remote({ status: 'cancelled' }),
    ctx,
  );
  expect(kept.type).toBe('none');
  expect(kept.log[0]?.code).toBe('kept-edit');
  expect(planPull(null, remote(), { ...ctx, deleting: new Set(['evt00001']) }).type).toBe('none');
});

test('only a queued delete keeps Google’s copy out; a change queued for a record gone without one lets it in', () => {
  const entry = (eventId: string, op: OutboxEntry['op']) => ({ eventId, op });
  const queued = [
    entry('deleted', 'patch'),
    entry('deleted', 'delete'),
    entry('created-and-deleted', 'insert'),
    entry('created-and-deleted', 'delete'),
    entry('evt00001_20300101T090000Z', 'patch'),
    entry('moving', 'move'),
  ];
  const deleting = queuedDeletes(queued);
  expect([...deleting].sort()).toEqual(['created-and-deleted', 'deleted']);
  // An occurrence changed here for the first time, then taken into a new series: its record
  // is gone, its change still queued, and Google's changed copy comes here.
  const occurrence = remote({
    id: 'evt00001_20300101T090000Z',
    recurringEventId: 'evt00001',
    originalStartTime: slot.start,
    summary: 'Renamed on Google',
  });
  expect(planPull(null, occurrence, { ...ctx, deleting })).toMatchObject({
    type: 'put',
    event: { id: 'evt00001_20300101T090000Z', summary: 'Renamed on Google' },
  });
  expect(planPull(null, remote({ id: 'deleted' }), { ...ctx, deleting }).type).toBe('none');
});

test('a cancelled instance of a series is kept as a cancelled exception', () => {
  const action = planPull(
    null,
    {
      id: 'evt00001_20300101T090000Z',
      status: 'cancelled',
      recurringEventId: 'evt00001',
      originalStartTime: { dateTime: '2030-01-01T09:00:00Z' },
    },
    ctx,
  );
  expect(action).toMatchObject({ type: 'put', event: { kind: 'exception', status: 'cancelled' } });
});

test('merge: fields changed on one side take that side; the result keeps local changes dirty', () => {
  const local = linked({ location: 'Here', dirty: ['location'] });
  const action = merge(local, remote({ summary: 'Renamed on Google' }), ctx);
  expect(action.event).toMatchObject({
    summary: 'Renamed on Google',
    location: 'Here',
    dirty: ['location'],
    google: { etag: '"2"' },
  });
  expect(action.conflicts).toBe(0);
});

test('merge: a field changed on both sides goes to the newer side, the loser is logged to restore', () => {
  const olderLocal = merge(
    linked({ summary: 'Local', dirty: ['summary'] }),
    remote({ summary: 'Google' }),
    ctx,
  );
  expect(olderLocal.event.summary).toBe('Google');
  expect(olderLocal.log[0]?.detail).toMatchObject({
    kept: 'google',
    restore: { summary: 'Local' },
  });
  const newerLocal = merge(
    linked({ summary: 'Local', dirty: ['summary'], updatedAt: '2030-01-02T00:00:00.000Z' }),
    remote({ summary: 'Google' }),
    ctx,
  );
  expect(newerLocal.event).toMatchObject({ summary: 'Local', dirty: ['summary'] });
  expect(newerLocal.log[0]?.detail).toMatchObject({ kept: 'local', lost: 'Google' });
  const same = merge(
    linked({ summary: 'Same', dirty: ['summary'] }),
    remote({ summary: 'Same' }),
    ctx,
  );
  expect(same.conflicts).toBe(0);
  expect(same.event.dirty).toEqual([]);
});

test('merge of an exception never synced here: what equals its series is a change on neither side', () => {
  // The series at 09:00 daily as both sides agreed on it; here its first occurrence moved to
  // 07:00 before ever being synced, while on Google that instance was renamed.
  const series = {
    status: 'confirmed',
    summary: 'Base',
    location: 'Room 1',
    start: { dateTime: '2030-01-01T09:00:00Z', timeZone: 'UTC' },
    end: { dateTime: '2030-01-01T10:00:00Z', timeZone: 'UTC' },
    recurrence: ['RRULE:FREQ=DAILY;COUNT=3'],
  } satisfies Partial<EventFields>;
  const instanceId = 'evt00001_20300102T090000Z';
  const original = { dateTime: '2030-01-02T09:00:00Z', timeZone: 'UTC' };
  const local = linked({
    id: instanceId,
    kind: 'exception',
    recurringEventId: 'evt00001',
    originalStartTime: original,
    location: 'Room 1',
    start: { dateTime: '2030-01-02T07:00:00Z', timeZone: 'UTC' },
    end: { dateTime: '2030-01-02T08:00:00Z', timeZone: 'UTC' },
    google: undefined,
    base: undefined,
    dirty: ['status', 'summary', 'location', 'start', 'end'],
    updatedAt: '2030-01-01T11:00:00.000Z',
  });
  const theirs = remote({
    id: instanceId,
    recurringEventId: 'evt00001',
    originalStartTime: original,
    summary: 'Renamed on Google',
    location: 'Room 1',
    start: { dateTime: '2030-01-02T09:00:00Z', timeZone: 'UTC' },
    end: { dateTime: '2030-01-02T10:00:00Z', timeZone: 'UTC' },
  });
  const action = merge(local, theirs, { ...ctx, series: new Map([['evt00001', series]]) });
  expect(action.conflicts).toBe(0);
  expect(action.event).toMatchObject({
    summary: 'Renamed on Google',
    location: 'Room 1',
    start: { dateTime: '2030-01-02T07:00:00Z' },
    google: { etag: '"2"' },
  });
  expect([...(action.event.dirty ?? [])].sort()).toEqual(['end', 'start']);
});

test('read-only calendars: Google wins and the overwritten local value is logged', () => {
  const action = planPull(
    linked({ summary: 'Mine', dirty: ['summary'] }),
    remote({ summary: 'Theirs' }),
    { ...ctx, readOnly: true },
  );
  expect(action).toMatchObject({ type: 'put', event: { summary: 'Theirs' } });
  expect(action.log[0]?.code).toBe('read-only');
});

test('coalescing: insert+patch → insert; insert+delete → nothing; patch+delete → delete; patches union; latest sendUpdates', () => {
  expect(
    coalesceOutbox([entry(1, 'insert', undefined, 'all'), entry(2, 'patch', ['summary'], 'none')]),
  ).toMatchObject([{ op: 'insert', seqs: [1, 2], sendUpdates: 'none' }]);
  expect(coalesceOutbox([entry(1, 'insert'), entry(2, 'delete')])).toMatchObject([
    { op: 'drop', seqs: [1, 2] },
  ]);
  expect(
    coalesceOutbox([entry(1, 'patch', ['summary']), entry(2, 'delete', undefined, 'all')]),
  ).toMatchObject([{ op: 'delete', sendUpdates: 'all' }]);
  expect(
    coalesceOutbox([entry(2, 'patch', ['location']), entry(1, 'patch', ['summary'])]),
  ).toMatchObject([{ op: 'patch', fields: ['summary', 'location'], seqs: [1, 2] }]);
  // A patch after a delete: the record is back (a series moved onto a deleted occurrence).
  expect(coalesceOutbox([entry(1, 'delete'), entry(2, 'patch', ['summary'])])).toMatchObject([
    { op: 'patch', fields: ['summary'], seqs: [1, 2] },
  ]);
});

test('push requests: insert with our id; patch of changed fields under If-Match; delete under If-Match; exception as instance patch', () => {
  const fresh = linked({ google: undefined, base: undefined, dirty: ['summary'] });
  const insert = planPushRequest(
    {
      eventId: 'evt00001',
      calendarId: 'a@x',
      op: 'insert',
      fields: [],
      sendUpdates: 'all',
      seqs: [1],
      createdAt: 0,
      sent: false,
    },
    fresh,
  );
  expect(insert).toMatchObject({
    kind: 'insert',
    method: 'POST',
    query: { sendUpdates: 'all' },
    body: { id: 'evt00001', summary: 'Base' },
  });
  const patch = planPushRequest(
    {
      eventId: 'evt00001',
      calendarId: 'a@x',
      op: 'patch',
      fields: ['summary', 'location'],
      sendUpdates: 'none',
      seqs: [1],
      createdAt: 0,
      sent: false,
    },
    linked({ summary: 'New', dirty: ['summary'] }),
  );
  expect(patch).toMatchObject({
    kind: 'patch',
    method: 'PATCH',
    ifMatch: '"1"',
    body: { summary: 'New' },
    fields: ['summary'],
  });
  const unchanged = planPushRequest(
    {
      eventId: 'evt00001',
      calendarId: 'a@x',
      op: 'patch',
      fields: ['summary'],
      sendUpdates: 'none',
      seqs: [1],
      createdAt: 0,
      sent: false,
    },
    linked(),
  );
  expect(unchanged.kind).toBe('none');
  expect(
    planPushRequest(
      {
        eventId: 'evt00001',
        calendarId: 'a@x',
        op: 'delete',
        fields: [],
        sendUpdates: 'all',
        seqs: [1],
        createdAt: 0,
        sent: false,
      },
      linked({ status: 'cancelled' }),
    ),
  ).toMatchObject({ kind: 'delete', ifMatch: '"1"', query: { sendUpdates: 'all' } });
  const exception = planPushRequest(
    {
      eventId: 'evt00001_20300101T090000Z',
      calendarId: 'a@x',
      op: 'patch',
      fields: ['location'],
      sendUpdates: 'none',
      seqs: [1],
      createdAt: 0,
      sent: false,
    },
    linked({
      id: 'evt00001_20300101T090000Z',
      kind: 'exception',
      recurringEventId: 'evt00001',
      google: undefined,
      location: 'X',
    }),
  );
  expect(exception).toMatchObject({ kind: 'patch', method: 'PATCH' });
  expect(exception.kind !== 'none' && exception.ifMatch).toBeFalsy();
});

test('push requests: reviving an event Google cancelled states every visible field, cleared ones as null', () => {
  // Google listed the cancelled instance with its id and status only; it still keeps what it had.
  const revived = linked({
    id: 'evt00001_20300101T090000Z',
    kind: 'exception',
    recurringEventId: 'evt00001',
    base: { status: 'cancelled', summary: '' },
    dirty: ['status'],
  });
  const request = planPushRequest(
    {
      eventId: revived.id,
      calendarId: 'a@x',
      op: 'patch',
      fields: ['status'],
      sendUpdates: 'none',
      seqs: [1],
      createdAt: 0,
      sent: false,
    },
    revived,
  );
  expect(request).toMatchObject({
    kind: 'patch',
    ifMatch: '"1"',
    body: {
      status: 'confirmed',
      summary: 'Base',
      description: null,
      location: null,
      attendees: null,
      start: slot.start,
      end: slot.end,
    },
  });
});

test('deleted here, edited on Google before the delete went up: the edit survives and the queued delete has nothing left to do', () => {
  const tombstone = linked({ status: 'cancelled', dirty: ['status'] });
  const edited = planPull(tombstone, remote({ summary: 'Renamed on Google' }), ctx);
  expect(edited).toMatchObject({
    type: 'put',
    event: { status: 'confirmed', summary: 'Renamed on Google', dirty: [] },
  });
  expect(edited.log.map((l) => l.code)).toEqual(['kept-edit']);
  // Only the etag moved (nothing anyone sees): the delete stands.
  expect(planPull(tombstone, remote(), ctx)).toMatchObject({
    type: 'put',
    event: { status: 'cancelled', dirty: ['status'] },
  });
  if (edited.type !== 'put') return;
  expect(
    planPushRequest(
      {
        eventId: 'evt00001',
        calendarId: 'a@x',
        op: 'delete',
        fields: [],
        sendUpdates: 'none',
        seqs: [1],
        createdAt: 0,
        sent: false,
      },
      { ...edited.event, localVersion: 4 },
    ).kind,
  ).toBe('none');
});

test('a change to a record still deleted here goes up as that delete', () => {
  const op = {
    eventId: 'evt00001',
    calendarId: 'a@x',
    op: 'patch' as const,
    fields: ['attendees' as const],
    sendUpdates: 'none' as const,
    seqs: [1, 2],
    createdAt: 0,
    sent: false,
  };
  expect(
    asItStands(op, linked({ status: 'cancelled', dirty: ['status', 'attendees'] })),
  ).toMatchObject({ op: 'delete', seqs: [1, 2] });
  expect(
    asItStands(
      op,
      linked({
        id: 'evt00001_20300101T090000Z',
        kind: 'exception',
        recurringEventId: 'evt00001',
        status: 'cancelled',
        google: undefined,
        base: undefined,
      }),
    ).op,
  ).toBe('delete');
  expect(asItStands(op, linked({ dirty: ['attendees'] })).op).toBe('patch');
});

test('merge: a field cleared here stays cleared when Google changed another one, and goes up as null', () => {
  const local = linked({
    location: undefined,
    base: { status: 'confirmed', summary: 'Base', location: 'Room 1', ...slot },
    dirty: ['location'],
  });
  const action = merge(local, remote({ summary: 'Renamed on Google', location: 'Room 1' }), ctx);
  expect(action.event.summary).toBe('Renamed on Google');
  expect(action.event.location).toBeUndefined();
  expect(action.event.dirty).toEqual(['location']);
  const request = planPushRequest(
    {
      eventId: 'evt00001',
      calendarId: 'a@x',
      op: 'patch',
      fields: action.event.dirty ?? [],
      sendUpdates: 'none',
      seqs: [1],
      createdAt: 0,
      sent: false,
    },
    { ...action.event, localVersion: 4 },
  );
  expect(request).toMatchObject({ kind: 'patch', body: { location: null } });
});

test.each([
  ['nothing gone', 0, 10, false, 'remove'],
  ['a few gone: removed', 3, 10, false, 'remove'],
  ['exactly half: removed', 5, 10, false, 'remove'],
  ['more than half: the user is asked first', 6, 10, false, 'ask'],
  ['…unless they confirmed', 6, 10, true, 'remove'],
  ['all of a one-event calendar: asked', 1, 1, false, 'ask'],
] as const)('after a full listing, %s', (_what, vanished, total, confirmed, decision) => {
  expect(planVanished(vanished, total, confirmed)).toBe(decision);
});
