// Regressions the convergence property suite found, kept as plain examples so they fail fast and
// readably if they come back: an occurrence edited here or on Google while its series changed on
// either side.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { googleItems, onGoogle, startSyncWorld, type SyncWorld } from '../integration/sync/harness';
import { moveEvent, updateEvent } from '../../src-renderer/db/event-writes';
import { draftFromOccurrence } from '../../src-renderer/calendar/model/drafts';
import { localOccurrences } from './convergence-world';

let w: SyncWorld;
beforeEach(async () => {
  w = await startSyncWorld();
  await w.engine.syncAll();
});
afterEach(() => w.close());

/**
 * A daily series of four from Google, synced; here its second occurrence gets a place ("this
 * event", its first edit), while on Google the whole series is renamed. Nothing synced since.
 */
async function placeHereRenameThere(): Promise<{ seriesId: string; second: string }> {
  const { data } = await w.remote.events.insert({
    calendarId: w.email,
    requestBody: {
      summary: 'Swim',
      start: { dateTime: '2030-03-04T07:00:00Z', timeZone: 'UTC' },
      end: { dateTime: '2030-03-04T08:00:00Z', timeZone: 'UTC' },
      recurrence: ['RRULE:FREQ=DAILY;COUNT=4'],
    },
  });
  const seriesId = data.id as string;
  const second = `${seriesId}_20300305T070000Z`;
  await w.engine.syncAll();
  const occ = (await localOccurrences(w.db)).find((o) => o.instanceId === second)!;
  await updateEvent(w.db, occ, { ...draftFromOccurrence(occ, 'UTC'), location: 'Pool' }, 'this');
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: seriesId,
    requestBody: { summary: 'Swim club' },
  });
  return { seriesId, second };
}

test('an occurrence edited here for the first time keeps what Google changed in its series meanwhile', async () => {
  const { second } = await placeHereRenameThere();
  await w.engine.syncAll();
  await w.engine.syncAll();
  // Each side changed a different field: both changes stand, on that occurrence too.
  expect(await onGoogle(w, second)).toMatchObject({ summary: 'Swim club', location: 'Pool' });
  expect(await w.local(second)).toMatchObject({
    summary: 'Swim club',
    location: 'Pool',
    dirty: [],
  });
  expect((await w.log()).filter((l) => l.code === 'conflict')).toEqual([]);
});

test('an occurrence edited here for the first time keeps the series’ rename Google made while its write could not go up', async () => {
  const { seriesId, second } = await placeHereRenameThere();
  // Google's copy of the occurrence cannot be read for a whole sync, so its edit waits while
  // the pull brings the series' new name: the series as agreed is then the renamed one, and
  // the name the occurrence took from the series before is no change made here.
  await w.faults([
    {
      match: { method: 'GET', path: `/calendar/v3/calendars/${w.email}/events/${second}` },
      respond: { status: 503 },
      times: 50,
    },
  ]);
  await w.engine.syncAll();
  expect(await w.local(seriesId)).toMatchObject({ summary: 'Swim club' });
  await w.admin('faults', undefined, 'DELETE');
  await w.engine.syncAll();
  await w.engine.syncAll();
  expect(await onGoogle(w, second)).toMatchObject({ summary: 'Swim club', location: 'Pool' });
  expect(await w.local(second)).toMatchObject({
    summary: 'Swim club',
    location: 'Pool',
    dirty: [],
  });
  expect((await w.log()).filter((l) => l.code === 'conflict')).toEqual([]);
  expect(await w.db.outbox.count()).toBe(0);
});

test('an occurrence moved here whose write Google refused for a whole sync keeps its move when Google then renames it: a time there equal to the series’ is no move', async () => {
  const { data } = await w.remote.events.insert({
    calendarId: w.email,
    requestBody: {
      summary: 'Yoga',
      start: { dateTime: '2030-03-04T07:00:00Z', timeZone: 'UTC' },
      end: { dateTime: '2030-03-04T08:00:00Z', timeZone: 'UTC' },
      recurrence: ['RRULE:FREQ=DAILY;COUNT=4'],
    },
  });
  const fourth = `${data.id}_20300307T070000Z`;
  await w.engine.syncAll();
  const occ = (await localOccurrences(w.db)).find((o) => o.instanceId === fourth)!;
  await moveEvent(
    w.db,
    occ,
    { start: '2030-03-07T06:00:00.000Z', end: '2030-03-07T07:00:00.000Z', allDay: false },
    'this',
  );
  // The write goes out (so it is marked sent) but Google refuses it all sync long; then the
  // occurrence is renamed on Google, which makes it a record of its own there, still at the
  // series' time — just as if the write had landed and been moved back. Only the move here
  // can tell the two apart, so it wins: nothing anyone did is undone.
  await w.faults([{ match: { method: 'PATCH' }, respond: { status: 503 }, times: 50 }]);
  await w.engine.syncAll();
  expect((await w.db.outbox.toArray()).map((e) => e.sent)).toEqual([true]);
  await w.admin('faults', undefined, 'DELETE');
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: fourth,
    requestBody: { summary: 'Yoga (garden)' },
  });
  await w.engine.syncAll();
  await w.engine.syncAll();
  const there = await onGoogle(w, fourth);
  expect(there.summary).toBe('Yoga (garden)');
  expect(new Date(there.start?.dateTime ?? '').toISOString()).toBe('2030-03-07T06:00:00.000Z');
  expect(await w.local(fourth)).toMatchObject({ summary: 'Yoga (garden)', dirty: [] });
  expect((await w.log()).filter((l) => l.code === 'conflict')).toEqual([]);
  expect(await w.db.outbox.count()).toBe(0);
});

test('an occurrence a moved series left behind stays a record on both sides when its write meets a 412', async () => {
  const series = await w.createLocal(
    'Walk',
    '2030-03-04T07:00Z',
    '2030-03-04T08:00Z',
    (d) => (d.repeat = { freq: 'DAILY', interval: 1, end: { type: 'count', count: 4 } }),
  );
  // Before any sync: the second occurrence is renamed, then the series moves a day later, so
  // the renamed one moves to the third day and the second day is a plain occurrence again
  // (under the id the renamed one had, which this computer keeps as a record).
  const second = (await localOccurrences(w.db)).find(
    (o) => o.start === '2030-03-05T07:00:00.000Z',
  )!;
  await updateEvent(
    w.db,
    second,
    { ...draftFromOccurrence(second, 'UTC'), summary: 'Walk (2)' },
    'this',
  );
  const first = (await localOccurrences(w.db)).find((o) => o.start === '2030-03-04T07:00:00.000Z')!;
  await moveEvent(
    w.db,
    first,
    { start: '2030-03-05T07:00:00.000Z', end: '2030-03-05T08:00:00.000Z', allDay: false },
    'all',
  );
  await w.faults([
    {
      match: {
        method: 'PATCH',
        path: `/calendar/v3/calendars/${w.email}/events/${series}_20300305T070000Z`,
      },
      respond: { status: 412, reason: 'conditionNotMet' },
      times: 1,
    },
  ]);
  await w.engine.syncAll();
  await w.engine.syncAll();
  const records = (list: { id?: string | null; status?: string | null }[]) =>
    list
      .filter((e) => e.status !== 'cancelled')
      .map((e) => e.id)
      .sort();
  expect(records(await w.db.events.toArray())).toEqual(records(await googleItems(w)));
  const there = (
    (await w.remote.events.instances({ calendarId: w.email, eventId: series })).data.items ?? []
  ).map((i) => `${new Date(i.start?.dateTime ?? '').toISOString()} ${i.summary}`);
  expect(there).toEqual([
    '2030-03-05T07:00:00.000Z Walk',
    '2030-03-06T07:00:00.000Z Walk (2)',
    '2030-03-07T07:00:00.000Z Walk',
    '2030-03-08T07:00:00.000Z Walk',
  ]);
  expect(await w.db.outbox.count()).toBe(0);
});

test('an edited occurrence a series change here drops is kept when Google edited it again meanwhile', async () => {
  const { data } = await w.remote.events.insert({
    calendarId: w.email,
    requestBody: {
      summary: 'Choir',
      start: { dateTime: '2030-03-04T07:00:00Z', timeZone: 'UTC' },
      end: { dateTime: '2030-03-04T08:00:00Z', timeZone: 'UTC' },
      recurrence: ['RRULE:FREQ=DAILY;COUNT=4'],
    },
  });
  const seriesId = data.id as string;
  const second = `${seriesId}_20300305T070000Z`;
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: second,
    requestBody: { summary: 'Choir (hall B)' },
  });
  await w.engine.syncAll();
  // Here "this and following" from the edited occurrence: the old series stops before it,
  // and its exception there goes. On Google, meanwhile, that occurrence is renamed again.
  const occ = (await localOccurrences(w.db)).find((o) => o.instanceId === second)!;
  await updateEvent(
    w.db,
    occ,
    { ...draftFromOccurrence(occ, 'UTC'), location: 'Hall B' },
    'following',
  );
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: second,
    requestBody: { summary: 'Choir (hall C)' },
  });
  await w.engine.syncAll();
  await w.engine.syncAll();
  // The later edit on Google is not deleted unseen: it stays, on both sides, and the log says so.
  expect(await onGoogle(w, second)).toMatchObject({
    status: 'confirmed',
    summary: 'Choir (hall C)',
  });
  expect(await w.local(second)).toMatchObject({ status: 'confirmed', summary: 'Choir (hall C)' });
  expect((await w.log()).filter((l) => l.code === 'kept-edit').map((l) => l.eventId)).toEqual([
    second,
  ]);
});

describe('an exception dropped here by a series change, then renamed on Google: the rename survives', () => {
  async function seriesWithMovedOccurrence(): Promise<{ seriesId: string; moved: string }> {
    const seriesId = await w.createLocal(
      'Yoga',
      '2030-03-04T07:00Z',
      '2030-03-04T08:00Z',
      (d) => (d.repeat = { freq: 'DAILY', interval: 1, end: { type: 'count', count: 4 } }),
    );
    const moved = `${seriesId}_20300306T070000Z`;
    const third = (await localOccurrences(w.db)).find((o) => o.instanceId === moved)!;
    await moveEvent(
      w.db,
      third,
      { start: '2030-03-06T10:00:00.000Z', end: '2030-03-06T11:00:00.000Z', allDay: false },
      'this',
    );
    await w.engine.syncAll();
    return { seriesId, moved };
  }
  const at = async (start: string) =>
    (await localOccurrences(w.db)).find((o) => o.start === start)!;

  test('when a later change of the whole series touched the dropped occurrence again', async () => {
    const { moved } = await seriesWithMovedOccurrence();
    // From the moved occurrence, the whole series moves 26 hours earlier (its old id is no
    // time of the series any more), then every occurrence gets a guest, which reaches that
    // dropped occurrence's record too.
    await moveEvent(
      w.db,
      await at('2030-03-06T10:00:00.000Z'),
      { start: '2030-03-05T08:00:00.000Z', end: '2030-03-05T09:00:00.000Z', allDay: false },
      'all',
    );
    const first = await at('2030-03-03T05:00:00.000Z');
    await updateEvent(
      w.db,
      first,
      {
        ...draftFromOccurrence(first, 'UTC'),
        attendees: [{ email: 'sam@example.org', responseStatus: 'needsAction' }],
      },
      'all',
    );
    await w.remote.events.patch({
      calendarId: w.email,
      eventId: moved,
      requestBody: { summary: 'Yoga (mats)' },
    });
    await w.engine.syncAll();
    await w.engine.syncAll();
    expect(await onGoogle(w, moved)).toMatchObject({ status: 'confirmed', summary: 'Yoga (mats)' });
    expect(await w.local(moved)).toMatchObject({ status: 'confirmed', summary: 'Yoga (mats)' });
    expect((await w.log()).filter((l) => l.code === 'kept-edit').map((l) => l.eventId)).toEqual([
      moved,
    ]);
  });

  test('when a second series change dropped it again', async () => {
    const { moved } = await seriesWithMovedOccurrence();
    // "This and following" from the moved occurrence drops it from the old series; then the
    // old series moves a day earlier, which drops the dropped record once more.
    const occ = await at('2030-03-06T10:00:00.000Z');
    await updateEvent(
      w.db,
      occ,
      { ...draftFromOccurrence(occ, 'UTC'), location: 'Studio' },
      'following',
    );
    await moveEvent(
      w.db,
      await at('2030-03-04T07:00:00.000Z'),
      { start: '2030-03-03T07:00:00.000Z', end: '2030-03-03T08:00:00.000Z', allDay: false },
      'all',
    );
    await w.remote.events.patch({
      calendarId: w.email,
      eventId: moved,
      requestBody: { summary: 'Yoga (mats)' },
    });
    await w.engine.syncAll();
    await w.engine.syncAll();
    expect(await onGoogle(w, moved)).toMatchObject({ status: 'confirmed', summary: 'Yoga (mats)' });
    expect(await w.local(moved)).toMatchObject({ status: 'confirmed', summary: 'Yoga (mats)' });
  });
});

test('a series made a single event here stays single when Google renamed it meanwhile', async () => {
  const { data } = await w.remote.events.insert({
    calendarId: w.email,
    requestBody: {
      summary: 'Review',
      start: { dateTime: '2030-03-04T07:00:00Z', timeZone: 'UTC' },
      end: { dateTime: '2030-03-04T08:00:00Z', timeZone: 'UTC' },
      recurrence: ['RRULE:FREQ=DAILY;COUNT=4'],
    },
  });
  const id = data.id as string;
  await w.engine.syncAll();
  const first = (await localOccurrences(w.db)).find((o) => o.start === '2030-03-04T07:00:00.000Z')!;
  await updateEvent(w.db, first, { ...draftFromOccurrence(first, 'UTC'), repeat: null }, 'all');
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: id,
    requestBody: { summary: 'Review (Q1)' },
  });
  await w.engine.syncAll();
  await w.engine.syncAll();
  const there = await onGoogle(w, id);
  expect(there.summary).toBe('Review (Q1)');
  expect(there.recurrence ?? []).toEqual([]);
  expect(await w.local(id)).toMatchObject({ kind: 'single', summary: 'Review (Q1)', dirty: [] });
  expect((await w.local(id))?.recurrence).toBeUndefined();
});
