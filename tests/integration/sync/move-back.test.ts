// A move Google refuses (here: moving an event back to a calendar it left, which the emulator
// refuses as an id that calendar has already had) puts the event back where Google has it;
// an edit made after the move, before the sync, is not part of the refusal and reaches Google.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startSyncWorld, type SyncWorld } from './harness';
import { moveToCalendar } from '../../../src-renderer/db/calendar-moves';

let w: SyncWorld;
let work: string;
beforeEach(async () => {
  w = await startSyncWorld();
  work = (await w.admin<{ id: string }>('calendars', { email: w.email, summary: 'Work' })).id;
  await w.engine.syncAll();
  await w.db.calendars.update(work, { syncEnabled: true });
  await w.engine.syncAll();
});
afterEach(() => w.close());

test('a refused move keeps the edit made after it: the event goes back where Google has it, with the edit sent there', async () => {
  const id = await w.createLocal('Local 0', '2030-03-04T06:00Z', '2030-03-04T07:00Z');
  await w.engine.syncAll();
  await moveToCalendar(w.db, id, work);
  await w.engine.syncAll();
  await moveToCalendar(w.db, id, w.email);
  await w.editLocal(id, (d) => (d.summary = 'S5'));
  const report = await w.engine.syncAll();
  expect(report.refused).toBe(1);
  await w.engine.syncAll();
  const there = (await w.remote.events.get({ calendarId: work, eventId: id })).data;
  expect(there).toMatchObject({ summary: 'S5', status: 'confirmed' });
  expect(await w.local(id)).toMatchObject({ calendarId: work, summary: 'S5', dirty: [] });
  expect(await w.db.outbox.count()).toBe(0);
});
