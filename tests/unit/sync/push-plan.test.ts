// The push planner's decisions, table by table, without a server or a database: how a job
// starts, what each answer from Google leads to, how a delete and a change meet Google's
// copy, what is left to send after a merge, and how the record settles.
import { describe, expect, test } from 'vitest';
import type { CalendarEvent } from '../../../src-preload/model/event';
import type { GoogleEvent } from '../../../src-main/google/event-mapping';
import type { Answer } from '../../../src-main/google/gateway';
import type { PushOp } from '../../../src-main/sync/outbox-plan';
import {
  MAX_MERGES,
  planAnswer,
  roundOf,
  seriesPulledSinceDelete,
  startJob,
  writesSeries,
  type PushJob,
} from '../../../src-main/sync/push-plan';
import {
  isUnchangedCopy,
  planAfterMeeting,
  planChangeMet,
  planDeleteMet,
} from '../../../src-main/sync/push-meeting';
import { settled, type Settle } from '../../../src-main/sync/settle';

const where = { calendarId: 'a@x', now: '2030-01-01T12:00:00.000Z' };
const slot = {
  start: { dateTime: '2030-01-01T09:00:00Z' },
  end: { dateTime: '2030-01-01T10:00:00Z' },
};
const record = (over: Partial<CalendarEvent> = {}): CalendarEvent => ({
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
  ...over,
});
const linked = (over: Partial<CalendarEvent> = {}): CalendarEvent =>
  record({
    google: { etag: '"1"', updated: '2030-01-01T10:00:00.000Z' },
    base: { status: 'confirmed', summary: 'Base', ...slot },
    dirty: [],
    ...over,
  });
const op = (kind: PushOp['op'], over: Partial<PushOp> = {}): PushOp => ({
  eventId: 'evt00001',
  calendarId: 'a@x',
  op: kind,
  fields: [],
  sendUpdates: 'none',
  seqs: [1],
  createdAt: 1,
  sent: false,
  ...over,
});
const remote = (over: Partial<GoogleEvent> = {}): GoogleEvent => ({
  id: 'evt00001',
  etag: '"2"',
  updated: '2030-01-01T10:30:00.000Z',
  status: 'confirmed',
  summary: 'Base',
  ...slot,
  ...over,
});
const failure = (status: number | null, reason?: string, retryAfter?: string): Answer => ({
  failure: { status, reason, message: reason ?? 'failed', retryAfter: retryAfter ?? null },
});
const instance = 'evt00001_20300101T090000Z';
const firstEdit = record({
  id: instance,
  kind: 'exception',
  recurringEventId: 'evt00001',
  originalStartTime: { dateTime: '2030-01-01T09:00:00Z' },
  summary: 'Moved here',
  dirty: ['summary'],
});

describe('events read from an iCalendar file', () => {
  test('go up with events.import, keeping their UID as iCalUID (and only that: no id) and emailing nobody', () => {
    const imported = record({ iCalUID: 'meeting-42@example.org' });
    const job = startJob(op('insert', { sendUpdates: 'all' }), imported, false);
    expect(job.request).toMatchObject({ kind: 'insert', method: 'POST', path: '/import' });
    const request = job.request as Extract<PushJob['request'], { body?: unknown }>;
    expect(request.body).toMatchObject({ iCalUID: 'meeting-42@example.org' });
    expect(request.body).not.toHaveProperty('id');
    // events.import takes no sendUpdates: Google sends nothing for an imported copy.
    expect(request.query).not.toHaveProperty('sendUpdates');
  });

  test('an event made here (no iCalUID, or Google’s own form of its id) is inserted', () => {
    for (const made of [record(), record({ iCalUID: 'evt00001@google.com' })]) {
      const request = startJob(op('insert'), made, false).request;
      expect(request).toMatchObject({ kind: 'insert', path: '' });
    }
  });
});

describe('a job starts: which call, and whether Google is read first', () => {
  test.each([
    ['a new event goes up as an insert', op('insert'), record(), false, 'insert', 'send'],
    [
      '…unless a "only new events" reset keeps it here',
      op('insert'),
      record(),
      true,
      'none',
      'send',
    ],
    [
      'a changed field of a linked event is a patch',
      op('patch', { fields: ['summary'] }),
      linked({ summary: 'New', dirty: ['summary'] }),
      false,
      'patch',
      'send',
    ],
    [
      'a change that undid itself sends nothing',
      op('patch', { fields: ['summary'] }),
      linked({ dirty: ['summary'] }),
      false,
      'none',
      'send',
    ],
    [
      "an occurrence's first edit reads Google's copy first",
      op('patch', { eventId: instance }),
      firstEdit,
      false,
      'patch',
      'fetch',
    ],
    [
      'the delete of an occurrence whose record is gone reads Google first',
      op('delete', { eventId: instance }),
      null,
      false,
      'delete',
      'fetch',
    ],
    [
      'a delete of a linked event goes up',
      op('delete'),
      linked({ status: 'cancelled', dirty: ['status'] }),
      false,
      'delete',
      'send',
    ],
    [
      'a change to a record still deleted here is that delete',
      op('patch', { fields: ['summary'] }),
      linked({ status: 'cancelled', dirty: ['status'] }),
      false,
      'delete',
      'send',
    ],
    ['created and deleted before a sync: nothing', op('drop'), null, false, 'none', 'send'],
    [
      'created and deleted, its insert sent unanswered: Google is read first, then the delete',
      op('drop', { sent: true }),
      record({ status: 'cancelled' }),
      false,
      'delete',
      'fetch',
    ],
    [
      'created and deleted, its insert never sent: nothing',
      op('drop'),
      record({ status: 'cancelled' }),
      false,
      'none',
      'send',
    ],
    [
      'a series brought back by Google: its delete sends nothing',
      op('delete'),
      linked(),
      false,
      'none',
      'send',
    ],
  ] as const)('%s', (_what, change, local, neverUpload, kind, stage) => {
    const job = startJob(change, local, neverUpload);
    expect([job.request.kind, job.stage]).toEqual([kind, stage]);
  });

  test('a series written in the push holds back its occurrences until its own write is done', () => {
    const series = startJob(
      op('insert', { eventId: 'series01' }),
      record({ id: 'series01', kind: 'master', recurrence: ['RRULE:FREQ=DAILY'] }),
      false,
    );
    const occurrence = startJob(
      op('patch', { eventId: 'series01_20300101T090000Z' }),
      record({
        id: 'series01_20300101T090000Z',
        kind: 'exception',
        recurringEventId: 'series01',
        google: { etag: '"1"', updated: '' },
        base: {},
        dirty: ['summary'],
      }),
      false,
    );
    expect(writesSeries(series)).toBe(true);
    expect(roundOf([series, occurrence], new Set(['series01']))).toEqual([series]);
    expect(roundOf([occurrence], new Set(['series01']))).toEqual([occurrence]);
    expect(roundOf([series, occurrence], new Set())).toEqual([series, occurrence]);
  });
});

test('a series deleted here with a live occurrence Google brought since counts as changed on Google; its own cancelled or unsynced occurrences do not', () => {
  const master = (id: string) => linked({ id, kind: 'master', status: 'cancelled' });
  const occurrence = (series: string, over: Partial<CalendarEvent> = {}) =>
    linked({
      id: `${series}_20300101T090000Z`,
      kind: 'exception',
      recurringEventId: series,
      ...over,
    });
  const records = new Map(
    [
      master('renamed'),
      occurrence('renamed'),
      master('cancelledOnly'),
      occurrence('cancelledOnly', { status: 'cancelled' }),
      master('madeHere'),
      occurrence('madeHere', { google: undefined }),
      occurrence('notDeleted'),
    ].map((r) => [r.id, r]),
  );
  expect([...seriesPulledSinceDelete(['renamed', 'cancelledOnly', 'madeHere'], records)]).toEqual([
    'renamed',
  ]);
});

describe('what an answer leads to', () => {
  const sending = (kind: PushOp['op'], local: CalendarEvent, merges = 0): PushJob => ({
    ...startJob(op(kind, { fields: ['summary'] }), local, false),
    merges,
  });
  const insertJob = () => sending('insert', record());
  const patchJob = (merges = 0) =>
    sending('patch', linked({ summary: 'New', dirty: ['summary'] }), merges);
  const deleteJob = () => sending('delete', linked({ status: 'cancelled', dirty: ['status'] }));

  test.each([
    ['an insert accepted links the record', insertJob(), { remote: remote() }, 'finish', 'link'],
    ['a delete accepted', deleteJob(), { remote: {} }, 'finish', 'deleted'],
    [
      'a delete of what Google no longer has is done (404)',
      deleteJob(),
      failure(404, 'notFound'),
      'finish',
      'deleted',
    ],
    ['…and (410)', deleteJob(), failure(410, 'deleted'), 'finish', 'deleted'],
    [
      'an insert that got there before (409): fetch to link',
      insertJob(),
      failure(409, 'duplicate'),
      'fetch',
      undefined,
    ],
    ['5xx: wait and retry', patchJob(), failure(503), 'retry', undefined],
    [
      '403 rate limit: wait and retry',
      patchJob(),
      failure(403, 'rateLimitExceeded'),
      'retry',
      undefined,
    ],
    ['no answer at all (connection cut): retry', patchJob(), failure(null), 'retry', undefined],
    [
      '401 after the refresh: a sign-in problem',
      patchJob(),
      failure(401, 'authError'),
      'auth',
      undefined,
    ],
    [
      'a revoked grant: a sign-in problem',
      patchJob(),
      failure(400, 'invalid_grant'),
      'auth',
      undefined,
    ],
    [
      'guests cannot change this: Google’s copy is read to take it back',
      patchJob(),
      failure(403, 'forbiddenForNonOrganizer'),
      'fetch',
      undefined,
    ],
    [
      'a bad request of an event Google has: its copy is read to take it back',
      patchJob(),
      failure(400, 'invalid'),
      'fetch',
      undefined,
    ],
    [
      'a bad request of an event Google never had: parked',
      insertJob(),
      failure(400, 'invalid'),
      'park',
      undefined,
    ],
  ] as const)('%s', (_what, job, answer, type, settle) => {
    const step = planAnswer(job, answer as Answer, where);
    expect(step.type).toBe(type);
    if (step.type === 'finish') expect(step.settle.type).toBe(settle);
    if (step.type === 'finish') expect(step.pushed).toBe(true);
  });

  test('a refused change: the record takes Google’s copy, and the log keeps the refused values', () => {
    const job = patchJob();
    const refused = planAnswer(job, failure(403, 'forbiddenForNonOrganizer'), where);
    expect(refused).toMatchObject({ type: 'fetch', refused: { status: 403 } });
    job.stage = 'fetch';
    job.refused = (refused as { refused: PushJob['refused'] }).refused;
    const copy = remote();
    const step = planAnswer(job, { remote: copy }, where);
    expect(step).toMatchObject({
      type: 'finish',
      refused: true,
      settle: { type: 'take-google', remote: copy },
    });
    const line = step.type === 'finish' ? step.log?.[0] : undefined;
    expect(line).toMatchObject({
      code: 'refused',
      level: 'error',
      detail: { status: 403, op: 'patch', change: { summary: 'New' } },
    });
    expect(line?.message).toMatch(/Google's version is back/);
    // A plain event's refused version can become an event of the user's own.
    expect(line?.detail).toMatchObject({ newEvent: { summary: 'New' } });
  });

  test('a refused change whose copy cannot be read is parked, as before', () => {
    const job: PushJob = {
      ...patchJob(),
      stage: 'fetch',
      refused: { status: 403, reason: 'x', message: 'x', retryAfter: null },
    };
    expect(planAnswer(job, failure(404, 'notFound'), where).type).toBe('park');
    expect(planAnswer(job, failure(503), where).type).toBe('retry');
  });

  test('429 waits at least as long as Retry-After says', () => {
    const step = planAnswer(patchJob(), failure(429, 'rateLimitExceeded', '7'), where);
    expect(step).toMatchObject({ type: 'retry', afterMs: 7000 });
  });

  test('412: Google has a newer version; merged up to MAX_MERGES times, logged once, then postponed', () => {
    const first = planAnswer(patchJob(0), failure(412, 'conditionNotMet'), where);
    expect(first).toMatchObject({ type: 'fetch', merge: true, log: { code: 'merged' } });
    const again = planAnswer(patchJob(1), failure(412, 'conditionNotMet'), where);
    expect(again).toEqual({ type: 'fetch', merge: true });
    const enough = planAnswer(patchJob(MAX_MERGES), failure(412, 'conditionNotMet'), where);
    expect(enough).toMatchObject({ type: 'postpone', log: { code: 'merge-postponed' } });
  });

  test("Google's copy read: met; gone for a delete: the cancelled record goes; gone for a change: parked", () => {
    const fetching = (kind: PushOp['op'], local: CalendarEvent | null): PushJob => ({
      ...startJob(op(kind, { eventId: instance }), local, false),
      stage: 'fetch',
    });
    expect(planAnswer(fetching('patch', firstEdit), { remote: remote() }, where).type).toBe('meet');
    expect(planAnswer(fetching('delete', null), failure(404), where)).toMatchObject({
      type: 'finish',
      settle: { type: 'drop-cancelled' },
    });
    expect(planAnswer(fetching('patch', firstEdit), failure(404), where).type).toBe('park');
    expect(planAnswer(fetching('patch', firstEdit), failure(500), where).type).toBe('retry');
  });
});

describe("a delete meets Google's copy", () => {
  const job = () =>
    startJob(op('delete'), linked({ status: 'cancelled', dirty: ['status'] }), false);

  test('deleted there too: done, both sides agree', () => {
    const step = planDeleteMet(job(), remote({ status: 'cancelled' }), false, where);
    expect(step).toMatchObject({ type: 'finish', settle: { type: 'both-deleted' } });
  });

  test('unchanged there: the delete goes ahead under the etag just read', () => {
    const step = planDeleteMet(job(), remote({ etag: '"9"' }), true, where);
    expect(step).toMatchObject({ type: 'send', request: { kind: 'delete', ifMatch: '"9"' } });
  });

  test('changed there: the edit survives, Google’s version comes back, and the log says so', () => {
    const step = planDeleteMet(job(), remote({ summary: 'Edited there' }), false, where);
    expect(step).toMatchObject({
      type: 'finish',
      settle: { type: 'take-google' },
      conflict: true,
      log: [{ code: 'kept-edit', detail: { deletedLocally: true } }],
    });
  });

  test('a series whose occurrence Google changed is kept even when the series itself is unchanged', () => {
    const series = { ...job(), occurrencesChanged: true };
    const step = planDeleteMet(series, remote(), true, where);
    expect(step).toMatchObject({ type: 'finish', settle: { type: 'take-google' } });
  });
});

describe("is Google's copy of a deleted event unchanged there?", () => {
  // Moved here to 12:00, then deleted here; base: 09:00.
  const deletedHere = linked({
    status: 'cancelled',
    start: { dateTime: '2030-01-01T12:00:00Z' },
    end: { dateTime: '2030-01-01T13:00:00Z' },
    dirty: ['status', 'start', 'end'],
  });
  const movedTo12 = remote({
    start: { dateTime: '2030-01-01T12:00:00Z' },
    end: { dateTime: '2030-01-01T13:00:00Z' },
  });
  test.each([
    [
      'as both sides last agreed (its etag moved for something not kept here)',
      false,
      remote(),
      true,
    ],
    ['…also when the move here went out before', true, remote(), true],
    ['our own move, whose answer was lost: it went out', true, movedTo12, true],
    [
      "the same move made on Google, while ours never went out: someone's edit",
      false,
      movedTo12,
      false,
    ],
    ['renamed on Google', true, remote({ summary: 'Renamed there' }), false],
  ] as const)('%s', (_what, sent, copy, unchanged) => {
    const job = startJob(op('delete', { sent }), deletedHere, false);
    expect(isUnchangedCopy(job, copy)).toBe(unchanged);
  });
});

describe("a change meets Google's copy", () => {
  const job = () =>
    startJob(
      op('patch', { fields: ['summary'] }),
      linked({ summary: 'Mine', dirty: ['summary'] }),
      false,
    );

  test('gone here: nothing left to do', () => {
    expect(planChangeMet(job(), null, remote(), undefined, where)).toEqual({
      type: 'finish',
      settle: { type: 'keep' },
    });
  });

  test('deleted there, not changed here: the copy goes', () => {
    const meeting = planChangeMet(
      job(),
      linked(),
      remote({ status: 'cancelled' }),
      undefined,
      where,
    );
    expect(meeting).toEqual({ type: 'finish', settle: { type: 'drop-unedited' } });
  });

  test('deleted there, changed here: restored on Google with the change, mailing nobody', () => {
    const current = linked({ summary: 'Mine', dirty: ['summary'] });
    const meeting = planChangeMet(
      { ...job(), sendUpdates: 'all' },
      current,
      remote({ status: 'cancelled', etag: '"5"' }),
      undefined,
      where,
    );
    expect(meeting).toMatchObject({
      type: 'store',
      sendUpdates: 'none',
      conflicts: 1,
      record: { summary: 'Mine', google: { etag: '"5"' } },
      log: [{ code: 'restored' }],
    });
  });

  test('both changed: merged (the newer side wins a field both changed)', () => {
    const current = linked({ summary: 'Mine', location: 'Here', dirty: ['summary', 'location'] });
    const meeting = planChangeMet(
      job(),
      current,
      remote({ summary: 'Theirs', updated: '2030-01-01T10:30:00.000Z' }),
      undefined,
      where,
    );
    expect(meeting.type).toBe('store');
    if (meeting.type !== 'store') return;
    expect(meeting.merged).toMatchObject({
      summary: 'Mine',
      location: 'Here',
      google: { etag: '"2"' },
    });
    expect(meeting.conflicts).toBe(1);
  });

  test('a first occurrence edit is stored unlinked until Google takes the write, and still goes up when nothing differs', () => {
    const series = new Map([
      ['evt00001', { status: 'confirmed' as const, summary: 'Series', ...slot }],
    ]);
    const meeting = planChangeMet(
      startJob(op('patch', { eventId: instance }), firstEdit, false),
      firstEdit,
      remote({ id: instance, summary: 'Moved here', recurringEventId: 'evt00001' }),
      series,
      where,
    );
    expect(meeting.type).toBe('store');
    if (meeting.type !== 'store') return;
    expect(meeting.record.google).toBeUndefined();
    expect(meeting.merged.google?.etag).toBe('"2"');
    const after = planAfterMeeting(
      startJob(op('patch', { eventId: instance }), firstEdit, false),
      { ...meeting.merged, localVersion: 4, dirty: [] },
      true,
      'none',
    );
    expect(after).toMatchObject({
      type: 'send',
      request: { kind: 'patch', fields: ['summary', 'start', 'end'] },
    });
  });

  test('after a merge: what is still dirty goes up under the new etag; nothing dirty finishes', () => {
    const merged = linked({
      summary: 'Mine',
      dirty: ['summary'],
      google: { etag: '"7"', updated: '' },
    });
    expect(planAfterMeeting(job(), merged, false, 'none')).toMatchObject({
      type: 'send',
      request: { kind: 'patch', ifMatch: '"7"', fields: ['summary'] },
    });
    expect(planAfterMeeting(job(), linked(), false, 'none')).toEqual({
      type: 'finish',
      settle: { type: 'keep' },
    });
  });
});

describe('how the record settles', () => {
  const cancelledException = record({
    id: instance,
    kind: 'exception',
    status: 'cancelled',
    google: { etag: '"1"', updated: '' },
    dirty: ['status'],
  });
  const unlinkedException = record({ id: instance, kind: 'exception', dirty: ['summary'] });
  test.each([
    ['keep: nothing written', { type: 'keep' }, linked(), {}],
    [
      'deleted: a tombstone goes',
      { type: 'deleted' },
      linked({ status: 'cancelled' }),
      { remove: true },
    ],
    [
      'deleted: a cancelled occurrence stays, with nothing left to send',
      { type: 'deleted' },
      cancelledException,
      { put: { status: 'cancelled', dirty: [] } },
    ],
    ['deleted: a record that came back meanwhile stays', { type: 'deleted' }, linked(), {}],
    ['drop-unedited: an unedited copy goes', { type: 'drop-unedited' }, linked(), { remove: true }],
    [
      'drop-unedited: an edited one stays',
      { type: 'drop-unedited' },
      linked({ summary: 'Mine', dirty: ['summary'] }),
      {},
    ],
    [
      'parked 404: an occurrence Google never had goes',
      { type: 'parked', status: 404 },
      unlinkedException,
      { remove: true },
    ],
    ['parked 403: it stays here', { type: 'parked', status: 403 }, unlinkedException, {}],
    [
      'clean: dirty marks equal to the base go',
      { type: 'clean' },
      linked({ dirty: ['summary'] }),
      { put: { dirty: [] } },
    ],
    [
      'both deleted: a cancelled occurrence keeps Google’s cancelled copy, linked',
      {
        type: 'both-deleted',
        remote: remote({ id: instance, status: 'cancelled', recurringEventId: 'evt00001' }),
      },
      cancelledException,
      { put: { id: instance, status: 'cancelled', google: { etag: '"2"' } } },
    ],
    [
      '…also when its record here is gone (it still hides that occurrence)',
      {
        type: 'both-deleted',
        remote: remote({ id: instance, status: 'cancelled', recurringEventId: 'evt00001' }),
      },
      null,
      { put: { id: instance, status: 'cancelled', kind: 'exception' } },
    ],
    [
      'both deleted: a plain event’s tombstone goes',
      { type: 'both-deleted', remote: remote({ status: 'cancelled' }) },
      linked({ status: 'cancelled' }),
      { remove: true },
    ],
    [
      'take-google only if gone: a record here stays',
      { type: 'take-google', remote: remote(), onlyIfGone: true },
      linked(),
      {},
    ],
  ] as const)('%s', (_what, settle, current, expected) => {
    expect(settled(settle as Settle, current, 'a@x')).toMatchObject(expected);
  });

  test("link: Google's version, with what changed here while the call was out still dirty", () => {
    const current = linked({ summary: 'Changed meanwhile', location: 'Sent', dirty: ['summary'] });
    const { put } = settled(
      { type: 'link', remote: remote({ location: 'Sent', etag: '"3"' }) },
      current,
      'a@x',
    );
    expect(put).toMatchObject({
      summary: 'Changed meanwhile',
      location: 'Sent',
      dirty: ['summary'],
      google: { etag: '"3"' },
    });
  });
});
