// A subscribed feed's failed refresh reads in the language the window is in when it is shown,
// not the one it was in at the failed fetch: the failure is kept as what was said (main's
// refusal, a feed that is not a calendar) and worded on display. Main's real fetch against a
// real local HTTP server (127.0.0.1), the real database on fake-indexeddb.
import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { fetchFeed, FEED_LIMITS } from '../../src-main/subscriptions/feed-fetch';
import { dispatch } from '../../src-main/ipc/dispatch';
import { conventionsFor } from '../../src-preload/locale';
import type { AlmanacApi } from '../../src-preload/almanac-api';
import { openDatabase, type AlmanacDatabase } from '../../src-renderer/db/database';
import { localeFor, setActiveLocale } from '../../src-renderer/i18n/active-locale';
import { refreshSubscription } from '../../src-renderer/ics/subscriptions';
import { lastFailureText } from '../../src-renderer/ics/feed-failure';

const locale = (language: string) =>
  localeFor(conventionsFor({ language, timeFormat: 'region', weekStartsOn: 'region' }, []));

let server: Server;
let base: string;
let host: string;
let db: AlmanacDatabase;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/down') return void response.writeHead(503, 'Resting').end();
    if (request.url === '/text') {
      response.writeHead(200, { 'Content-Type': 'text/calendar' });
      return void response.end('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Lunch\r\n');
    }
    response.writeHead(200, { 'Content-Type': 'text/calendar' });
    response.end(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20300101T100000Z\r\nDTEND:20300101T110000Z\r\nSUMMARY:Lunch\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  base = `http://${host}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  setActiveLocale(locale('en-GB'));
  db?.close();
});

/** Main's fetch as the window reaches it: through dispatch, which makes a refusal data. */
const fetcher: AlmanacApi['fetchFeed'] = (request) =>
  dispatch(
    {
      'subscriptions:fetch': (r: typeof request) =>
        fetchFeed(r, { ...FEED_LIMITS, allowLoopbackHttp: true }),
    } as never,
    'subscriptions:fetch',
    request,
  ) as ReturnType<AlmanacApi['fetchFeed']>;

/** A subscribed calendar at `path` of the local server, refreshed once in English. */
async function failedInEnglish(path: string) {
  db = openDatabase(`feed-failure-words-${process.pid}-${path.slice(1)}`);
  await db.open();
  await db.calendars.put({
    id: 'feed1',
    summary: 'Rota',
    color: '#9e69af',
    accessRole: 'reader',
    syncEnabled: false,
    subscription: { url: `${base}${path}`, refreshMinutes: 60 },
  });
  setActiveLocale(locale('en-GB'));
  const calendar = await refreshSubscription(db, 'feed1', 'Europe/Paris', fetcher);
  return calendar!.subscription!;
}

test('a server’s refusal saved in English reads in French once the language is French', async () => {
  const source = await failedInEnglish('/down');
  expect(source.failures).toBe(1);
  expect(lastFailureText(source)).toBe(`${host} answered 503 Resting.`);
  setActiveLocale(locale('fr-FR'));
  // The server's own status text stays as it came.
  expect(lastFailureText(source)).toBe(`${host} a répondu 503 Resting.`);
});

test('a feed that is not a calendar, saved in English, reads in French', async () => {
  const source = await failedInEnglish('/text');
  expect(lastFailureText(source)).toMatch(/^That address does not give a calendar/);
  setActiveLocale(locale('fr-FR'));
  const french = lastFailureText(source)!;
  expect(french).toMatch(/^Cette adresse ne donne pas d’agenda/);
  expect(french).not.toMatch(/\b(address|does not|calendar)\b/);
});

test('a failure saved before failures had words reads as it was saved; a refresh that works clears both', async () => {
  const source = await failedInEnglish('/down');
  const old = { ...source, lastErrorWords: undefined, lastError: 'Saved long ago.' };
  setActiveLocale(locale('fr-FR'));
  expect(lastFailureText(old)).toBe('Saved long ago.');

  await db.calendars.update('feed1', { subscription: { ...source, url: `${base}/feed` } });
  const fixed = (await refreshSubscription(db, 'feed1', 'Europe/Paris', fetcher))!.subscription!;
  expect(fixed.lastError).toBeUndefined();
  expect(fixed.lastErrorWords).toBeUndefined();
  expect(lastFailureText(fixed)).toBeUndefined();
});
