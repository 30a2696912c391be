// The reminder schedule with a fake clock against a real database: each reminder fires at
// its minute exactly once, for single events and every occurrence of a series (moved and
// cancelled instances included), for all-day events across a DST change, from the event's
// own reminders or its calendar's defaults; edits reschedule, deletes, declines and
// unsynced calendars cancel; and there is never more than one timer.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../../src-preload/model/event';
import { loadOccurrences } from '../../../src-renderer/db/queries';
import { deleteEvent, respondToEvent, updateEvent } from '../../../src-renderer/db/event-writes';
import { draftFromOccurrence } from '../../../src-renderer/calendar/model/drafts';
import type { AlmanacDatabase } from '../../../src-renderer/db/database';
import type { ReminderEngine } from '../../../src-renderer/reminders/reminder-engine';
import { allDay, freshDb, timed } from '../renderer/fixtures';
import {
  BERLIN,
  FakeClock,
  berlin,
  settle,
  startSchedule,
  type RecordingPresenter,
} from './schedule-harness';

const ZONE = 'Europe/Berlin';
const popup = (...minutes: number[]) => ({
  useDefault: false,
  overrides: minutes.map((m) => ({ method: 'popup' as const, minutes: m })),
});

let db: AlmanacDatabase;
let clock: FakeClock;
let engine: ReminderEngine;
let presenter: RecordingPresenter;

beforeEach(() => {
  db = freshDb();
});
afterEach(() => engine?.stop());

async function start(at: number, prefs = BERLIN) {
  clock = new FakeClock(at);
  ({ engine, presenter } = await startSchedule(db, clock, prefs));
}

/** When each notification appeared, as "title@HH:mm" in Berlin. */
function shownAt(): string[] {
  return presenter.shown.map(
    (s) =>
      `${s.title}@${new Date(s.at).toLocaleTimeString('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' })}`,
  );
}

async function occurrenceOf(id: string, from: number, to: number) {
  const all = await loadOccurrences(db, { start: new Date(from), end: new Date(to) });
  const found = all.find((o) => o.instanceId === id || o.event.id === id);
  if (!found) throw new Error(`no occurrence ${id}`);
  return found;
}

describe('when reminders fire', () => {
  it('at the minute, to the second, and once', async () => {
    await db.events.put(
      timed('standup1', '2026-06-10T10:30', '2026-06-10T10:45', ZONE, { reminders: popup(10) }),
    );
    await start(berlin('2026-06-10', '10:00'));
    await clock.advanceTo(berlin('2026-06-10', '10:19') + 59_000, engine);
    expect(presenter.shown).toEqual([]);
    await clock.advanceTo(berlin('2026-06-10', '10:20'), engine);
    expect(shownAt()).toEqual(['standup1@10:20']);
    expect(presenter.shown[0]!.at).toBe(berlin('2026-06-10', '10:20'));
    expect(presenter.shown[0]).toMatchObject({
      body: expect.stringContaining('10:30 – 10:45'),
      canSnoozeUntilStart: true,
      group: false,
    });
    await clock.advanceTo(berlin('2026-06-10', '12:00'), engine);
    expect(presenter.shown).toHaveLength(1);
  });

  it('every occurrence of a series, a moved one at its new time, a cancelled one never', async () => {
    const master = timed('weekly1', '2026-06-08T09:00', '2026-06-08T09:30', ZONE, {
      recurrence: ['RRULE:FREQ=DAILY;COUNT=5'],
      reminders: popup(15),
    });
    const moved = timed('weekly1_20260609T070000Z', '2026-06-09T14:00', '2026-06-09T14:30', ZONE, {
      recurringEventId: 'weekly1',
      originalStartTime: { dateTime: '2026-06-09T09:00:00+02:00', timeZone: ZONE },
      summary: 'weekly1 (moved)',
      reminders: popup(15),
    });
    const cancelled = timed(
      'weekly1_20260610T070000Z',
      '2026-06-10T09:00',
      '2026-06-10T09:30',
      ZONE,
      {
        recurringEventId: 'weekly1',
        originalStartTime: { dateTime: '2026-06-10T09:00:00+02:00', timeZone: ZONE },
        status: 'cancelled',
      },
    );
    await db.events.bulkPut([master, moved, cancelled]);
    await start(berlin('2026-06-08', '00:00'));
    await clock.advanceTo(berlin('2026-06-13', '00:00'), engine);
    expect(shownAt()).toEqual([
      'weekly1@08:45',
      'weekly1 (moved)@13:45',
      'weekly1@08:45',
      'weekly1@08:45',
    ]);
    expect(presenter.shown.map((s) => s.key)).toEqual([
      'weekly1_20260608T070000Z',
      'weekly1_20260609T070000Z',
      'weekly1_20260611T070000Z',
      'weekly1_20260612T070000Z',
    ]);
  });

  it('an all-day event "the day before at 09:00" across the spring DST change', async () => {
    await db.events.bulkPut([
      allDay('holiday1', '2026-03-30', '2026-03-31', { reminders: popup(900, 2 * 1440 - 540) }),
    ]);
    await start(Date.parse('2026-03-27T12:00:00Z'));
    await clock.advanceTo(Date.parse('2026-03-31T00:00:00Z'), engine);
    expect(presenter.shown.map((s) => new Date(s.at).toISOString())).toEqual([
      '2026-03-28T08:00:00.000Z', // Saturday 09:00 CET
      '2026-03-29T07:00:00.000Z', // Sunday 09:00 CEST
    ]);
    expect(presenter.shown[0]!.body).toContain('all day');
  });

  it("default reminders: the calendar's (email never fires here); a Google calendar's from its list", async () => {
    await db.calendars.bulkPut([
      {
        id: 'ada@example.com',
        summary: 'Ada',
        color: '#000000',
        accessRole: 'owner',
        account: 'ada@example.com',
        syncEnabled: true,
        defaultReminders: [
          { method: 'popup', minutes: 5 },
          { method: 'email', minutes: 20 },
        ],
      },
    ]);
    await db.events.bulkPut([
      timed('plainlocal', '2026-06-10T11:00', '2026-06-10T12:00', ZONE, {
        reminders: { useDefault: true },
      }),
      timed('fromgoogle', '2026-06-10T11:00', '2026-06-10T12:00', ZONE, {
        calendarId: 'ada@example.com',
        reminders: { useDefault: true },
      }),
    ]);
    await start(berlin('2026-06-10', '10:00'));
    await clock.advanceTo(berlin('2026-06-10', '11:30'), engine);
    // My calendar's own default is 30 minutes; Ada's is a popup 5 minutes before (and an email).
    expect(shownAt()).toEqual(['plainlocal@10:30', 'fromgoogle@10:55']);

    await db.calendars.update('local', { defaultReminders: [{ method: 'popup', minutes: 10 }] });
    await db.events.put(
      timed('later1', '2026-06-10T14:00', '2026-06-10T15:00', ZONE, {
        reminders: { useDefault: true },
      }),
    );
    await settle(engine);
    await clock.advanceTo(berlin('2026-06-10', '14:00'), engine);
    expect(shownAt().slice(2)).toEqual(['later1@13:50']);
  });
});

describe('changes reschedule or cancel', () => {
  it('an edit here moves the reminder; one from sync too; a delete cancels it', async () => {
    await db.events.put(
      timed('meeting1', '2026-06-10T11:00', '2026-06-10T12:00', ZONE, { reminders: popup(10) }),
    );
    await start(berlin('2026-06-10', '10:00'));
    const occurrence = await occurrenceOf(
      'meeting1',
      berlin('2026-06-10', '00:00'),
      berlin('2026-06-11', '00:00'),
    );
    await updateEvent(
      db,
      occurrence,
      { ...draftFromOccurrence(occurrence, ZONE), startTime: '12:00', endTime: '13:00' },
      'all',
    );
    await settle(engine);
    await clock.advanceTo(berlin('2026-06-10', '11:30'), engine);
    expect(presenter.shown).toEqual([]);

    // Sync rewrites the record: Google moved it to 11:40.
    const stored = (await db.events.get('meeting1'))!;
    await db.events.put({
      ...stored,
      start: { dateTime: '2026-06-10T11:40:00+02:00', timeZone: ZONE },
      end: { dateTime: '2026-06-10T12:40:00+02:00', timeZone: ZONE },
      startMs: berlin('2026-06-10', '11:40'),
      endMs: berlin('2026-06-10', '12:40'),
    });
    await settle(engine);
    await clock.advanceTo(berlin('2026-06-10', '11:35'), engine);
    expect(shownAt()).toEqual(['meeting1@11:30']);

    // Deleted while its reminder waits in the panel: the reminder goes too.
    const now = await occurrenceOf(
      'meeting1',
      berlin('2026-06-10', '00:00'),
      berlin('2026-06-11', '00:00'),
    );
    expect(engine.getPanel().items.map((i) => i.key)).toEqual(['meeting1']);
    await deleteEvent(db, now, 'all');
    await settle(engine);
    expect(engine.getPanel().items).toEqual([]);
    expect(presenter.closed).toContain('meeting1');
  });

  it('a declined event, a cancelled one and an unsynced calendar remind of nothing', async () => {
    await db.calendars.put({
      id: 'team@example.com',
      summary: 'Team',
      color: '#000000',
      accessRole: 'writer',
      account: 'ada@example.com',
      syncEnabled: true,
      defaultReminders: [{ method: 'popup', minutes: 10 }],
    });
    const guest = (id: string) =>
      timed(id, '2026-06-10T11:00', '2026-06-10T12:00', ZONE, {
        reminders: popup(10),
        organizer: { email: 'bob@example.com' },
        attendees: [
          { email: 'bob@example.com', organizer: true, responseStatus: 'accepted' },
          { email: 'ada@example.com', self: true, responseStatus: 'needsAction' },
        ],
      });
    await db.events.bulkPut([
      guest('invite1'),
      timed('gone1', '2026-06-10T11:00', '2026-06-10T12:00', ZONE, {
        reminders: popup(10),
        status: 'cancelled',
      }),
      timed('team1', '2026-06-10T11:00', '2026-06-10T12:00', ZONE, {
        calendarId: 'team@example.com',
      }),
    ]);
    await start(berlin('2026-06-10', '10:00'));
    await respondToEvent(
      db,
      await occurrenceOf('invite1', berlin('2026-06-10', '00:00'), berlin('2026-06-11', '00:00')),
      'declined',
    );
    await db.calendars.update('team@example.com', { syncEnabled: false });
    await settle(engine);
    await clock.advanceTo(berlin('2026-06-10', '12:00'), engine);
    expect(presenter.shown).toEqual([]);
  });

  it('turning reminders off stops them; on again, what fell due meanwhile is not "missed"', async () => {
    await db.events.bulkPut([
      timed('first1', '2026-06-10T11:00', '2026-06-10T12:00', ZONE, { reminders: popup(10) }),
      timed('second1', '2026-06-10T13:00', '2026-06-10T14:00', ZONE, { reminders: popup(10) }),
    ]);
    await start(berlin('2026-06-10', '10:00'), { ...BERLIN, enabled: false });
    await clock.advanceTo(berlin('2026-06-10', '11:30'), engine);
    engine.setPreferences(BERLIN);
    await settle(engine);
    await clock.advanceTo(berlin('2026-06-10', '13:00'), engine);
    expect(shownAt()).toEqual(['second1@12:50']);
  });
});

describe('one timer', () => {
  it('only ever one live timer, set for the next thing due', async () => {
    const events: CalendarEvent[] = [];
    for (let i = 0; i < 60; i += 1) {
      const at = `2026-06-10T${String(10 + (i % 6)).padStart(2, '0')}:${String(i).padStart(2, '0')}`;
      events.push(
        timed(`many${String(i).padStart(3, '0')}`, at, '2026-06-10T23:00', ZONE, {
          reminders: popup(5, 10),
        }),
      );
    }
    await db.events.bulkPut(events);
    await start(berlin('2026-06-10', '09:00'));
    expect(clock.alive).toBe(1);
    await clock.advanceTo(berlin('2026-06-10', '23:00'), engine);
    expect(clock.maxAlive).toBe(1);
    expect(clock.alive).toBe(1);
    // Two reminders for each of the 60 events, each shown at its own minute.
    expect(presenter.shown).toHaveLength(120);
    for (const shown of presenter.shown) {
      const event = events.find((e) => e.id === shown.key)!;
      expect([event.startMs - 10 * 60_000, event.startMs - 5 * 60_000]).toContain(shown.at);
    }
  });
});

describe('the tray’s agenda', () => {
  it('the next three timed events, with Join from ten minutes before the start, updated as time passes (reminders on or off)', async () => {
    await db.events.bulkPut([
      timed('standup1', '2026-06-10T10:30', '2026-06-10T10:45', ZONE, {
        hangoutLink: 'https://meet.google.com/abc-defg-hij',
      }),
      timed('review1', '2026-06-10T14:00', '2026-06-10T15:00', ZONE),
      timed('dinner1', '2026-06-11T19:30', '2026-06-11T21:00', ZONE),
      timed('later11', '2026-06-12T09:00', '2026-06-12T10:00', ZONE),
      allDay('holiday1', '2026-06-10', '2026-06-11'),
    ]);
    await start(berlin('2026-06-10', '10:00'), { ...BERLIN, enabled: false });
    const latest = () => presenter.agendas.at(-1)!;
    expect(latest()).toEqual([
      { key: 'standup1', label: '10:30 standup1', title: 'standup1' },
      { key: 'review1', label: '14:00 review1', title: 'review1' },
      { key: 'dinner1', label: 'Thu 19:30 dinner1', title: 'dinner1' },
    ]);
    await clock.advanceTo(berlin('2026-06-10', '10:20'), engine);
    expect(latest()[0]).toEqual({
      key: 'standup1',
      label: '10:30 standup1',
      title: 'standup1',
      joinUrl: 'https://meet.google.com/abc-defg-hij',
    });
    await clock.advanceTo(berlin('2026-06-10', '10:31'), engine);
    expect(latest()[0]!.label).toBe('Now: standup1 (until 10:45)');
    await clock.advanceTo(berlin('2026-06-10', '10:46'), engine);
    expect(latest().map((item) => item.key)).toEqual(['review1', 'dinner1', 'later11']);
    expect(presenter.shown).toEqual([]);
  });
});
