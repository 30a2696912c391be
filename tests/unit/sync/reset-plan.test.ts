// Reset Account's decisions without a server or a database: what it deletes from Google,
// what becomes of each event and queued change here, and what one Google answer means.
import { expect, test } from 'vitest';
import type { CalendarEvent } from '../../../src-preload/model/event';
import type { OutboxEntry } from '../../../src-preload/local-store';
import {
  deletionAnswer,
  deletionTargets,
  localReset,
  onlyNewFilter,
  readSaved,
  replaceMarker,
  type DeletionTarget,
  type OnlyNewMarker,
} from '../../../src-main/sync/reset-plan';

const cal = {
  id: 'me@x',
  account: 'me@x',
  summary: 'Me',
  color: '#000',
  accessRole: 'owner' as const,
  syncEnabled: true,
};
const linked = (id: string, over: Partial<CalendarEvent> = {}): CalendarEvent => ({
  id,
  calendarId: 'me@x',
  kind: 'single',
  status: 'confirmed',
  summary: id,
  start: { dateTime: '2030-01-01T09:00:00Z' },
  end: { dateTime: '2030-01-01T10:00:00Z' },
  startMs: 0,
  endMs: 0,
  localVersion: 2,
  updatedAt: '',
  google: { etag: '"1"', updated: '' },
  base: {},
  dirty: [],
  ...over,
});
const queued = (seq: number, eventId: string, op: OutboxEntry['op'] = 'patch'): OutboxEntry => ({
  seq,
  eventId,
  calendarId: 'me@x',
  op,
  sendUpdates: 'none',
  createdAt: seq,
});

test('Google deletions: what the user organizes, a series once (not its occurrences), not a guest’s copy', () => {
  const targets = deletionTargets(cal, [
    linked('mine0001'),
    linked('series01', { kind: 'master' }),
    linked('series01_20300101T090000Z', { kind: 'exception', recurringEventId: 'series01' }),
    linked('cancel01_20300101T090000Z', {
      kind: 'exception',
      status: 'cancelled',
      recurringEventId: 'cancel01',
    }),
    linked('invited1', {
      organizer: { email: 'boss@x' },
      attendees: [{ email: 'me@x', self: true, responseStatus: 'accepted' }],
    }),
    linked('deleted1', { status: 'cancelled' }),
  ]);
  expect(targets.map((t) => t.id)).toEqual(['mine0001', 'series01', 'deleted1']);
});

test.each([
  ['keep: linked events stay linked, their queued changes stay queued', 'keep', 0, 0, [1]],
  [
    'delete from Google: kept here as local-only, queued changes dropped',
    'delete-google',
    0,
    1,
    [],
  ],
  ['delete here: removed, queued changes dropped', 'delete-local', 1, 0, []],
  ['delete from both: removed', 'delete-both', 1, 0, []],
] as const)('%s', (_what, existing, removed, unlinked, keptSeqs) => {
  const events = [linked('mine0001'), linked('local001', { google: undefined, base: undefined })];
  const outbox = [queued(1, 'mine0001'), queued(2, 'local001', 'insert')];
  const result = localReset(
    'me@x',
    events,
    outbox,
    { existing, next: 'new', notifyGuests: false },
    5,
  );
  expect([result.removed, result.unlinked]).toEqual([removed, unlinked]);
  const done = new Set(result.commit.outboxDone);
  expect([1, 2].filter((s) => !done.has(s))).toEqual(keptSeqs);
  expect(result.commit.syncState).toEqual([{ calendarId: 'me@x' }]);
  if (existing === 'delete-google') expect(result.commit.put?.[0]?.event.google).toBeUndefined();
});

test('"all existing events": everything not on Google goes up again, mailing nobody', () => {
  const events = [linked('mine0001'), linked('local001', { google: undefined, base: undefined })];
  const { commit } = localReset(
    'me@x',
    events,
    [],
    { existing: 'delete-google', next: 'all', notifyGuests: false },
    5,
  );
  expect(commit.outboxAdd?.map((o) => [o.eventId, o.op, o.sendUpdates])).toEqual([
    ['mine0001', 'insert', 'none'],
    ['local001', 'insert', 'none'],
  ]);
});

test.each([
  ['deleted', null, 'done'],
  ['gone already (404)', { status: 404, message: 'Not Found' }, 'done'],
  ['503: another try', { status: 503, message: 'down' }, 'retry'],
  ['revoked sign-in', { status: 400, reason: 'invalid_grant', message: 'revoked' }, 'auth'],
  [
    'refused for good',
    { status: 403, reason: 'forbiddenForNonOrganizer', message: 'no' },
    'failed',
  ],
] as const)('a deletion answered %s', (_what, failure, type) => {
  const target: DeletionTarget = {
    calendarId: 'me@x',
    id: 'mine0001',
    summary: 'Lunch',
    state: 'todo',
  };
  const outcome = deletionAnswer(target, failure, '2030-01-01T00:00:00Z');
  expect(outcome.type).toBe(type);
  if (outcome.type === 'failed')
    expect(outcome.log).toMatchObject({ code: 'reset-delete-failed', eventId: 'mine0001' });
});

test('"only new events": what existed at the reset stays on its own side, on the calendars it covered', () => {
  const filter = onlyNewFilter(() => [
    { account: 'me@x', since: '2030-01-01T00:00:00Z', calendars: ['me@x'], localIds: ['old00001'] },
  ]);
  expect(filter.remote('me@x', { created: '2029-12-31T00:00:00Z' })).toBe(true);
  expect(filter.remote('me@x', { created: '2030-01-02T00:00:00Z' })).toBe(false);
  expect(filter.remote('other@x', { created: '2029-12-31T00:00:00Z' })).toBe(false);
  expect(filter.local('me@x', 'old00001')).toBe(true);
  expect(filter.local('me@x', 'new00001')).toBe(false);
  expect(onlyNewFilter(() => []).local('me@x', 'old00001')).toBe(false);
});

const work: OnlyNewMarker = {
  account: 'work@x',
  since: '2030-01-01T00:00:00Z',
  calendars: ['work@x', 'team@x'],
  localIds: ['w1'],
};
const home: OnlyNewMarker = {
  account: 'home@x',
  since: '2030-02-01T00:00:00Z',
  calendars: ['home@x'],
  localIds: ['h1'],
};

test('each account keeps its own "only new events" marker: a reset of one replaces its own only', () => {
  const both = replaceMarker([work], 'home@x', ['home@x'], home);
  expect(both).toEqual([work, home]);
  const filter = onlyNewFilter(() => both);
  // Each calendar is judged by its own account's moment of reset.
  expect(filter.remote('team@x', { created: '2030-01-15T00:00:00Z' })).toBe(false);
  expect(filter.remote('home@x', { created: '2030-01-15T00:00:00Z' })).toBe(true);
  expect(filter.local('work@x', 'w1')).toBe(true);
  expect(filter.local('home@x', 'w1')).toBe(false);
  expect(filter.local('home@x', 'h1')).toBe(true);
  // A later reset of work replaces work's marker (with a new one, or none for "all").
  const later = { ...work, since: '2030-03-01T00:00:00Z', localIds: [] };
  expect(replaceMarker(both, 'WORK@x', work.calendars, later)).toEqual([home, later]);
  expect(replaceMarker(both, 'work@x', work.calendars, null)).toEqual([home]);
});

test('a marker saved before several accounts is read as one, and goes with a reset of its calendars', () => {
  const old = { since: '2030-01-01T00:00:00Z', calendars: ['me@x'], localIds: ['a'] };
  const saved = readSaved({ plan: null, onlyNew: old });
  expect(saved.onlyNew).toEqual([old]);
  expect(replaceMarker(saved.onlyNew, 'other@x', ['other@x'], null)).toEqual([old]);
  expect(replaceMarker(saved.onlyNew, 'me@x', ['me@x'], null)).toEqual([]);
  expect(readSaved({ onlyNew: [work, { since: 3 }] }).onlyNew).toEqual([work]);
  expect(readSaved(null)).toEqual({ plan: null, onlyNew: [] });
});
