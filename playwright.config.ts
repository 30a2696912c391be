// End-to-end tests drive Debian's Chromium (never a downloaded browser) against the real
// browser shell, started in-process by the fixtures in tests/e2e/fixtures.ts.
import { defineConfig } from '@playwright/test';

export const CHROMIUM_PATH = process.env.ALMANAC_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Files run two at a time, one per core: each worker has its own browser shell and data
  // folder, and each test its own context, so no state is shared. Tests within a file stay
  // in order. (One worker made `npm test` take over 20 minutes here; the whole suite passed
  // with two workers under a load of 17.)
  fullyParallel: false,
  workers: Number(process.env.ALMANAC_E2E_WORKERS ?? 2),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
  ],
});
