// Showing and hiding a calendar in real Chromium: 5,000 events of one calendar in the month
// on screen (and 1,000 of another), the person clicking the calendar's checkbox in the
// sidebar. The figure runs from the click, as the page dispatches it (a capturing listener
// ahead of the app's own, so Playwright's finding and checking the box is not counted), to
// the renderer's 'almanac:visibility-drawn' mark (FullCalendar has drawn the new set), seven
// times each way; the floor is the same click on a calendar with no events, in the same run.
import type { Page } from '@playwright/test';
import { DateTime } from 'luxon';
import type { Calendar, CalendarEvent } from '../../src-preload/model/event';
import { openBenchApp } from './bench-app';

const RUNS = 7;

export async function measureCalendarToggle(): Promise<Record<string, unknown>> {
  const { page, close } = await openBenchApp();
  try {
    const month = DateTime.utc().startOf('month');
    const calendars: Calendar[] = [
      {
        id: 'bench-busy',
        summary: 'Busy',
        color: '#0b8043',
        accessRole: 'owner',
        syncEnabled: false,
      },
      {
        id: 'bench-empty',
        summary: 'Empty',
        color: '#d50000',
        accessRole: 'owner',
        syncEnabled: false,
      },
    ];
    const events = [...makeEvents(month, 'bench-busy', 5000), ...makeEvents(month, 'local', 1000)];
    await page.evaluate(
      async ({ calendars, events }) => {
        const db = (
          window as unknown as {
            __almanac: {
              db: {
                calendars: { bulkPut(r: unknown[]): Promise<unknown> };
                events: { bulkPut(r: unknown[]): Promise<unknown> };
              };
            };
          }
        ).__almanac.db;
        await db.calendars.bulkPut(calendars);
        await db.events.bulkPut(events);
      },
      { calendars, events },
    );
    await page.reload();
    await page.getByRole('button', { name: 'Month' }).click();
    await page
      .getByRole('button', { name: /^Bench event \d+,/ })
      .first()
      .waitFor();

    const busy = await toggleTimes(page, 'Busy');
    const empty = await toggleTimes(page, 'Empty');
    const floor = median(empty.all);
    return {
      eventsInCalendar: 5000,
      eventsInMonth: events.length,
      runsEachWay: RUNS,
      hideMs: stats(busy.hide),
      showMs: stats(busy.show),
      floorEmptyCalendarMs: stats(empty.all),
      hideToFloor: round(median(busy.hide) / floor),
      showToFloor: round(median(busy.show) / floor),
    };
  } finally {
    await close();
  }
}

/** Unticks and ticks the calendar RUNS times each, timing each click to its drawing. */
async function toggleTimes(page: Page, name: string) {
  const box = page.getByRole('checkbox', { name });
  const hide: number[] = [];
  const show: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    hide.push(await clickToDrawn(page, () => box.uncheck()));
    await page.waitForTimeout(200);
    show.push(await clickToDrawn(page, () => box.check()));
    await page.waitForTimeout(200);
  }
  return { hide, show, all: [...hide, ...show] };
}

async function clickToDrawn(page: Page, act: () => Promise<void>): Promise<number> {
  const before = await page.evaluate(() => {
    window.addEventListener('click', () => performance.mark('bench:toggle'), {
      capture: true,
      once: true,
    });
    return performance.getEntriesByName('almanac:visibility-drawn').length;
  });
  await act();
  await page.waitForFunction(
    (n) => performance.getEntriesByName('almanac:visibility-drawn').length > n,
    before,
    { timeout: 30_000 },
  );
  return page.evaluate(() => {
    const clicked = performance.getEntriesByName('bench:toggle').at(-1)!.startTime;
    const drawn = performance
      .getEntriesByName('almanac:visibility-drawn')
      .find((m) => m.startTime >= clicked)!.startTime;
    return drawn - clicked;
  });
}

function makeEvents(month: DateTime, calendarId: string, count: number): CalendarEvent[] {
  const days = month.daysInMonth!;
  const offset = calendarId === 'local' ? 5000 : 0;
  return Array.from({ length: count }, (_, i) => {
    const start = month.plus({ days: i % days, hours: 8 + (i % 10) });
    const end = start.plus({ hours: 1 });
    const n = offset + i;
    return {
      id: `toggle${n.toString(32).padStart(6, '0')}`,
      calendarId,
      kind: 'single' as const,
      status: 'confirmed' as const,
      summary: `Bench event ${n}`,
      start: { dateTime: start.toISO()!, timeZone: 'UTC' },
      end: { dateTime: end.toISO()!, timeZone: 'UTC' },
      startMs: start.toMillis(),
      endMs: end.toMillis(),
      localVersion: 1,
      updatedAt: new Date().toISOString(),
    };
  });
}

function stats(values: number[]) {
  return {
    median: round(median(values)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
