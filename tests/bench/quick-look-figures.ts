// Quick look speed in real Chromium against the browser shell: 20,000 events in IndexedDB
// (guests and descriptions included), the month shown, and a click on one of its events.
// The page marks the click as it is dispatched ('bench:look-click', a capturing listener
// ahead of the grid's own), the popover marks itself open once it is in the page
// ('almanac:quick-look-open'), and the frame after that is when it is painted
// ('bench:look-painted'). Each of 20 clicks is on another event; Esc closes the look between.
import type { Page } from '@playwright/test';
import { DateTime } from 'luxon';
import type { CalendarEvent } from '../../src-preload/model/event';
import { openBenchApp, putEvents } from './bench-app';
import { spread } from './stats';

const CLICKS = 20;
const EVENTS = 20_000;

export async function measureQuickLook(): Promise<Record<string, unknown>> {
  const { page, close } = await openBenchApp();
  try {
    const month = DateTime.utc().startOf('month');
    await putEvents(page, makeEvents(month));
    await page.reload();
    await page.getByRole('button', { name: 'Month' }).click();
    const chips = page.getByRole('button', { name: /^Look event \d+,/ });
    await chips.first().waitFor();
    await page.waitForTimeout(1000);
    await watchClicks(page);

    const inPage: number[] = [];
    const painted: number[] = [];
    const count = Math.min(CLICKS, await chips.count());
    for (let i = 0; i < count; i++) {
      const t = await clickToLook(page, () => chips.nth(i).click());
      inPage.push(t.open);
      painted.push(t.painted);
      await page.keyboard.press('Escape');
      await page.locator('.quick-look').waitFor({ state: 'detached' });
      await page.waitForTimeout(100);
    }
    return {
      events: EVENTS,
      view: 'month',
      clickToPopoverInPageMs: spread(inPage),
      clickToPopoverPaintedMs: spread(painted),
    };
  } finally {
    await close();
  }
}

/** Marks each click as it is dispatched, and the frame after each popover opened. */
async function watchClicks(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.addEventListener('click', () => performance.mark('bench:look-click'), true);
    new PerformanceObserver((list) => {
      if (list.getEntriesByName('almanac:quick-look-open').length === 0) return;
      requestAnimationFrame(() => setTimeout(() => performance.mark('bench:look-painted')));
    }).observe({ type: 'mark' });
  });
}

async function clickToLook(
  page: Page,
  click: () => Promise<void>,
): Promise<{ open: number; painted: number }> {
  const before = await page.evaluate(
    () => performance.getEntriesByName('bench:look-painted').length,
  );
  await click();
  await page.waitForFunction(
    (n) => performance.getEntriesByName('bench:look-painted').length > n,
    before,
    { timeout: 30_000 },
  );
  // No helper functions inside: the page gets this function's text as it is.
  return page.evaluate(() => {
    const [clicked, open, painted] = [
      'bench:look-click',
      'almanac:quick-look-open',
      'bench:look-painted',
    ].map((name) => performance.getEntriesByName(name).at(-1)!.startTime) as [
      number,
      number,
      number,
    ];
    return { open: open - clicked, painted: painted - clicked };
  });
}

/** 20,000 one-hour events over four years around `month`, a few hundred of them in it. */
function makeEvents(month: DateTime): CalendarEvent[] {
  return Array.from({ length: EVENTS }, (_, i) => {
    const start = month.plus({ days: (i % 1460) - 730, hours: 8 + (i % 10) });
    const end = start.plus({ hours: 1 });
    return {
      id: `look${i.toString(32).padStart(6, '0')}`,
      calendarId: 'local',
      kind: 'single' as const,
      status: 'confirmed' as const,
      summary: `Look event ${i}`,
      location: `Room ${i % 40}`,
      description: `<p>Agenda for <b>meeting ${i}</b>: notes, decisions and next steps.</p>`,
      attendees: [0, 1, 2].map((k) => ({
        email: `guest${(i + k) % 50}@example.com`,
        responseStatus: (['accepted', 'declined', 'needsAction'] as const)[k]!,
      })),
      start: { dateTime: start.toISO()!, timeZone: 'UTC' },
      end: { dateTime: end.toISO()!, timeZone: 'UTC' },
      startMs: start.toMillis(),
      endMs: end.toMillis(),
      localVersion: 1,
      updatedAt: new Date().toISOString(),
    };
  });
}
