// The decisions about an event moved between two Google calendars, table by table: which
// call the calendar Google has it in sends, what each answer leads to, how the record
// settles, and what a pull of either calendar does to a record on its way.
import { describe, expect, test } from 'vitest';
import type { CalendarEvent } from '../../../src-preload/model/event';
import type { GoogleEvent } from '../../../src-main/google/event-mapping';
import type { Answer } from '../../../src-main/google/gateway';
import { coalesceOutbox, type PushOp } from '../../../src-main/sync/outbox-plan';
import { planAnswer, startJob, type PushJob } from '../../../src-main/sync/push-plan';
import { planPull } from '../../../src-main/sync/pull-plan';
import { settled } from '../../../src-main/sync/settle';
import { waitsForMove } from '../../../src-main/sync/move-plan';

const where = { calendarId: 'a@x', now: '2030-01-01T12:00:00.000Z' };
const slot = {
  start: { dateTime: '2030-01-01T09:00:00Z' },
  end: { dateTime: '2030-01-01T10:00:00Z' },
};
/** Linked, Google has it in a@x, it lives in b@x here. */
const moving = (over: Partial<CalendarEvent> = {}): CalendarEvent => ({
  id: 'evt00001',
  calendarId: 'b@x',
  movingFrom: 'a@x',
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
const op = (over: Partial<PushOp> = {}): PushOp => ({
  eventId: 'evt00001',
  calendarId: 'a@x',
  op: 'patch',
  fields: [],
  sendUpdates: 'all',
  seqs: [1],
  createdAt: 1,
  sent: false,
  ...over,
});
const remote = (over: Partial<GoogleEvent> = {}): GoogleEvent => ({
  id: 'evt00001',
  etag: '"2"',
  status: 'confirmed',
  summary: 'Base',
  updated: '2030-01-01T12:00:00.000Z',
  ...slot,
  ...over,
});
const failed = (status: number, reason?: string): Answer => ({
  failure: { status, reason, message: `failed ${status}` },
});
const moveJob = (local = moving()): PushJob => startJob(op(), local, false);

describe('the call', () => {
  test('a move entry coalesces like a patch of nothing, with what was queued before it', () => {
    const ops = coalesceOutbox([
      {
        seq: 1,
        eventId: 'e',
        calendarId: 'a@x',
        op: 'patch',
        fields: ['summary'],
        sendUpdates: 'none',
        createdAt: 1,
      },
      { seq: 2, eventId: 'e', calendarId: 'a@x', op: 'move', sendUpdates: 'all', createdAt: 2 },
    ]);
    expect(ops).toMatchObject([
      { op: 'patch', fields: ['summary'], seqs: [1, 2], sendUpdates: 'all' },
    ]);
  });

  test('the calendar Google has it in sends events.move to where it lives, under If-Match', () => {
    expect(moveJob().request).toEqual({
      kind: 'move',
      eventId: 'evt00001',
      method: 'POST',
      path: '/evt00001/move',
      query: { destination: 'b@x', sendUpdates: 'all' },
      ifMatch: '"1"',
      fields: [],
    });
  });

  test('moved back before it went up, the event has nothing to move; living elsewhere, nothing to do here', () => {
    const back = moving({ calendarId: 'a@x', movingFrom: undefined });
    expect(startJob(op(), back, false).request).toEqual({
      kind: 'none',
      reason: 'nothing-to-send',
    });
    const copied = moving({ calendarId: 'c@x', movingFrom: undefined });
    expect(startJob(op(), copied, false).request).toEqual({ kind: 'none', reason: 'elsewhere' });
  });
});

describe('the answer', () => {
  test('taken: the record settles in its new calendar; a 412 waits a sync; a 404 looks in the new calendar first; a 403 reads Google’s copy back', () => {
    expect(planAnswer(moveJob(), { remote: remote() }, where)).toMatchObject({
      type: 'finish',
      settle: { type: 'moved', to: 'b@x', sendUpdates: 'all' },
      pushed: true,
    });
    expect(planAnswer(moveJob(), failed(412), where)).toMatchObject({
      type: 'postpone',
      log: { code: 'move-postponed' },
    });
    expect(planAnswer(moveJob(), failed(404), where)).toMatchObject({
      type: 'fetch',
      readIn: 'b@x',
    });
    expect(planAnswer(moveJob(), failed(403, 'forbidden'), where)).toMatchObject({
      type: 'fetch',
      refused: { status: 403 },
    });
    expect(planAnswer(moveJob(), failed(503), where)).toMatchObject({ type: 'retry' });
  });

  test('read after a refusal: found in the new calendar it was moved; otherwise Google’s copy comes back, or the record goes with a line for Restore', () => {
    const job = moveJob();
    job.stage = 'fetch';
    job.refused = { status: 404, message: 'Not Found' };
    job.readIn = 'b@x';
    expect(planAnswer(job, { remote: remote() }, where)).toMatchObject({
      type: 'finish',
      settle: { type: 'moved', to: 'b@x' },
    });
    expect(planAnswer(job, { remote: remote() }, where)).toMatchObject({
      settle: { found: true },
    });
    expect(planAnswer(job, failed(404), where)).toEqual({ type: 'fetch', refused: job.refused });
    job.readIn = undefined;
    expect(planAnswer(job, { remote: remote() }, where)).toMatchObject({
      type: 'finish',
      settle: { type: 'move-refused' },
      refused: true,
      log: [{ code: 'refused', detail: { op: 'move' } }],
    });
    expect(planAnswer(job, { remote: remote({ status: 'cancelled' }) }, where)).toMatchObject({
      settle: { type: 'drop-moving' },
      log: [{ code: 'refused', detail: { newEvent: { summary: 'Base' } } }],
    });
  });

  test('read after a refusal: deleted on Google while it was changed here, it is restored where Google had it, with the change', () => {
    const job = moveJob(moving({ summary: 'Renamed', dirty: ['summary'] }));
    job.stage = 'fetch';
    job.refused = { status: 404, message: 'Not Found' };
    const deleted = remote({ status: 'cancelled', etag: '"7"' });
    expect(planAnswer(job, { remote: deleted }, where)).toMatchObject({
      type: 'finish',
      settle: { type: 'move-restored' },
      refused: true,
      log: [{ code: 'restored', eventId: 'evt00001' }],
    });
    const out = settled({ type: 'move-restored', remote: deleted }, job.local, 'a@x');
    expect(out.put).toMatchObject({
      calendarId: 'a@x',
      status: 'confirmed',
      summary: 'Renamed',
      google: { etag: '"7"' },
    });
    expect(out.put?.movingFrom).toBeUndefined();
    expect(out.put?.dirty).toEqual(expect.arrayContaining(['status', 'summary']));
    expect(out.outboxAdd).toMatchObject([{ calendarId: 'a@x', op: 'patch' }]);
  });
  test('read after a refusal: deleted on Google and deleted here (by the user, or moved back as a copy) once its move went out, it goes, nothing restored or refused', () => {
    const job = moveJob(moving({ status: 'cancelled', dirty: ['status'] }));
    job.stage = 'fetch';
    job.refused = { status: 404, message: 'Not Found' };
    for (const answer of [{ remote: remote({ status: 'cancelled' }) }, failed(404)])
      expect(planAnswer(job, answer, where)).toEqual({
        type: 'finish',
        settle: { type: 'deleted' },
      });
    expect(settled({ type: 'deleted' }, job.local, 'a@x')).toEqual({ remove: true });
    // Still on Google where the move started: it goes back there, and its delete goes up.
    const back = planAnswer(job, { remote: remote() }, where);
    expect(back).toMatchObject({ settle: { type: 'move-refused' } });
    const out = settled({ type: 'move-refused', remote: remote() }, job.local, 'a@x');
    expect(out.put).toMatchObject({ calendarId: 'a@x', status: 'cancelled' });
    expect(out.outboxAdd).toMatchObject([{ calendarId: 'a@x', op: 'delete' }]);
  });
});

describe('the settle', () => {
  test('moved: linked in the new calendar, what changed meanwhile queued there', () => {
    const current = moving({ summary: 'Renamed', dirty: ['summary'] });
    const out = settled(
      { type: 'moved', remote: remote(), to: 'b@x', sendUpdates: 'all' },
      current,
      'a@x',
    );
    expect(out.put).toMatchObject({ calendarId: 'b@x', summary: 'Renamed', dirty: ['summary'] });
    expect(out.put?.movingFrom).toBeUndefined();
    expect(out.outboxAdd).toMatchObject([
      { calendarId: 'b@x', op: 'patch', fields: ['summary'], sendUpdates: 'all' },
    ]);
  });

  test('found moved after its answer was lost, Google changed since: taken where nothing was changed here', () => {
    const out = settled(
      {
        type: 'moved',
        remote: remote({ location: 'Room 2' }),
        to: 'b@x',
        sendUpdates: 'none',
        found: true,
      },
      moving(),
      'a@x',
    );
    expect(out.put).toMatchObject({ calendarId: 'b@x', location: 'Room 2', dirty: [] });
    expect(out.put?.google?.etag).toBe('"2"');
    expect(out.outboxAdd).toEqual([]);
  });

  test.each<[string, Partial<CalendarEvent>, string]>([
    ['edited', { summary: 'Renamed', dirty: ['summary'] }, 'patch'],
    ['deleted', { status: 'cancelled', dirty: ['status'] }, 'delete'],
  ])(
    'found moved after its answer was lost, Google changed since, %s here: the change goes up under the agreed version, to meet Google’s edit',
    (_, change, queued) => {
      const current = moving(change);
      const out = settled(
        {
          type: 'moved',
          remote: remote({ summary: 'Theirs' }),
          to: 'b@x',
          sendUpdates: 'none',
          found: true,
        },
        current,
        'a@x',
      );
      expect(out.put).toMatchObject({
        calendarId: 'b@x',
        google: { etag: '"1"' },
        base: { summary: 'Base' },
        dirty: current.dirty,
      });
      expect(out.put?.movingFrom).toBeUndefined();
      expect(out.outboxAdd).toMatchObject([{ calendarId: 'b@x', op: queued }]);
      // Taken as the move's own answer, Google's copy is the agreed version.
      const answered = settled(
        { type: 'moved', remote: remote({ summary: 'Theirs' }), to: 'b@x', sendUpdates: 'none' },
        current,
        'a@x',
      );
      expect(answered.put?.google?.etag).toBe('"2"');
    },
  );

  test('moved on again meanwhile: it keeps its place, and the next move goes from the new calendar', () => {
    const current = moving({ calendarId: 'c@x' });
    const out = settled(
      { type: 'moved', remote: remote(), to: 'b@x', sendUpdates: 'none' },
      current,
      'a@x',
    );
    expect(out.put).toMatchObject({ calendarId: 'c@x', movingFrom: 'b@x' });
    expect(out.outboxAdd).toMatchObject([{ calendarId: 'b@x', op: 'move' }]);
  });
});

describe('the pulls', () => {
  const ctx = (calendarId: string) => ({
    calendarId,
    readOnly: false,
    deleting: new Set<string>(),
    now: where.now,
  });

  test('the old calendar merges Google’s edit into the record where it now lives, and its cancelled copy changes nothing', () => {
    const edited = planPull(moving(), remote({ description: 'From Google' }), ctx('a@x'));
    expect(edited).toMatchObject({
      type: 'put',
      event: { calendarId: 'b@x', movingFrom: 'a@x', description: 'From Google' },
    });
    // Gone from there: moved already (the answer lost) or deleted, which the listing cannot
    // tell; the move settles it, and the line says no more than that, changed here or not.
    for (const local of [moving(), moving({ summary: 'Renamed', dirty: ['summary'] })])
      expect(planPull(local, remote({ status: 'cancelled' }), ctx('a@x'))).toEqual({
        type: 'none',
        log: [
          expect.objectContaining({ code: 'move-unsettled', level: 'info', eventId: 'evt00001' }),
        ],
      });
    const occurrence = moving({ id: 'evt00001_20300102T090000Z', kind: 'exception' });
    expect(planPull(occurrence, remote({ status: 'cancelled' }), ctx('a@x'))).toEqual({
      type: 'none',
      log: [],
    });
    const settledThere = moving({ movingFrom: undefined });
    expect(planPull(settledThere, remote({ status: 'cancelled' }), ctx('a@x'))).toMatchObject({
      type: 'none',
    });
  });

  test('the new calendar listing it means the move is done; a live copy elsewhere was moved there on Google', () => {
    const done = planPull(moving(), remote(), ctx('b@x'));
    expect(done).toMatchObject({ type: 'put', event: { calendarId: 'b@x' } });
    expect(done.type === 'put' && done.event.movingFrom).toBeFalsy();
    const movedOnGoogle = planPull(moving({ movingFrom: undefined }), remote(), ctx('c@x'));
    expect(movedOnGoogle).toMatchObject({ type: 'put', event: { calendarId: 'c@x' } });
  });
});

describe('a series', () => {
  const master = (over: Partial<CalendarEvent> = {}) =>
    moving({ kind: 'master', recurrence: ['RRULE:FREQ=DAILY;COUNT=5'], ...over });
  const exception = (over: Partial<CalendarEvent> = {}) =>
    moving({
      id: 'evt00001_20300102T090000Z',
      kind: 'exception',
      recurringEventId: 'evt00001',
      originalStartTime: { dateTime: '2030-01-02T09:00:00Z' },
      ...over,
    });

  test('an occurrence’s changes wait while its series moves, wherever they are queued; a plain event waits only outside the calendar Google has it in', () => {
    expect(waitsForMove(exception(), 'a@x', master())).toBe(true);
    expect(waitsForMove(exception(), 'b@x', master())).toBe(true);
    // Made here after the series moved here: it waits for the series too.
    const made = exception({ movingFrom: undefined, google: undefined });
    expect(waitsForMove(made, 'b@x', master())).toBe(true);
    expect(waitsForMove(made, 'b@x', master({ movingFrom: undefined }))).toBe(false);
    expect(waitsForMove(moving(), 'a@x')).toBe(false);
    expect(waitsForMove(moving(), 'b@x')).toBe(true);
  });

  test('only the master moves on Google: an exception queued where Google has the series is never a move of its own', () => {
    expect(moveJob(master()).request).toMatchObject({ kind: 'move', path: '/evt00001/move' });
    const own = startJob(
      op({ eventId: 'evt00001_20300102T090000Z', fields: ['summary'] }),
      exception({ summary: 'Changed', dirty: ['summary'] }),
      false,
    );
    expect(own.request.kind).not.toBe('move');
  });

  test('the master moved: each exception lives in the new calendar; one unchanged here links to Google’s copy there, one changed here keeps its version and queues its change there', () => {
    const theirs = remote({
      id: 'evt00001_20300102T090000Z',
      etag: '"9"',
      recurringEventId: 'evt00001',
      location: 'Changed on Google',
    });
    const unchanged = settled(
      { type: 'series-moved', remote: theirs, to: 'b@x', sendUpdates: 'all' },
      exception(),
      'a@x',
    );
    expect(unchanged.put).toMatchObject({
      calendarId: 'b@x',
      google: { etag: '"9"' },
      location: 'Changed on Google',
      dirty: [],
    });
    expect(unchanged.put?.movingFrom).toBeUndefined();
    expect(unchanged.outboxAdd).toEqual([]);
    // Changed here: Google's copy may hold an edit of the same field made while the series
    // was on its way, so the change goes up under the version it was made from (a 412 then
    // merges), rather than linking to Google's copy and overwriting that edit.
    const edited = exception({ location: 'Kitchen', dirty: ['location'] });
    const out = settled(
      { type: 'series-moved', remote: theirs, to: 'b@x', sendUpdates: 'all' },
      edited,
      'a@x',
    );
    expect(out.put).toMatchObject({
      calendarId: 'b@x',
      google: { etag: '"1"' },
      location: 'Kitchen',
      dirty: ['location'],
    });
    expect(out.put?.movingFrom).toBeUndefined();
    expect(out.outboxAdd).toMatchObject([
      { calendarId: 'b@x', eventId: edited.id, op: 'patch', fields: ['location'] },
    ]);
    // Never on Google (a first edit of that occurrence): it goes as a patch of the instance
    // there, which reads Google's copy first.
    const first = exception({ google: undefined, base: undefined, dirty: ['summary'] });
    const firstOut = settled(
      { type: 'series-moved', remote: theirs, to: 'b@x', sendUpdates: 'none' },
      first,
      'a@x',
    );
    expect(firstOut.put).toMatchObject({ calendarId: 'b@x' });
    expect(firstOut.put?.google).toBeUndefined();
    expect(firstOut.outboxAdd).toMatchObject([{ calendarId: 'b@x', op: 'patch' }]);
  });

  test('the move refused: each exception goes back where Google has the series, keeping its edit, queued there', () => {
    const edited = exception({ summary: 'Changed', dirty: ['summary'] });
    const out = settled({ type: 'series-back', to: 'a@x' }, edited, 'a@x');
    expect(out.put).toMatchObject({ calendarId: 'a@x', summary: 'Changed', dirty: ['summary'] });
    expect(out.put?.movingFrom).toBeUndefined();
    expect(out.outboxAdd).toMatchObject([{ calendarId: 'a@x', op: 'patch', fields: ['summary'] }]);
  });

  test('an occurrence Google changed before the move went up goes with its series; a cancelled one too', () => {
    const ctx = {
      calendarId: 'a@x',
      readOnly: false,
      deleting: new Set<string>(),
      now: where.now,
      moving: new Map([['evt00001', 'b@x']]),
    };
    const changed = remote({
      id: 'evt00001_20300103T090000Z',
      recurringEventId: 'evt00001',
      originalStartTime: { dateTime: '2030-01-03T09:00:00Z' },
      summary: 'Changed on Google',
    });
    expect(planPull(null, changed, ctx)).toMatchObject({
      type: 'put',
      event: { calendarId: 'b@x', movingFrom: 'a@x', summary: 'Changed on Google' },
    });
    expect(planPull(null, { ...changed, status: 'cancelled' }, ctx)).toMatchObject({
      type: 'put',
      event: { calendarId: 'b@x', movingFrom: 'a@x', status: 'cancelled' },
    });
  });
  test('the series listed live where it lives here: the move is done, and Google’s cancelled occurrence is a delete, unless it was changed here', () => {
    // Moved back to a@x from b@x here; the answers to the move were lost.
    const back = (over: Partial<CalendarEvent> = {}) =>
      exception({ calendarId: 'a@x', movingFrom: 'b@x', ...over });
    const ctx = {
      calendarId: 'a@x',
      readOnly: false,
      deleting: new Set<string>(),
      now: where.now,
      seriesListed: new Set(['evt00001']),
    };
    const deleted = remote({
      id: 'evt00001_20300102T090000Z',
      recurringEventId: 'evt00001',
      originalStartTime: { dateTime: '2030-01-02T09:00:00Z' },
      status: 'cancelled',
    });
    const taken = planPull(back(), deleted, ctx);
    expect(taken).toMatchObject({ type: 'put', event: { calendarId: 'a@x', status: 'cancelled' } });
    expect(taken.type === 'put' && taken.event.movingFrom).toBeFalsy();
    // Changed here: the change is kept, as against any delete on Google.
    const changed = back({ summary: 'Changed', dirty: ['summary'] });
    expect(planPull(changed, deleted, ctx)).toMatchObject({
      type: 'none',
      log: [{ code: 'kept-edit' }],
    });
    // Without its series listed, a cancelled copy where the record lives may be what an
    // earlier move out of the calendar left: the record is kept on its way.
    expect(planPull(back(), deleted, { ...ctx, seriesListed: new Set<string>() })).toMatchObject({
      type: 'none',
    });
  });
});
