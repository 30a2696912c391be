// The app as the browser benches open it: the browser shell on a fresh data folder, the test
// build of the renderer, and Debian's Chromium at a laptop size in UTC, with the page shown.
import { chromium } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startWebShell, type WebShell } from '../../src-main/web/web-shell';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';

export interface BenchApp {
  shell: WebShell;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function openBenchApp(): Promise<BenchApp> {
  const shell = await startWebShell({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'almanac-bench-')),
    rendererDir: resolve('dist/renderer'),
    version: 'bench',
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const close = async () => {
    await browser.close();
    await shell.close();
  };
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      timezoneId: 'UTC',
    });
    const page = await context.newPage();
    await page.goto(shell.url);
    await page.getByRole('button', { name: 'New event' }).waitFor();
    return { shell, browser, context, page, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Stores event records straight into the page's database, as a sync would have. */
export async function putEvents(page: Page, records: unknown[]): Promise<void> {
  await page.evaluate(async (rs) => {
    const db = (
      window as unknown as {
        __almanac: { db: { events: { bulkPut(r: unknown[]): Promise<unknown> } } };
      }
    ).__almanac.db;
    await db.events.bulkPut(rs);
  }, records);
}
