// Regressions the convergence property suite found, kept as plain examples so they fail fast and
// readably if they come back: a series moved in time, here or on Google, and what its occurrences
// do meanwhile.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { googleItems, onGoogle, startSyncWorld, type SyncWorld } from '../integration/sync/harness';
import { deleteEvent, moveEvent, updateEvent } from '../../src-renderer/db/event-writes';
import { loadOccurrences } from '../../src-renderer/db/queries';
import { draftFromOccurrence } from '../../src-renderer/calendar/model/drafts';
import { localOccurrences } from './convergence-world';
import type { Occurrence } from '../../src-renderer/calendar/model/types';

let w: SyncWorld;
beforeEach(async () => {
  w = await startSyncWorld();
  await w.engine.syncAll();
});
afterEach(() => w.close());

test('"this and following" after a concurrent series move never sends Google an instance its series does not have', async () => {
  const { data } = await w.remote.events.insert({
    calendarId: w.email,
    requestBody: {
      summary: 'Standup',
      start: { dateTime: '2030-03-04T07:00:00Z', timeZone: 'UTC' },
      end: { dateTime: '2030-03-04T08:00:00Z', timeZone: 'UTC' },
      recurrence: ['RRULE:FREQ=DAILY;COUNT=4'],
    },
  });
  const seriesId = data.id as string;
  await w.engine.syncAll();
  // Here the whole series moves two hours earlier; on Google, meanwhile, one instance is renamed.
  const first = (await localOccurrences(w.db)).find(
    (o) => o.instanceId === `${seriesId}_20300304T070000Z`,
  )!;
  await moveEvent(
    w.db,
    first,
    { start: '2030-03-04T05:00:00.000Z', end: '2030-03-04T06:00:00.000Z', allDay: false },
    'all',
  );
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: `${seriesId}_20300306T070000Z`,
    requestBody: { summary: 'Standup (Google)' },
  });
  await w.engine.syncAll();
  // Then "this and following" from the second day.
  const second = (await localOccurrences(w.db)).find(
    (o) => o.start === '2030-03-05T05:00:00.000Z',
  )!;
  await updateEvent(
    w.db,
    second,
    { ...draftFromOccurrence(second, 'UTC'), summary: 'Retro' },
    'following',
  );
  await w.engine.syncAll();
  await w.engine.syncAll();
  expect((await w.log()).filter((l) => l.code === 'parked').map((l) => l.message)).toEqual([]);
  expect(await w.db.outbox.count()).toBe(0);
  const onGoogle = new Set((await googleItems(w)).map((e) => e.id));
  const here = (await w.db.events.toArray())
    .filter((e) => e.status !== 'cancelled')
    .map((e) => e.id);
  for (const id of here) expect(onGoogle.has(id), id).toBe(true);
});

test('an instance edited here while Google moved its whole series is parked in the log, and the copy Google cannot have goes', async () => {
  const { data } = await w.remote.events.insert({
    calendarId: w.email,
    requestBody: {
      summary: 'Gym',
      start: { dateTime: '2030-03-04T07:00:00Z', timeZone: 'UTC' },
      end: { dateTime: '2030-03-04T08:00:00Z', timeZone: 'UTC' },
      recurrence: ['RRULE:FREQ=DAILY;COUNT=4'],
    },
  });
  const seriesId = data.id as string;
  await w.engine.syncAll();
  const third = (await localOccurrences(w.db)).find(
    (o) => o.instanceId === `${seriesId}_20300306T070000Z`,
  )!;
  await updateEvent(
    w.db,
    third,
    { ...draftFromOccurrence(third, 'UTC'), location: 'Pool' },
    'this',
  );
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: seriesId,
    requestBody: {
      start: { dateTime: '2030-03-04T05:00:00Z', timeZone: 'UTC' },
      end: { dateTime: '2030-03-04T06:00:00Z', timeZone: 'UTC' },
    },
  });
  await w.engine.syncAll();
  await w.engine.syncAll();
  // The edit is kept where the user can find and restore it.
  const parked = (await w.log()).filter((l) => l.code === 'parked');
  expect(parked).toHaveLength(1);
  expect(parked[0]?.detail).toMatchObject({ status: 404, change: { location: 'Pool' } });
  // And the calendar here matches Google: no occurrence Google does not have.
  expect(await w.local(`${seriesId}_20300306T070000Z`)).toBeUndefined();
  expect(await w.db.outbox.count()).toBe(0);
});

test('moving a whole series onto the time of an occurrence deleted before leaves that new occurrence visible on Google too', async () => {
  const { data } = await w.remote.events.insert({
    calendarId: w.email,
    requestBody: {
      summary: 'Run',
      start: { dateTime: '2030-03-04T07:00:00Z', timeZone: 'UTC' },
      end: { dateTime: '2030-03-04T08:00:00Z', timeZone: 'UTC' },
      recurrence: ['RRULE:FREQ=DAILY;COUNT=4'],
    },
  });
  const seriesId = data.id as string;
  await w.remote.events.delete({ calendarId: w.email, eventId: `${seriesId}_20300305T070000Z` });
  await w.engine.syncAll();
  // The series moves a day later: its first occurrence now falls on the deleted one's time.
  const first = (await localOccurrences(w.db)).find(
    (o) => o.instanceId === `${seriesId}_20300304T070000Z`,
  )!;
  await moveEvent(
    w.db,
    first,
    { start: '2030-03-05T07:00:00.000Z', end: '2030-03-05T08:00:00.000Z', allDay: false },
    'all',
  );
  await w.engine.syncAll();
  await w.engine.syncAll();
  const range = { start: new Date('2030-03-01T00:00:00Z'), end: new Date('2030-03-12T00:00:00Z') };
  const here = (await loadOccurrences(w.db, range)).map((o) => o.start);
  const there = (
    (await w.remote.events.instances({ calendarId: w.email, eventId: seriesId })).data.items ?? []
  ).map((i) => new Date(i.start?.dateTime ?? '').toISOString());
  expect(here).toEqual([
    '2030-03-05T07:00:00.000Z',
    '2030-03-07T07:00:00.000Z',
    '2030-03-08T07:00:00.000Z',
  ]);
  expect(there).toEqual(here);
});

test('an occurrence moved here before its series reached Google keeps its move through a 412: the instance Google generated is the series, not an edit on Google', async () => {
  const series = await w.createLocal(
    'Standup',
    '2030-03-04T07:00Z',
    '2030-03-04T08:00Z',
    (d) => (d.repeat = { freq: 'DAILY', interval: 1, end: { type: 'count', count: 4 } }),
  );
  const instance = `${series}_20300304T070000Z`;
  const first = (await localOccurrences(w.db)).find((o) => o.instanceId === instance)!;
  await moveEvent(
    w.db,
    first,
    { start: '2030-03-03T05:00:00.000Z', end: '2030-03-03T06:00:00.000Z', allDay: false },
    'this',
  );
  // Google answers the instance's patch with 412 once: the engine fetches Google's instance
  // (the series' values at that time, created by this very push) and merges.
  await w.faults([
    {
      match: { method: 'PATCH', path: `/calendar/v3/calendars/${w.email}/events/${instance}` },
      respond: { status: 412, reason: 'conditionNotMet' },
      times: 1,
    },
  ]);
  await w.engine.syncAll();
  await w.engine.syncAll();
  // Only this computer changed the instance's time, so the move stands, with no conflict.
  // (Google writes it in the calendar's zone: the same instant, another offset.)
  const moved = Date.parse((await onGoogle(w, instance)).start?.dateTime ?? '');
  expect(moved).toBe(Date.parse('2030-03-03T06:00:00+01:00'));
  expect((await w.log()).filter((l) => l.code === 'conflict')).toEqual([]);
  const here = await w.local(instance);
  expect(here).toMatchObject({ start: { dateTime: '2030-03-03T06:00:00+01:00' }, dirty: [] });
  expect(await w.db.outbox.count()).toBe(0);
});

describe('a whole series moved so an exception moves away from a time the series still has', () => {
  // A daily series with its second occurrence edited on Google; here the whole series moves
  // a day later. The edited occurrence moves along (to the third day), and the second day
  // becomes the moved series' first occurrence: a plain one, under the same instance id.
  async function seriesWithEditedSecondDay(): Promise<{
    seriesId: string;
    occurrence(start: string): Promise<Occurrence>;
  }> {
    const { data } = await w.remote.events.insert({
      calendarId: w.email,
      requestBody: {
        summary: 'Walk',
        start: { dateTime: '2030-03-04T07:00:00Z', timeZone: 'UTC' },
        end: { dateTime: '2030-03-04T08:00:00Z', timeZone: 'UTC' },
        recurrence: ['RRULE:FREQ=DAILY;COUNT=4'],
      },
    });
    const seriesId = data.id as string;
    await w.remote.events.patch({
      calendarId: w.email,
      eventId: `${seriesId}_20300305T070000Z`,
      requestBody: { summary: 'Walk (park)' },
    });
    await w.engine.syncAll();
    const occurrence = async (start: string) =>
      (await localOccurrences(w.db)).find((o) => o.start === start)!;
    await moveEvent(
      w.db,
      await occurrence('2030-03-04T07:00:00.000Z'),
      { start: '2030-03-05T07:00:00.000Z', end: '2030-03-05T08:00:00.000Z', allDay: false },
      'all',
    );
    return { seriesId, occurrence };
  }

  /** The occurrences each side shows; and each side keeps the same records (series and exceptions). */
  async function bothSides(seriesId: string): Promise<{ here: string[]; there: string[] }> {
    const range = {
      start: new Date('2030-03-01T00:00:00Z'),
      end: new Date('2030-03-12T00:00:00Z'),
    };
    const here = (await loadOccurrences(w.db, range)).map((o) => `${o.start} ${o.title}`);
    const there = (
      (await w.remote.events.instances({ calendarId: w.email, eventId: seriesId })).data.items ?? []
    ).map((i) => `${new Date(i.start?.dateTime ?? '').toISOString()} ${i.summary}`);
    const records = (list: { id?: string | null; status?: string | null }[]) =>
      list
        .filter((e) => e.status !== 'cancelled')
        .map((e) => e.id)
        .sort();
    expect(records(await w.db.events.toArray())).toEqual(records(await googleItems(w)));
    return { here, there };
  }

  test('the occurrence that now falls on the edited one’s old time stays visible', async () => {
    const { seriesId } = await seriesWithEditedSecondDay();
    await w.engine.syncAll();
    await w.engine.syncAll();
    const { here, there } = await bothSides(seriesId);
    expect(there).toEqual([
      '2030-03-05T07:00:00.000Z Walk',
      '2030-03-06T07:00:00.000Z Walk (park)',
      '2030-03-07T07:00:00.000Z Walk',
      '2030-03-08T07:00:00.000Z Walk',
    ]);
    expect(here).toEqual(there);
  });

  test('and an edit of that occurrence before the next sync reaches Google', async () => {
    const { seriesId, occurrence } = await seriesWithEditedSecondDay();
    const first = await occurrence('2030-03-05T07:00:00.000Z');
    await updateEvent(
      w.db,
      first,
      { ...draftFromOccurrence(first, 'UTC'), summary: 'Walk (early)' },
      'this',
    );
    await w.engine.syncAll();
    await w.engine.syncAll();
    const { here, there } = await bothSides(seriesId);
    expect(there).toEqual([
      '2030-03-05T07:00:00.000Z Walk (early)',
      '2030-03-06T07:00:00.000Z Walk (park)',
      '2030-03-07T07:00:00.000Z Walk',
      '2030-03-08T07:00:00.000Z Walk',
    ]);
    expect(here).toEqual(there);
  });

  test('two edited occurrences on consecutive days both move along', async () => {
    const { data } = await w.remote.events.insert({
      calendarId: w.email,
      requestBody: {
        summary: 'Walk',
        start: { dateTime: '2030-03-04T07:00:00Z', timeZone: 'UTC' },
        end: { dateTime: '2030-03-04T08:00:00Z', timeZone: 'UTC' },
        recurrence: ['RRULE:FREQ=DAILY;COUNT=4'],
      },
    });
    const seriesId = data.id as string;
    await w.remote.events.patch({
      calendarId: w.email,
      eventId: `${seriesId}_20300304T070000Z`,
      requestBody: { summary: 'Walk (one)' },
    });
    await w.remote.events.patch({
      calendarId: w.email,
      eventId: `${seriesId}_20300305T070000Z`,
      requestBody: { summary: 'Walk (two)' },
    });
    await w.engine.syncAll();
    const first = (await localOccurrences(w.db)).find(
      (o) => o.start === '2030-03-04T07:00:00.000Z',
    )!;
    await moveEvent(
      w.db,
      first,
      { start: '2030-03-05T07:00:00.000Z', end: '2030-03-05T08:00:00.000Z', allDay: false },
      'all',
    );
    await w.engine.syncAll();
    await w.engine.syncAll();
    const { here, there } = await bothSides(seriesId);
    expect(there).toEqual([
      '2030-03-05T07:00:00.000Z Walk (one)',
      '2030-03-06T07:00:00.000Z Walk (two)',
      '2030-03-07T07:00:00.000Z Walk',
      '2030-03-08T07:00:00.000Z Walk',
    ]);
    expect(here).toEqual(there);
  });

  test('an occurrence deleted here moves along with its series, and the one now at its old time is not deleted with it', async () => {
    const { data } = await w.remote.events.insert({
      calendarId: w.email,
      requestBody: {
        summary: 'Walk',
        start: { dateTime: '2030-03-04T07:00:00Z', timeZone: 'UTC' },
        end: { dateTime: '2030-03-04T08:00:00Z', timeZone: 'UTC' },
        recurrence: ['RRULE:FREQ=DAILY;COUNT=4'],
      },
    });
    const seriesId = data.id as string;
    await w.engine.syncAll();
    // The third occurrence is deleted, then (before a sync) the series moves a day earlier.
    await deleteEvent(
      w.db,
      (await localOccurrences(w.db)).find((o) => o.start === '2030-03-06T07:00:00.000Z')!,
      'this',
    );
    const first = (await localOccurrences(w.db)).find(
      (o) => o.start === '2030-03-04T07:00:00.000Z',
    )!;
    await moveEvent(
      w.db,
      first,
      { start: '2030-03-03T07:00:00.000Z', end: '2030-03-03T08:00:00.000Z', allDay: false },
      'all',
    );
    await w.engine.syncAll();
    await w.engine.syncAll();
    const { here, there } = await bothSides(seriesId);
    expect(there).toEqual([
      '2030-03-03T07:00:00.000Z Walk',
      '2030-03-04T07:00:00.000Z Walk',
      '2030-03-06T07:00:00.000Z Walk',
    ]);
    expect(here).toEqual(there);
  });

  test('an occurrence edited, then deleted on Google comes back as the moved series’ plain occurrence, without the old edit', async () => {
    const { data } = await w.remote.events.insert({
      calendarId: w.email,
      requestBody: {
        summary: 'Walk',
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
      requestBody: { description: 'Bring boots' },
    });
    await w.remote.events.delete({ calendarId: w.email, eventId: second });
    await w.engine.syncAll();
    // Here the series moves a day later, so its first occurrence falls on the deleted one.
    const first = (await localOccurrences(w.db)).find(
      (o) => o.start === '2030-03-04T07:00:00.000Z',
    )!;
    await moveEvent(
      w.db,
      first,
      { start: '2030-03-05T07:00:00.000Z', end: '2030-03-05T08:00:00.000Z', allDay: false },
      'all',
    );
    await w.engine.syncAll();
    await w.engine.syncAll();
    // Google kept the deleted instance's description out of sight; it must not come back with it.
    const revived = await onGoogle(w, second);
    expect(revived).toMatchObject({ status: 'confirmed', summary: 'Walk' });
    expect(revived.description ?? '').toBe('');
    expect((await w.local(second))?.description ?? '').toBe('');
  });
});
