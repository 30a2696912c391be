// Shared steps for the end-to-end specs: a fixed "now" so ranges and weekdays are the same on
// every run, and the few things a person does over and over (fill the editor, find an event
// on the grid, read what the database stored).
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Wednesday 10 June 2026, 10:00 in Berlin (the tests' zone); far from any DST change. */
export const NOW = '2026-06-10T10:00:00+02:00';
export const TODAY = '2026-06-10';

/** Fixes the page's clock (timers keep running) and opens the app on it. */
export async function openAt(page: Page, openApp: () => Promise<Page>, now = NOW): Promise<Page> {
  await page.clock.setFixedTime(new Date(now));
  return openApp();
}

export function editor(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Event' });
}

/** The quick look a click on an event opens: a dialog named after the event's title. */
export function quickLook(page: Page, title?: string): Locator {
  return title === undefined
    ? page.locator('.quick-look[role="dialog"]')
    : page.getByRole('dialog', { name: title, exact: true });
}

/**
 * Opens an event in the editor the way a person does: a click opens its quick look, whose
 * Edit (Details on a calendar that takes no changes) opens the editor. `event` is a title
 * (see eventsTitled) or the chip itself.
 */
export async function openEditor(page: Page, event: string | Locator): Promise<void> {
  await (typeof event === 'string' ? eventsTitled(page, event) : event).click();
  await quickLook(page)
    .getByRole('button', { name: /^(Edit|Details)$/ })
    .click();
  await expect(editor(page)).toBeVisible();
}

export interface EventInput {
  title: string;
  /** YYYY-MM-DD */
  date?: string;
  /** HH:mm */
  from?: string;
  to?: string;
  location?: string;
  /** The Repeat option's visible text, e.g. "Weekly on Wednesday". */
  repeat?: string;
}

/** Fills the open editor field by field, as a person would. */
export async function fillEditor(page: Page, input: Partial<EventInput>): Promise<void> {
  const dialog = editor(page);
  if (input.title !== undefined) await dialog.getByLabel('Title').fill(input.title);
  if (input.date !== undefined) await dialog.getByLabel('Start', { exact: true }).fill(input.date);
  if (input.from !== undefined) await dialog.getByLabel('From time').fill(input.from);
  if (input.to !== undefined) await dialog.getByLabel('To time').fill(input.to);
  if (input.location !== undefined) await dialog.getByLabel('Location').fill(input.location);
  if (input.repeat !== undefined)
    await dialog.getByLabel('Repeat').selectOption({ label: input.repeat });
}

/** Picks a time zone in the open editor: its name typed into the field, then Enter. */
export async function chooseTimeZone(page: Page, zone: string): Promise<void> {
  const field = editor(page).getByRole('combobox', { name: 'Time zone' });
  await field.fill(zone);
  await expect(page.getByRole('option').first()).toContainText(zone.replaceAll('_', ' '));
  await field.press('Enter');
  await expect(field).toHaveValue(zone);
}

/** "New event" → fill → Save, and wait for the dialog to close. */
export async function createEvent(page: Page, input: EventInput): Promise<void> {
  await page.getByRole('button', { name: 'New event' }).click();
  await expect(editor(page)).toBeVisible();
  await fillEditor(page, input);
  await editor(page).getByRole('button', { name: 'Save' }).click();
  await expect(editor(page)).toBeHidden();
}

/** Every event on the grid or agenda whose accessible name starts with `title` followed by a comma. */
export function eventsTitled(page: Page, title: string): Locator {
  return page.getByRole('button', { name: new RegExp(`^${escape(title)}, `) });
}

export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The accessible names of every event titled `title` on screen. */
export async function namesOf(page: Page, title: string): Promise<string[]> {
  return eventsTitled(page, title).evaluateAll((els) =>
    els.map((el) => el.getAttribute('aria-label') ?? ''),
  );
}

/** A stored event record, with only the fields the specs look at. */
export interface StoredEvent {
  id: string;
  kind: string;
  calendarId: string;
  summary?: string;
  location?: string;
  description?: string;
  status?: string;
  startMs: number;
  endMs: number;
  start: { dateTime?: string; date?: string; timeZone?: string };
  end: { dateTime?: string; date?: string; timeZone?: string };
  recurrence?: string[];
  recurringEventId?: string;
  originalStartTime?: { dateTime?: string; date?: string; timeZone?: string };
}

/** Every event record in the page's IndexedDB (window.__almanac.db). */
export async function storedEvents(page: Page): Promise<StoredEvent[]> {
  return page.evaluate(async () => {
    const hook = (
      window as unknown as { __almanac: { db: { events: { toArray(): Promise<unknown[]> } } } }
    ).__almanac;
    return (await hook.db.events.toArray()) as StoredEvent[];
  });
}

export const GOOGLE_ID = /^[a-v0-9]{5,1024}$/;

/**
 * A point on the week or day grid: the column of `date` (YYYY-MM-DD), `dy` pixels below the
 * top of the half-hour slot starting at `time` (HH:mm). Scrolls the slot into view first.
 */
export async function slotPoint(
  page: Page,
  date: string,
  time: string,
  dy = 4,
): Promise<{ x: number; y: number }> {
  const slot = page.locator(`td.fc-timegrid-slot-lane[data-time="${time}:00"]`);
  await slot.scrollIntoViewIfNeeded();
  const column = page.locator(`td.fc-timegrid-col[data-date="${date}"]`);
  const [slotBox, columnBox] = [await slot.boundingBox(), await column.boundingBox()];
  if (!slotBox || !columnBox) throw new Error(`no grid slot for ${date} ${time}`);
  return { x: columnBox.x + columnBox.width / 2, y: slotBox.y + dy };
}

/** The height of one half-hour slot on the time grid, in pixels. */
export async function slotHeight(page: Page): Promise<number> {
  const box = await page.locator('td.fc-timegrid-slot-lane').first().boundingBox();
  if (!box) throw new Error('no time grid on screen');
  return box.height;
}

/** Presses the mouse at `from`, moves in small steps to `to` and releases, like a hand would. */
export async function drag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 2, from.y + 2, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

/** Milliseconds of a wall time in Berlin (the tests' zone) in summer, e.g. berlin('2026-06-10', '14:00'). */
export function berlin(date: string, time: string): number {
  return Date.parse(`${date}T${time}:00+02:00`);
}

/**
 * Main answers a request to open a link as it does when the system has no browser to hand the
 * address to, while `refusing()` holds; every other call goes through to the real main.
 */
export async function refuseOpeningLinks(page: Page, refusing = () => true): Promise<void> {
  await page.routeWebSocket(/\/bridge$/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      const call = JSON.parse(String(message)) as {
        id?: number;
        channel?: string;
        payload?: { url: string };
      };
      if (!refusing() || call.channel !== 'shell:open-external') return server.send(message);
      const url = call.payload!.url;
      ws.send(
        JSON.stringify({
          id: call.id,
          result: {
            ok: false,
            error: {
              code: 'open-failed',
              message: `Could not open ${url} in your browser. Copy the address instead.`,
              words: { id: 'openFailed', values: { url } },
            },
          },
        }),
      );
    });
  });
}
