// A series cut "this and following" from an occurrence changed here for the first time, while
// Google changed that same occurrence. The occurrence starts the new series here, and its own
// change never reaches Google; but Google keeps its changed copy, past the old series' new
// end. That copy is not deleted here: the pull must bring it down even though the change
// queued for it here is still waiting (a queued change of a record gone is no delete), or
// the sync token moves past it and the two sides never agree again.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { moveWorld, type MoveWorld } from './harness';
import { moveToCalendar } from '../../../src-renderer/db/calendar-moves';
import { updateEvent } from '../../../src-renderer/db/event-writes';
import { loadOccurrences } from '../../../src-renderer/db/queries';
import { draftFromOccurrence } from '../../../src-renderer/calendar/model/drafts';
import type { EditScope, EventDraft } from '../../../src-renderer/calendar/model/types';

let w: MoveWorld;
beforeEach(async () => {
  w = await moveWorld();
});
afterEach(() => w.close());

const ZONE = 'Europe/Berlin';
const WEDNESDAY = '_20300703T070000Z';

/** The series' occurrence on `day` (YYYY-MM-DD) changed as the editor saves it. */
async function edit(
  seriesId: string,
  day: string,
  scope: EditScope,
  change: (d: EventDraft) => void,
) {
  const all = await loadOccurrences(w.db, {
    start: new Date(`${day}T00:00:00Z`),
    end: new Date(`${day}T23:59:59Z`),
  });
  const occ = all.find((o) => o.seriesId === seriesId);
  if (!occ) throw new Error(`no occurrence of ${seriesId} on ${day}`);
  const draft = draftFromOccurrence(occ, ZONE);
  change(draft);
  await updateEvent(w.db, occ, draft, scope);
}

test('a series cut from an occurrence Google renamed, while the series moves: Google’s renamed copy comes here too', async () => {
  // A daily series in Work, moving to the primary calendar (which this sync reads after Work:
  // the move's follow-up reads it first, with the change below still queued there).
  const id = await w.createLocal('Retro', '2030-07-01T07:00Z', '2030-07-01T07:30Z', (d) => {
    d.calendarId = w.work;
    d.repeat = { freq: 'DAILY', interval: 1, end: { type: 'count', count: 5 } };
  });
  await w.engine.syncAll();
  await moveToCalendar(w.db, id, w.email);
  await w.remote.events.patch({
    calendarId: w.work,
    eventId: `${id}${WEDNESDAY}`,
    requestBody: { summary: 'Retro (big room)' },
  });
  // Wednesday moved earlier here, then the series cut from it: it starts the new series.
  await edit(id, '2030-07-03', 'this', (d) => {
    d.startTime = '08:00';
    d.endTime = '08:30';
  });
  await edit(id, '2030-07-03', 'following', (d) => (d.location = 'Hall'));
  expect(await w.local(`${id}${WEDNESDAY}`)).toBeUndefined();
  expect((await w.engine.syncAll()).ok).toBe(true);
  await w.engine.syncAll();

  // Google keeps its renamed Wednesday past the old series' end: so does this computer.
  expect(await w.onGoogleIn(w.email, `${id}${WEDNESDAY}`)).toMatchObject({
    summary: 'Retro (big room)',
    status: 'confirmed',
  });
  expect(await w.local(`${id}${WEDNESDAY}`)).toMatchObject({
    calendarId: w.email,
    summary: 'Retro (big room)',
    status: 'confirmed',
  });
  // What was made here is on Google: the old series ends before Wednesday, the new one
  // starts at Wednesday's new time.
  expect((await w.onGoogleIn(w.email, id))?.recurrence?.[0]).toMatch(/UNTIL=20300703T/);
  const later = (await w.db.events.toArray()).find((e) => e.kind === 'master' && e.id !== id);
  expect(later).toMatchObject({ calendarId: w.email, location: 'Hall' });
  const laterOnGoogle = await w.onGoogleIn(w.email, later!.id);
  expect(laterOnGoogle).toMatchObject({ location: 'Hall', status: 'confirmed' });
  expect(Date.parse(laterOnGoogle?.start?.dateTime ?? '')).toBe(Date.parse('2030-07-03T06:00Z'));
  expect(await w.db.outbox.count()).toBe(0);
});
