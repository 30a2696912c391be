// A series moved between two Google calendars whose move reached Google with every answer
// lost, so that the pull of the calendar it went to is what finds the move done. What Google
// lists there is then Google's word on each of the series' occurrences, the move being no
// change of theirs: an occurrence deleted on Google meanwhile is deleted here too.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { moveWorld, type MoveWorld } from './harness';
import { moveToCalendar } from '../../../src-renderer/db/calendar-moves';
import { updateEvent } from '../../../src-renderer/db/event-writes';
import { loadOccurrences } from '../../../src-renderer/db/queries';
import { draftFromOccurrence } from '../../../src-renderer/calendar/model/drafts';

let w: MoveWorld;
let work: string;
beforeEach(async () => {
  w = await moveWorld();
  ({ work } = w);
});
afterEach(() => w.close());

const TUESDAY = '_20300702T070000Z';

/** A daily series of five in Work, Monday 1 July 2030 on, its Tuesday changed here; synced. */
async function seriesInWork(): Promise<string> {
  const id = await w.createLocal('Standup', '2030-07-01T07:00Z', '2030-07-01T07:30Z', (d) => {
    d.calendarId = work;
    d.repeat = { freq: 'DAILY', interval: 1, end: { type: 'count', count: 5 } };
  });
  const [tuesday] = (
    await loadOccurrences(w.db, {
      start: new Date('2030-07-02T00:00:00Z'),
      end: new Date('2030-07-02T23:59:59Z'),
    })
  ).filter((o) => o.seriesId === id);
  if (!tuesday) throw new Error('no Tuesday');
  const draft = draftFromOccurrence(tuesday, 'Europe/Berlin');
  draft.location = 'Terrace';
  await updateEvent(w.db, tuesday, draft, 'this');
  await w.engine.syncAll();
  expect(await w.onGoogleIn(work, `${id}${TUESDAY}`)).toMatchObject({ status: 'confirmed' });
  return id;
}

test('an occurrence deleted on Google while its series moved back is deleted here once the pull finds the move done', async () => {
  const id = await seriesInWork();
  await moveToCalendar(w.db, id, w.email);
  // Someone deletes the Tuesday on Google, in Work, before the move goes up.
  await w.remote.events.delete({ calendarId: work, eventId: `${id}${TUESDAY}` });
  // Google moves the series (its cancelled Tuesday with it); no answer to the move comes back.
  await w.faults([
    {
      match: { method: 'POST', path: `/calendar/v3/calendars/${work}/events/${id}/move` },
      drop: 'after-apply',
      times: 6,
    },
  ]);
  await w.engine.syncAll();
  await w.admin('faults', undefined, 'DELETE');
  await w.engine.syncAll();
  await w.engine.syncAll();

  expect(await w.onGoogleIn(w.email, id)).toMatchObject({ status: 'confirmed' });
  expect(await w.onGoogleIn(w.email, `${id}${TUESDAY}`)).toMatchObject({ status: 'cancelled' });
  // Google's delete holds here: the move back was no change of the Tuesday's.
  expect(await w.local(`${id}${TUESDAY}`)).toMatchObject({
    calendarId: w.email,
    status: 'cancelled',
  });
  for (const record of (await w.db.events.toArray()).filter(
    (e) => e.id === id || e.recurringEventId === id,
  )) {
    expect(record.calendarId).toBe(w.email);
    expect(record.movingFrom).toBeUndefined();
  }
  expect(await w.db.outbox.count()).toBe(0);
});
