// Search speed in real Chromium against the browser shell: 20,000 events and 1,000 weekly
// series in IndexedDB, spread over four years, with locations, descriptions and guests. The
// field marks 'almanac:search-input' on each change and 'almanac:search-drawn' once that
// query's results are in the page; the figure per query is the time between them, and until
// the frame after (the results painted). The first query after opening search also reads the
// database and builds the index; that build is reported on its own ('almanac:search-index').
import type { Page } from '@playwright/test';
import { DateTime } from 'luxon';
import type { CalendarEvent } from '../../src-preload/model/event';
import { openBenchApp, putEvents } from './bench-app';

const PLACES = ['Harbour', 'Library', 'Studio', 'Garden', 'Office', 'Café', 'Museum', 'Station'];
const PEOPLE = ['ana', 'bruno', 'chen', 'dara', 'emil', 'farah', 'gus', 'hana', 'ivo', 'june'];
const TOPICS = ['budget', 'roadmap', 'hiring', 'launch', 'review', 'training', 'design', 'party'];
const QUERIES = [
  'harbour',
  'library 3',
  'studio',
  'garden',
  'chen',
  'farah@example.com',
  'budget',
  'roadmap review',
  'launch',
  'series 42',
  'weekly',
  'museum',
  'station 7',
  'hana',
  'training',
  'design',
  'party',
  'office',
  'café 5',
  'june',
];

export async function measureSearch(): Promise<Record<string, unknown>> {
  const { page, close } = await openBenchApp();
  try {
    const records = makeRecords(DateTime.utc().startOf('month'));
    await putEvents(page, records);
    await page.reload();
    await page.getByRole('button', { name: 'New event' }).waitFor();
    await page.waitForTimeout(1000);

    // The first query after opening search: the database read and the index build included.
    await page.keyboard.press('/');
    const first = await timeQuery(page, 'zzzz warm-up');
    const build = await page.evaluate(
      () => performance.getEntriesByName('almanac:search-index').at(-1)?.duration ?? -1,
    );
    const drawn: number[] = [];
    const painted: number[] = [];
    for (const query of QUERIES) {
      const t = await timeQuery(page, query);
      drawn.push(t.drawn);
      painted.push(t.painted);
    }
    return {
      events: records.filter((r) => r.kind === 'single').length,
      series: records.filter((r) => r.kind === 'master').length,
      queries: QUERIES.length,
      toResultsInPageMs: stats(drawn),
      toResultsPaintedMs: stats(painted),
      firstQueryWithIndexBuildMs: round(first.painted),
      indexBuildMs: round(build),
    };
  } finally {
    await close();
  }
}

/** Types `query` into the focused search field as one change and times its results. */
async function timeQuery(page: Page, query: string): Promise<{ drawn: number; painted: number }> {
  const before = await page.evaluate(
    () => performance.getEntriesByName('almanac:search-drawn').length,
  );
  await page.getByRole('searchbox', { name: 'Search' }).fill(query);
  return page.evaluate(async (n) => {
    while (performance.getEntriesByName('almanac:search-drawn').length <= n)
      await new Promise((r) => setTimeout(r, 5));
    const input = performance.getEntriesByName('almanac:search-input').at(-1)!.startTime;
    const drawnAt = performance.getEntriesByName('almanac:search-drawn').at(-1)!.startTime;
    // The frame after the results reached the page: they are painted by then.
    const paintedAt = await new Promise<number>((r) =>
      requestAnimationFrame(() => setTimeout(() => r(performance.now()))),
    );
    return { drawn: drawnAt - input, painted: paintedAt - input };
  }, before);
}

/** 20,000 one-hour events and 1,000 weekly series over four years, around `month`. */
function makeRecords(month: DateTime): CalendarEvent[] {
  const records: CalendarEvent[] = [];
  const add = (n: number, start: DateTime, master: boolean) => {
    const end = start.plus({ hours: 1 });
    records.push({
      id: `${master ? 'series' : 'bench'}${n.toString(32).padStart(6, '0')}`,
      calendarId: 'local',
      kind: master ? 'master' : 'single',
      status: 'confirmed',
      summary: master ? `Weekly series ${n}` : `Bench event ${n}`,
      location: `${PLACES[n % PLACES.length]} ${n % 10}`,
      description: `<p>About the <b>${TOPICS[n % TOPICS.length]}</b> and ${TOPICS[(n + 3) % TOPICS.length]}</p>`,
      attendees: [0, 1].map((k) => {
        const who = PEOPLE[(n + k * 3) % PEOPLE.length]!;
        return {
          email: `${who}@example.com`,
          displayName: who[0]!.toUpperCase() + who.slice(1),
          responseStatus: 'needsAction' as const,
        };
      }),
      ...(master ? { recurrence: ['RRULE:FREQ=WEEKLY'] } : {}),
      start: { dateTime: start.toISO()!, timeZone: 'UTC' },
      end: { dateTime: end.toISO()!, timeZone: 'UTC' },
      startMs: start.toMillis(),
      endMs: end.toMillis(),
      localVersion: 1,
      updatedAt: new Date().toISOString(),
    });
  };
  for (let i = 0; i < 20000; i++)
    add(i, month.plus({ days: (i % 1460) - 730, hours: 8 + (i % 10) }), false);
  for (let i = 0; i < 1000; i++)
    add(i, month.minus({ days: i % 700, hours: -(9 + (i % 8)) }), true);
  return records;
}

function stats(values: number[]): { median: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median =
    sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median: round(median), min: round(sorted[0]!), max: round(sorted.at(-1)!) };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
