// Navigation speed in real Chromium against the browser shell, each figure beside its floor
// measured in the same run: 20,000 events in IndexedDB, 2,000 of them in this month and
// 2,000 in the next, the rest spread over the surrounding years.
//
// Click to drawn: from the click, as the page dispatches it (a 'bench:act' mark set by a
// capturing listener ahead of the app's own, so Playwright's finding and checking the button
// beforehand is not counted), to the renderer's 'almanac:events-rendered' mark, which the
// grid sets once FullCalendar has laid out the new range's events. Opening the app straight
// into month view is timed from the page's navigation start instead. The floor (floor-page.ts) draws the same range's events,
// read from the same IndexedDB, as plain positioned elements; it is timed the same way.
// Each figure is the median of at least five repetitions, with min and max.
import type { Page } from '@playwright/test';
import { DateTime } from 'luxon';
import type { CalendarEvent } from '../../src-preload/model/event';
import { openBenchApp, putEvents } from './bench-app';
import { FLOOR_HTML, FLOOR_PATH, type FloorRange } from './floor-page';
import { PLACE_KEYS } from '../../src-renderer/calendar/model/anchor-date';
import { againstFloor, spread } from './stats';

const REPS = 5;
/** A person looks at the screen for a moment between clicks; the app reads ahead then. */
const PAUSE_MS = 1200;

export async function measureNavigation(): Promise<Record<string, unknown>> {
  const { shell, context, page, close } = await openBenchApp();
  try {
    const events = makeEvents(DateTime.utc().startOf('month'));
    await putEvents(page, events);

    const app = { firstMonth: [] as Sample[], nextMonth: [] as Sample[] };
    const toWeek: Sample[] = [];
    const toMonth: Sample[] = [];
    for (let rep = 0; rep < REPS; rep++) {
      // Start-up in the default (week) view, then the month's first render after it. The
      // window remembers its view across reloads; a fresh start does not.
      await freshStart(page);
      await waitForDrawn(page, 0);
      await page.waitForTimeout(PAUSE_MS);
      app.firstMonth.push(await clickToDrawn(page, 'Month'));
      // Next and back: both months hold 2,000 events.
      for (const name of ['Next', 'Previous'] as const) {
        await page.waitForTimeout(PAUSE_MS);
        app.nextMonth.push(await clickToDrawn(page, name));
      }
      await page.waitForTimeout(PAUSE_MS);
      toWeek.push(await clickToDrawn(page, 'Week'));
      await page.waitForTimeout(PAUSE_MS);
      toMonth.push(await clickToDrawn(page, 'Month'));
    }

    // Opening the app straight into month view: nothing read ahead, every cache cold.
    await setDefaultView(page, 'month');
    const coldOpen: Sample[] = [];
    for (let rep = 0; rep < REPS; rep++) {
      await freshStart(page);
      coldOpen.push(await fromNavigation(page));
    }

    // The floor, on the same origin and database, for the same ranges.
    await page.route(`${new URL(shell.url).origin}${FLOOR_PATH}*`, (route) =>
      route.fulfill({ contentType: 'text/html', body: FLOOR_HTML }),
    );
    const floorUrl = `${new URL(shell.url).origin}${FLOOR_PATH}`;
    await page.goto(floorUrl);
    const floor = async (samples: Sample[]) => {
      const out: number[] = [];
      for (const { range } of samples) {
        await page.waitForTimeout(100);
        out.push(await floorClickToDrawn(page, range));
      }
      return out;
    };
    const floorCold: number[] = [];
    for (const { range } of coldOpen) {
      await page.goto(`${floorUrl}?range=${encodeURIComponent(JSON.stringify(range))}`);
      floorCold.push(await floorFromNavigation(page));
    }

    const figure = async (samples: Sample[]) => ({
      ...againstFloor(
        samples.map((s) => s.ms),
        await floor(samples),
      ),
      // Of the app's time, how much went to reading and expanding (the rest is drawing).
      readMedianMs: spread(samples.map((s) => s.readMs)).median,
    });
    const clickToDrawnMs = {
      monthFirstRender: await figure(app.firstMonth),
      nextMonth: await figure(app.nextMonth),
      viewSwitchMonthToWeek: await figure(toWeek),
      viewSwitchWeekToMonth: await figure(toMonth),
      openInMonthView: {
        ...againstFloor(
          coldOpen.map((s) => s.ms),
          floorCold,
        ),
        readMedianMs: spread(coldOpen.map((s) => s.readMs)).median,
      },
    };

    // The renderer's heap in a page of its own (a reload keeps the old page's garbage in the
    // same heap until V8 collects it): the app opened in month view, a moment to settle.
    await page.close();
    const fresh = await context.newPage();
    await fresh.goto(shell.url);
    await waitForDrawn(fresh, 0);
    await fresh.waitForTimeout(2 * PAUSE_MS);
    const rendererHeapMB = await rendererHeap(fresh);
    return { eventsInDatabase: events.length, eventsInMonth: 2000, clickToDrawnMs, rendererHeapMB };
  } finally {
    await close();
  }
}

interface Sample {
  ms: number;
  /** From the range request to the range's events read and expanded. */
  readMs: number;
  range: FloorRange;
}

/** Clicks the toolbar button `name` and times it until the new range's events are drawn. */
async function clickToDrawn(page: Page, name: string): Promise<Sample> {
  const since = await markNextClick(page);
  await page.getByRole('button', { name, exact: true }).click();
  return waitForDrawn(page, since);
}

/**
 * Marks 'bench:act' when the page dispatches its next click; returns the time now, which
 * the mark comes after.
 */
function markNextClick(page: Page): Promise<number> {
  return page.evaluate(() => {
    window.addEventListener('click', () => performance.mark('bench:act'), {
      capture: true,
      once: true,
    });
    return performance.now();
  });
}

/**
 * Waits for a range requested after `since` to be drawn, and reads the marks: timed from the
 * click marked after `since`, or from the navigation's start when `since` is 0.
 */
async function waitForDrawn(page: Page, since: number): Promise<Sample> {
  const handle = await page.waitForFunction(
    (since) => {
      const t =
        since === 0
          ? 0
          : performance.getEntriesByName('bench:act').find((m) => m.startTime >= since)?.startTime;
      if (t === undefined) return null;
      const requested = performance
        .getEntriesByName('almanac:range-requested')
        .filter((m) => m.startTime >= t)
        .at(-1) as PerformanceMark | undefined;
      if (!requested) return null;
      const rendered = performance
        .getEntriesByName('almanac:events-rendered')
        .find((m) => m.startTime >= requested.startTime);
      if (!rendered) return null;
      const loaded = performance
        .getEntriesByName('almanac:events-loaded')
        .find((m) => m.startTime >= requested.startTime);
      const detail = requested.detail as { start: number; end: number; view: string };
      return {
        ms: rendered.startTime - t,
        readMs: loaded ? loaded.startTime - requested.startTime : -1,
        range: {
          view: detail.view === 'dayGridMonth' ? 'month' : 'week',
          startMs: detail.start,
          endMs: detail.end,
        },
      };
    },
    since,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as Sample;
}

/** Reloads as a new start would open: without the view and date this window remembered. */
async function freshStart(page: Page): Promise<void> {
  await page.evaluate(
    (keys) => keys.forEach((key) => sessionStorage.removeItem(key)),
    [...PLACE_KEYS],
  );
  await page.reload();
}

/** After a reload: from the navigation's start to the first range drawn. */
function fromNavigation(page: Page): Promise<Sample> {
  return waitForDrawn(page, 0);
}

async function floorClickToDrawn(page: Page, range: FloorRange): Promise<number> {
  await page.evaluate((r) => {
    (window as unknown as { floorRange: unknown }).floorRange = r;
  }, range);
  const since = await markNextClick(page);
  await page.getByRole('button', { name: 'Show' }).click();
  return floorDrawnSince(page, since);
}

function floorFromNavigation(page: Page): Promise<number> {
  return floorDrawnSince(page, 0);
}

/** As waitForDrawn, for the floor page's 'floor:drawn' mark. */
async function floorDrawnSince(page: Page, since: number): Promise<number> {
  const handle = await page.waitForFunction(
    (since) => {
      const t =
        since === 0
          ? 0
          : performance.getEntriesByName('bench:act').find((m) => m.startTime >= since)?.startTime;
      if (t === undefined) return null;
      const drawn = performance.getEntriesByName('floor:drawn').find((m) => m.startTime >= t);
      return drawn ? drawn.startTime - t : null;
    },
    since,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** The page's JS heap after a full collection, and as it stood before it. */
async function rendererHeap(page: Page): Promise<{ liveMB: number; uncollectedMB: number }> {
  const cdp = await page.context().newCDPSession(page);
  const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await cdp.send('HeapProfiler.collectGarbage');
  const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await cdp.detach();
  return { liveMB: round(after / 1e6), uncollectedMB: round(before / 1e6) };
}

/** Sets the view Almanac opens in, through Preferences as a person would. */
async function setDefaultView(page: Page, view: string): Promise<void> {
  await page.getByRole('button', { name: 'Preferences' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await dialog.getByLabel('Default view').selectOption(view);
  await dialog
    .getByRole('button', { name: /^(Save|Done|Close)$/ })
    .first()
    .click();
  await dialog.waitFor({ state: 'hidden' });
}

/** 2,000 one-hour events in this month and the next, 16,000 spread over the surrounding years. */
export function makeEvents(month: DateTime): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const add = (start: DateTime) => {
    const end = start.plus({ hours: 1 });
    const n = events.length;
    events.push({
      id: `bench${n.toString(32).padStart(6, '0')}`,
      calendarId: 'local',
      kind: 'single',
      status: 'confirmed',
      summary: `Bench event ${n}`,
      start: { dateTime: start.toISO()!, timeZone: 'UTC' },
      end: { dateTime: end.toISO()!, timeZone: 'UTC' },
      startMs: start.toMillis(),
      endMs: end.toMillis(),
      localVersion: 1,
      updatedAt: new Date().toISOString(),
    });
  };
  for (const m of [month, month.plus({ months: 1 })]) {
    const days = m.daysInMonth!;
    for (let i = 0; i < 2000; i++) add(m.plus({ days: i % days, hours: 8 + (i % 10) }));
  }
  for (let i = 0; i < 16000; i++) {
    const offsetMonths = (i % 2 === 0 ? -1 : 1) * (2 + (i % 24));
    add(month.plus({ months: offsetMonths, days: i % 28, hours: 9 }));
  }
  return events;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
