// A series of one account moved here, on to the other account and home again, all before a
// sync, while Google changed one of its occurrences: it comes home as itself. The copy made
// here was never on Google, and the copy it made in the other account still remembers the
// original, so the move home takes the original back instead of inserting a second series
// beside it (Google keeps the original, with its changed occurrence, whatever the delete).
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { moveToCalendar } from '../../../src-renderer/db/calendar-moves';
import { createLocalCalendar } from '../../../src-renderer/db/calendar-writes';
import { ADA, BOB, twoAccounts } from './two-accounts-world';

const w = twoAccounts();

/** Bob's events on Google as Google's own web client lists them (series as one master). */
async function bobsGoogle(): Promise<{ id: string; summary: string; location?: string }[]> {
  const { access_token } = await w.admin<{ access_token: string }>('tokens', {
    email: BOB,
    clientId: 'google-web-ui.apps.googleusercontent.com',
  });
  const response = await fetch(
    `${w.google.url}/calendar/v3/calendars/${encodeURIComponent(BOB)}/events?singleEvents=true`,
    { headers: { Authorization: `Bearer ${access_token}` } },
  );
  const body = (await response.json()) as {
    items: { id: string; summary: string; status: string; location?: string }[];
  };
  return body.items.filter((e) => e.status !== 'cancelled');
}

test('a series moved here, on to the other account and home before a sync comes home as itself, with what Google changed', async () => {
  await w.connect(ADA);
  await w.connect(BOB);
  await w.admin('events', {
    calendarId: BOB,
    events: [
      {
        summary: 'Bob daily',
        start: { dateTime: '2030-06-03T09:00:00Z', timeZone: 'UTC' },
        end: { dateTime: '2030-06-03T10:00:00Z', timeZone: 'UTC' },
        recurrence: ['RRULE:FREQ=DAILY;COUNT=3'],
      },
    ],
  });
  await w.syncNow();
  const series = (await w.db.events.toArray()).find((e) => e.summary === 'Bob daily')!;
  // On Google, Bob gives the second day a place.
  const second = `${series.id}_20300604T090000Z`;
  const { access_token } = await w.admin<{ access_token: string }>('tokens', {
    email: BOB,
    clientId: 'google-web-ui.apps.googleusercontent.com',
  });
  const patched = await fetch(
    `${w.google.url}/calendar/v3/calendars/${encodeURIComponent(BOB)}/events/${second}`,
    {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${access_token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ location: 'Room 2' }),
    },
  );
  expect(patched.status).toBe(200);

  const mine = await createLocalCalendar(w.db, {
    summary: 'Personal',
    color: '#33aa55',
    timeZone: 'UTC',
    defaultReminders: [],
  });
  const here = await moveToCalendar(w.db, series.id, mine);
  const atAda = await moveToCalendar(w.db, here, ADA);
  expect(await moveToCalendar(w.db, atAda, BOB)).toBe(series.id);
  await w.syncNow();
  await w.syncNow();

  // One series on Google, the original, with Bob's place on its second day.
  const onGoogle = (await bobsGoogle()).filter((e) => e.summary === 'Bob daily');
  expect(onGoogle.map((e) => e.id).sort()).toEqual(
    [`${series.id}_20300603T090000Z`, second, `${series.id}_20300605T090000Z`].sort(),
  );
  expect(onGoogle.find((e) => e.id === second)?.location).toBe('Room 2');
  expect(await w.onGoogle(ADA)).toEqual(['Ada work']);
  const seriesHere = (await w.db.events.toArray()).filter(
    (e) => e.summary === 'Bob daily' && e.status !== 'cancelled' && !e.recurringEventId,
  );
  expect(seriesHere.map((e) => [e.id, e.calendarId])).toEqual([[series.id, BOB]]);
  expect(await w.db.outbox.count()).toBe(0);
});
