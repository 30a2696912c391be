// The time grid's layout, as a person sees it: the header and all-day rows have no scrollbar
// of their own (FullCalendar's showed useless arrows) while their columns stay lined up with
// the body's, a short event squeezed beside another still shows its title, and a longer one
// its time above its title, drawn in a few elements.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { berlin, openAt } from './helpers';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';

// Headless Chromium hides scrollbars by default; these tests are about scrollbars, so the
// page draws them as a person's window does.
test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: ['--hide-scrollbars'],
  },
});

const viewButton = (page: Page, name: string) =>
  page.getByRole('group', { name: 'View' }).getByRole('button', { name, exact: true });

/** Timed events on the local calendar, written to the database as sync would. */
async function put(
  page: Page,
  events: { id: string; title: string; start: number; end: number }[],
) {
  const records = events.map((e) => ({
    id: e.id,
    calendarId: 'local',
    kind: 'single',
    status: 'confirmed',
    summary: e.title,
    start: { dateTime: new Date(e.start).toISOString(), timeZone: 'Europe/Berlin' },
    end: { dateTime: new Date(e.end).toISOString(), timeZone: 'Europe/Berlin' },
    startMs: e.start,
    endMs: e.end,
    localVersion: 1,
    updatedAt: new Date().toISOString(),
  }));
  await page.evaluate(
    (r) =>
      (
        window as unknown as {
          __almanac: { db: { events: { bulkPut(r: unknown[]): Promise<unknown> } } };
        }
      ).__almanac.db.events.bulkPut(r),
    records,
  );
}

for (const width of [800, 1280]) {
  test(`at ${width} px the header and all-day rows have no scrollbar, and their columns line up with the body's`, async ({
    page,
    openApp,
  }) => {
    await page.setViewportSize({ width, height: 700 });
    await openAt(page, openApp);
    for (const view of ['Week', 'Day']) {
      await viewButton(page, view).click();
      await expect(page.locator('.fc-timegrid-col[data-date]').first()).toBeVisible();
      const layout = await page.evaluate(() => {
        const sections = [...document.querySelectorAll('.fc-scrollgrid-section')];
        const body = sections.find((s) => s.classList.contains('fc-scrollgrid-section-liquid'));
        const scroller = (s: Element | undefined) => s?.querySelector<HTMLElement>('.fc-scroller');
        const others = sections
          .filter((s) => s !== body)
          .map(scroller)
          .filter((s): s is HTMLElement => Boolean(s));
        const bodyScroller = scroller(body)!;
        const columns = (selector: string) =>
          [...document.querySelectorAll<HTMLElement>(selector)].map((el) => {
            const box = el.getBoundingClientRect();
            return { date: el.dataset.date, left: box.left, right: box.right };
          });
        return {
          bodyScrolls: bodyScroller.scrollHeight > bodyScroller.clientHeight,
          bodyHasScrollbar: bodyScroller.offsetWidth > bodyScroller.clientWidth,
          others: others.map((s) => ({
            overflowY: getComputedStyle(s).overflowY,
            noVerticalScrollbar:
              getComputedStyle(s).overflowY === 'hidden' || s.clientWidth === s.offsetWidth,
          })),
          header: columns('.fc-col-header-cell[data-date]'),
          allDay: columns('.fc-timegrid .fc-daygrid-day[data-date]'),
          body: columns('.fc-timegrid-col[data-date]'),
        };
      });
      // The body scrolls (the day's hours do not fit), which is what gave the rows above a scrollbar.
      expect(layout.bodyScrolls, `${view}: body scrolls`).toBe(true);
      expect(layout.bodyHasScrollbar, `${view}: body has its scrollbar`).toBe(true);
      expect(layout.others.length, `${view}: header and all-day scrollers`).toBeGreaterThanOrEqual(
        2,
      );
      for (const other of layout.others) {
        expect(other.noVerticalScrollbar, `${view}: ${JSON.stringify(other)}`).toBe(true);
        expect(other.overflowY, view).toBe('hidden');
      }
      expect(layout.body.length).toBe(view === 'Week' ? 7 : 1);
      for (const row of [layout.header, layout.allDay]) {
        expect(row.map((c) => c.date)).toEqual(layout.body.map((c) => c.date));
        row.forEach((cell, i) => {
          const column = layout.body[i]!;
          expect(
            Math.abs(cell.left - column.left),
            `${view} ${cell.date} left`,
          ).toBeLessThanOrEqual(1);
          expect(
            Math.abs(cell.right - column.right),
            `${view} ${cell.date} right`,
          ).toBeLessThanOrEqual(1);
        });
      }
    }
  });
}

test('two overlapping 15-minute events each show their title on their chip', async ({
  page,
  openApp,
}) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await openAt(page, openApp);
  const start = berlin('2026-06-10', '09:30');
  await put(page, [
    { id: 'short0001', title: 'Quick sync', start, end: start + 15 * 60_000 },
    { id: 'short0002', title: 'Coffee chat', start, end: start + 15 * 60_000 },
  ]);
  for (const title of ['Quick sync', 'Coffee chat']) {
    const chip = page.locator('.fc-timegrid-event', { hasText: title });
    await expect(chip).toHaveCount(1);
    await chip.scrollIntoViewIfNeeded();
    // The title's first letters are inside the chip's box and are what is drawn there.
    const seen = await chip.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const text = el.querySelector('.fc-event-title')!;
      const range = document.createRange();
      range.selectNodeContents(text);
      const first = range.getClientRects()[0]!;
      const x = first.left + 3;
      const y = first.top + first.height / 2;
      const hit = document.elementFromPoint(x, y);
      return {
        inside: x >= box.left && x <= box.right - 2 && y >= box.top && y <= box.bottom,
        drawn: Boolean(hit && text.contains(hit)),
        visibleWidth: Math.min(first.right, box.right) - Math.max(first.left, box.left),
        chipWidth: box.width,
      };
    });
    expect(seen.inside, `${title}: ${JSON.stringify(seen)}`).toBe(true);
    expect(seen.drawn, `${title}: ${JSON.stringify(seen)}`).toBe(true);
    // Enough of it to read: several letters, or all of the chip's width.
    expect(seen.visibleWidth).toBeGreaterThanOrEqual(Math.min(30, seen.chipWidth - 6));
  }
});

test('an hour-long chip shows its time above its title, both inside the chip, in a few elements', async ({
  page,
  openApp,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openAt(page, openApp);
  const start = berlin('2026-06-10', '11:00');
  await put(page, [{ id: 'hour0001', title: 'Design review', start, end: start + 60 * 60_000 }]);
  const chip = page.locator('.fc-timegrid-event', { hasText: 'Design review' });
  await expect(chip).toHaveCount(1);
  await chip.scrollIntoViewIfNeeded();
  const seen = await chip.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const time = el.querySelector('.fc-event-time')!.getBoundingClientRect();
    const title = el.querySelector('.fc-event-title')!.getBoundingClientRect();
    const inside = (r: DOMRect) =>
      r.left >= box.left &&
      r.right <= box.right + 0.5 &&
      r.top >= box.top &&
      r.bottom <= box.bottom;
    return {
      time: el.querySelector('.fc-event-time')!.textContent,
      timeInside: inside(time),
      titleInside: inside(title),
      titleBelowTime: title.top >= time.bottom - 0.5,
      // A week of a busy month draws a couple of hundred of these at once: the chip holds its
      // content box, the time, the title and the (hidden) resize handle, nothing more.
      elements: el.querySelectorAll('*').length,
      sticky: el.querySelectorAll('.fc-sticky').length,
    };
  });
  expect(seen).toEqual({
    time: expect.stringMatching(/^11:00\s*[-–]\s*12:00$/),
    timeInside: true,
    titleInside: true,
    titleBelowTime: true,
    elements: 4,
    sticky: 0,
  });
});
