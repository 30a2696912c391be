// Regressions the convergence property suite found, kept as plain examples so they fail fast and
// readably if they come back: an occurrence deleted here (or on both sides) while its series
// changed or waited.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { onGoogle, startSyncWorld, type SyncWorld } from '../integration/sync/harness';
import { deleteEvent, moveEvent, updateEvent } from '../../src-renderer/db/event-writes';
import { loadOccurrences } from '../../src-renderer/db/queries';
import { draftFromOccurrence } from '../../src-renderer/calendar/model/drafts';
import { localOccurrences } from './convergence-world';

let w: SyncWorld;
beforeEach(async () => {
  w = await startSyncWorld();
  await w.engine.syncAll();
});
afterEach(() => w.close());

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
