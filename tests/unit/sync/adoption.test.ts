// iCalUID adoption's decisions without a server: which queued changes wait for the pull,
// which local event a Google event is the twin of, the linked record, and what is still to
// send afterwards.
import { expect, test } from 'vitest';
import type { CalendarEvent } from '../../../src-preload/model/event';
import type { OutboxEntry } from '../../../src-preload/local-store';
import type { GoogleEvent } from '../../../src-main/google/event-mapping';
import { heldForICalUID, insertsToCheck, twinFor, twinOf } from '../../../src-main/sync/adoption';
import { changeToSend } from '../../../src-preload/model/local-changes';

const slot = {
  start: { dateTime: '2030-01-01T09:00:00Z' },
  end: { dateTime: '2030-01-01T10:00:00Z' },
};
const event = (over: Partial<CalendarEvent>): CalendarEvent => ({
  id: 'local0001',
  calendarId: 'a@x',
  kind: 'single',
  status: 'confirmed',
  summary: 'Imported',
  ...slot,
  startMs: 0,
  endMs: 0,
  localVersion: 1,
  updatedAt: '2030-01-01T08:00:00.000Z',
  ...over,
});
const entry = (eventId: string, op: OutboxEntry['op'], seq: number): OutboxEntry => ({
  seq,
  eventId,
  calendarId: 'a@x',
  op,
  sendUpdates: 'none',
  createdAt: seq,
});

test('inserts of events with an iCalUID wait for the pull, with their series’ occurrence changes; others go', () => {
  const entries = [
    entry('series01', 'insert', 1),
    entry('series01_20300101T090000Z', 'patch', 2),
    entry('plain001', 'insert', 3),
    entry('other001_20300101T090000Z', 'patch', 4),
  ];
  expect(insertsToCheck(entries)).toEqual(['series01', 'plain001']);
  const held = heldForICalUID(entries, [
    event({ id: 'series01', kind: 'master', iCalUID: 'uid-1@x' }),
    event({ id: 'plain001' }),
  ]);
  expect([...held.ids]).toEqual(['series01', 'series01_20300101T090000Z']);
  expect(held.twins.byICalUID.get('uid-1@x')).toEqual(['series01']);
  expect(held.twins.exceptions.get('series01')).toEqual(['series01_20300101T090000Z']);
  // Already on Google: nothing to hold.
  expect(
    heldForICalUID(entries, [
      event({ id: 'series01', iCalUID: 'u', google: { etag: '"1"', updated: '' } }),
    ]).ids.size,
  ).toBe(0);
});

test.each([
  ['a single event is the twin of a single event', {}, {}, true],
  ['a series of a series', { recurrence: ['RRULE:FREQ=DAILY'] }, { kind: 'master' }, true],
  ['not a series of a single event', { recurrence: ['RRULE:FREQ=DAILY'] }, {}, false],
  ['not one already on Google', {}, { google: { etag: '"1"', updated: '' } }, false],
  ['not one on another calendar', {}, { calendarId: 'b@x' }, false],
  ['not one deleted here', {}, { status: 'cancelled' }, false],
  ['not an occurrence', {}, { kind: 'exception' }, false],
] as const)('twins: %s', (_what, item, local, adopted) => {
  const found = twinFor(
    { id: 'google01', iCalUID: 'u', ...(item as GoogleEvent) },
    [null, event(local as Partial<CalendarEvent>)],
    'a@x',
  );
  expect(Boolean(found)).toBe(adopted);
});

test("the linked record is Google's version, with the local fields on top when changed here later", () => {
  const ctx = { calendarId: 'a@x', now: '', readOnly: false, deleting: new Set<string>() };
  const google = {
    id: 'google01',
    etag: '"4"',
    updated: '2030-01-01T07:00:00.000Z',
    summary: 'Theirs',
    ...slot,
  };
  const older = twinOf(
    event({ summary: 'Mine', updatedAt: '2030-01-01T06:00:00.000Z' }),
    google,
    ctx,
  );
  expect(older).toMatchObject({ id: 'google01', summary: 'Theirs', dirty: [] });
  const newer = twinOf(event({ summary: 'Mine' }), google, ctx);
  expect(newer).toMatchObject({
    id: 'google01',
    summary: 'Mine',
    dirty: ['summary'],
    google: { etag: '"4"' },
  });
  expect(changeToSend(newer, 5)).toMatchObject({
    op: 'patch',
    fields: ['summary'],
    sendUpdates: 'none',
  });
  expect(changeToSend(older, 5)).toBeNull();
});

test('what an adopted record still sends: a cancelled occurrence its delete, one never on Google a patch', () => {
  const occurrence = event({
    id: 'google01_20300101T090000Z',
    kind: 'exception',
    dirty: ['summary'],
  });
  expect(changeToSend(occurrence, 1)).toMatchObject({ op: 'patch', fields: ['summary'] });
  expect(changeToSend({ ...occurrence, status: 'cancelled' }, 1)).toMatchObject({
    op: 'delete',
  });
  expect(
    changeToSend(
      { ...occurrence, status: 'cancelled', google: { etag: '"1"', updated: '' }, dirty: [] },
      1,
    ),
  ).toBeNull();
});
