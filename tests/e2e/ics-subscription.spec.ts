// Subscribing to a calendar feed through the window: a local feed server (http on 127.0.0.1,
// port 0; the test shell allows plain http to 127.0.0.1 and nothing else) serves a calendar;
// "Add calendar from URL…" shows it read-only, a changed feed shows after Refresh now, an
// unchanged one costs a 304, and a failing one says why on the calendar; a feed overdue when
// the app opens again is fetched at once.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';
import { openEditor } from './helpers';

interface Feed {
  url: string;
  body: string;
  status: number;
  requests: { ifNoneMatch?: string }[];
  close(): Promise<void>;
}

async function startFeed(body: string): Promise<Feed> {
  const feed = { body, status: 200, requests: [] as Feed['requests'] } as Feed;
  const server: Server = createServer((request, response) => {
    feed.requests.push({ ifNoneMatch: request.headers['if-none-match'] });
    const etag = `"${Buffer.from(feed.body).length}-${feed.body.length % 97}"`;
    if (feed.status !== 200) return response.writeHead(feed.status).end();
    if (request.headers['if-none-match'] === etag) return response.writeHead(304).end();
    response.writeHead(200, { 'Content-Type': 'text/calendar; charset=utf-8', ETag: etag });
    response.end(feed.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feed.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/team.ics`;
  feed.close = () => new Promise((resolve) => server.close(() => resolve()));
  return feed;
}

function calendar(title: string): string {
  const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Team//Rota//EN',
    'X-WR-CALNAME:Team rota',
    'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
    'BEGIN:VEVENT',
    'UID:rota-1@team.example',
    'DTSTAMP:20260101T000000Z',
    `DTSTART:${day}T100000Z`,
    `DTEND:${day}T110000Z`,
    `SUMMARY:${title}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

const stored = (page: import('@playwright/test').Page) =>
  page.evaluate(async () => {
    const db = window.__almanac!.db;
    const feeds = (await db.calendars.toArray()).filter((c) => c.subscription);
    const events = await db.events
      .where('calendarId')
      .anyOf(feeds.map((c) => c.id))
      .toArray();
    return { feeds, titles: events.map((e) => e.summary), outbox: await db.outbox.count() };
  });

test('a subscribed feed shows read-only, and its changes show after a refresh', async ({
  openApp,
}) => {
  const feed = await startFeed(calendar('On call: Ada'));
  try {
    const page = await openApp();
    await page.getByRole('button', { name: 'Add calendar from URL…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add calendar from URL' });
    await dialog.getByLabel('Calendar address').fill(feed.url);
    await dialog.getByRole('button', { name: 'Subscribe' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Subscribed to “Team rota”' }),
    ).toBeVisible();
    const row = page.getByRole('listitem', { name: 'Team rota' });
    await expect(row).toContainText('Refreshed');
    await expect(page.getByRole('button', { name: /^On call: Ada/ }).first()).toBeVisible();
    let now = await stored(page);
    expect(now.feeds[0]).toMatchObject({
      accessRole: 'reader',
      subscription: { url: feed.url, refreshMinutes: 360 },
    });
    expect(now.feeds[0]!.account).toBeUndefined();
    expect(now.titles).toEqual(['On call: Ada']);

    // Unchanged: the ETag comes back and the server answers 304.
    await row.getByRole('button', { name: 'Refresh now' }).click();
    await expect(row.getByRole('button', { name: 'Refresh now' })).toBeEnabled();
    expect(feed.requests.at(-1)?.ifNoneMatch).toMatch(/^"/);

    feed.body = calendar('On call: Grace');
    await row.getByRole('button', { name: 'Refresh now' }).click();
    await expect(page.getByRole('button', { name: /^On call: Grace/ }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: /^On call: Ada/ })).toHaveCount(0);
    now = await stored(page);
    expect(now.titles).toEqual(['On call: Grace']);
    expect(now.outbox).toBe(0);

    // A feed that fails says so on the calendar, and keeps the events it had.
    feed.status = 500;
    await row.getByRole('button', { name: 'Refresh now' }).click();
    await expect(row.getByRole('alert')).toContainText('Last refresh failed: 127.0.0.1:');
    await expect(row.getByRole('alert')).toContainText('500');
    expect((await stored(page)).titles).toEqual(['On call: Grace']);

    // Its events open read-only: the editor offers no Save.
    await openEditor(page, page.getByRole('button', { name: /^On call: Grace/ }).first());
    await expect(
      page.getByRole('dialog', { name: 'Event' }).getByRole('button', { name: 'Save' }),
    ).toHaveCount(0);
  } finally {
    await feed.close();
  }
});

test('a feed whose interval passed while the app was closed is fetched when it opens', async ({
  openApp,
}) => {
  const feed = await startFeed(calendar('On call: Ada'));
  try {
    const page = await openApp();
    await page.getByRole('button', { name: 'Add calendar from URL…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add calendar from URL' });
    await dialog.getByLabel('Calendar address').fill(feed.url);
    await dialog.getByRole('button', { name: 'Subscribe' }).click();
    await expect(page.getByRole('button', { name: /^On call: Ada/ }).first()).toBeVisible();
    const fetchedOnSubscribe = feed.requests.length;

    // Opened again before its six hours are up: nothing is fetched.
    feed.body = calendar('On call: Grace');
    await page.reload();
    await expect(page.getByRole('button', { name: /^On call: Ada/ }).first()).toBeVisible();
    expect(feed.requests.length).toBe(fetchedOnSubscribe);

    // Opened seven hours after its last refresh: fetched at once, the change shown.
    const lastRefreshedHoursAgo = (hours: number) =>
      page.evaluate(async (ago) => {
        const db = window.__almanac!.db;
        const [feedCalendar] = (await db.calendars.toArray()).filter((c) => c.subscription);
        const at = new Date(Date.now() - ago * 3_600_000).toISOString();
        await db.calendars.update(feedCalendar!.id, {
          subscription: { ...feedCalendar!.subscription!, lastRefreshAt: at, lastAttemptAt: at },
        });
      }, hours);
    // (The open page sees the stored times change too, and may fetch before the reload does:
    // either way the feed is fetched again, at most once per page. That it is the start-up
    // that fetches is proven by the schedule's unit tests over real Dexie.)
    await lastRefreshedHoursAgo(7);
    await page.reload();
    await expect(page.getByRole('button', { name: /^On call: Grace/ }).first()).toBeVisible();
    expect(feed.requests.length - fetchedOnSubscribe).toBeGreaterThanOrEqual(1);
    expect(feed.requests.length - fetchedOnSubscribe).toBeLessThanOrEqual(2);
    const row = page.getByRole('listitem', { name: 'Team rota' });
    await expect(row).toContainText('Refreshed');

    // Failing when due: the calendar says why and when it tries again.
    feed.status = 503;
    await lastRefreshedHoursAgo(7);
    await page.reload();
    await expect(row.getByRole('alert')).toContainText('Last refresh failed');
    await expect(row.getByRole('alert')).toContainText('Trying again at');
    const failures = (await stored(page)).feeds[0]!.subscription!.failures ?? 0;
    expect(failures).toBeGreaterThanOrEqual(1);
    expect(failures).toBeLessThanOrEqual(2);
    expect((await stored(page)).titles).toEqual(['On call: Grace']);
  } finally {
    await feed.close();
  }
});

test('an address that is not https is refused with a reason', async ({ openApp }) => {
  const page = await openApp();
  await page.getByRole('button', { name: 'Add calendar from URL…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add calendar from URL' });
  await dialog.getByLabel('Calendar address').fill('http://example.com/cal.ics');
  await dialog.getByRole('button', { name: 'Subscribe' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Only https:// and webcal://');
});
