// Moving an event back to the calendar it came from after its move went out with every answer
// lost: Google may have moved it or not, and this computer cannot tell; and Google takes no
// event back under its id in a calendar it left. So it goes back as a copy, as undoing a move
// that reached Google does. Either way Google ends with one event, in the calendar chosen
// last, with what was changed here since, and nothing is refused or restored on the way.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { moveWorld, type MoveWorld } from './harness';
import { moveToCalendar } from '../../../src-renderer/db/calendar-moves';

let w: MoveWorld;
let work: string;
beforeEach(async () => {
  w = await moveWorld();
  ({ work } = w);
});
afterEach(() => w.close());

/** An event in Work moved to the primary calendar, every answer to its move lost (`when`). */
async function movedWithAnswersLost(when: 'before-apply' | 'after-apply'): Promise<string> {
  const id = await w.createLocal('Retro', '2030-03-12T09:00Z', '2030-03-12T10:00Z', (d) => {
    d.calendarId = work;
  });
  await w.engine.syncAll();
  await moveToCalendar(w.db, id, w.email);
  await w.faults([
    {
      match: { method: 'POST', path: `/calendar/v3/calendars/${work}/events/${id}/move` },
      drop: when,
      times: 6,
    },
  ]);
  // The calendar it went to is not read before the move back (as when the app is killed
  // right after the move).
  await w.db.calendars.update(w.email, { syncEnabled: false });
  await w.engine.syncAll();
  await w.admin('faults', undefined, 'DELETE');
  await w.db.calendars.update(w.email, { syncEnabled: true });
  return id;
}

/** Moves `id` back to Work, changes it there, syncs twice: one event, in Work, with the change. */
async function moveBackAndChange(id: string): Promise<void> {
  const back = await moveToCalendar(w.db, id, work);
  await w.editLocal(back, (d) => (d.location = 'Hall'));
  const logged = (await w.log()).length;
  await w.engine.syncAll();
  await w.engine.syncAll();

  const live = async (calendarId: string) =>
    (await w.remote.events.list({ calendarId, maxResults: 2500 })).data.items ?? [];
  expect(await live(w.email)).toEqual([]);
  expect(await live(work)).toMatchObject([{ id: back, summary: 'Retro', location: 'Hall' }]);
  const here = (await w.db.events.toArray()).filter((e) => e.status !== 'cancelled');
  expect(here).toMatchObject([{ id: back, calendarId: work, location: 'Hall', dirty: [] }]);
  expect(here[0]?.movingFrom).toBeUndefined();
  expect(await w.db.outbox.count()).toBe(0);
  const since = (await w.log()).slice(logged).filter((l) => l.level !== 'info');
  expect(since).toEqual([]);
}

test('moved back after Google took the move (its answers lost): one event in the calendar chosen last, with the change made since', async () => {
  const id = await movedWithAnswersLost('after-apply');
  expect(await w.onGoogleIn(w.email, id)).toMatchObject({ status: 'confirmed' });
  await moveBackAndChange(id);
});

test('moved back when the move never reached Google (its answers lost): one event in the calendar chosen last, with the change made since', async () => {
  const id = await movedWithAnswersLost('before-apply');
  expect(await w.onGoogleIn(w.email, id)).toBeNull();
  await moveBackAndChange(id);
});

/** Moves `id` on to a third calendar, Team, syncs twice: one event, in Team, nothing refused. */
async function moveOnToTeam(id: string): Promise<void> {
  const team = (await w.admin<{ id: string }>('calendars', { email: w.email, summary: 'Team' })).id;
  await w.engine.syncAll({ refreshCalendars: true });
  await w.db.calendars.update(team, { syncEnabled: true });
  const moved = await moveToCalendar(w.db, id, team);
  const logged = (await w.log()).length;
  await w.engine.syncAll();
  await w.engine.syncAll();

  const live = async (calendarId: string) =>
    ((await w.remote.events.list({ calendarId, maxResults: 2500 })).data.items ?? []).filter(
      (e) => e.status !== 'cancelled',
    );
  expect([...(await live(w.email)), ...(await live(work))]).toEqual([]);
  expect(await live(team)).toMatchObject([{ id: moved, summary: 'Retro' }]);
  const here = (await w.db.events.toArray()).filter((e) => e.status !== 'cancelled');
  expect(here).toMatchObject([{ id: moved, calendarId: team, dirty: [] }]);
  expect(here[0]?.movingFrom).toBeUndefined();
  expect(await w.db.outbox.count()).toBe(0);
  const since = (await w.log()).slice(logged).filter((l) => l.level !== 'info');
  expect(since).toEqual([]);
}

test('moved on to a third calendar after Google took the move (its answers lost): one event there', async () => {
  const id = await movedWithAnswersLost('after-apply');
  await moveOnToTeam(id);
});

test('moved on to a third calendar when the move never reached Google (its answers lost): one event there', async () => {
  const id = await movedWithAnswersLost('before-apply');
  await moveOnToTeam(id);
});
