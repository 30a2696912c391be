// A series moved to the other account, whose copy reached Google there, then moved home
// before its original's delete went up, while Google moved one of the original's
// occurrences. The copy still remembers the original after Google took it, so the move home
// takes the original back (with what Google changed) instead of inserting a second series
// beside it: the original's delete would meet Google's change and be kept, leaving two.
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { moveToCalendar } from '../../../src-renderer/db/calendar-moves';
import { ADA, BOB, twoAccounts } from './two-accounts-world';

const w = twoAccounts();

/** `email`'s live events on Google, occurrences listed one by one. */
async function instancesOnGoogle(
  email: string,
): Promise<{ id: string; summary: string; location?: string; start: { dateTime: string } }[]> {
  const { access_token } = await w.admin<{ access_token: string }>('tokens', {
    email,
    clientId: 'google-web-ui.apps.googleusercontent.com',
  });
  const response = await fetch(
    `${w.google.url}/calendar/v3/calendars/${encodeURIComponent(email)}/events?singleEvents=true`,
    { headers: { Authorization: `Bearer ${access_token}` } },
  );
  const body = (await response.json()) as {
    items: {
      id: string;
      summary: string;
      status: string;
      location?: string;
      start: { dateTime: string };
    }[];
  };
  return body.items.filter((e) => e.status !== 'cancelled');
}

/** Changes `eventId` in `email`'s primary calendar as Google's own web client does. */
async function patchOnGoogle(email: string, eventId: string, patch: object): Promise<void> {
  const { access_token } = await w.admin<{ access_token: string }>('tokens', {
    email,
    clientId: 'google-web-ui.apps.googleusercontent.com',
  });
  const response = await fetch(
    `${w.google.url}/calendar/v3/calendars/${encodeURIComponent(email)}/events/${eventId}`,
    {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${access_token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(patch),
    },
  );
  expect(response.status).toBe(200);
}

test.each([
  ['its copy on Google there', false],
  ['its copy on Google there and changed there', true],
])(
  'a series copied to the other account, %s, comes home as itself while Google moved an occurrence',
  async (_, changedAtBob) => {
    await w.connect(ADA);
    await w.connect(BOB);
    await w.admin('events', {
      calendarId: ADA,
      events: [
        {
          summary: 'Ada daily',
          start: { dateTime: '2030-06-03T09:00:00Z', timeZone: 'UTC' },
          end: { dateTime: '2030-06-03T10:00:00Z', timeZone: 'UTC' },
          recurrence: ['RRULE:FREQ=DAILY;COUNT=3'],
        },
      ],
    });
    await w.syncNow();
    const series = (await w.db.events.toArray()).find((e) => e.summary === 'Ada daily')!;

    // To Bob, and Bob's sync alone puts the copy on Google there; Ada's delete still waits.
    const atBob = await moveToCalendar(w.db, series.id, BOB);
    await w.app.sync.syncNow({}, BOB);
    const copies = (await instancesOnGoogle(BOB)).filter((e) => e.summary === 'Ada daily');
    expect(copies).toHaveLength(3);
    if (changedAtBob) {
      // Bob gives the copy a place on Google, and his next sync takes Google's version of it.
      await patchOnGoogle(BOB, atBob, { location: 'Room 2' });
      await w.app.sync.syncNow({}, BOB);
      expect((await w.db.events.get(atBob))?.location).toBe('Room 2');
    }
    expect(await moveToCalendar(w.db, atBob, ADA)).toBe(series.id);

    // Meanwhile, on Google, Ada moves the first day a day and two hours earlier.
    const first = `${series.id}_20300603T090000Z`;
    await patchOnGoogle(ADA, first, {
      start: { dateTime: '2030-06-02T07:00:00Z', timeZone: 'UTC' },
      end: { dateTime: '2030-06-02T08:00:00Z', timeZone: 'UTC' },
    });
    await w.syncNow();
    await w.syncNow();

    // One series on Google, the original, with Ada's move of its first day; none left at Bob.
    const atAda = (await instancesOnGoogle(ADA)).filter((e) => e.summary === 'Ada daily');
    expect(atAda.map((e) => e.id).sort()).toEqual(
      [first, `${series.id}_20300604T090000Z`, `${series.id}_20300605T090000Z`].sort(),
    );
    expect(atAda.find((e) => e.id === first)?.start.dateTime).toBe('2030-06-02T07:00:00Z');
    // What Bob wrote on the copy came home with it, on the series (the occurrence Ada moved
    // is an exception of its own on Google, which a change of its series leaves as it is).
    if (changedAtBob)
      expect(atAda.filter((e) => e.id !== first).map((e) => e.location)).toEqual([
        'Room 2',
        'Room 2',
      ]);
    expect(await w.onGoogle(BOB)).toEqual(['Bob home']);
    const seriesHere = (await w.db.events.toArray()).filter(
      (e) => e.summary === 'Ada daily' && e.status !== 'cancelled' && !e.recurringEventId,
    );
    expect(seriesHere.map((e) => [e.id, e.calendarId])).toEqual([[series.id, ADA]]);
    expect(await w.db.outbox.count()).toBe(0);
  },
);
