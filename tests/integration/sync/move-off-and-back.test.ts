// A series moved off Google to the calendar kept here and back before its delete went up
// comes back as itself, with the exceptions Google already has: what both sides last agreed
// on for each of them comes back too, so a change made to one while the series was away is
// a change made here alone, not a conflict with what Google did before the last sync.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { moveWorld, type MoveWorld } from './harness';
import { moveToCalendar } from '../../../src-renderer/db/calendar-moves';
import { createLocalCalendar } from '../../../src-renderer/db/calendar-writes';
import { moveEvent } from '../../../src-renderer/db/event-writes';
import { loadOccurrences } from '../../../src-renderer/db/queries';

let w: MoveWorld;
beforeEach(async () => {
  w = await moveWorld();
});
afterEach(() => w.close());

const TUESDAY = '_20300305T070000Z';

test('an occurrence Google moved before the last sync, moved again while its series was here and back, goes up without a conflict', async () => {
  const mine = await createLocalCalendar(w.db, {
    summary: 'Personal',
    color: '#33aa55',
    timeZone: 'Europe/Berlin',
    defaultReminders: [],
  });
  const inserted = await w.remote.events.insert({
    calendarId: w.email,
    requestBody: {
      summary: 'Standup',
      start: { dateTime: '2030-03-04T07:00:00Z', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2030-03-04T08:00:00Z', timeZone: 'Europe/Berlin' },
      recurrence: ['RRULE:FREQ=DAILY;COUNT=4'],
    },
  });
  const id = inserted.data.id as string;
  // Tuesday's occurrence moved three hours later on Google; this computer learns of it.
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: `${id}${TUESDAY}`,
    requestBody: {
      start: { dateTime: '2030-03-05T10:00:00Z', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2030-03-05T11:00:00Z', timeZone: 'Europe/Berlin' },
    },
  });
  await w.engine.syncAll();
  const logged = (await w.log()).length;

  const copy = await moveToCalendar(w.db, id, mine);
  // While the series is here, the user drags that occurrence one hour earlier.
  const [tuesday] = (
    await loadOccurrences(w.db, {
      start: new Date('2030-03-05T00:00Z'),
      end: new Date('2030-03-06T00:00Z'),
    })
  ).filter((o) => o.seriesId === copy);
  if (!tuesday) throw new Error('no occurrence on Tuesday');
  expect(tuesday.start).toBe('2030-03-05T10:00:00.000Z');
  await moveEvent(
    w.db,
    tuesday,
    { start: '2030-03-05T09:00:00.000Z', end: '2030-03-05T10:00:00.000Z', allDay: false },
    'this',
  );
  // Back before any sync: the series comes back as itself.
  expect(await moveToCalendar(w.db, copy, w.email)).toBe(id);
  await w.engine.syncAll();
  await w.engine.syncAll();

  const onGoogle = await w.remote.events.get({ calendarId: w.email, eventId: `${id}${TUESDAY}` });
  expect(new Date(onGoogle.data.start?.dateTime as string).toISOString()).toBe(
    '2030-03-05T09:00:00.000Z',
  );
  expect(await w.local(`${id}${TUESDAY}`)).toMatchObject({
    calendarId: w.email,
    startMs: Date.parse('2030-03-05T09:00:00Z'),
    dirty: [],
  });
  // Only this computer moved it since the two sides last agreed: nothing to report.
  const since = (await w.log()).slice(logged).filter((l) => l.level !== 'info');
  expect(since).toEqual([]);
  expect(await w.db.outbox.count()).toBe(0);
});

test('occurrences Google cancelled or renamed before the last sync come back unchanged with their series, and nothing is reported', async () => {
  const mine = await createLocalCalendar(w.db, {
    summary: 'Personal',
    color: '#33aa55',
    timeZone: 'Europe/Berlin',
    defaultReminders: [],
  });
  const id = (
    await w.remote.events.insert({
      calendarId: w.email,
      requestBody: {
        summary: 'Standup',
        start: { dateTime: '2030-03-04T07:00:00Z', timeZone: 'Europe/Berlin' },
        end: { dateTime: '2030-03-04T08:00:00Z', timeZone: 'Europe/Berlin' },
        recurrence: ['RRULE:FREQ=DAILY;COUNT=4'],
      },
    })
  ).data.id as string;
  await w.remote.events.delete({ calendarId: w.email, eventId: `${id}${TUESDAY}` });
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: `${id}_20300306T070000Z`,
    requestBody: { summary: 'Standup (demo)' },
  });
  await w.engine.syncAll();
  const logged = (await w.log()).length;

  const copy = await moveToCalendar(w.db, id, mine);
  expect(await moveToCalendar(w.db, copy, w.email)).toBe(id);
  await w.engine.syncAll();
  await w.engine.syncAll();

  const instances = (await w.remote.events.instances({ calendarId: w.email, eventId: id })).data
    .items;
  expect(instances?.map((i) => [i.id, i.summary])).toEqual([
    [`${id}_20300304T070000Z`, 'Standup'],
    [`${id}_20300306T070000Z`, 'Standup (demo)'],
    [`${id}_20300307T070000Z`, 'Standup'],
  ]);
  expect(await w.local(`${id}${TUESDAY}`)).toMatchObject({ status: 'cancelled', dirty: [] });
  expect(await w.local(`${id}_20300306T070000Z`)).toMatchObject({
    summary: 'Standup (demo)',
    dirty: [],
  });
  const since = (await w.log()).slice(logged).filter((l) => l.level !== 'info');
  expect(since).toEqual([]);
  expect(await w.db.outbox.count()).toBe(0);
});
