// Regressions the convergence property suite found, kept as plain examples so they fail fast and
// readably if they come back: a series deleted on one side while it, or one of its occurrences,
// changed on the other.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { googleItems, onGoogle, startSyncWorld, type SyncWorld } from '../integration/sync/harness';
import { deleteEvent, moveEvent, updateEvent } from '../../src-renderer/db/event-writes';
import { startFakeGoogle } from '../fake-google/index.js';
import { loadOccurrences } from '../../src-renderer/db/queries';
import { draftFromOccurrence } from '../../src-renderer/calendar/model/drafts';
import { EMAIL, localOccurrences, startRun } from './convergence-world';

let w: SyncWorld;
beforeEach(async () => {
  w = await startSyncWorld();
  await w.engine.syncAll();
});
afterEach(() => w.close());

test('an occurrence edited here and on Google survives, on both sides, when Google deletes its series meanwhile', async () => {
  const series = await w.createLocal(
    'Swim',
    '2030-03-04T07:00Z',
    '2030-03-04T08:00Z',
    (d) => (d.repeat = { freq: 'DAILY', interval: 1, end: { type: 'count', count: 4 } }),
  );
  await w.engine.syncAll();
  const instance = `${series}_20300304T070000Z`;
  // On Google the first occurrence moves (it becomes an exception there); here it is renamed.
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: instance,
    requestBody: {
      start: { dateTime: '2030-03-03T05:00:00Z' },
      end: { dateTime: '2030-03-03T06:00:00Z' },
    },
  });
  const first = (await localOccurrences(w.db)).find((o) => o.instanceId === instance)!;
  await updateEvent(
    w.db,
    first,
    { ...draftFromOccurrence(first, 'UTC'), summary: 'Swim (long)' },
    'this',
  );
  // Then Google deletes the series; the rename still reaches the exception.
  await w.remote.events.delete({ calendarId: w.email, eventId: series });
  await w.engine.syncAll();
  await w.engine.syncAll();
  const live = (await googleItems(w))
    .filter((e) => e.status !== 'cancelled')
    .map((e) => `${e.id}:${e.summary}`);
  const here = (await w.db.events.toArray())
    .filter((e) => e.status !== 'cancelled')
    .map((e) => `${e.id}:${e.summary}`);
  expect(live).toEqual([`${instance}:Swim (long)`]);
  expect(here).toEqual(live);
});

test('an occurrence cancelled on both sides while its record here was gone (its series moved, then deleted here) stays hidden here too when the series comes back', async () => {
  const google = await startFakeGoogle({ quotaPerUserPerMinute: 1_000_000 });
  const run = await startRun(google);
  try {
    const { data: series } = await run.remote.events.insert({
      calendarId: EMAIL,
      requestBody: {
        summary: 'Daily',
        start: { dateTime: '2030-03-04T07:00:00Z', timeZone: 'Europe/Berlin' },
        end: { dateTime: '2030-03-04T08:00:00Z', timeZone: 'Europe/Berlin' },
        recurrence: ['RRULE:FREQ=DAILY;COUNT=4'],
      },
    });
    const id = series.id as string;
    // Google: the first occurrence edited, then deleted.
    await run.remote.events.patch({
      calendarId: EMAIL,
      eventId: `${id}_20300304T070000Z`,
      requestBody: { summary: 'Edited' },
    });
    await run.remote.events.delete({ calendarId: EMAIL, eventId: `${id}_20300304T070000Z` });
    await run.engine.syncAll();
    // Here: the whole series moved 26 hours earlier; the cancelled first occurrence moves along.
    let [first] = await localOccurrences(run.db);
    await moveEvent(
      run.db,
      first!,
      {
        start: new Date(Date.parse(first!.start) - 26 * 3_600_000).toISOString(),
        end: new Date(Date.parse(first!.end) - 26 * 3_600_000).toISOString(),
        allDay: false,
      },
      'all',
    );
    // Google applies the move, but the app dies before it records the answer.
    run.armCrashBeforeAck();
    await run.engine.syncAll().catch(() => undefined);
    run.restart();
    // Google: an occurrence of the moved series renamed; here: the series deleted.
    await run.remote.events.patch({
      calendarId: EMAIL,
      eventId: `${id}_20300304T050000Z`,
      requestBody: { summary: 'Renamed there' },
    });
    [first] = await localOccurrences(run.db);
    await deleteEvent(run.db, first!, 'all');
    // The delete of the moved first occurrence reaches Google but its answer is lost, and
    // Google refuses deletes for the rest of the sync.
    await run.faults([
      {
        match: { method: 'DELETE', path: '/calendar/v3/calendars/' },
        drop: 'after-apply',
        times: 1,
      },
      {
        match: { method: 'DELETE', path: '/calendar/v3/calendars/' },
        respond: { status: 503 },
        times: 12,
      },
    ]);
    await run.engine.syncAll();
    await run.admin('faults', undefined, 'DELETE');
    await run.engine.syncAll();
    await run.engine.syncAll();
    // The series is back (Google renamed one of its occurrences): both sides show the same days.
    const here = (await localOccurrences(run.db)).map((o) => o.start);
    const there = (
      (await run.remote.events.instances({ calendarId: EMAIL, eventId: id })).data.items ?? []
    ).map((i) => new Date(i.start?.dateTime ?? '').toISOString());
    expect(here).toEqual(there.sort());
    expect(here).toHaveLength(3);
  } finally {
    await run.close();
    await google.close();
  }
});

test('a series deleted here but changed on Google comes back with its exceptions', async () => {
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
  await w.remote.events.delete({ calendarId: w.email, eventId: `${seriesId}_20300305T070000Z` });
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: `${seriesId}_20300306T070000Z`,
    requestBody: { summary: 'Choir (hall B)' },
  });
  await w.engine.syncAll();
  const first = (await localOccurrences(w.db)).find(
    (o) => o.instanceId === `${seriesId}_20300304T070000Z`,
  )!;
  await deleteEvent(w.db, first, 'all');
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: seriesId,
    requestBody: { location: 'Hall A' },
  });
  await w.engine.syncAll();
  await w.engine.syncAll();
  // The edit on Google wins over the delete here, and the series is whole again on both sides.
  const range = { start: new Date('2030-03-01T00:00:00Z'), end: new Date('2030-03-10T00:00:00Z') };
  const here = (await loadOccurrences(w.db, range)).map((o) => `${o.start} ${o.title}`);
  const there = (
    (await w.remote.events.instances({ calendarId: w.email, eventId: seriesId })).data.items ?? []
  ).map((i) => `${new Date(i.start?.dateTime ?? '').toISOString()} ${i.summary}`);
  expect(there).toEqual([
    '2030-03-04T07:00:00.000Z Choir',
    '2030-03-06T07:00:00.000Z Choir (hall B)',
    '2030-03-07T07:00:00.000Z Choir',
  ]);
  expect(here).toEqual(there);
});

describe('a delete here against an edit on Google of one occurrence: the edit survives', () => {
  async function googleSeries(): Promise<string> {
    const { data } = await w.remote.events.insert({
      calendarId: w.email,
      requestBody: {
        summary: 'Run',
        start: { dateTime: '2030-03-04T07:00:00Z', timeZone: 'UTC' },
        end: { dateTime: '2030-03-04T08:00:00Z', timeZone: 'UTC' },
        recurrence: ['RRULE:FREQ=DAILY;COUNT=4'],
      },
    });
    await w.engine.syncAll();
    return data.id as string;
  }
  const occurrenceAt = async (id: string) =>
    (await localOccurrences(w.db)).find((o) => o.instanceId === id)!;

  test('the occurrence deleted here that Google moved meanwhile comes back, moved', async () => {
    const seriesId = await googleSeries();
    const second = `${seriesId}_20300305T070000Z`;
    await deleteEvent(w.db, await occurrenceAt(second), 'this');
    await w.remote.events.patch({
      calendarId: w.email,
      eventId: second,
      requestBody: {
        start: { dateTime: '2030-03-05T09:00:00Z' },
        end: { dateTime: '2030-03-05T10:00:00Z' },
      },
    });
    await w.engine.syncAll();
    await w.engine.syncAll();
    expect(await onGoogle(w, second)).toMatchObject({
      status: 'confirmed',
      start: { dateTime: expect.stringMatching(/^2030-03-05T09:00:00/) },
    });
    expect(await w.local(second)).toMatchObject({
      status: 'confirmed',
      start: { dateTime: expect.stringMatching(/^2030-03-05T09:00:00/) },
    });
    expect((await w.log()).filter((l) => l.code === 'kept-edit').map((l) => l.eventId)).toEqual([
      second,
    ]);
  });

  test('an occurrence deleted here stays deleted when Google changed only its series meanwhile', async () => {
    const seriesId = await googleSeries();
    const second = `${seriesId}_20300305T070000Z`;
    await deleteEvent(w.db, await occurrenceAt(second), 'this');
    await w.remote.events.patch({
      calendarId: w.email,
      eventId: seriesId,
      requestBody: { location: 'Track' },
    });
    await w.engine.syncAll();
    await w.engine.syncAll();
    expect((await onGoogle(w, second)).status).toBe('cancelled');
    expect((await w.local(seriesId))?.location).toBe('Track');
    expect((await w.log()).filter((l) => l.code === 'kept-edit')).toEqual([]);
  });

  async function bothSidesShow(seriesId: string): Promise<string[]> {
    const range = {
      start: new Date('2030-03-01T00:00:00Z'),
      end: new Date('2030-03-12T00:00:00Z'),
    };
    const here = (await loadOccurrences(w.db, range)).map((o) => `${o.start} ${o.title}`);
    const there = (
      (await w.remote.events.instances({ calendarId: w.email, eventId: seriesId })).data.items ?? []
    ).map((i) => `${new Date(i.start?.dateTime ?? '').toISOString()} ${i.summary}`);
    expect(here).toEqual(there);
    return there;
  }

  test('the series deleted here whose occurrence Google renamed meanwhile is kept, on both sides', async () => {
    const seriesId = await googleSeries();
    const third = `${seriesId}_20300306T070000Z`;
    await deleteEvent(w.db, await occurrenceAt(third), 'all');
    await w.remote.events.patch({
      calendarId: w.email,
      eventId: third,
      requestBody: { summary: 'Run (hills)' },
    });
    await w.engine.syncAll();
    await w.engine.syncAll();
    expect(await bothSidesShow(seriesId)).toEqual([
      '2030-03-04T07:00:00.000Z Run',
      '2030-03-05T07:00:00.000Z Run',
      '2030-03-06T07:00:00.000Z Run (hills)',
      '2030-03-07T07:00:00.000Z Run',
    ]);
    expect((await w.log()).filter((l) => l.code === 'kept-edit').map((l) => l.eventId)).toEqual([
      seriesId,
    ]);
  });

  test('the series deleted here goes when Google changed none of it', async () => {
    const seriesId = await googleSeries();
    await w.remote.events.patch({
      calendarId: w.email,
      eventId: `${seriesId}_20300306T070000Z`,
      requestBody: { summary: 'Run (hills)' },
    });
    await w.engine.syncAll();
    await deleteEvent(w.db, await occurrenceAt(`${seriesId}_20300304T070000Z`), 'all');
    await w.engine.syncAll();
    await w.engine.syncAll();
    expect((await onGoogle(w, seriesId)).status).toBe('cancelled');
    expect((await w.db.events.toArray()).filter((e) => e.status !== 'cancelled')).toEqual([]);
    expect((await w.log()).filter((l) => l.code === 'kept-edit')).toEqual([]);
  });
});

test('a series deleted here that a pull finds changed on Google comes back with its exceptions', async () => {
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
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: `${seriesId}_20300306T070000Z`,
    requestBody: { summary: 'Choir (hall B)' },
  });
  await w.engine.syncAll();
  await deleteEvent(
    w.db,
    (await localOccurrences(w.db)).find((o) => o.instanceId === `${seriesId}_20300304T070000Z`)!,
    'all',
  );
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: seriesId,
    requestBody: { location: 'Hall A' },
  });
  // The delete cannot reach Google for a whole sync; that sync's pull meets Google's change.
  await w.faults([{ match: { method: 'DELETE' }, respond: { status: 503 }, times: 50 }]);
  await w.engine.syncAll();
  await w.admin('faults', undefined, 'DELETE');
  await w.engine.syncAll();
  await w.engine.syncAll();
  const range = { start: new Date('2030-03-01T00:00:00Z'), end: new Date('2030-03-10T00:00:00Z') };
  const here = (await loadOccurrences(w.db, range)).map((o) => `${o.start} ${o.title}`);
  const there = (
    (await w.remote.events.instances({ calendarId: w.email, eventId: seriesId })).data.items ?? []
  ).map((i) => `${new Date(i.start?.dateTime ?? '').toISOString()} ${i.summary}`);
  expect(there).toEqual([
    '2030-03-04T07:00:00.000Z Choir',
    '2030-03-05T07:00:00.000Z Choir',
    '2030-03-06T07:00:00.000Z Choir (hall B)',
    '2030-03-07T07:00:00.000Z Choir',
  ]);
  expect(here).toEqual(there);
  expect(await w.db.outbox.count()).toBe(0);
});
