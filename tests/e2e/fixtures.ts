// Each test file gets a real browser shell (main-process services in plain Node) on a free
// port with its own data folder, and each test a fresh browser context, so IndexedDB
// starts empty. `openApp` follows the printed URL the way a person would.
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startWebShell } from '../../src-main/web/web-shell';
import type { WebShell } from '../../src-main/web/web-shell';

type WorkerFixtures = { shell: WebShell };
type TestFixtures = {
  openApp: () => Promise<Page>;
  /**
   * A browser shell of the test's own, for tests that change what main stores (settings),
   * so the change cannot leak into the tests that share the worker's shell.
   */
  ownShell: WebShell;
};

function startShellForTests(): Promise<WebShell> {
  return startWebShell({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'almanac-e2e-')),
    rendererDir: resolve('dist/renderer'),
    version: 'e2e',
    allowLoopbackFeeds: true,
  });
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  shell: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const shell = await startShellForTests();
      await use(shell);
      await shell.close();
    },
    { scope: 'worker' },
  ],
  ownShell: async ({ context }, use) => {
    const shell = await startShellForTests();
    await use(shell);
    // Close the test's pages first: a live page reconnects its socket, and the server's
    // close would wait for that connection until the test times out.
    await context.close();
    await shell.close();
  },
  openApp: async ({ page, shell }, use) => {
    await use(async () => {
      await page.goto(shell.url);
      await expect(page.getByRole('button', { name: 'New event' })).toBeVisible();
      return page;
    });
  },
});

export { expect };
