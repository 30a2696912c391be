// Regressions the convergence property suite found, kept as plain examples so they fail fast and
// readably if they come back: plain events whose writes or acknowledgements went astray: created,
// saved, moved or deleted here while an answer from Google was lost or a write could not go up.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { onGoogle, startSyncWorld, type SyncWorld } from '../integration/sync/harness';
import { createEvent, deleteEvent, updateEvent } from '../../src-renderer/db/event-writes';
import { startFakeGoogle } from '../fake-google/index.js';
import { draftFromOccurrence, newDraft } from '../../src-renderer/calendar/model/drafts';
import { EMAIL, localOccurrences, startRun } from './convergence-world';

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
