// The refresh schedule of subscribed calendars, on a clock the test moves: a feed served by
// a local HTTP server, fetched by main's own feed fetch, read and stored through the product's
// refresh into real Dexie (fake-indexeddb). What a previous session stored decides: a feed
// overdue when Almanac starts is fetched at once, one not yet due waits for its time counted
// from its last refresh, and a failing feed is retried sooner, backing off, with the failure
// kept on its calendar. A feed holding a UID a calendar here also has keeps a copy of its own.
import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Calendar } from '../../../src-preload/model/event';
import { FEED_LIMITS, fetchFeed } from '../../../src-main/subscriptions/feed-fetch';
import { refreshSubscription, type FeedFetcher } from '../../../src-renderer/ics/subscriptions';
import { applyImport, prepareImport } from '../../../src-renderer/ics/ics-import';
import {
  SubscriptionSchedule,
  type ScheduleClock,
} from '../../../src-renderer/ics/subscription-schedule';
import type { AlmanacDatabase } from '../../../src-renderer/db/database';
import { freshDb } from '../renderer/fixtures';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const T0 = Date.parse('2026-03-02T08:00:00Z');

/** A clock that moves only when told, running the timers that fall due on the way. */
class TestClock implements ScheduleClock {
  private timers: { at: number; run: () => void }[] = [];
  constructor(private time: number) {}
  now(): number {
    return this.time;
  }
  setTimer(run: () => void, ms: number): unknown {
    const timer = { at: this.time + ms, run };
    this.timers.push(timer);
    return timer;
  }
  clearTimer(timer: unknown): void {
    this.timers = this.timers.filter((t) => t !== timer);
  }
  /** When the one timer set is due. */
  get next(): number | undefined {
    return this.timers.length === 1 ? this.timers[0]!.at : undefined;
  }
  moveTo(time: number): void {
    this.time = time;
    const due = this.timers.filter((t) => t.at <= time);
    this.timers = this.timers.filter((t) => t.at > time);
    for (const timer of due) timer.run();
  }
}

interface Feed {
  url: string;
  title: string;
  status: number;
  requests: number;
}

let server: Server;
let feed: Feed;

beforeEach(async () => {
  feed = { url: '', title: 'On call: Ada', status: 200, requests: 0 };
  server = createServer((_request, response) => {
    feed.requests += 1;
    if (feed.status !== 200) return response.writeHead(feed.status).end();
    response.writeHead(200, { 'Content-Type': 'text/calendar' });
    response.end(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Team//Rota//EN',
        'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
        'BEGIN:VEVENT',
        'UID:rota-1@team.example',
        'DTSTAMP:20260101T000000Z',
        'DTSTART:20260302T100000Z',
        'DTEND:20260302T110000Z',
        `SUMMARY:${feed.title}`,
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feed.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/team.ics`;
});

afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Main's fetch, as the bridge gives it to the page. */
const mainFetch: FeedFetcher = async (request) => {
  try {
    return {
      ok: true,
      value: await fetchFeed(request, { ...FEED_LIMITS, allowLoopbackHttp: true }),
    };
  } catch (error) {
    return { ok: false, error: { code: 'feed', message: (error as Error).message } };
  }
};

/** The subscription as a previous session left it, last refreshed at `refreshedAt`. */
async function subscribed(db: AlmanacDatabase, refreshedAt: number): Promise<Calendar> {
  const calendar: Calendar = {
    id: 'feedteam',
    summary: 'Team rota',
    color: '#9e69af',
    accessRole: 'reader',
    syncEnabled: false,
    subscription: {
      url: feed.url,
      refreshMinutes: 360,
      lastRefreshAt: new Date(refreshedAt).toISOString(),
      lastAttemptAt: new Date(refreshedAt).toISOString(),
    },
  };
  await db.calendars.put(calendar);
  return calendar;
}

function start(db: AlmanacDatabase, clock: TestClock, calendars: Calendar[]) {
  const schedule = new SubscriptionSchedule(
    (id) => refreshSubscription(db, id, 'UTC', mainFetch, new Date(clock.now()).toISOString()),
    clock,
  );
  schedule.update(calendars);
  return schedule;
}

/** What the schedule's refresh (real HTTP, real IndexedDB) leads to, once it has run. */
const eventually = (check: () => unknown) => vi.waitFor(check, { timeout: 15_000, interval: 20 });

const titles = async (db: AlmanacDatabase) =>
  (await db.events.where('calendarId').equals('feedteam').toArray()).map((e) => e.summary);

describe('the refresh schedule of a subscription', () => {
  it('fetches a feed overdue at start-up at once, then one interval after that refresh', async () => {
    const db = freshDb();
    const clock = new TestClock(T0);
    const schedule = start(db, clock, [await subscribed(db, T0 - 7 * HOUR)]);
    clock.moveTo(T0);
    await eventually(async () => expect(await titles(db)).toEqual(['On call: Ada']));
    await eventually(() => expect(clock.next).toBe(T0 + 6 * HOUR));
    expect(feed.requests).toBe(1);

    feed.title = 'On call: Grace';
    clock.moveTo(T0 + 6 * HOUR - 1);
    expect(clock.next).toBe(T0 + 6 * HOUR);
    expect(feed.requests).toBe(1);
    clock.moveTo(T0 + 6 * HOUR);
    await eventually(async () => expect(await titles(db)).toEqual(['On call: Grace']));
    await eventually(() => expect(clock.next).toBe(T0 + 12 * HOUR));
    schedule.stop();
  });

  it('waits for a feed not yet due, counting from its stored last refresh', async () => {
    const db = freshDb();
    const clock = new TestClock(T0);
    const schedule = start(db, clock, [await subscribed(db, T0 - 2 * HOUR)]);
    expect(clock.next).toBe(T0 + 4 * HOUR);
    clock.moveTo(T0 + 4 * HOUR - 1);
    expect(clock.next).toBe(T0 + 4 * HOUR);
    expect(feed.requests).toBe(0);
    clock.moveTo(T0 + 4 * HOUR);
    await eventually(async () => expect(await titles(db)).toEqual(['On call: Ada']));
    schedule.stop();
  });

  it('retries a failing feed after 5, then 15 minutes, keeping the failure on the calendar', async () => {
    const db = freshDb();
    const clock = new TestClock(T0);
    feed.status = 500;
    const schedule = start(db, clock, [await subscribed(db, T0 - 7 * HOUR)]);
    clock.moveTo(T0);
    await eventually(() => expect(clock.next).toBe(T0 + 5 * MINUTE));
    expect((await db.calendars.get('feedteam'))!.subscription).toMatchObject({
      failures: 1,
      lastError: expect.stringContaining('500'),
      lastRefreshAt: new Date(T0 - 7 * HOUR).toISOString(),
    });

    clock.moveTo(T0 + 5 * MINUTE);
    await eventually(() => expect(clock.next).toBe(T0 + 20 * MINUTE));
    expect((await db.calendars.get('feedteam'))!.subscription!.failures).toBe(2);
    expect(feed.requests).toBe(2);

    feed.status = 200;
    clock.moveTo(T0 + 20 * MINUTE);
    await eventually(() => expect(clock.next).toBe(T0 + 20 * MINUTE + 6 * HOUR));
    const source = (await db.calendars.get('feedteam'))!.subscription!;
    expect(source.lastError).toBeUndefined();
    expect(source.failures).toBeUndefined();
    expect(await titles(db)).toEqual(['On call: Ada']);
    schedule.stop();
  });
});

describe('a feed sharing a UID with a calendar here', () => {
  it('keeps its own copy, and the imported event stays as it is', async () => {
    const db = freshDb();
    const file = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Test//EN',
      'BEGIN:VEVENT',
      'UID:rota-1@team.example',
      'DTSTAMP:20260101T000000Z',
      'DTSTART:20260302T100000Z',
      'DTEND:20260302T110000Z',
      'SUMMARY:My own note of the rota',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    await applyImport(db, await prepareImport(db, 'local', file, { zone: 'UTC' }));
    await subscribed(db, T0 - 7 * HOUR);
    await refreshSubscription(db, 'feedteam', 'UTC', mainFetch);
    const copies = await db.events.filter((e) => e.iCalUID === 'rota-1@team.example').toArray();
    expect(copies.map((e) => [e.calendarId, e.summary]).sort()).toEqual([
      ['feedteam', 'On call: Ada'],
      ['local', 'My own note of the rota'],
    ]);
    expect(new Set(copies.map((e) => e.id)).size).toBe(2);
  });
});
