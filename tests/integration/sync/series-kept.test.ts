// A series deleted here while Google changed it comes back (the edit wins), and the
// occurrences its delete took along here are read back from Google. They come back into the
// calendar the series lives in here: while the series is on its way to another calendar,
// that is where it is going, not where Google still has it.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { moveWorld, type MoveWorld } from './harness';
import { moveToCalendar } from '../../../src-renderer/db/calendar-moves';
import { deleteEvent } from '../../../src-renderer/db/event-writes';
import { loadOccurrences } from '../../../src-renderer/db/queries';

let w: MoveWorld;
beforeEach(async () => {
  w = await moveWorld();
});
afterEach(() => w.close());

const FIRST = '_20300304T070000Z';
const week = { start: new Date('2030-03-01T00:00:00Z'), end: new Date('2030-03-12T00:00:00Z') };

test('a series moved, its first occurrence cancelled on Google, deleted here, then changed on Google, comes back whole in its new calendar', async () => {
  const { data } = await w.remote.events.insert({
    calendarId: w.email,
    requestBody: {
      summary: 'Run',
      start: { dateTime: '2030-03-04T07:00:00Z', timeZone: 'UTC' },
      end: { dateTime: '2030-03-04T08:00:00Z', timeZone: 'UTC' },
      recurrence: ['RRULE:FREQ=DAILY;COUNT=4'],
      attendees: [{ email: 'grace@example.org' }],
    },
  });
  const id = data.id as string;
  await w.engine.syncAll();
  // Changed on Google as the move is chosen here, so the move waits a sync.
  await w.remote.events.patch({ calendarId: w.email, eventId: id, requestBody: { attendees: [] } });
  await moveToCalendar(w.db, id, w.work);
  await w.remote.events.delete({ calendarId: w.email, eventId: `${id}${FIRST}` });
  await w.engine.syncAll();
  const occurrences = await loadOccurrences(w.db, week);
  const first = occurrences.find((o) => o.seriesId === id);
  if (!first) throw new Error('no occurrence of the series');
  await deleteEvent(w.db, first, 'all');
  // Google changes the series after the delete here: the change wins, the series comes back.
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: id,
    requestBody: { attendees: [{ email: 'heidi@example.org' }] },
  });
  await w.engine.syncAll();
  await w.engine.syncAll();

  expect(await w.onGoogleIn(w.work, id)).toMatchObject({ status: 'confirmed' });
  expect(await w.onGoogleIn(w.work, `${id}${FIRST}`)).toMatchObject({ status: 'cancelled' });
  expect(await w.local(id)).toMatchObject({ calendarId: w.work, status: 'confirmed' });
  expect(await w.local(`${id}${FIRST}`)).toMatchObject({
    calendarId: w.work,
    status: 'cancelled',
  });
  // Shown as Google shows it: three days, the cancelled first one not among them.
  const shown = (await loadOccurrences(w.db, week)).filter((o) => o.seriesId === id);
  expect(shown.map((o) => o.start.slice(0, 10))).toEqual([
    '2030-03-05',
    '2030-03-06',
    '2030-03-07',
  ]);
  expect(await w.db.outbox.count()).toBe(0);
});
