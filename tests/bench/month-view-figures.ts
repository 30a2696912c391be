// Month view speed in real Chromium against the browser shell: 20,000 events in IndexedDB,
// 2,000 of them in the month shown and 2,000 in the next. The renderer marks
// 'almanac:range-requested' when the visible range changes and 'almanac:events-rendered'
// once FullCalendar has drawn that range's events; the figure is the time between them.
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DateTime } from 'luxon';
import type { CalendarEvent } from '../../src-preload/model/event';
import { startWebShell } from '../../src-main/web/web-shell';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';

export async function measureMonthView(): Promise<Record<string, number>> {
  const shell = await startWebShell({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'almanac-bench-')),
    rendererDir: resolve('dist/renderer'),
    version: 'bench',
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      timezoneId: 'UTC',
    });
    await page.goto(shell.url);
    await page.getByRole('button', { name: 'New event' }).waitFor();
    const events = makeEvents(DateTime.utc().startOf('month'));
    await page.evaluate(async (records) => {
      const db = (
        window as unknown as {
          __almanac: { db: { events: { bulkPut(r: unknown[]): Promise<unknown> } } };
        }
      ).__almanac.db;
      await db.events.bulkPut(records);
    }, events);
    // Let the default view draw its own range first, so its marks are not paired with ours.
    await timeRange(page, () => page.reload().then(() => undefined), { reload: true });
    // A person looks at the screen for a moment before the next click; the app reads the
    // neighbouring weeks in that idle time.
    await page.waitForTimeout(1500);
    const firstRender = await timeRange(page, () =>
      page.getByRole('button', { name: 'Month' }).click(),
    );
    const firstQuery = await lastQueryMs(page);
    const firstFromClick = await sinceClickMs(page);
    await page.waitForTimeout(1500);
    const nextMonth = await timeRange(page, () =>
      page.getByRole('button', { name: 'Next' }).click(),
    );
    const nextQuery = await lastQueryMs(page);
    const nextFromClick = await sinceClickMs(page);
    // The worst case, with nothing read ahead: the app opening straight into month view.
    await page.getByRole('button', { name: 'Previous' }).click();
    await setDefaultView(page, 'month');
    const coldOpen = await timeRange(page, () => page.reload().then(() => undefined), {
      reload: true,
    });
    const coldQuery = await lastQueryMs(page);
    const heap = await page.evaluate(
      () =>
        (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
          ?.usedJSHeapSize ?? 0,
    );
    return {
      eventsInDatabase: events.length,
      eventsInMonth: 2000,
      firstRenderMs: round(firstRender),
      firstRenderQueryMs: round(firstQuery),
      firstRenderFromClickMs: round(firstFromClick),
      nextMonthMs: round(nextMonth),
      nextMonthQueryMs: round(nextQuery),
      nextMonthFromClickMs: round(nextFromClick),
      coldOpenInMonthViewMs: round(coldOpen),
      coldOpenQueryMs: round(coldQuery),
      rendererHeapMB: round(heap / 1e6),
    };
  } finally {
    await browser.close();
    await shell.close();
  }
}

/**
 * Time from the range request `act` causes to the first render of that range's events.
 * A reload starts a new page whose marks begin at zero, so it waits for the first pair.
 */
async function timeRange(
  page: Page,
  act: () => Promise<void>,
  options: { reload?: boolean } = {},
): Promise<number> {
  const before = options.reload
    ? 0
    : await page.evaluate(() => performance.getEntriesByName('almanac:range-requested').length);
  if (!options.reload) await page.evaluate(() => performance.mark('bench:act'));
  await act();
  await page.waitForFunction(
    (n) => {
      const requested = performance.getEntriesByName('almanac:range-requested');
      const last = requested.at(-1);
      return (
        requested.length > n &&
        !!last &&
        performance
          .getEntriesByName('almanac:events-rendered')
          .some((m) => m.startTime >= last.startTime)
      );
    },
    before,
    { timeout: 60_000 },
  );
  return page.evaluate(() => {
    const requested = performance.getEntriesByName('almanac:range-requested').at(-1)!.startTime;
    const rendered = performance
      .getEntriesByName('almanac:events-rendered')
      .find((m) => m.startTime >= requested)!.startTime;
    return rendered - requested;
  });
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

/** From the click (just before it) to the events of the new range on screen. */
function sinceClickMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const act = performance.getEntriesByName('bench:act').at(-1)!.startTime;
    const rendered = performance
      .getEntriesByName('almanac:events-rendered')
      .find((m) => m.startTime >= act)!.startTime;
    return rendered - act;
  });
}

/** Of the last range's time, how much went to reading and expanding events. */
function lastQueryMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const requested = performance.getEntriesByName('almanac:range-requested').at(-1)!.startTime;
    const loaded = performance
      .getEntriesByName('almanac:events-loaded')
      .find((m) => m.startTime >= requested);
    return loaded ? loaded.startTime - requested : -1;
  });
}

/** 2,000 one-hour events in this month and the next, 16,000 spread over the surrounding years. */
function makeEvents(month: DateTime): CalendarEvent[] {
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
