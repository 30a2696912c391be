// A Reset Account that the app's quitting cuts short, in Chromium against the emulator: the
// reset deletes from Google until Google starts failing, the browser shell is closed while
// the reset waits (as quitting the app), and a new shell on the same data folder and port
// (so the page keeps its IndexedDB) finishes it as soon as the page is open again — each
// Google event deleted once, nothing synced before the reset ended, the sync log saying it
// resumed, no email — and signing in again brings every event back once on each side.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { jsonFileBackend } from '../../src-main/settings/json-file-backend';
import type { SavedReset } from '../../src-main/sync/reset';
import { startWebShell, type WebShell } from '../../src-main/web/web-shell';
import type { RequestRecord } from '../fake-google/index';
import {
  ACCOUNT,
  DESKTOP,
  enterCredentials,
  expect,
  googleAs,
  localEvents,
  signIn,
  slotInDays,
  syncNow,
  test,
} from './google-fixtures';

test('a reset cut short by quitting finishes at the next start, before anything syncs', async ({
  page,
  google,
  admin,
}) => {
  const api = await googleAs(admin, google.url);
  const googleEvents = async () =>
    ((await api.events.list({ calendarId: 'primary', maxResults: 2500 })).data.items ?? []).filter(
      (e) => e.status !== 'cancelled',
    );
  const emulator = async <T>(route: string, method = 'GET') =>
    (await (await fetch(`${google.url}/__admin/${route}`, { method })).json()) as T;
  await admin('accounts', { email: 'bob@example.com', name: 'Bob' });
  const { ids } = (await admin('events', {
    calendarId: ACCOUNT.email,
    events: [
      { summary: 'Mine 1', ...slotInDays(1) },
      {
        summary: 'Mine 2',
        attendees: [{ email: 'carol@example.org', responseStatus: 'needsAction' }],
        ...slotInDays(1),
      },
      { summary: 'Mine 3', ...slotInDays(2) },
      { summary: 'Mine 4', ...slotInDays(2) },
      {
        summary: 'Invited',
        organizer: { email: 'bob@example.com' },
        attendees: [
          { email: 'bob@example.com', responseStatus: 'accepted' },
          { email: ACCOUNT.email, responseStatus: 'needsAction' },
        ],
        ...slotInDays(3),
      },
    ],
  })) as { ids: string[] };
  const mine = ids.slice(0, 4);

  const dataDir = mkdtempSync(join(tmpdir(), 'almanac-e2e-resume-'));
  const startShell = (port: number) =>
    startWebShell({
      port,
      dataDir,
      rendererDir: resolve('dist/renderer'),
      version: 'e2e',
      googleUrl: google.url,
    });
  const savedPlan = () =>
    (jsonFileBackend<SavedReset>(join(dataDir, 'reset.json')).read() as SavedReset | undefined)
      ?.plan ?? null;
  let shell: WebShell = await startShell(0);
  try {
    await page.goto(shell.url);
    await enterCredentials(page, DESKTOP);
    await signIn(page);
    await expect
      .poll(() => localEvents(page))
      .toEqual(['Invited', 'Mine 1', 'Mine 2', 'Mine 3', 'Mine 4']);

    // Two deletions go through; then Google fails and asks Almanac to come back in two minutes.
    await admin('faults', {
      rules: [
        { match: { method: 'DELETE' }, delayMs: 1, times: 2 },
        { match: { method: 'DELETE' }, respond: { status: 503, retryAfter: 120 } },
      ],
    });
    await page.getByRole('button', { name: 'Preferences' }).click();
    const prefs = page.getByRole('dialog', { name: 'Preferences' });
    await prefs.getByRole('tab', { name: 'Google Calendar' }).click();
    await prefs.getByRole('button', { name: 'Reset Account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset Account' });
    await dialog
      .getByRole('radio', { name: 'Delete from the current Google Calendar account' })
      .check();
    await dialog.getByRole('radio', { name: 'Synchronize all existing events' }).check();
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await expect(dialog.getByRole('button', { name: 'Resetting…' })).toBeDisabled();
    await expect(page.getByText('Reset Account in progress…')).toBeVisible();
    await expect.poll(() => savedPlan()?.google.filter((t) => t.state === 'done').length).toBe(2);

    // Quit while the reset waits for Google.
    const port = Number(new URL(shell.origin).port);
    await shell.close();
    const deletedBefore = (await emulator<RequestRecord[]>('requests'))
      .filter((r) => r.method === 'DELETE' && r.status < 300)
      .map((r) => r.path);
    expect(deletedBefore).toHaveLength(2);
    expect(await googleEvents()).toHaveLength(3);

    // While the app is closed: Google recovers, and gets an event a sync would bring down.
    await fetch(`${google.url}/__admin/faults`, { method: 'DELETE' });
    await api.events.insert({
      calendarId: 'primary',
      requestBody: { summary: 'Made on Google meanwhile', ...slotInDays(4) },
    });
    await fetch(`${google.url}/__admin/requests`, { method: 'DELETE' });

    // The next start: same data folder, same address (so the same IndexedDB).
    shell = await startShell(port);
    await page.goto(shell.url);
    await expect(page.getByRole('button', { name: 'Sync with Google' })).toBeVisible();
    await expect(page.getByText(`Connected as ${ACCOUNT.email}`)).toHaveCount(0);
    await expect.poll(() => savedPlan()).toBeNull();

    const afterRestart = await emulator<RequestRecord[]>('requests');
    // Calendar calls: only the remaining deletions (no listing, no upload), then the sign-out.
    expect(
      afterRestart
        .filter((r) => r.path.startsWith('/calendar/'))
        .map((r) => `${r.method} ${r.status}`),
    ).toEqual(['DELETE 204', 'DELETE 204']);
    expect(afterRestart.at(-1)?.path).toBe('/revoke');
    const deleted = [
      ...deletedBefore,
      ...afterRestart.filter((r) => r.method === 'DELETE' && r.status < 300).map((r) => r.path),
    ];
    expect(deleted.sort()).toEqual(
      mine.map((id) => `/calendar/v3/calendars/${ACCOUNT.email}/events/${id}`).sort(),
    );
    expect((await googleEvents()).map((e) => e.summary).sort()).toEqual([
      'Invited',
      'Made on Google meanwhile',
    ]);
    expect(await localEvents(page)).toEqual([
      'Invited (local-only)',
      'Mine 1 (local-only)',
      'Mine 2 (local-only)',
      'Mine 3 (local-only)',
      'Mine 4 (local-only)',
    ]);
    expect(await emulator('notifications')).toEqual([]);

    // The sync log tells the story, in order.
    await page.getByRole('button', { name: 'Preferences' }).click();
    await prefs.getByRole('tab', { name: 'Sync log' }).click();
    const lines = prefs.getByRole('list', { name: 'Sync log lines' }).getByRole('listitem');
    await expect(
      lines.filter({
        hasText:
          /Resuming the Reset Account that was cut short .*2 of 4 Google deletions were done/,
      }),
    ).toHaveCount(1);
    await expect(
      lines.filter({ hasText: 'Reset Account finished: deleted 4 event(s) from Google Calendar' }),
    ).toHaveCount(1);
    const codes = await page.evaluate(async () =>
      (await window.__almanac!.db.syncLog.orderBy('id').toArray())
        .map((l) => l.code ?? '')
        .filter((c) => c.startsWith('reset-')),
    );
    expect(codes).toEqual(['reset-started', 'reset-resumed', 'reset-finished']);
    await prefs.getByRole('button', { name: 'Close' }).click();

    // Signing in again synchronizes all existing events: each once, on both sides, mailing nobody.
    await signIn(page);
    await syncNow(page);
    const all = ['Invited', 'Made on Google meanwhile', 'Mine 1', 'Mine 2', 'Mine 3', 'Mine 4'];
    await expect.poll(() => localEvents(page)).toEqual(all);
    expect((await googleEvents()).map((e) => e.summary).sort()).toEqual(all);
    expect(await emulator('notifications')).toEqual([]);
  } finally {
    await page.context().close();
    await shell.close();
  }
});
