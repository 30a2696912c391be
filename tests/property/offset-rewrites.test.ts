// Sync stays quiet when Google writes times with other offsets, case by case (the
// convergence property covers the same worlds at random): Google answers in its calendar's
// zone, which here is never the zone the events were made in, and may change. Through the
// renderer's own operations, the real engine, real IndexedDB (fake-indexeddb) and the
// emulator over HTTP: no write goes back, no edit or conflict is logged, a second sync is
// one events.list and commits nothing, and records keep the zone the user gave them.
import { afterAll, beforeAll, beforeEach, afterEach, expect, test } from 'vitest';
import { startFakeGoogle, type FakeGoogle } from '../fake-google/index.js';
import { createEvent, moveEvent, updateEvent } from '../../src-renderer/db/event-writes';
import { draftFromOccurrence, newDraft } from '../../src-renderer/calendar/model/drafts';
import { EMAIL, ZONE, localOccurrences, startRun, type RunWorld } from './convergence-world';

let google: FakeGoogle;
let w: RunWorld;

beforeAll(async () => {
  google = await startFakeGoogle({ quotaPerUserPerMinute: 1_000_000 });
});
afterAll(() => google?.close());
beforeEach(async () => {
  // Google's calendar is in Los Angeles; the user is in Berlin and makes events elsewhere too.
  w = await startRun(google, 'America/Los_Angeles');
  expect((await w.engine.syncAll()).ok).toBe(true);
});
afterEach(() => w.close());

/** Creates a one-hour event at 09:00 wall time in `zone` on 3 March 2031 + `day` days. */
async function createHere(summary: string, zone: string, day = 0): Promise<string> {
  const startDay = `2031-03-${String(3 + day).padStart(2, '0')}`;
  return createEvent(w.db, {
    ...newDraft({
      start: `${startDay}T00:00:00Z`,
      end: `${startDay}T01:00:00Z`,
      allDay: false,
      timeZone: zone,
      calendarId: EMAIL,
    }),
    summary,
    startDate: startDay,
    startTime: '09:00',
    endDate: startDay,
    endTime: '10:00',
  });
}

/** One sync, with what it asked of Google (API calls only) and what it committed here. */
async function syncAndWatch(): Promise<{ calls: string[]; commits: number; pushed: number }> {
  const { report, calls, commits } = await w.watchedSync();
  expect(report.ok, report.error?.message).toBe(true);
  return { calls, commits, pushed: report.pushed };
}

const LIST = `GET /calendar/v3/calendars/${EMAIL}/events`;

async function editsLogged(): Promise<string[]> {
  return (await w.db.syncLog.toArray())
    .filter((l) => ['conflict', 'kept-edit', 'restored', 'parked'].includes(l.code ?? ''))
    .map((l) => `${l.code}: ${l.message}`);
}

test('events made here in three zones go up once; the syncs after are one list each and commit nothing', async () => {
  const zones = ['Asia/Tokyo', 'America/New_York', 'Asia/Kolkata'];
  const ids: string[] = [];
  for (const [i, zone] of zones.entries()) ids.push(await createHere(`In ${zone}`, zone, i));
  const first = await syncAndWatch();
  expect(first.pushed).toBe(3);

  // Google answers in Los Angeles time, keeping each event's own zone.
  for (const [i, id] of ids.entries()) {
    const { data } = await w.remote.events.get({ calendarId: EMAIL, eventId: id });
    expect(data.start?.timeZone).toBe(zones[i]);
    expect(data.start?.dateTime).toMatch(/-0[78]:00$/);
  }
  for (let n = 0; n < 2; n++) {
    const quiet = await syncAndWatch();
    expect(quiet).toEqual({ calls: [LIST], commits: 0, pushed: 0 });
  }
  expect(await editsLogged()).toEqual([]);

  // The records keep the zone they were made in, and show 09:00 there.
  for (const [i, id] of ids.entries()) {
    const occurrence = (await localOccurrences(w.db)).find((o) => o.event.id === id)!;
    expect(occurrence.event.start.timeZone).toBe(zones[i]);
    expect(draftFromOccurrence(occurrence, ZONE)).toMatchObject({
      timeZone: zones[i],
      startTime: '09:00',
      endTime: '10:00',
    });
  }
});

test('Google moves its calendar to another zone and a full resync lists everything again: nothing is written or logged', async () => {
  await createHere('Made here', 'Asia/Tokyo');
  await w.remote.events.insert({
    calendarId: EMAIL,
    requestBody: {
      summary: 'Made on Google',
      start: { dateTime: '2031-03-04T09:00:00', timeZone: ZONE },
      end: { dateTime: '2031-03-04T10:00:00', timeZone: ZONE },
    },
  });
  await syncAndWatch();
  await w.remote.calendars.patch({
    calendarId: EMAIL,
    requestBody: { timeZone: 'Pacific/Auckland' },
  });
  await w.admin('sync-tokens/expire', { calendarId: EMAIL });

  const resync = await syncAndWatch();
  expect(resync.calls).toEqual([LIST, LIST]); // the expired token's 410, then the full listing
  expect(resync.commits).toBe(0);
  expect(await syncAndWatch()).toEqual({ calls: [LIST], commits: 0, pushed: 0 });
  expect(await editsLogged()).toEqual([]);
});

test('a title edited here queues the title alone, though Google wrote the times with another offset', async () => {
  const { data } = await w.remote.events.insert({
    calendarId: EMAIL,
    requestBody: {
      summary: 'From Google',
      start: { dateTime: '2031-03-05T09:00:00', timeZone: ZONE },
      end: { dateTime: '2031-03-05T10:00:00', timeZone: ZONE },
    },
  });
  await syncAndWatch();
  const occurrence = (await localOccurrences(w.db)).find((o) => o.event.id === data.id)!;
  const draft = draftFromOccurrence(occurrence, ZONE);
  draft.summary = 'Renamed here';
  await updateEvent(w.db, occurrence, draft, 'all');

  // (The editor also states Google's defaults it showed, transparency and visibility.)
  const record = await w.db.events.get(data.id!);
  expect(record?.dirty).toContain('summary');
  for (const field of ['start', 'end']) {
    expect(record?.dirty).not.toContain(field);
    expect((await w.db.outbox.toArray()).flatMap((e) => e.fields ?? [])).not.toContain(field);
  }
  // The record keeps its times as Google wrote them: nothing here changed them.
  expect(record?.start).toEqual(occurrence.event.start);
  await syncAndWatch();
  const remote = await w.remote.events.get({ calendarId: EMAIL, eventId: data.id! });
  expect(remote.data).toMatchObject({ summary: 'Renamed here', sequence: 0 });
});

test('moved here while renamed on Google: both changes stand, with no conflict', async () => {
  const id = await createHere('Standup', 'America/New_York');
  await syncAndWatch();
  await w.remote.events.patch({
    calendarId: EMAIL,
    eventId: id,
    requestBody: { summary: 'Standup (renamed on Google)' },
  });
  const occurrence = (await localOccurrences(w.db)).find((o) => o.event.id === id)!;
  const hour = 3_600_000;
  await moveEvent(
    w.db,
    occurrence,
    {
      start: new Date(Date.parse(occurrence.start) + hour).toISOString(),
      end: new Date(Date.parse(occurrence.end) + hour).toISOString(),
      allDay: false,
    },
    'all',
  );
  await syncAndWatch();
  const remote = (await w.remote.events.get({ calendarId: EMAIL, eventId: id })).data;
  expect(remote.summary).toBe('Standup (renamed on Google)');
  expect(Date.parse(remote.start!.dateTime!)).toBe(Date.parse('2031-03-03T10:00:00-05:00'));
  expect(await editsLogged()).toEqual([]);
  expect(await syncAndWatch()).toEqual({ calls: [LIST], commits: 0, pushed: 0 });
});
