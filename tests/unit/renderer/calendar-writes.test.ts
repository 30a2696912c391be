// Calendars kept on this computer and which calendars are shown, against real Dexie over
// fake-indexeddb: details are checked with a message per field; deleting takes the events
// and their queued changes; a sync's copy of a calendar never undoes the person's tick; and
// a calendar shown again does not remind of what fell due while it was hidden.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AlmanacDatabase } from '../../../src-renderer/db/database';
import {
  calendarProblems,
  type CalendarDetails,
} from '../../../src-preload/model/calendar-details';
import {
  countCalendarEvents,
  createLocalCalendar,
  deleteLocalCalendar,
  setCalendarShown,
  showOnlyCalendar,
  updateLocalCalendar,
} from '../../../src-renderer/db/calendar-writes';
import { createDexieLocalStore } from '../../../src-renderer/db/local-store';
import { hiddenCalendarIds, readDisplay } from '../../../src-renderer/calendars/visibility';
import { planFromOccurrences } from '../../../src-renderer/reminders/reminder-plan';
import {
  pendingDisplay,
  settlePendingDisplay,
} from '../../../src-renderer/calendars/pending-display';
import { occurrenceOf } from '../../../src-renderer/calendar/model/occurrence';
import { freshDb, timed } from './fixtures';

const WORK: CalendarDetails = {
  summary: 'Work',
  color: '#0b8043',
  timeZone: 'Asia/Tokyo',
  defaultReminders: [{ method: 'popup', minutes: 30 }],
};

let db: AlmanacDatabase;
beforeEach(() => {
  db = freshDb();
});

describe('calendar details', () => {
  it.each([
    [{ summary: '  ' }, 'summary', 'Give the calendar a name.'],
    [{ summary: 'x'.repeat(201) }, 'summary', 'A calendar’s name can be at most 200 characters.'],
    [{ color: 'green' }, 'color', 'Pick a colour like #4986e7.'],
    [
      { timeZone: 'Mars/Olympus' },
      'timeZone',
      '“Mars/Olympus” is not a time zone; pick one from the list.',
    ],
    [
      {
        defaultReminders: Array.from({ length: 6 }, () => ({
          method: 'popup' as const,
          minutes: 5,
        })),
      },
      'defaultReminders',
      'A calendar can have at most 5 default reminders.',
    ],
    [
      { defaultReminders: [{ method: 'popup' as const, minutes: 50_000 }] },
      'defaultReminders',
      'A reminder can be from 0 minutes to 4 weeks before the event.',
    ],
  ])('%j: %s', (change, field, message) => {
    expect(calendarProblems({ ...WORK, ...change })).toEqual([{ field, message }]);
  });

  it('good details have no problem, and are stored trimmed as a calendar kept here', async () => {
    expect(calendarProblems(WORK)).toEqual([]);
    const id = await createLocalCalendar(db, { ...WORK, summary: '  Work ', color: '#0B8043' });
    expect(await db.calendars.get(id)).toEqual({
      id,
      ...WORK,
      accessRole: 'owner',
      syncEnabled: false,
    });
    await expect(createLocalCalendar(db, { ...WORK, summary: '' })).rejects.toThrow(
      'Give the calendar a name.',
    );
  });

  it('a Google calendar is not changed or deleted as if it were kept here', async () => {
    await db.calendars.put({
      id: 'team@group.calendar.google.com',
      summary: 'Team',
      color: '#039be5',
      accessRole: 'owner',
      account: 'me@example.com',
      syncEnabled: true,
    });
    await expect(updateLocalCalendar(db, 'team@group.calendar.google.com', WORK)).rejects.toThrow(
      'is a Google calendar',
    );
    await expect(deleteLocalCalendar(db, 'team@group.calendar.google.com')).rejects.toThrow(
      'is a Google calendar',
    );
    await expect(deleteLocalCalendar(db, 'local')).rejects.toThrow('is your main calendar');
  });
});

describe('deleting a calendar', () => {
  it('takes its events and their queued changes, and nothing of other calendars', async () => {
    const id = await createLocalCalendar(db, WORK);
    await db.events.bulkPut([
      timed('a', '2026-06-10T10:00', '2026-06-10T11:00', 'Europe/Berlin', { calendarId: id }),
      timed('b', '2026-06-11T10:00', '2026-06-11T11:00', 'Europe/Berlin', { calendarId: id }),
      timed('c', '2026-06-11T10:00', '2026-06-11T11:00', 'Europe/Berlin'),
    ]);
    await db.outbox.add({
      eventId: 'a',
      calendarId: id,
      op: 'insert',
      sendUpdates: 'none',
      createdAt: 1,
    });
    expect(await countCalendarEvents(db, id)).toBe(2);
    await deleteLocalCalendar(db, id);
    expect(await db.calendars.get(id)).toBeUndefined();
    expect((await db.events.toArray()).map((e) => e.id)).toEqual(['c']);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('showing and hiding', () => {
  it("Display this only hides every other calendar; a sync's copy of the calendars changes nothing of it", async () => {
    const id = await createLocalCalendar(db, WORK);
    await showOnlyCalendar(db, id);
    expect(hiddenCalendarIds(await readDisplay(db))).toEqual(new Set(['local']));
    const store = createDexieLocalStore(db);
    const fromSync = (await store.calendars()).map((c) => ({
      ...c,
      summary: `${c.summary} (renamed)`,
    }));
    expect(await store.commit({ calendars: fromSync })).toEqual({ ok: true });
    expect(hiddenCalendarIds(await readDisplay(db))).toEqual(new Set(['local']));
    await deleteLocalCalendar(db, id);
    expect((await readDisplay(db)).has(id)).toBe(false);
  });

  it('a hidden calendar does not remind; shown again, only from then on', async () => {
    const event = timed('call', '2026-06-10T11:00', '2026-06-10T12:00', 'Europe/Berlin', {
      reminders: {
        useDefault: false,
        overrides: [
          { method: 'popup', minutes: 60 },
          { method: 'popup', minutes: 10 },
        ],
      },
    });
    const occurrences = [occurrenceOf(event, '#4986e7')];
    const plan = async (now: number) =>
      planFromOccurrences(
        occurrences,
        await db.calendars.toArray(),
        now,
        'Europe/Berlin',
        undefined,
        await readDisplay(db),
      ).reminders.map((r) => r.minutes);
    const at1020 = Date.parse('2026-06-10T10:20:00+02:00');
    expect(await plan(at1020)).toEqual([60, 10]);
    await setCalendarShown(db, 'local', false);
    expect(await plan(at1020)).toEqual([]);
    const before = Date.now();
    await setCalendarShown(db, 'local', true);
    expect((await db.calendarDisplay.get('local'))?.shownSince).toBeGreaterThanOrEqual(before);
    // Ticked again at 10:20: the 10:00 reminder fell due while hidden, the 10:50 one did not.
    await db.calendarDisplay.update('local', { shownSince: at1020 });
    expect(await plan(at1020)).toEqual([10]);
  });

  it('hands the grid a tick before it is stored, until the stored choice agrees or the write fails', async () => {
    const writing = setCalendarShown(db, 'local', false);
    // Before any round trip to IndexedDB: the grid can hide the calendar in the click's task.
    expect([...pendingDisplay(db)]).toEqual([['local', true]]);
    await writing;
    // Stored now, but the live query has not read it back yet: the tick still stands.
    settlePendingDisplay(db, () => false);
    expect([...pendingDisplay(db)]).toEqual([['local', true]]);
    const stored = hiddenCalendarIds(await readDisplay(db));
    settlePendingDisplay(db, (id) => stored.has(id));
    expect(pendingDisplay(db).size).toBe(0);

    db.close();
    await expect(setCalendarShown(db, 'local', true)).rejects.toThrow();
    // The write failed: the grid goes back to what is stored.
    expect(pendingDisplay(db).size).toBe(0);
  });
});
