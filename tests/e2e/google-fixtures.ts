// Fixtures for tests that connect Google: each test gets its own Google emulator (fresh
// accounts, clients and clock) and a browser shell pointed at it, like `npm run demo`.
import { test as base, expect } from '@playwright/test';
import { calendar as calendarApi } from '@googleapis/calendar';
import type { calendar_v3 } from '@googleapis/calendar';
import { OAuth2Client } from 'google-auth-library';
import type { Locator, Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startWebShell } from '../../src-main/web/web-shell';
import type { WebShell } from '../../src-main/web/web-shell';
import { startFakeGoogle } from '../fake-google/index';
import type { FakeGoogle } from '../fake-google/index';

export const ACCOUNT = { email: 'ada@example.com', name: 'Ada Lovelace' };
export const DESKTOP = {
  clientId: 'almanac-e2e.apps.googleusercontent.com',
  clientSecret: 'GOCSPX-e2e-desktop-secret',
};

type Fixtures = {
  google: FakeGoogle;
  app: WebShell;
  admin(route: string, body: object): Promise<unknown>;
  openApp(): Promise<Page>;
};

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  google: async ({}, use) => {
    const google = await startFakeGoogle();
    // Every test starts with the user's account and their desktop OAuth client.
    for (const [route, body] of [
      ['accounts', ACCOUNT],
      ['clients', { ...DESKTOP, type: 'desktop', publishing: 'production' }],
    ] as const) {
      const response = await fetch(`${google.url}/__admin/${route}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`);
    }
    await use(google);
    await google.close();
  },
  admin: async ({ google }, use) => {
    await use(async (route, body) => {
      const response = await fetch(`${google.url}/__admin/${route}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`);
      return response.json().catch(() => null);
    });
  },
  app: async ({ google }, use) => {
    const shell = await startWebShell({
      port: 0,
      dataDir: mkdtempSync(join(tmpdir(), 'almanac-e2e-google-')),
      rendererDir: resolve('dist/renderer'),
      version: 'e2e',
      googleUrl: google.url,
    });
    await use(shell);
    await shell.close();
  },
  openApp: async ({ page, app }, use) => {
    await use(async () => {
      await page.goto(app.url);
      await expect(page.getByRole('button', { name: 'New event' })).toBeVisible();
      return page;
    });
  },
});

/** Preferences → Google Calendar: tick the box, paste the credentials, Save, Close. */
export async function enterCredentials(
  page: Page,
  credentials: { clientId: string; clientSecret: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Preferences' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await dialog.getByRole('tab', { name: 'Google Calendar' }).click();
  await dialog.getByRole('checkbox', { name: 'Google Calendar' }).check();
  await dialog.getByLabel('Client ID').fill(credentials.clientId);
  await dialog.getByLabel('Client Secret').fill(credentials.clientSecret);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('Saved.');
  await dialog.getByRole('button', { name: 'Close' }).click();
}

/** Clicks "Sync with Google" and returns the consent page the app opened in a new tab. */
export async function startSignIn(page: Page): Promise<Page> {
  const opened = page.context().waitForEvent('page');
  await page.getByRole('button', { name: /^(Sync with Google|Reconnect)$/ }).click();
  const consent = await opened;
  await consent.waitForLoadState();
  return consent;
}

/** Finishes the consent page the app opened (account, Continue, Allow) and waits for the first sync (or, paused, for the paused line). */
export async function signIn(page: Page, options: { paused?: boolean } = {}): Promise<void> {
  const consent = await startSignIn(page);
  await consent.getByRole('button', { name: ACCOUNT.email }).click();
  await consent.getByRole('button', { name: 'Continue' }).click();
  await consent.getByRole('button', { name: 'Allow' }).click();
  // The tab stays open, as a person would leave it (closing it raced the loopback server's
  // own shutdown and could hang for a minute).
  await expect(consent.getByText('You can close this tab')).toBeVisible();
  await expect(page.getByText(`Connected as ${ACCOUNT.email}`)).toBeVisible();
  await expect(page.getByText(options.paused ? 'Sync paused' : /Synced \d/)).toBeVisible();
}

/** Credentials of the desktop client, then the sign-in. */
export async function connect(page: Page): Promise<void> {
  await enterCredentials(page, DESKTOP);
  await signIn(page);
}

/**
 * Preferences → Google Calendar → "Add account": the second sign-in, on the consent page,
 * as `email` (an account the emulator has). Leaves Preferences open on the pane, which it returns.
 */
export async function addAccount(page: Page, email: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Preferences' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByRole('tab', { name: 'Google Calendar' }).click();
  const opened = page.context().waitForEvent('page');
  await prefs.getByRole('button', { name: 'Add account' }).click();
  const consent = await opened;
  await consent.waitForLoadState();
  await consent.getByRole('button', { name: email }).click();
  await consent.getByRole('button', { name: 'Continue' }).click();
  await consent.getByRole('button', { name: 'Allow' }).click();
  await expect(consent.getByText('You can close this tab')).toBeVisible();
  await expect(prefs.getByText(`Connected as ${email}`)).toBeVisible();
  return prefs;
}

/** "Sync with Google" and wait for the sync to end (by default, until nothing waits). */
export async function syncNow(
  page: Page,
  options: { untilNothingWaits?: boolean } = {},
): Promise<void> {
  await page.getByRole('button', { name: 'Sync with Google' }).click();
  await expect(page.getByRole('button', { name: 'Sync with Google' })).toBeEnabled();
  if (options.untilNothingWaits ?? true)
    await expect(page.getByText(/changes? waiting/)).toHaveCount(0);
}

/** "New event", a title, Save: an event made here. */
export async function createHere(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New event' }).click();
  const editor = page.getByRole('dialog', { name: 'Event' });
  await editor.getByLabel('Title').fill(title);
  await editor.getByRole('button', { name: 'Save' }).click();
}

/** Another Google client acting as the same user (or as `email`), through the real API. */
export async function googleAs(
  admin: Fixtures['admin'],
  url: string,
  email = ACCOUNT.email,
): Promise<calendar_v3.Calendar> {
  const tokens = (await admin('tokens', {
    email,
    clientId: 'other-client.apps.googleusercontent.com',
  })) as { access_token: string };
  const auth = new OAuth2Client();
  auth.setCredentials({ access_token: tokens.access_token });
  return calendarApi({ version: 'v3', auth, rootUrl: `${url}/` });
}

/** An hour of Google event, 9 to 10 in the test's zone, `days` from today. */
export function slotInDays(days: number): {
  start: { dateTime: string };
  end: { dateTime: string };
} {
  const at = (hour: number) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    d.setHours(hour, 0, 0, 0);
    return d.toISOString();
  };
  return { start: { dateTime: at(9) }, end: { dateTime: at(10) } };
}

/** Live events here, marked when they are on this computer only; sorted. */
export async function localEvents(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await window.__almanac!.db.events.toArray())
      .filter((e) => e.status !== 'cancelled')
      .map((e) => `${e.summary}${e.google ? '' : ' (local-only)'}`)
      .sort(),
  );
}

/** Today at `hour` o'clock in the browser's zone, as an ISO instant. */
export function todayAt(hour: number): string {
  const d = new Date();
  d.setHours(hour, 0, 0, 0);
  return d.toISOString();
}

/**
 * "Olga's review" on Google, today 11:00–12:00: organized by Olga, with the user invited and
 * not yet answered (the event a guest sees). Its Google id.
 */
export async function inviteFromOlga(admin: Fixtures['admin']): Promise<string> {
  await admin('accounts', { email: 'olga@example.com', name: 'Olga' });
  const { ids } = (await admin('events', {
    calendarId: ACCOUNT.email,
    events: [
      {
        summary: "Olga's review",
        organizer: { email: 'olga@example.com', displayName: 'Olga' },
        attendees: [
          { email: 'olga@example.com', responseStatus: 'accepted' },
          { email: ACCOUNT.email, responseStatus: 'needsAction' },
        ],
        start: { dateTime: todayAt(11) },
        end: { dateTime: todayAt(12) },
      },
    ],
  })) as { ids: string[] };
  return ids[0]!;
}

export { expect };
