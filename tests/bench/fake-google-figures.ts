// Figures for the Google emulator, for `npm run bench`: it must never be the slow part of a
// sync benchmark. Times are wall-clock milliseconds through the real clients (raw HTTP for
// batch), median of a few runs (a 100,000-event full sync three times, with min and max), on
// a fresh emulator with quota out of the way.

import { calendar } from '@googleapis/calendar';
import { OAuth2Client } from 'google-auth-library';
import { startFakeGoogle } from '../fake-google/index';
import { repeat, spread, type Spread } from './stats';

export async function measureFakeGoogle(): Promise<Record<string, number | Spread>> {
  const google = await startFakeGoogle({ quotaPerUserPerMinute: 1_000_000 });
  try {
    const admin = async (route: string, body: unknown): Promise<unknown> =>
      (
        await fetch(`${google.url}/__admin/${route}`, {
          method: 'POST',
          body: JSON.stringify(body),
        })
      ).json();
    await admin('accounts', { email: 'bench@example.com' });
    await admin('calendars', {
      email: 'bench@example.com',
      id: 'big@group.calendar.google.com',
      summary: 'Big',
    });
    const { access_token } = (await admin('tokens', {
      email: 'bench@example.com',
      clientId: 'bench-client',
    })) as { access_token: string };
    const auth = new OAuth2Client();
    auth.setCredentials({ access_token });
    const api = calendar({ version: 'v3', auth, rootUrl: `${google.url}/` });

    const events = (n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => {
        const day = new Date(Date.UTC(2030, 0, 1) + (i % 3650) * 86_400_000)
          .toISOString()
          .slice(0, 10);
        return {
          id: `${prefix}${i.toString(16).padStart(8, '0')}`,
          summary: `Event ${i}`,
          description: 'Bench event with a little text.',
          start: { dateTime: `${day}T09:00:00Z` },
          end: { dateTime: `${day}T10:00:00Z` },
        };
      });

    // One page of 2,500 on a calendar of 2,500.
    const seedStart = performance.now();
    await admin('events', { calendarId: 'bench@example.com', events: events(2500, 'aa') });
    const seed2500Ms = performance.now() - seedStart;
    await api.events.list({ calendarId: 'primary', maxResults: 2500 }); // warm-up
    const eventsListPage2500Ms = await median(5, () =>
      api.events.list({ calendarId: 'primary', maxResults: 2500 }),
    );

    // A batch of 1,000 inserts.
    const batch1000InsertsMs = await timeOnce(() =>
      batchInsert(google.url, access_token, events(1000, 'bb')),
    );

    // A calendar of 100,000 events: seeded in-process (the fastest path), then paged.
    const big = events(100_000, 'cc');
    const seed100kStart = performance.now();
    for (let i = 0; i < big.length; i += 10_000)
      await admin('events', {
        calendarId: 'big@group.calendar.google.com',
        events: big.slice(i, i + 10_000),
      });
    const seed100kMs = performance.now() - seed100kStart;
    const firstPage = await api.events.list({
      calendarId: 'big@group.calendar.google.com',
      maxResults: 2500,
    });
    const listPageOn100kCalendarMs = await median(5, () =>
      api.events.list({
        calendarId: 'big@group.calendar.google.com',
        maxResults: 2500,
        pageToken: firstPage.data.nextPageToken!,
      }),
    );
    const defaultPageOn100kCalendarMs = await median(5, () =>
      api.events.list({ calendarId: 'big@group.calendar.google.com' }),
    );
    // Every page of the 100,000, three times over (one run alone swung by half on a busy machine).
    let syncToken: string | undefined;
    const fullSync100kMs = spread(
      await repeat(3, async () => {
        const start = performance.now();
        let pageToken: string | undefined;
        do {
          const { data } = await api.events.list({
            calendarId: 'big@group.calendar.google.com',
            maxResults: 2500,
            ...(pageToken ? { pageToken } : {}),
          });
          pageToken = data.nextPageToken ?? undefined;
          syncToken = data.nextSyncToken ?? undefined;
        } while (pageToken);
        return performance.now() - start;
      }),
    );
    await api.events.patch({
      calendarId: 'big@group.calendar.google.com',
      eventId: big[50_000]!.id,
      requestBody: { summary: 'changed' },
    });
    const incrementalSyncOn100kCalendarMs = await median(5, () =>
      api.events.list({ calendarId: 'big@group.calendar.google.com', syncToken: syncToken! }),
    );

    return {
      eventsListPage2500Ms: round(eventsListPage2500Ms),
      batch1000InsertsMs: round(batch1000InsertsMs),
      listPageOn100kCalendarMs: round(listPageOn100kCalendarMs),
      defaultPageOn100kCalendarMs: round(defaultPageOn100kCalendarMs),
      incrementalSyncOn100kCalendarMs: round(incrementalSyncOn100kCalendarMs),
      fullSync100kMs,
      seed2500Ms: round(seed2500Ms),
      seed100kMs: round(seed100kMs),
    };
  } finally {
    await google.close();
  }
}

async function batchInsert(url: string, token: string, events: { id: string }[]): Promise<void> {
  const boundary = 'bench_boundary';
  const body =
    events
      .map((e, i) =>
        [
          `--${boundary}`,
          'Content-Type: application/http',
          `Content-ID: <item${i}>`,
          '',
          'POST /calendar/v3/calendars/primary/events HTTP/1.1',
          'Content-Type: application/json',
          '',
          JSON.stringify(e),
        ].join('\r\n'),
      )
      .join('\r\n') + `\r\n--${boundary}--\r\n`;
  const response = await fetch(`${url}/batch/calendar/v3`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': `multipart/mixed; boundary=${boundary}`,
    },
    body,
  });
  const text = await response.text();
  const ok = text.match(/HTTP\/1\.1 200/g)?.length ?? 0;
  if (ok !== events.length) throw new Error(`batch inserted ${ok} of ${events.length}`);
}

async function timeOnce(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function median(runs: number, run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeOnce(run));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
