// What was shown, snoozed or dismissed lasts: a restart (a new engine on the same
// database) never shows a reminder twice nor forgets a snooze, a second tab never shows
// what the first did, a time-zone change does not repeat an all-day reminder, and
// reminders missed while nothing ran come back once, grouped, only for events not ended.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlmanacDatabase } from '../../../src-renderer/db/database';
import type { ReminderEngine } from '../../../src-renderer/reminders/reminder-engine';
import { allDay, freshDb, timed } from '../renderer/fixtures';
import { BERLIN, FakeClock, berlin, settle, startSchedule } from './schedule-harness';

const ZONE = 'Europe/Berlin';
const popup = (...minutes: number[]) => ({
  useDefault: false,
  overrides: minutes.map((m) => ({ method: 'popup' as const, minutes: m })),
});

let db: AlmanacDatabase;
const engines: ReminderEngine[] = [];
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  for (const engine of engines.splice(0)) engine.stop();
});

async function run(clock: FakeClock, prefs = BERLIN) {
  const started = await startSchedule(db, clock, prefs);
  engines.push(started.engine);
  return started;
}

describe('snooze and dismiss', () => {
  it('a snooze comes back after its minutes, also after a restart, and only once', async () => {
    await db.events.put(
      timed('review1', '2026-06-10T11:00', '2026-06-10T12:00', ZONE, {
        reminders: popup(30),
        location: 'Room 4',
      }),
    );
    const clock = new FakeClock(berlin('2026-06-10', '10:00'));
    const first = await run(clock);
    await clock.advanceTo(berlin('2026-06-10', '10:30'), first.engine);
    expect(first.presenter.shown.map((s) => s.body)).toEqual([
      expect.stringMatching(/11:00 – 12:00\nRoom 4$/),
    ]);
    await first.engine.act('review1', { snooze: 15 });
    expect(first.presenter.closed).toContain('review1');
    expect(first.engine.getPanel().items).toEqual([]);

    // The app quits at 10:35 and starts again at 10:40: the snooze is remembered.
    first.engine.stop();
    clock.jumpTo(berlin('2026-06-10', '10:40'));
    const second = await run(clock);
    expect(second.presenter.shown).toEqual([]);
    await clock.advanceTo(berlin('2026-06-10', '10:44') + 59_000, second.engine);
    expect(second.presenter.shown).toEqual([]);
    await clock.advanceTo(berlin('2026-06-10', '10:45'), second.engine);
    expect(second.presenter.shown.map((s) => [s.title, s.at])).toEqual([
      ['review1', berlin('2026-06-10', '10:45')],
    ]);
    expect(second.engine.getPanel().items.map((i) => i.key)).toEqual(['review1']);
    await clock.advanceTo(berlin('2026-06-10', '11:30'), second.engine);
    expect(second.presenter.shown).toHaveLength(1);
  });

  it('"until it starts" brings it back at the start; a dismissed one stays dismissed after a restart', async () => {
    await db.events.bulkPut([
      timed('talk1', '2026-06-10T11:00', '2026-06-10T12:00', ZONE, { reminders: popup(20) }),
      timed('lunch1', '2026-06-10T12:30', '2026-06-10T13:30', ZONE, { reminders: popup(60, 10) }),
    ]);
    const clock = new FakeClock(berlin('2026-06-10', '10:00'));
    const first = await run(clock);
    await clock.advanceTo(berlin('2026-06-10', '10:40'), first.engine);
    await first.engine.act('talk1', { snooze: 'start' });
    await clock.advanceTo(berlin('2026-06-10', '11:00'), first.engine);
    expect(first.presenter.shown.map((s) => [s.title, s.at])).toEqual([
      ['talk1', berlin('2026-06-10', '10:40')],
      ['talk1', berlin('2026-06-10', '11:00')],
    ]);
    // Once it has started, "until it starts" is no longer offered.
    expect(first.engine.getPanel().items[0]).toMatchObject({ canSnoozeUntilStart: false });

    await clock.advanceTo(berlin('2026-06-10', '11:30'), first.engine);
    await first.engine.act('lunch1', 'dismiss');
    first.engine.stop();
    const second = await run(clock);
    expect(second.engine.getPanel().items.map((i) => i.key)).toEqual(['talk1']);
    // lunch1's second reminder (10 minutes before) still comes, once.
    await clock.advanceTo(berlin('2026-06-10', '12:30'), second.engine);
    expect(second.presenter.shown.map((s) => [s.title, s.at])).toEqual([
      ['lunch1', berlin('2026-06-10', '12:20')],
    ]);
  });

  it('Join opens the call and dismisses; a second tab never shows what the first did', async () => {
    await db.events.put(
      timed('call1', '2026-06-10T11:00', '2026-06-10T12:00', ZONE, {
        reminders: popup(10),
        hangoutLink: 'https://meet.google.com/abc-defg-hij',
      }),
    );
    const clock = new FakeClock(berlin('2026-06-10', '10:00'));
    const tabA = await run(clock);
    const tabB = await run(clock);
    await clock.advanceTo(berlin('2026-06-10', '10:50'), tabA.engine, tabB.engine);
    await settle(tabA.engine, tabB.engine);
    expect([...tabA.presenter.shown, ...tabB.presenter.shown].map((s) => s.joinUrl)).toEqual([
      'https://meet.google.com/abc-defg-hij',
    ]);
    const shower = tabA.presenter.shown.length ? tabA : tabB;
    await shower.engine.act('call1', 'join');
    expect(shower.presenter.links).toEqual(['https://meet.google.com/abc-defg-hij']);
    await settle(tabA.engine, tabB.engine);
    expect(tabA.engine.getPanel().items).toEqual([]);
    expect(tabB.engine.getPanel().items).toEqual([]);
  });

  it('a snooze that fell due while reminders were off comes back once they are on again, once', async () => {
    await db.events.put(
      timed('standup2', '2026-06-10T11:00', '2026-06-10T12:00', ZONE, { reminders: popup(20) }),
    );
    const clock = new FakeClock(berlin('2026-06-10', '10:00'));
    const { engine, presenter } = await run(clock);
    await clock.advanceTo(berlin('2026-06-10', '10:40'), engine);
    await engine.act('standup2', { snooze: 5 });
    engine.setPreferences({ ...BERLIN, enabled: false });
    await clock.advanceTo(berlin('2026-06-10', '11:10'), engine);
    engine.setPreferences(BERLIN);
    await settle(engine);
    await clock.advanceTo(berlin('2026-06-10', '11:30'), engine);
    expect(presenter.shown.map((s) => [s.title, s.at])).toEqual([
      ['standup2', berlin('2026-06-10', '10:40')],
      ['standup2', berlin('2026-06-10', '11:10')],
    ]);
  });

  it('a time-zone change does not repeat an all-day reminder already shown', async () => {
    await db.events.put(allDay('trip1', '2026-06-12', '2026-06-13', { reminders: popup(900) }));
    const clock = new FakeClock(berlin('2026-06-11', '08:00'));
    const { engine, presenter } = await run(clock);
    await clock.advanceTo(berlin('2026-06-11', '09:30'), engine);
    expect(presenter.shown).toHaveLength(1);
    // Flying west: in New York it is now 03:30, before "09:00 the day before" there.
    engine.setPreferences({ ...BERLIN, zone: 'America/New_York' });
    await settle(engine);
    await clock.advanceTo(berlin('2026-06-11', '18:00'), engine);
    expect(presenter.shown).toHaveLength(1);
  });
});

describe('missed reminders', () => {
  it('after a gap they come once, as one grouped notification, only for events not ended', async () => {
    await db.events.bulkPut([
      timed('over1', '2026-06-10T10:30', '2026-06-10T11:00', ZONE, { reminders: popup(10) }),
      timed('going1', '2026-06-10T11:00', '2026-06-10T13:00', ZONE, { reminders: popup(10) }),
      timed('soon1', '2026-06-10T12:00', '2026-06-10T12:30', ZONE, { reminders: popup(15) }),
      timed('later1', '2026-06-10T12:20', '2026-06-10T12:50', ZONE, { reminders: popup(30) }),
      timed('afterwards', '2026-06-10T13:00', '2026-06-10T14:00', ZONE, { reminders: popup(10) }),
    ]);
    const clock = new FakeClock(berlin('2026-06-10', '10:00'));
    const first = await run(clock);
    await clock.advanceTo(berlin('2026-06-10', '10:10'), first.engine);
    // Quit (or the machine sleeps) at 10:10; back at 11:55.
    first.engine.stop();
    clock.jumpTo(berlin('2026-06-10', '11:55'));
    const second = await run(clock);
    expect(second.presenter.shown).toEqual([
      expect.objectContaining({
        title: '3 reminders while you were away',
        body: 'going1\nsoon1\nlater1',
        group: true,
      }),
    ]);
    expect(second.engine.getPanel().items.map((i) => [i.key, i.missed])).toEqual([
      ['going1', true],
      ['soon1', true],
      ['later1', true],
    ]);
    // Nothing of them comes again; the next reminder comes on time.
    await clock.advanceTo(berlin('2026-06-10', '13:00'), second.engine);
    expect(second.presenter.shown.map((s) => s.title)).toEqual([
      '3 reminders while you were away',
      'afterwards',
    ]);
    second.engine.stop();
    const third = await run(clock);
    expect(third.presenter.shown).toEqual([]);
  });

  it('the first start on a computer reminds of what is about to start, not of the past', async () => {
    await db.events.bulkPut([
      timed('started1', '2026-06-10T09:30', '2026-06-10T11:00', ZONE, { reminders: popup(10) }),
      timed('starting1', '2026-06-10T10:05', '2026-06-10T11:00', ZONE, { reminders: popup(30) }),
    ]);
    const clock = new FakeClock(berlin('2026-06-10', '10:00'));
    const { presenter } = await run(clock);
    expect(presenter.shown.map((s) => [s.title, s.group])).toEqual([['starting1', false]]);
  });
});
