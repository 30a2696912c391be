// The plan's occurrences found by instance id: the same answers as a map of every id, while
// planning (after each sync page lands) asks the id and start of only the timed occurrences
// with a reminder due, not of every series instance of the four weeks it reads (an instance
// writes them when first asked).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import type { AlmanacDatabase } from '../../../src-renderer/db/database';
import type { Occurrence } from '../../../src-renderer/calendar/model/types';
import { loadOccurrences } from '../../../src-renderer/db/queries';
import {
  planFromOccurrences,
  planReminders,
  PLAN_HORIZON_MS,
} from '../../../src-renderer/reminders/reminder-plan';
import { allDay, freshDb, timed } from '../renderer/fixtures';

const ZONE = 'Europe/Berlin';
const NOW = Date.parse('2026-06-08T06:00:00Z');
const popup = (minutes: number) => ({
  useDefault: false,
  overrides: [{ method: 'popup' as const, minutes }],
});

let db: AlmanacDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** A timed daily series with a moved and a cancelled instance, a weekly all-day one, and more. */
async function calendarOfSeries(): Promise<void> {
  await db.events.bulkPut([
    timed('standup1', '2026-06-01T09:00', '2026-06-01T09:15', ZONE, {
      recurrence: ['RRULE:FREQ=DAILY;COUNT=60'],
      reminders: popup(10),
    }),
    timed('standup1_20260610T070000Z', '2026-06-10T15:00', '2026-06-10T15:15', ZONE, {
      recurringEventId: 'standup1',
      originalStartTime: { dateTime: '2026-06-10T09:00:00+02:00', timeZone: ZONE },
      summary: 'standup (moved)',
    }),
    timed('standup1_20260611T070000Z', '2026-06-11T09:00', '2026-06-11T09:15', ZONE, {
      recurringEventId: 'standup1',
      originalStartTime: { dateTime: '2026-06-11T09:00:00+02:00', timeZone: ZONE },
      status: 'cancelled',
    }),
    allDay('offsite1', '2026-06-01', '2026-06-02', { recurrence: ['RRULE:FREQ=WEEKLY;COUNT=10'] }),
    timed('review1', '2026-06-09T14:00', '2026-06-09T15:00', ZONE, { reminders: popup(30) }),
    allDay('holidays', '2026-06-15', '2026-06-17'),
    // A rule that cannot be read: the master shows once, as itself.
    timed('broken1', '2026-06-12T10:00', '2026-06-12T11:00', ZONE, {
      recurrence: ['RRULE:FREQ=SOMETIMES'],
    }),
  ]);
}

describe("the plan's occurrences by instance id", () => {
  it('answer every key as a map of every instance id does, and nothing for other keys', async () => {
    await calendarOfSeries();
    const plan = await planReminders(db, NOW, ZONE);
    const entries = [...plan.occurrences.values()];
    const byId = new Map(entries.map((e) => [e.occurrence.instanceId, e]));
    expect(byId.size).toBe(entries.length);
    expect(plan.occurrences.size).toBe(entries.length);
    // Generated timed and all-day instances, a moved exception, single events, a plain master.
    for (const key of [
      'standup1_20260609T070000Z',
      'standup1_20260610T070000Z',
      'offsite1_20260615',
      'review1',
      'holidays',
      'broken1',
    ])
      expect(byId.has(key), key).toBe(true);
    for (const [key, entry] of byId) expect(plan.occurrences.get(key)).toBe(entry);
    for (const key of [
      'standup1_20260611T070000Z', // cancelled
      'standup1_20260608T080000Z', // no instance at that time
      'standup1_20260601T070000Z', // ended
      'offsite1_20260616',
      'standup1',
      'gone1',
      'not an id',
    ])
      expect(plan.occurrences.get(key), key).toBeUndefined();
    // The moved instance at its new time, the all-day one from midnight in the zone.
    expect(plan.occurrences.get('standup1_20260610T070000Z')!.start).toBe(
      '2026-06-10T13:00:00.000Z',
    );
    expect(plan.occurrences.get('offsite1_20260615')!.startMs).toBe(
      Date.parse('2026-06-14T22:00:00Z'),
    );
  });

  it("planning reads the id and start of only the timed occurrences that remind soon, a lookup of those at its key's start", async () => {
    await calendarOfSeries();
    const occurrences = await loadOccurrences(db, {
      start: new Date(NOW - 86_400_000),
      end: new Date(NOW + 30 * 86_400_000),
    });
    // Timed ones only: an all-day occurrence is placed in the zone by its dates, as text.
    const read = new Set<number>();
    const watched = occurrences.map((o, i) => (o.allDay ? o : watchIds(o, () => read.add(i))));
    const plan = planFromOccurrences(watched, await db.calendars.toArray(), NOW, ZONE);
    // The next day's reminders (from 08:00 in Berlin): the offsite's default half hour
    // before today began, and today's stand-up; tomorrow's at 08:50 is past the day.
    expect(plan.reminders.map((r) => r.key)).toEqual([
      'offsite1_20260608',
      'standup1_20260608T070000Z',
    ]);
    expect(plan.occurrences.size).toBeGreaterThan(30);
    expect(plan.until).toBe(NOW + PLAN_HORIZON_MS);
    expect([...read].map((i) => occurrences[i]!.instanceId)).toEqual(['standup1_20260608T070000Z']);

    read.clear();
    expect(plan.occurrences.get('standup1_20260620T070000Z')?.startMs).toBe(
      Date.parse('2026-06-20T07:00:00Z'),
    );
    // The instances starting at that instant: the one asked for.
    expect(read.size).toBe(1);
    // A stored event by its own id, an all-day instance by its date: no other id is asked.
    expect(plan.occurrences.get('review1')?.occurrence.title).toBe('review1');
    expect(plan.occurrences.get('offsite1_20260622')?.occurrence.allDay).toBe(true);
    expect(read.size).toBe(2);
  });
});

/** The occurrence, telling `onRead` whenever its instance id, key, start or end is read. */
function watchIds(occurrence: Occurrence, onRead: () => void): Occurrence {
  const watchedFields = new Set<PropertyKey>(['instanceId', 'key', 'start', 'end']);
  return new Proxy(occurrence, {
    get(target, field) {
      if (watchedFields.has(field)) onRead();
      return Reflect.get(target, field, target) as unknown;
    },
  });
}
