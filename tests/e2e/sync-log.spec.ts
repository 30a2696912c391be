// Preferences → Sync log through the real UI: Google's errors injected in the emulator (429,
// 403 rate limit, 403 organizer-only, 412, 410) each leave a line in plain words, and a line
// about an event opens it; the level and calendar filters; a conflict's losing value restored
// and synced; "Export…" saves diagnostics without secrets; and neither main's log file nor
// the IndexedDB log ever holds a token or secret.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  ACCOUNT,
  DESKTOP,
  connect,
  createHere,
  expect,
  googleAs,
  syncNow,
  test,
} from './google-fixtures';
import { openEditor } from './helpers';

async function openSyncLog(page: Page) {
  await page.getByRole('button', { name: 'Preferences' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByRole('tab', { name: 'Sync log' }).click();
  return prefs;
}

const lines = (prefs: ReturnType<Page['getByRole']>) =>
  prefs.getByRole('list', { name: 'Sync log lines' }).getByRole('listitem');

test("Google's 429, 403, 412 and 410 each leave a readable line; the filters narrow them; a problem line opens its event", async ({
  openApp,
  admin,
}) => {
  const page = await openApp();
  await connect(page);
  const events = `/calendar/v3/calendars/${ACCOUNT.email}/events`;
  await admin('faults', {
    rules: [
      {
        match: { method: 'POST', path: events },
        respond: { status: 429, reason: 'rateLimitExceeded' },
        times: 1,
      },
      {
        match: { method: 'POST', path: events },
        respond: { status: 403, reason: 'rateLimitExceeded' },
        times: 1,
      },
    ],
  });
  await createHere(page, 'Slowed down');
  await syncNow(page, { untilNothingWaits: false });
  await expect
    .poll(() =>
      page.evaluate(
        async () =>
          (await window.__almanac!.db.events.toArray()).find((e) => e.summary === 'Slowed down')
            ?.google,
      ),
    )
    .toBeTruthy();

  await admin('faults', {
    rules: [
      { match: { method: 'PATCH' }, respond: { status: 412, reason: 'conditionNotMet' }, times: 1 },
    ],
  });
  await openEditor(page, page.getByRole('button', { name: /^Slowed down/ }));
  const editor = page.getByRole('dialog', { name: 'Event' });
  await editor.getByLabel('Location').fill('Room 4');
  await editor.getByRole('button', { name: 'Save' }).click();
  await syncNow(page, { untilNothingWaits: false });
  await admin('faults', {
    rules: [
      {
        match: { method: 'PATCH' },
        respond: { status: 403, reason: 'forbiddenForNonOrganizer' },
        times: 1,
      },
    ],
  });
  await openEditor(page, page.getByRole('button', { name: /^Slowed down/ }));
  await editor.getByLabel('Location').fill('Room 5');
  await editor.getByRole('button', { name: 'Save' }).click();
  await syncNow(page, { untilNothingWaits: false });
  await admin('sync-tokens/expire', {});
  await syncNow(page, { untilNothingWaits: false });

  const prefs = await openSyncLog(page);
  await expect(
    lines(prefs).filter({
      hasText: 'Google Calendar asked Almanac to slow down (429 rateLimitExceeded',
    }),
  ).not.toHaveCount(0);
  await expect(
    lines(prefs).filter({
      hasText: 'Google Calendar asked Almanac to slow down (403 rateLimitExceeded',
    }),
  ).not.toHaveCount(0);
  await expect(
    lines(prefs).filter({
      hasText: '“Slowed down” was changed on Google Calendar since the last sync (412',
    }),
  ).toHaveCount(1);
  await expect(
    lines(prefs).filter({
      hasText:
        /Only the organizer can make this change .*403 forbiddenForNonOrganizer.*Ask the organizer/,
    }),
  ).toHaveCount(1);
  await expect(
    lines(prefs).filter({ hasText: /list of changes for “.*” expired \(410/ }),
  ).not.toHaveCount(0);
  await expect(
    lines(prefs)
      .filter({ hasText: /^.*Synced in \d+ ms: pushed \d+, pulled \d+, conflicts \d+/ })
      .first(),
  ).toBeVisible();

  await prefs.getByLabel('Level').selectOption('error');
  await expect(lines(prefs).filter({ hasText: 'Only the organizer' })).toHaveCount(1);
  await expect(lines(prefs).filter({ hasText: 'slow down' })).toHaveCount(0);
  await prefs.getByLabel('Level').selectOption('all');
  await prefs.getByLabel('Calendar').selectOption({ label: 'My calendar' });
  await expect(lines(prefs)).toHaveCount(0);

  // A problem line names its event and opens it; a line about no event has nothing to open.
  await prefs.getByLabel('Calendar').selectOption({ label: 'All calendars' });
  await expect(
    lines(prefs)
      .filter({ hasText: 'slow down' })
      .first()
      .getByRole('button', { name: 'Open event' }),
  ).toHaveCount(0);
  await lines(prefs)
    .filter({ hasText: 'Only the organizer' })
    .getByRole('button', { name: 'Open event' })
    .click();
  await expect(prefs).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: 'Event' }).getByLabel('Title')).toHaveValue(
    'Slowed down',
  );
});

test('a conflict shows the value that lost, and Restore puts it back here and on Google', async ({
  openApp,
  admin,
  google,
}) => {
  const api = await googleAs(admin, google.url);
  const page = await openApp();
  await connect(page);
  await createHere(page, 'Agreed title');
  await syncNow(page, { untilNothingWaits: false });
  const id = await page.evaluate(
    async () =>
      (await window.__almanac!.db.events.toArray()).find((e) => e.summary === 'Agreed title')!.id,
  );

  // Both sides change the title between two syncs; Google's change is the newer one.
  await page.getByRole('button', { name: 'Preferences' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByRole('tab', { name: 'Google Calendar' }).click();
  await prefs.getByRole('checkbox', { name: 'Pause synchronization' }).check();
  await prefs.getByRole('button', { name: 'Close' }).click();
  await openEditor(page, page.getByRole('button', { name: /^Agreed title/ }));
  const editor = page.getByRole('dialog', { name: 'Event' });
  await editor.getByLabel('Title').fill('My title');
  await editor.getByRole('button', { name: 'Save' }).click();
  // The edit's time is taken when it is written, so Google's must come after the write, not
  // after the click: under load the write can land after a quick patch.
  await expect(page.getByRole('button', { name: /^My title/ })).toBeVisible();
  await page.waitForTimeout(20);
  await api.events.patch({
    calendarId: 'primary',
    eventId: id,
    requestBody: { summary: 'Their title' },
  });
  await page.getByRole('button', { name: 'Preferences' }).click();
  await prefs.getByRole('tab', { name: 'Google Calendar' }).click();
  await prefs.getByRole('checkbox', { name: 'Pause synchronization' }).uncheck();
  await prefs.getByRole('button', { name: 'Close' }).click();
  await syncNow(page, { untilNothingWaits: false });
  await expect(page.getByRole('button', { name: /^Their title/ })).toBeVisible();

  const log = await openSyncLog(page);
  const conflict = lines(log).filter({ hasText: 'summary was changed here and on Google' });
  await expect(conflict).toContainText('Lost value: “My title”');
  await conflict.getByRole('button', { name: 'Restore' }).click();
  await expect(log.getByRole('status')).toContainText('restored the summary');
  await expect(conflict.getByRole('button', { name: 'Restored' })).toBeDisabled();
  await log.getByRole('button', { name: 'Close' }).click();
  await syncNow(page, { untilNothingWaits: false });
  await expect(page.getByRole('button', { name: /^My title/ })).toBeVisible();
  await expect
    .poll(async () => (await api.events.get({ calendarId: 'primary', eventId: id })).data.summary)
    .toBe('My title');
});

test('Export… saves diagnostics (versions, settings, the log) and no secret; neither log ever holds a token, secret or code', async ({
  openApp,
  admin,
  app,
}) => {
  const page = await openApp();
  const codes: string[] = [];
  page.context().on('request', (request) => {
    const code = new URL(request.url()).searchParams.get('code');
    if (code) codes.push(code);
  });
  await connect(page);
  await createHere(page, 'Logged');
  await syncNow(page, { untilNothingWaits: false });
  // An error on top: the grant is revoked, the next sync fails and asks to reconnect.
  await admin('refresh-tokens/revoke', { email: ACCOUNT.email });
  await admin('clock', { advanceMs: 2 * 3600_000 });
  await page.getByRole('button', { name: 'Sync with Google' }).click();
  await expect(page.getByRole('button', { name: 'Reconnect' })).toBeVisible();

  const prefs = await openSyncLog(page);
  const download = page.waitForEvent('download');
  await prefs.getByRole('button', { name: 'Export…' }).click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  const exported = JSON.parse(text) as {
    app: { version: string; shell: string };
    os: { userAgent: string };
    settings: { sendUpdates: string };
    log: { message: string }[];
  };
  expect(exported.app).toMatchObject({ version: 'e2e', shell: 'web' });
  expect(exported.os.userAgent).toContain('Chrome');
  expect(exported.settings.sendUpdates).toBe('ask');
  expect(exported.log.some((l) => /Synced in/.test(l.message))).toBe(true);

  const dataDir = dirname(dirname(app.log.file));
  const vault = readFileSync(join(dataDir, 'vault.json'), 'utf8');
  expect(vault.length).toBeGreaterThan(0);
  const logFiles = readdirSync(dirname(app.log.file))
    .map((f) => readFileSync(join(dirname(app.log.file), f), 'utf8'))
    .join('\n');
  expect(logFiles).toMatch(/\[sync\] synced/);
  const dbLog = await page.evaluate(async () =>
    JSON.stringify(await window.__almanac!.db.syncLog.toArray()),
  );
  expect(codes.length).toBeGreaterThan(0);
  for (const haystack of [logFiles, dbLog, text]) {
    expect(haystack).not.toContain(DESKTOP.clientSecret);
    expect(haystack).not.toMatch(/ya29\.|1\/\/[A-Za-z0-9]{20}|GOCSPX-/);
    for (const code of codes) expect(haystack).not.toContain(code);
  }
});
