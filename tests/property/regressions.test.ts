// Regressions the convergence property suite found, kept as plain examples so they fail fast
// and readably if they come back.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { googleItems, onGoogle, startSyncWorld, type SyncWorld } from '../integration/sync/harness';
import {
  createEvent,
  deleteEvent,
  moveEvent,
  updateEvent,
} from '../../src-renderer/db/event-writes';
import { startFakeGoogle } from '../fake-google/index.js';
import { loadOccurrences } from '../../src-renderer/db/queries';
import { draftFromOccurrence, newDraft } from '../../src-renderer/calendar/model/drafts';
import { EMAIL, localOccurrences, startRun } from './convergence-world';
import type { Occurrence } from '../../src-renderer/calendar/model/types';

let w: SyncWorld;
beforeEach(async () => {
  w = await startSyncWorld();
  await w.engine.syncAll();
});
afterEach(() => w.close());

test('an event created and deleted before any sync leaves nothing in the outbox, even when it is the only change', async () => {
  const id = await w.createLocal('Never mind', '2030-03-04T07:00Z', '2030-03-04T08:00Z');
  await w.deleteLocal(id);
  expect(await w.db.outbox.count()).toBe(2);
  await w.clearRequests();
  const report = await w.engine.syncAll();
  expect(report.ok).toBe(true);
  expect(await w.db.outbox.count()).toBe(0);
  expect((await w.requests()).filter((r) => r.method !== 'GET')).toEqual([]);
});

test('saving a Google event unchanged leaves it clean, so a later full resync still removes it when Google deleted it', async () => {
  const { data } = await w.remote.events.insert({
    calendarId: w.email,
    requestBody: {
      summary: 'From Google',
      start: { dateTime: '2030-03-04T07:00:00Z' },
      end: { dateTime: '2030-03-04T08:00:00Z' },
    },
  });
  const id = data.id as string;
  await w.engine.syncAll();
  await w.editLocal(id, () => undefined); // opened in the editor, saved as it was
  await w.engine.syncAll();
  expect(await w.db.outbox.count()).toBe(0);
  expect((await w.local(id))?.dirty ?? []).toEqual([]);
  // Google deletes it while the sync token has expired: the full listing must notice. A
  // second event keeps the removal under the "more than half" question.
  await w.createLocal('Keeps the calendar populated', '2030-03-05T07:00Z', '2030-03-05T08:00Z');
  await w.engine.syncAll();
  await w.remote.events.delete({ calendarId: w.email, eventId: id });
  await w.admin('sync-tokens/expire', { calendarId: w.email });
  await w.engine.syncAll();
  expect(await w.local(id)).toBeUndefined();
});

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

test('an occurrence deleted here stays deleted when the same push restores its series that Google deleted', async () => {
  const { data } = await w.remote.events.insert({
    calendarId: w.email,
    requestBody: {
      summary: 'Yoga',
      start: { dateTime: '2030-03-04T07:00:00Z', timeZone: 'UTC' },
      end: { dateTime: '2030-03-04T08:00:00Z', timeZone: 'UTC' },
      recurrence: ['RRULE:FREQ=DAILY;COUNT=4'],
    },
  });
  const seriesId = data.id as string;
  await w.engine.syncAll();
  // Here: the series moves two hours earlier, then its first occurrence is deleted.
  const first = (await localOccurrences(w.db)).find(
    (o) => o.instanceId === `${seriesId}_20300304T070000Z`,
  )!;
  await moveEvent(
    w.db,
    first,
    { start: '2030-03-04T05:00:00.000Z', end: '2030-03-04T06:00:00.000Z', allDay: false },
    'all',
  );
  const moved = (await localOccurrences(w.db)).find((o) => o.start === '2030-03-04T05:00:00.000Z')!;
  await deleteEvent(w.db, moved, 'this');
  // On Google, meanwhile, the whole series is deleted: the edit restores it.
  await w.remote.events.delete({ calendarId: w.email, eventId: seriesId });
  await w.engine.syncAll();
  await w.engine.syncAll();
  const live = (
    (await w.remote.events.instances({ calendarId: w.email, eventId: seriesId })).data.items ?? []
  ).map((i) => i.start?.dateTime && new Date(i.start.dateTime).toISOString());
  expect(live).toEqual([
    '2030-03-05T05:00:00.000Z',
    '2030-03-06T05:00:00.000Z',
    '2030-03-07T05:00:00.000Z',
  ]);
  expect(
    (
      await loadOccurrences(w.db, {
        start: new Date('2030-03-01T00:00:00Z'),
        end: new Date('2030-03-10T00:00:00Z'),
      })
    ).map((o) => o.start),
  ).toEqual(live);
});

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

test('a delete after an edit whose acknowledgement was lost (app killed) still deletes on Google', async () => {
  const google = await startFakeGoogle({ quotaPerUserPerMinute: 1_000_000 });
  const run = await startRun(google);
  try {
    await run.engine.syncAll();
    const id = await createEvent(run.db, {
      ...newDraft({
        start: '2030-03-04T07:00:00.000Z',
        end: '2030-03-04T08:00:00.000Z',
        allDay: false,
        timeZone: 'UTC',
        calendarId: EMAIL,
      }),
      summary: 'Lunch',
    });
    await run.engine.syncAll();
    let [occ] = await localOccurrences(run.db);
    await updateEvent(
      run.db,
      occ!,
      { ...draftFromOccurrence(occ!, 'UTC'), summary: 'Lunch (moved)' },
      'all',
    );
    // Google applies the edit, but the app dies before it records the answer.
    run.armCrashBeforeAck();
    await run.engine.syncAll();
    run.restart();
    [occ] = await localOccurrences(run.db);
    await deleteEvent(run.db, occ!, 'all');
    await run.engine.syncAll();
    await run.engine.syncAll();
    // Nobody else touched it: the user's delete stands on both sides.
    expect((await run.remote.events.get({ calendarId: EMAIL, eventId: id })).data.status).toBe(
      'cancelled',
    );
    expect(await run.db.events.get(id)).toBeUndefined();
    expect((await run.db.syncLog.toArray()).filter((l) => l.code === 'kept-edit')).toEqual([]);
  } finally {
    await run.close();
    await google.close();
  }
});

test('a move made here and then deleted, never sent, does not pass for Google’s identical move: that edit survives the delete', async () => {
  const id = await w.createLocal('Standup', '2030-03-04T07:00Z', '2030-03-04T08:00Z');
  await w.engine.syncAll();
  await w.editLocal(id, (d) => {
    d.startTime = '10:00';
    d.endTime = '11:00';
  });
  await w.deleteLocal(id);
  // Someone moves it on Google to the very same time before this computer syncs.
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: id,
    requestBody: {
      start: { dateTime: '2030-03-04T10:00:00+01:00' },
      end: { dateTime: '2030-03-04T11:00:00+01:00' },
    },
  });
  await w.engine.syncAll();
  const there = await onGoogle(w, id);
  expect(there.status).toBe('confirmed');
  expect(Date.parse(there.start?.dateTime ?? '')).toBe(Date.parse('2030-03-04T09:00:00Z'));
  expect((await w.local(id))?.status).toBe('confirmed');
  expect((await w.log()).filter((l) => l.code === 'kept-edit').map((l) => l.eventId)).toEqual([id]);
  expect(await w.db.outbox.count()).toBe(0);
});

test('an event whose creation Google has (acknowledgement lost) and that is deleted before the next sync is deleted on Google too', async () => {
  const google = await startFakeGoogle({ quotaPerUserPerMinute: 1_000_000 });
  const run = await startRun(google);
  try {
    await run.engine.syncAll();
    const id = await createEvent(run.db, {
      ...newDraft({
        start: '2030-03-04T07:00:00.000Z',
        end: '2030-03-04T08:00:00.000Z',
        allDay: false,
        timeZone: 'UTC',
        calendarId: EMAIL,
      }),
      summary: 'Dentist',
    });
    // Killed twice before recording Google's answers: the second run links the record to
    // Google's copy (409, then a fetch) but still cannot clear the outbox.
    for (let i = 0; i < 2; i++) {
      run.armCrashBeforeAck();
      await run.engine.syncAll();
      run.restart();
    }
    const [occ] = await localOccurrences(run.db);
    await deleteEvent(run.db, occ!, 'all');
    await run.engine.syncAll();
    await run.engine.syncAll();
    expect((await run.remote.events.get({ calendarId: EMAIL, eventId: id })).data.status).toBe(
      'cancelled',
    );
    expect(await run.db.events.get(id)).toBeUndefined();
    expect(await run.db.outbox.count()).toBe(0);
  } finally {
    await run.close();
    await google.close();
  }
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

test('an occurrence edited here for the first time keeps what Google changed in its series meanwhile', async () => {
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
  // Here the second occurrence gets a place; on Google, meanwhile, the whole series is renamed.
  const occ = (await localOccurrences(w.db)).find((o) => o.instanceId === second)!;
  await updateEvent(w.db, occ, { ...draftFromOccurrence(occ, 'UTC'), location: 'Pool' }, 'this');
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: seriesId,
    requestBody: { summary: 'Swim club' },
  });
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

test('an event deleted here whose delete could not reach Google comes back when a pull meanwhile brings an edit made on Google', async () => {
  const { data } = await w.remote.events.insert({
    calendarId: w.email,
    requestBody: {
      summary: 'Lunch',
      start: { dateTime: '2030-03-04T11:00:00Z' },
      end: { dateTime: '2030-03-04T12:00:00Z' },
    },
  });
  const id = data.id as string;
  await w.engine.syncAll();
  await w.deleteLocal(id);
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: id,
    requestBody: { summary: 'Lunch (with Sam)' },
  });
  // Google refuses the delete for the whole sync, but the pull after it gets through.
  await w.faults([{ match: { method: 'DELETE' }, respond: { status: 503 }, times: 50 }]);
  await w.engine.syncAll();
  expect(await w.db.outbox.count()).toBe(1);
  await w.admin('faults', undefined, 'DELETE');
  await w.engine.syncAll();
  await w.engine.syncAll();
  expect(await onGoogle(w, id)).toMatchObject({ status: 'confirmed', summary: 'Lunch (with Sam)' });
  expect(await w.local(id)).toMatchObject({ status: 'confirmed', summary: 'Lunch (with Sam)' });
  expect(await w.db.outbox.count()).toBe(0);
  expect((await w.log()).filter((l) => l.code === 'kept-edit').map((l) => l.eventId)).toEqual([id]);
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

test('an occurrence deleted here waits with its new series when Google refuses the series for a whole sync', async () => {
  const series = await w.createLocal(
    'Stretch',
    '2030-03-04T07:00Z',
    '2030-03-04T08:00Z',
    (d) => (d.repeat = { freq: 'DAILY', interval: 1, end: { type: 'count', count: 4 } }),
  );
  await deleteEvent(
    w.db,
    (await localOccurrences(w.db)).find((o) => o.instanceId === `${series}_20300304T070000Z`)!,
    'this',
  );
  await w.faults([
    {
      match: { method: 'POST', path: `/calendar/v3/calendars/${w.email}/events` },
      respond: { status: 503 },
      times: 50,
    },
  ]);
  await w.engine.syncAll();
  expect(await w.db.outbox.count()).toBe(2);
  await w.admin('faults', undefined, 'DELETE');
  await w.engine.syncAll();
  await w.engine.syncAll();
  const range = { start: new Date('2030-03-01T00:00:00Z'), end: new Date('2030-03-12T00:00:00Z') };
  const here = (await loadOccurrences(w.db, range)).map((o) => o.start);
  const there = (
    (await w.remote.events.instances({ calendarId: w.email, eventId: series })).data.items ?? []
  ).map((i) => new Date(i.start?.dateTime ?? '').toISOString());
  expect(there).toEqual([
    '2030-03-05T07:00:00.000Z',
    '2030-03-06T07:00:00.000Z',
    '2030-03-07T07:00:00.000Z',
  ]);
  expect(here).toEqual(there);
});

test('an occurrence deleted here, then renamed with its whole series here, still meets an edit on Google as a delete (the edit survives)', async () => {
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
  const first = `${seriesId}_20300304T070000Z`;
  await w.engine.syncAll();
  await deleteEvent(
    w.db,
    (await localOccurrences(w.db)).find((o) => o.instanceId === first)!,
    'this',
  );
  // Renaming the series renames its deleted occurrence's record too (it had the old name).
  const second = (await localOccurrences(w.db)).find(
    (o) => o.start === '2030-03-05T07:00:00.000Z',
  )!;
  await updateEvent(
    w.db,
    second,
    { ...draftFromOccurrence(second, 'UTC'), summary: 'Swim club' },
    'all',
  );
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: first,
    requestBody: { summary: 'Swim (relay)' },
  });
  await w.engine.syncAll();
  await w.engine.syncAll();
  expect(await onGoogle(w, first)).toMatchObject({ status: 'confirmed', summary: 'Swim (relay)' });
  expect(await w.local(first)).toMatchObject({ status: 'confirmed', summary: 'Swim (relay)' });
  expect((await onGoogle(w, seriesId)).summary).toBe('Swim club');
  expect((await w.log()).filter((l) => l.code === 'kept-edit').map((l) => l.eventId)).toEqual([
    first,
  ]);
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

test('an occurrence deleted here whose record a later series change removed still meets Google’s edit of it as a delete', async () => {
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
  const third = `${seriesId}_20300306T070000Z`;
  await w.engine.syncAll();
  // Here: the third occurrence is deleted, then everything from the second on; only the
  // queued delete of the third is left of it. On Google, meanwhile, the third is moved.
  await deleteEvent(
    w.db,
    (await localOccurrences(w.db)).find((o) => o.instanceId === third)!,
    'this',
  );
  await deleteEvent(
    w.db,
    (await localOccurrences(w.db)).find((o) => o.start === '2030-03-05T07:00:00.000Z')!,
    'following',
  );
  expect(await w.local(third)).toBeUndefined();
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: third,
    requestBody: {
      start: { dateTime: '2030-03-06T09:00:00Z' },
      end: { dateTime: '2030-03-06T10:00:00Z' },
    },
  });
  await w.engine.syncAll();
  await w.engine.syncAll();
  expect(await onGoogle(w, third)).toMatchObject({
    status: 'confirmed',
    start: { dateTime: expect.stringMatching(/^2030-03-06T09:00:00/) },
  });
  expect(await w.local(third)).toMatchObject({ status: 'confirmed' });
  expect((await w.log()).filter((l) => l.code === 'kept-edit').map((l) => l.eventId)).toEqual([
    third,
  ]);
});

test('an occurrence deleted on both sides ends linked to Google’s cancelled copy, with nothing left waiting, also when Google’s delete was pulled first', async () => {
  const { data } = await w.remote.events.insert({
    calendarId: w.email,
    requestBody: {
      summary: 'Walk',
      start: { dateTime: '2030-03-04T07:00:00Z', timeZone: 'UTC' },
      end: { dateTime: '2030-03-04T08:00:00Z', timeZone: 'UTC' },
      recurrence: ['RRULE:FREQ=DAILY;COUNT=4'],
    },
  });
  const third = `${data.id as string}_20300306T070000Z`;
  await w.engine.syncAll();
  // Renamed here (the rename cannot reach Google for a whole sync), deleted on Google; the
  // pull keeps the rename. Then it is deleted here too.
  const occ = (await localOccurrences(w.db)).find((o) => o.instanceId === third)!;
  await updateEvent(
    w.db,
    occ,
    { ...draftFromOccurrence(occ, 'UTC'), summary: 'Walk (long)' },
    'this',
  );
  await w.remote.events.delete({ calendarId: w.email, eventId: third });
  await w.faults([
    {
      match: { method: 'GET', path: `/calendar/v3/calendars/${w.email}/events/${third}` },
      respond: { status: 503 },
      times: 50,
    },
  ]);
  await w.engine.syncAll();
  await w.admin('faults', undefined, 'DELETE');
  expect(await w.local(third)).toMatchObject({ status: 'confirmed', summary: 'Walk (long)' });
  await deleteEvent(
    w.db,
    (await localOccurrences(w.db)).find((o) => o.instanceId === third)!,
    'this',
  );
  await w.engine.syncAll();
  await w.engine.syncAll();
  expect((await onGoogle(w, third)).status).toBe('cancelled');
  expect(await w.local(third)).toMatchObject({
    status: 'cancelled',
    google: expect.anything(),
    dirty: [],
  });
  expect(await w.db.outbox.count()).toBe(0);
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
